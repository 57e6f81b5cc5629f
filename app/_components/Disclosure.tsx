"use client";

import { ChevronRight } from "lucide-react";
import { type ReactNode, useState } from "react";
import { cx } from "./cx";

/**
 * A native <details> disclosure for "How is this computed?"-style explanations: keyboard and
 * screen-reader friendly, closed by default. The content is only rendered while open, so its words
 * don't compete with the page's own text (for find-in-page, tests and assistive tech alike).
 */
export function Disclosure({
  summary,
  children,
  className,
  defaultOpen = false,
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
  defaultOpen?: boolean;
}) {
  const [open, setOpen] = useState(defaultOpen);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)} className={cx("group", !open && "print:hidden", className)}>
      <summary
        className={cx(
          "inline-flex cursor-pointer list-none items-center gap-1.5 rounded-md text-sm font-medium text-indigo-700 select-none",
          "hover:text-indigo-900 [&::-webkit-details-marker]:hidden",
        )}
      >
        <ChevronRight aria-hidden className="size-4 transition-transform group-open:rotate-90 motion-reduce:transition-none" />
        {summary}
      </summary>
      {open ? (
        <div className="mt-3 rounded-lg border border-slate-200 bg-slate-50/80 p-4 text-sm text-slate-700">{children}</div>
      ) : null}
    </details>
  );
}
