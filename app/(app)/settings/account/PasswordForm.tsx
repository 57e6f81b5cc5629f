"use client";

import { useMutation } from "@apollo/client/react";
import { useSession } from "next-auth/react";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { TextField, useFocusFirstError } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors, validationErrors } from "@/app/_components/form-errors";
import { changePasswordInput } from "@/domain/schemas/account.ts";
import { ChangePasswordMutation } from "./operations";

const FIELDS = ["currentPassword", "newPassword"] as const;

export function PasswordForm() {
  const [change] = useMutation(ChangePasswordMutation);
  const { update } = useSession();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validationErrors(changePasswordInput, { currentPassword, newPassword });
    if (invalid) return setErrors(invalid);
    setSubmitting(true);
    setErrors(noErrors);
    setDone(false);
    try {
      const { data } = await change({ variables: { input: { currentPassword, newPassword } } });
      // Every session ended with the change; this browser moves to the new one with the ticket.
      await update({ renewal: data!.changePassword.sessionRenewal });
      setCurrentPassword("");
      setNewPassword("");
      setDone(true);
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELDS));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Card>
      <CardHeader title="Password" description="Changing it signs you out on every other device and browser." />
      <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-6 space-y-6">
        {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
        <TextField
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={errors.fieldErrors.currentPassword}
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.fieldErrors.newPassword}
          description="At least 10 characters."
        />
        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-6">
          <p role="status" className="mr-auto text-sm text-emerald-700">
            {done ? "Password changed. Your other sessions have been signed out." : ""}
          </p>
          <Button type="submit" variant="primary" loading={submitting}>
            Change password
          </Button>
        </div>
      </form>
    </Card>
  );
}
