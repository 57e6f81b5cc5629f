"use client";

import { useMutation } from "@apollo/client/react";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { TextField, useFocusFirstError } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors, validationErrors } from "@/app/_components/form-errors";
import { updateProfileInput } from "@/domain/schemas/account.ts";
import { UpdateProfileMutation } from "./operations";

export function ProfileForm({ name: savedName, email }: { name: string; email: string }) {
  const [update] = useMutation(UpdateProfileMutation, { refetchQueries: ["AppShell"] });
  const [name, setName] = useState(savedName);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);
  const dirty = name !== savedName;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validationErrors(updateProfileInput, { name });
    if (invalid) return setErrors(invalid);
    setSubmitting(true);
    setErrors(noErrors);
    setSaved(false);
    try {
      const { data } = await update({ variables: { input: { name } } });
      setName(data?.updateProfile.user.name ?? name);
      setSaved(true);
    } catch (error) {
      setErrors(formErrorsFrom(error, ["name"]));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Card>
      <CardHeader title="Profile" description={`You sign in as ${email}.`} />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-6 space-y-6">
        {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
        <TextField
          label="Name"
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setSaved(false);
          }}
          error={errors.fieldErrors.name}
          description="Shown to the people in your organizations, on goals you own and on your check-ins."
        />
        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-6">
          <p role="status" className="mr-auto text-sm text-emerald-700">
            {saved && !dirty ? "Name saved." : ""}
          </p>
          <Button type="submit" variant="primary" loading={submitting} disabled={!dirty}>
            Save name
          </Button>
        </div>
      </form>
    </Card>
  );
}
