"use client";

import { useMutation } from "@apollo/client/react";
import { signOut } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { formErrorsFrom } from "@/app/_components/form-errors";
import { TypedConfirmDialog } from "@/app/_components/TypedConfirmDialog";
import type { ResultOf } from "@/graphql/client/graphql";
import { type AccountQuery, DeleteAccountMutation } from "./operations";

type Impact = ResultOf<typeof AccountQuery>["accountDeletionPlan"][number];

function goals(n: number) {
  return `${n} goal${n === 1 ? "" : "s"}`;
}

/** One sentence per organization, from the same plan the server follows when it deletes. */
function ImpactLine({ impact }: { impact: Impact }) {
  const org = <span className="font-medium text-slate-900">{impact.organizationName}</span>;
  switch (impact.outcome) {
    case "ORGANIZATION_DELETED":
      return <>{org} is deleted with your account, with all its goals: you are its only member.</>;
    case "BLOCKED_SOLE_OWNER":
      return (
        <>
          You are the only owner of {org}.{" "}
          <Link href={`/o/${impact.organizationSlug}/settings`} className="font-medium text-indigo-700 hover:text-indigo-600">
            Transfer ownership or delete it
          </Link>{" "}
          first.
        </>
      );
    default:
      return impact.ownedGoalCount > 0 ? (
        <>
          You leave {org}. The {goals(impact.ownedGoalCount)} you own there pass{impact.ownedGoalCount === 1 ? "es" : ""} to{" "}
          {impact.newGoalOwnerName}, an owner.
        </>
      ) : (
        <>You leave {org}. You own no goals there.</>
      );
  }
}

export function AccountDeletion({ email, plan }: { email: string; plan: readonly Impact[] }) {
  const [deleteAccount] = useMutation(DeleteAccountMutation);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const blocked = plan.some((p) => p.outcome === "BLOCKED_SOLE_OWNER");

  async function confirm(confirmation: string) {
    setBusy(true);
    setError(null);
    setFieldError(null);
    try {
      await deleteAccount({ variables: { input: { confirmation } } });
      await signOut({ callbackUrl: "/signin" });
    } catch (e) {
      const { fieldErrors, formError } = formErrorsFrom(e, ["confirmation"]);
      setFieldError(fieldErrors.confirmation ?? null);
      setError(formError ?? null);
      setBusy(false);
    }
  }

  return (
    <Card className="border-red-200">
      <CardHeader
        title="Delete account"
        description="This cannot be undone. Here is what happens:"
        actions={
          <Button variant="danger" disabled={blocked} onClick={() => setOpen(true)}>
            Delete account
          </Button>
        }
      />
      <ul className="mt-4 list-disc space-y-1.5 pl-5 text-sm text-slate-600">
        {plan.map((impact) => (
          <li key={impact.organizationSlug}>
            <ImpactLine impact={impact} />
          </li>
        ))}
        <li>Milestones you own become unowned, and your assignments end.</li>
        <li>
          Your check-ins, comments and activity stay in their organizations&apos; history, shown as &ldquo;Deleted user&rdquo;;
          your name, email and password are erased.
        </li>
        <li>Your API tokens are deleted and every session is signed out.</li>
      </ul>
      <TypedConfirmDialog
        open={open}
        title="Delete your account?"
        description={
          <>
            Type your email address, <span className="font-medium text-slate-900">{email}</span>, to confirm.
          </>
        }
        expected={email}
        fieldLabel="Your email address"
        confirmLabel="Delete my account"
        loading={busy}
        error={error}
        fieldError={fieldError}
        onConfirm={confirm}
        onClose={() => {
          setOpen(false);
          setError(null);
          setFieldError(null);
        }}
      />
    </Card>
  );
}
