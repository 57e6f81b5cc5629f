"use client";

import { type RefObject, useEffect, useRef } from "react";

/**
 * The mechanics shared by Dialog and ConfirmDialog on a native <dialog>: opens it as a modal when
 * `open` turns true (then `focusFirst` picks the element to focus), closes it when `open` turns
 * false, and gives focus back to whatever had it before. Escape and a click on the backdrop call
 * `onClose` unless `busy`. Spread the returned props on the <dialog>.
 */
export function useModalDialog({
  open,
  busy,
  onClose,
  focusFirst,
}: {
  open: boolean;
  busy: boolean;
  onClose: () => void;
  focusFirst: (dialog: HTMLDialogElement) => HTMLElement | null | undefined;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const focusFirstRef = useRef(focusFirst);
  focusFirstRef.current = focusFirst;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      focusFirstRef.current(dialog)?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const restore = () => {
      const target = returnFocus.current;
      returnFocus.current = null;
      if (target && target.isConnected) target.focus();
    };
    dialog.addEventListener("close", restore);
    return () => dialog.removeEventListener("close", restore);
  }, []);

  return {
    ref: ref as RefObject<HTMLDialogElement>,
    // Escape: the parent decides (and the dialog stays while its action runs).
    onCancel: (event: React.SyntheticEvent<HTMLDialogElement>) => {
      event.preventDefault();
      if (!busy) onClose();
    },
    // A click on the backdrop lands on the <dialog> element itself.
    onClick: (event: React.MouseEvent<HTMLDialogElement>) => {
      if (event.target === ref.current && !busy) onClose();
    },
  };
}
