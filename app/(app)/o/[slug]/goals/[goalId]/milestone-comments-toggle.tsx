"use client";

import { cx } from "@/app/_components/cx";
import { Icon } from "@/app/_components/goals/icons";

/** Opens a milestone's own discussion under its row; shows the count once it has loaded. */
export function MilestoneCommentsToggle({
  title,
  open,
  count,
  controls,
  onToggle,
}: {
  title: string;
  open: boolean;
  count: number | null;
  controls: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
      className={cx(
        "inline-flex h-7 items-center gap-1 rounded-md px-1.5 text-xs font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 print:hidden",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
        open && "bg-slate-100 text-slate-900",
      )}
    >
      <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 text-slate-400">
        <path
          fillRule="evenodd"
          d="M10 2c-2.236 0-4.43.18-6.57.524C1.993 2.755 1 4.014 1 5.426v5.148c0 1.413.993 2.67 2.43 2.902 1.168.188 2.352.327 3.55.414.28.02.521.18.642.413l1.713 3.293a.75.75 0 0 0 1.33 0l1.713-3.293a.783.783 0 0 1 .642-.413 41.102 41.102 0 0 0 3.55-.414c1.437-.231 2.43-1.49 2.43-2.902V5.426c0-1.413-.993-2.67-2.43-2.902A41.289 41.289 0 0 0 10 2Z"
          clipRule="evenodd"
        />
      </svg>
      Comments<span className="sr-only"> on {title}</span>
      {count != null ? <span className="tabular-nums"> ({count})</span> : null}
      <Icon name="down" className={cx("size-3.5 opacity-60 transition-transform", open && "rotate-180")} />
    </button>
  );
}
