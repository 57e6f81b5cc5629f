"use client";

import { useMutation } from "@apollo/client/react";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/app/_components/Button";
import { Card, CardHeader } from "@/app/_components/Card";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { errorMessage } from "@/app/_components/form-errors";
import { SignOutEverywhereMutation } from "./operations";

export function AccountSessions() {
  const [signOutEverywhere] = useMutation(SignOutEverywhereMutation);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await signOutEverywhere();
      // This browser's session ended with the others; clear its cookie too.
      await signOut({ callbackUrl: "/signin" });
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Card>
      <CardHeader
        title="Sessions"
        description="Lost a device, or signed in on a shared computer? End every session, this one included. API tokens keep working until you revoke them."
        actions={
          <Button variant="secondary" onClick={() => setOpen(true)}>
            Sign out everywhere
          </Button>
        }
      />
      <ConfirmDialog
        open={open}
        title="Sign out everywhere?"
        description="Every browser and device signed in to your account is signed out, including this one. You can sign in again right away."
        confirmLabel="Sign out everywhere"
        tone="primary"
        loading={busy}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
      />
    </Card>
  );
}
