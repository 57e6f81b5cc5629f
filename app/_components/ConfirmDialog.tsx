"use client";

import { TriangleAlert } from "lucide-react";
import { type ReactNode, useId, useRef } from "react";
import { Button } from "./Button";
import { useModalDialog } from "./use-modal-dialog";

/**
 * A modal confirmation on the native <dialog>: focus moves to the safe (Cancel) button when it
 * opens, Escape cancels, and focus returns to whatever was focused before when it closes.
 * Controlled: render it with `open` and handle `onConfirm` / `onCancel`.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  tone = "danger",
  loading = false,
  error,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  tone?: "danger" | "primary";
  /** Keeps the dialog open with a spinner on the confirm button while the action runs. */
  loading?: boolean;
  /** Shown inside the dialog when the action failed. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The safe choice has focus first.
  const modal = useModalDialog({ open, busy: loading, onClose: onCancel, focusFirst: () => cancelRef.current });
  const titleId = useId();
  const descriptionId = useId();

  return (
    <dialog
      {...modal}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-slate-900 shadow-2xl ring-1 ring-slate-900/10"
    >
      {open ? (
        <div className="p-6">
          <div className="flex gap-4">
            {tone === "danger" ? (
              <div className="flex size-10 shrink-0 items-center justify-center rounded-full bg-red-100 text-red-600">
                <TriangleAlert aria-hidden className="size-5" />
              </div>
            ) : null}
            <div className="min-w-0 flex-1">
              <h2 id={titleId} className="text-base font-semibold text-slate-900">
                {title}
              </h2>
              {description ? (
                <div id={descriptionId} className="mt-2 text-sm text-slate-600">
                  {description}
                </div>
              ) : null}
              {error ? (
                <p role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
                  {error}
                </p>
              ) : null}
            </div>
          </div>
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button ref={cancelRef} variant="secondary" onClick={onCancel} disabled={loading}>
              {cancelLabel}
            </Button>
            <Button variant={tone} onClick={onConfirm} loading={loading}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
