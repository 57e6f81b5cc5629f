"use client";

import { type ReactNode, useId, useState } from "react";
import { Button } from "./Button";
import { Card, CardHeader } from "./Card";
import { ConfirmDialog } from "./ConfirmDialog";
import { errorMessage } from "./form-errors";

/** What the confirm dialog says before one item is revoked. */
export type RevokeConfirmation = { title: ReactNode; description: ReactNode; confirmLabel: string };

/**
 * A card section listing things the viewer can revoke (share links, API tokens, invitations):
 * a heading that names the section, a description, the rows (yours: a table or a list), and one
 * confirm dialog with the revoke's busy and error state. The rows get `revokeButton(item, what)`,
 * a quiet-red "Revoke" button whose accessible name is "Revoke " + `what`; it opens the dialog,
 * Confirm runs `revoke(item)` (throw to show the error inside the dialog), Cancel/Escape closes it.
 */
export function RevocableList<T>({
  title,
  description,
  revoke,
  confirmation,
  children,
}: {
  title: ReactNode;
  description: ReactNode;
  /** Runs the mutation (await any refetch so the row changes before the dialog closes). */
  revoke: (item: T) => Promise<unknown>;
  confirmation: (item: T) => RevokeConfirmation;
  children: (revokeButton: (item: T, what: string) => ReactNode) => ReactNode;
}) {
  const headingId = useId();
  const [pending, setPending] = useState<{ item: T } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const asked = pending ? confirmation(pending.item) : null;

  async function confirm() {
    if (!pending) return;
    setError(null);
    setBusy(true);
    try {
      await revoke(pending.item);
      setPending(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const revokeButton = (item: T, what: string) => (
    <Button size="sm" variant="ghost-danger" onClick={() => setPending({ item })}>
      Revoke<span className="sr-only"> {what}</span>
    </Button>
  );

  return (
    <section aria-labelledby={headingId}>
      <Card padded={false}>
        <CardHeader className="px-5 pt-5 pb-4 sm:px-6" title={<span id={headingId}>{title}</span>} description={description} />
        {children(revokeButton)}
      </Card>
      <ConfirmDialog
        open={!!asked}
        title={asked?.title ?? ""}
        description={asked?.description}
        confirmLabel={asked?.confirmLabel}
        loading={busy}
        error={error}
        onConfirm={confirm}
        onCancel={() => {
          setPending(null);
          setError(null);
        }}
      />
    </section>
  );
}
