"use client";

import { useEffect, useRef } from "react";
import { Button } from "./Button";
import { formatRelative } from "./format";
import type { StaleEdit } from "./stale-edit";

/**
 * Shown beside an edit form when someone else saved the same goal or milestone after it was
 * opened: who and when, and the two ways on. Nothing of the person's edit is lost while it shows.
 */
export function StaleEditNotice({
  conflict,
  thing,
  onReload,
  onOverwrite,
  busy = false,
}: {
  conflict: StaleEdit;
  /** "goal" or "milestone", as the sentence names it. */
  thing: string;
  onReload: () => void;
  onOverwrite: () => void;
  busy?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Announced and brought into view: the form itself did not change. (Braces: newer Chromium's
  // scrollIntoView returns a promise, which React would take for the effect's cleanup.)
  useEffect(() => {
    void ref.current?.scrollIntoView({ block: "nearest" });
  }, [conflict]);
  const who = conflict.changedBy ?? "Someone else";
  const when = conflict.changedAt ? ` ${formatRelative(conflict.changedAt)}` : "";
  // scroll-mt: scrolled into view below the sticky top bar, not under it.
  return (
    <div
      ref={ref}
      role="alert"
      data-testid="stale-edit"
      className="scroll-mt-32 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <p className="font-semibold">
        {who} changed this {thing}
        {when}, after you opened it.
      </p>
      <p className="mt-1">
        Your changes are not saved yet. Reload to see their version (your edits here will be replaced), or overwrite
        it with yours.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" onClick={onReload} disabled={busy}>
          Reload their version
        </Button>
        <Button size="sm" variant="primary" onClick={onOverwrite} loading={busy}>
          Overwrite with mine
        </Button>
      </div>
    </div>
  );
}
