"use client";

import type { ReactNode } from "react";
import { Alert } from "./Alert";
import { Button } from "./Button";
import { errorMessage } from "./form-errors";

/** A page or section whose data failed to load: what, why in words, and a way to try again. */
export function LoadError({
  title,
  error,
  onRetry,
  actions,
}: {
  title: string;
  error: unknown;
  onRetry: () => unknown;
  /** More ways out beside "Try again" (e.g. "Clear filters"). */
  actions?: ReactNode;
}) {
  return (
    <Alert
      tone="error"
      title={title}
      action={
        <div className="flex gap-2">
          <Button size="sm" onClick={() => void onRetry()}>
            Try again
          </Button>
          {actions}
        </div>
      }
    >
      {errorMessage(error)}
    </Alert>
  );
}
