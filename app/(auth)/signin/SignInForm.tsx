"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { TextField } from "@/app/_components/fields";
import { signInUrl } from "@/app/_lib/callback-url";
import { signInRetryAfter, tooManyAttempts } from "@/server/rate-limit/messages.ts";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSubmitting(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result?.ok || result.error) {
        const retryAfter = signInRetryAfter(result?.error);
        // Deliberately the same message whether or not the email has an account.
        setError(
          retryAfter !== null
            ? tooManyAttempts(retryAfter)
            : result?.status === 401 || result?.error
              ? "Incorrect email or password."
              : "Couldn't sign you in. Please try again.",
        );
        setSubmitting(false);
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setError("Couldn't reach Waymark. Check your connection and try again.");
      setSubmitting(false);
    }
  }

  return (
    <>
      <Card className="shadow-md">
        <h1 className="text-xl font-semibold tracking-tight text-slate-900">Sign in to Waymark</h1>
        <p className="mt-1 text-sm text-slate-500">Welcome back. Pick up where your team left off.</p>
        <form onSubmit={onSubmit} className="mt-6 space-y-5" noValidate>
          {error ? <Alert tone="error">{error}</Alert> : null}
          <TextField label="Email" name="email" type="email" autoComplete="email" required autoFocus />
          <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
          <Button type="submit" variant="primary" loading={submitting} className="w-full">
            Sign in
          </Button>
        </form>
      </Card>
      <p className="mt-6 text-center text-sm text-slate-600">
        New to Waymark?{" "}
        <Link href={signInUrl(callbackUrl, "signup")} className="font-medium text-indigo-700 hover:text-indigo-600">
          Create an account
        </Link>
      </p>
    </>
  );
}
