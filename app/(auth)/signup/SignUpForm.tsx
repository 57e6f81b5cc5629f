"use client";

import { useMutation } from "@apollo/client/react";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { TextField, useFocusFirstError } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors, validationErrors } from "@/app/_components/form-errors";
import { signInUrl } from "@/app/_lib/callback-url";
import { graphql } from "@/graphql/client/graphql";
import { signUpInput } from "@/domain/schemas/user.ts";

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      user {
        id
      }
    }
  }
`);

const FIELDS = ["name", "email", "password"] as const;

export function SignUpForm({ callbackUrl, defaultEmail }: { callbackUrl: string; defaultEmail?: string }) {
  const router = useRouter();
  const [signUp] = useMutation(SignUpMutation);
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    const invalid = validationErrors(signUpInput, input);
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setSubmitting(true);
    setErrors(noErrors);
    try {
      await signUp({ variables: { input } });
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELDS));
      setSubmitting(false);
      return;
    }
    const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false }).catch(() => null);
    if (!result?.ok || result.error) {
      // The account exists; only the automatic sign-in failed.
      router.replace(signInUrl(callbackUrl));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  const { fieldErrors, formError } = errors;
  return (
    <>
      <Card className="shadow-md">
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">Create your account</h1>
        <p className="mt-1 text-sm text-slate-500">Set goals with your team and see how the way ahead is going.</p>
        <form ref={formRef} onSubmit={onSubmit} className="mt-6 space-y-5" noValidate>
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <TextField label="Name" name="name" autoComplete="name" required autoFocus error={fieldErrors.name} />
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={defaultEmail}
            error={fieldErrors.email}
          />
          <TextField
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            description="At least 10 characters."
            error={fieldErrors.password}
          />
          <Button type="submit" variant="primary" loading={submitting} className="w-full">
            Create account
          </Button>
        </form>
      </Card>
      <p className="mt-6 text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href={signInUrl(callbackUrl)} className="font-medium text-indigo-700 hover:text-indigo-600">
          Sign in
        </Link>
      </p>
    </>
  );
}
