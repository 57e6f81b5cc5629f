"use client";

import { useMutation } from "@apollo/client/react";
import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { roleLabel } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { CopyField } from "@/app/_components/CopyField";
import { Select, TextField, useFocusFirstError } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors, validationErrors } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import { inviteMemberInput } from "@/domain/schemas/member.ts";
import { InviteMemberMutation } from "./operations";
import { type Role, roleDescriptions } from "./roles";

const FIELDS = ["email", "role"] as const;

type Sent = { email: string; role: string; url: string; expiresAt: string };

export function InviteForm({ organizationId, grantableRoles }: { organizationId: string; grantableRoles: readonly Role[] }) {
  const [invite] = useMutation(InviteMemberMutation, { refetchQueries: ["Members"] });
  const form = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<Role>("MEMBER");
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [sent, setSent] = useState<Sent | null>(null);
  useFocusFirstError(form, errors);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    const invalid = validationErrors(inviteMemberInput, { email, role });
    if (invalid) {
      setErrors(invalid);
      return;
    }
    setSubmitting(true);
    setErrors(noErrors);
    setSent(null);
    try {
      const { data } = await invite({ variables: { input: { organizationId, email, role } } });
      const result = data!.inviteMember;
      // The server answers with a path when it doesn't know its public origin.
      const url = result.inviteUrl.startsWith("/") ? `${window.location.origin}${result.inviteUrl}` : result.inviteUrl;
      setSent({ email: result.invitation.email, role: result.invitation.role, url, expiresAt: result.invitation.expiresAt });
      form.current?.reset();
      setRole("MEMBER");
    } catch (error) {
      setErrors(formErrorsFrom(error, FIELDS));
    } finally {
      setSubmitting(false);
    }
  }

  const { fieldErrors, formError } = errors;
  return (
    <Card>
      <CardHeader
        title="Invite someone"
        description="Waymark gives you a private link to send them. They join with the role you pick here."
      />
      <form ref={form} onSubmit={onSubmit} noValidate className="mt-5">
        {formError ? (
          <Alert tone="error" className="mb-4">
            {formError}
          </Alert>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-start">
          <TextField
            label="Email"
            name="email"
            type="email"
            autoComplete="off"
            placeholder="teammate@example.com"
            required
            error={fieldErrors.email}
          />
          <Select
            label="Role"
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            error={fieldErrors.role}
            description={roleDescriptions[role]}
          >
            {grantableRoles.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="primary" loading={submitting} className="sm:mt-7">
            Send invitation
          </Button>
        </div>
      </form>
      {sent ? (
        <div className="mt-6 rounded-lg border border-emerald-200 bg-emerald-50/60 p-4">
          <p role="status" className="text-sm font-medium text-emerald-900">
            Invitation created for {sent.email} as {roleLabel(sent.role).toLowerCase()}.
          </p>
          <p className="mt-1 text-sm text-emerald-800">
            Send them this link — it is shown only once and works until {formatDate(sent.expiresAt)}.
          </p>
          <CopyField label="Invitation link" value={sent.url} copyLabel="Copy link" className="mt-3" autoFocus />
        </div>
      ) : null}
    </Card>
  );
}
