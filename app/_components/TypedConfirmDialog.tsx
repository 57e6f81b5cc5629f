"use client";

import { type FormEvent, type ReactNode, useState } from "react";
import { Alert } from "./Alert";
import { Button } from "./Button";
import { Dialog } from "./Dialog";
import { TextField } from "./fields";

/**
 * For actions that cannot be undone (deleting an account or an organization): the confirm button
 * stays disabled until the person has typed `expected` (case and surrounding spaces ignored, as the
 * server compares). The server checks the typed text again and names the field when it differs.
 */
export function TypedConfirmDialog({
  open,
  title,
  description,
  expected,
  fieldLabel,
  confirmLabel,
  loading,
  error,
  fieldError,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  description: ReactNode;
  expected: string;
  fieldLabel: ReactNode;
  confirmLabel: string;
  loading: boolean;
  error?: string | null;
  fieldError?: string | null;
  onConfirm: (typed: string) => void;
  onClose: () => void;
}) {
  const [typed, setTyped] = useState("");
  const matches = typed.trim().toLowerCase() === expected.trim().toLowerCase();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (matches) onConfirm(typed);
  }

  return (
    <Dialog
      open={open}
      title={title}
      description={description}
      busy={loading}
      onClose={() => {
        setTyped("");
        onClose();
      }}
    >
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <TextField
          label={fieldLabel}
          name="confirmation"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          error={fieldError}
        />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button
            variant="secondary"
            disabled={loading}
            onClick={() => {
              setTyped("");
              onClose();
            }}
          >
            Cancel
          </Button>
          <Button type="submit" variant="danger" loading={loading} disabled={!matches}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
