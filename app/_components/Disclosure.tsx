"use client";

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
        <svg
          viewBox="0 0 20 20"
          fill="currentColor"
          aria-hidden
          className="size-4 transition-transform group-open:rotate-90 motion-reduce:transition-none"
        >
          <path
            fillRule="evenodd"
            clipRule="evenodd"
            d="M8.22 5.22a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.75.75 0 0 1-1.06-1.06L11.94 10 8.22 6.28a.75.75 0 0 1 0-1.06Z"
          />
        </svg>
        {summary}
      </summary>
      {open ? (
        <div className="mt-3 rounded-lg border border-slate-200 bg-slate-50/80 p-4 text-sm text-slate-700">{children}</div>
      ) : null}
    </details>
  );
}
