"use client";

import { useEffect, useState } from "react";
import { ConfirmDialog } from "@/app/_components/ConfirmDialog";
import { errorMessage } from "@/app/_components/form-errors";
import type { MilestoneData } from "@/app/_components/goals/milestone-row-fields";

/** "Delete milestone?": the mutation's error stays in the dialog, beside the choice. */
export function MilestoneDeleteDialog({
  milestone,
  deleting,
  onDelete,
  onClose,
}: {
  milestone: MilestoneData | null;
  deleting: boolean;
  onDelete: (m: MilestoneData) => Promise<void>;
  onClose: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setError(null), [milestone]);

  async function confirm() {
    if (!milestone) return;
    setError(null);
    try {
      await onDelete(milestone);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <ConfirmDialog
      open={!!milestone}
      title="Delete milestone?"
      description={
        milestone ? (
          <>
            “{milestone.title}” and its assignments will be removed for everyone. The goal&apos;s progress is recalculated.
            This can&apos;t be undone.
          </>
        ) : null
      }
      confirmLabel="Delete"
      tone="danger"
      loading={deleting}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    />
  );
}
