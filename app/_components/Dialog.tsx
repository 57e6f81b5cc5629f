"use client";

import { type ReactNode, useId } from "react";
import { cx } from "./cx";
import { useModalDialog } from "./use-modal-dialog";

/**
 * A modal on the native <dialog> for short forms (ConfirmDialog is the yes/no version): focus goes
 * to the first field (or `[data-autofocus]`) when it opens, Escape and a backdrop click call
 * `onClose` unless `busy`, and focus returns to whatever was focused before when it closes.
 * Controlled: render it with `open`. Put the form, its fields and its buttons in `children`.
 */
export function Dialog({
  open,
  title,
  description,
  busy = false,
  onClose,
  children,
  className,
}: {
  open: boolean;
  title: ReactNode;
  description?: ReactNode;
  /** Keeps the dialog open (Escape and backdrop ignored) while its action runs. */
  busy?: boolean;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const modal = useModalDialog({
    open,
    busy,
    onClose,
    focusFirst: (dialog) =>
      dialog.querySelector<HTMLElement>("[data-autofocus]") ??
      dialog.querySelector<HTMLElement>("input:not([type=hidden]):not(:disabled), select, textarea"),
  });
  const titleId = useId();
  const descriptionId = useId();

  return (
    <dialog
      {...modal}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={cx(
        "m-auto max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg overflow-y-auto rounded-xl bg-white p-0 text-slate-900 shadow-2xl ring-1 ring-slate-900/10",
        className,
      )}
    >
      {open ? (
        <div className="p-6">
          <h2 id={titleId} className="text-base font-semibold text-slate-900">
            {title}
          </h2>
          {description ? (
            <div id={descriptionId} className="mt-1.5 text-sm text-slate-600">
              {description}
            </div>
          ) : null}
          <div className="mt-5">{children}</div>
        </div>
      ) : null}
    </dialog>
  );
}
