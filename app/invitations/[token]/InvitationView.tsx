"use client";

import { useApolloClient, useMutation } from "@apollo/client/react";
import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { RoleBadge, roleLabel } from "@/app/_components/Badge";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { errorMessage } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import { signInUrl } from "@/app/_lib/callback-url";
import { AcceptInvitationMutation, type InvitationPreview } from "./operations";

const roleWhat: Record<string, string> = {
  OWNER: "have full control of the organization",
  ADMIN: "manage members, invitations and settings, and edit goals",
  MEMBER: "create and edit goals and milestones",
  STAKEHOLDER: "follow goals and progress (read-only)",
};

/** A pending invitation, read on the server (page.tsx): what it offers, and accepting it. */
export function InvitationView({
  token,
  invitation,
  signedInEmail,
}: {
  token: string;
  invitation: InvitationPreview;
  signedInEmail: string | null;
}) {
  const router = useRouter();
  const client = useApolloClient();
  const [accept] = useMutation(AcceptInvitationMutation);
  const [accepting, setAccepting] = useState(false);
  const [acceptError, setAcceptError] = useState<string | null>(null);
  const here = `/invitations/${encodeURIComponent(token)}`;

  const wrongAccount = signedInEmail !== null && signedInEmail.toLowerCase() !== invitation.email.toLowerCase();

  async function onAccept() {
    setAccepting(true);
    setAcceptError(null);
    try {
      const { data: result } = await accept({ variables: { input: { token } } });
      await client.refetchQueries({ include: ["AppShell"] });
      router.push(`/o/${result!.acceptInvitation.membership.organization.slug}`);
    } catch (e) {
      setAcceptError(errorMessage(e));
      setAccepting(false);
    }
  }

  return (
    <Card className="shadow-md">
      <p className="text-sm font-medium text-indigo-700">You&apos;re invited</p>
      <h1 className="mt-1 text-xl font-semibold tracking-tight text-balance text-slate-900">
        Join {invitation.organizationName} on Waymark
      </h1>
      <p className="mt-2 text-sm text-slate-600">
        {invitation.invitedByName} invited you as {/^[AEIOU]/.test(invitation.role) ? "an" : "a"}{" "}
        {roleLabel(invitation.role).toLowerCase()}, so you can {roleWhat[invitation.role] ?? "take part"}.
      </p>
      <dl className="mt-5 divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm">
        <div className="flex justify-between gap-4 px-4 py-2.5">
          <dt className="text-slate-500">Organization</dt>
          <dd className="truncate font-medium text-slate-900">{invitation.organizationName}</dd>
        </div>
        <div className="flex justify-between gap-4 px-4 py-2.5">
          <dt className="text-slate-500">Role</dt>
          <dd>
            <RoleBadge role={invitation.role} />
          </dd>
        </div>
        <div className="flex justify-between gap-4 px-4 py-2.5">
          <dt className="text-slate-500">Invited by</dt>
          <dd className="truncate text-slate-900">{invitation.invitedByName}</dd>
        </div>
        <div className="flex justify-between gap-4 px-4 py-2.5">
          <dt className="text-slate-500">Sent to</dt>
          <dd className="truncate text-slate-900">{invitation.email}</dd>
        </div>
        <div className="flex justify-between gap-4 px-4 py-2.5">
          <dt className="text-slate-500">Expires</dt>
          <dd className="text-slate-900">{formatDate(invitation.expiresAt)}</dd>
        </div>
      </dl>

      <div className="mt-6 space-y-3">
        {acceptError ? <Alert tone="error">{acceptError}</Alert> : null}
        {signedInEmail === null ? (
          <>
            <p className="text-sm text-slate-600">
              Sign in or create an account with <span className="font-medium text-slate-900">{invitation.email}</span> to
              accept.
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              <ButtonLink href={`${signInUrl(here, "signup")}&email=${encodeURIComponent(invitation.email)}`} variant="primary">
                Sign up
              </ButtonLink>
              <ButtonLink href={signInUrl(here)} variant="secondary">
                Sign in
              </ButtonLink>
            </div>
          </>
        ) : wrongAccount ? (
          <>
            <Alert tone="warning" title="This invitation is for another account">
              It was sent to {invitation.email}, but you&apos;re signed in as {signedInEmail}. Sign in with the invited address to
              accept it.
            </Alert>
            <div className="grid gap-3 sm:grid-cols-2">
              <Button variant="primary" onClick={() => signOut({ callbackUrl: signInUrl(here) })}>
                Switch account
              </Button>
              {/* Still offered: the server explains the refusal if they try anyway. */}
              <Button variant="secondary" loading={accepting} onClick={onAccept}>
                Accept invitation
              </Button>
            </div>
          </>
        ) : (
          <Button variant="primary" className="w-full" loading={accepting} onClick={onAccept}>
            Accept invitation
          </Button>
        )}
      </div>
    </Card>
  );
}
