"use client";

import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Alert } from "@/app/_components/Alert";
import { roleLabel } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { CopyField } from "@/app/_components/CopyField";
import { Select, TextField } from "@/app/_components/fields";
import { formatDate } from "@/app/_components/format";
import { useApiForm } from "@/app/_components/use-api-form";
import { type InviteMemberInput, inviteMemberInput } from "@/domain/schemas/member.ts";
import { InviteMemberMutation } from "./operations";
import { type Role, roleDescriptions } from "./roles";

const FIELDS = ["email", "role"] as const;
const blank: InviteMemberInput = { email: "", role: "MEMBER" };
// The API's own input schema, in the browser first; the server has the last word.
const resolver = zodResolver(inviteMemberInput, undefined, { raw: true });

type Sent = { email: string; role: string; url: string; expiresAt: string };

export function InviteForm({ organizationId, grantableRoles }: { organizationId: string; grantableRoles: readonly Role[] }) {
  const [invite] = useMutation(InviteMemberMutation, { refetchQueries: ["Members"] });
  const { form, field, formError, submitWith } = useApiForm<InviteMemberInput>({ defaultValues: blank, resolver, fields: FIELDS });
  const role = useWatch({ control: form.control, name: "role" }) as Role;
  const [sent, setSent] = useState<Sent | null>(null);

  const onSubmit = submitWith(async ({ email, role }) => {
    setSent(null);
    const { data } = await invite({ variables: { input: { organizationId, email, role } } });
    const result = data!.inviteMember;
    // The server answers with a path when it doesn't know its public origin.
    const url = result.inviteUrl.startsWith("/") ? `${window.location.origin}${result.inviteUrl}` : result.inviteUrl;
    setSent({ email: result.invitation.email, role: result.invitation.role, url, expiresAt: result.invitation.expiresAt });
    form.reset(blank);
  });

  return (
    <Card>
      <CardHeader
        title="Invite someone"
        description="Waymark gives you a private link to send them. They join with the role you pick here."
      />
      <form onSubmit={onSubmit} noValidate className="mt-5">
        {formError ? (
          <Alert tone="error" className="mb-4">
            {formError}
          </Alert>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-start">
          <TextField label="Email" {...field("email")} type="email" autoComplete="off" placeholder="teammate@example.com" required />
          <Select label="Role" {...field("role")} description={roleDescriptions[role]}>
            {grantableRoles.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </Select>
          <Button type="submit" variant="primary" loading={form.formState.isSubmitting} className="sm:mt-7">
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
