"use client";

import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useSession } from "next-auth/react";
import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { TextField } from "@/app/_components/fields";
import { useApiForm } from "@/app/_components/use-api-form";
import { type ChangePasswordInput, changePasswordInput } from "@/domain/schemas/account.ts";
import { ChangePasswordMutation } from "./operations";

const FIELDS = ["currentPassword", "newPassword"] as const;
const blank: ChangePasswordInput = { currentPassword: "", newPassword: "" };
// The API's own input schema, in the browser first; the server has the last word (a wrong password).
const resolver = zodResolver(changePasswordInput, undefined, { raw: true });

export function PasswordForm() {
  const [change] = useMutation(ChangePasswordMutation);
  const { update } = useSession();
  const { form, field, formError, submitWith } = useApiForm<ChangePasswordInput>({ defaultValues: blank, resolver, fields: FIELDS });
  const [done, setDone] = useState(false);

  const onSubmit = submitWith(async (input) => {
    setDone(false);
    const { data } = await change({ variables: { input } });
    // Every session ended with the change; this browser moves to the new one with the ticket.
    await update({ renewal: data!.changePassword.sessionRenewal });
    form.reset(blank);
    setDone(true);
  });

  return (
    <Card>
      <CardHeader title="Password" description="Changing it signs you out on every other device and browser." />
      <form onSubmit={onSubmit} noValidate className="mt-6 space-y-6">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <TextField label="Current password" {...field("currentPassword")} type="password" autoComplete="current-password" required />
        <TextField
          label="New password"
          {...field("newPassword")}
          type="password"
          autoComplete="new-password"
          required
          description="At least 10 characters."
        />
        <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-6">
          <p role="status" className="mr-auto text-sm text-emerald-700">
            {done ? "Password changed. Your other sessions have been signed out." : ""}
          </p>
          <Button type="submit" variant="primary" loading={form.formState.isSubmitting}>
            Change password
          </Button>
        </div>
      </form>
    </Card>
  );
}
