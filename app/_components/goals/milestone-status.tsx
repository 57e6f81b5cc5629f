"use client";

import { useId } from "react";
import { cx } from "@/app/_components/cx";
import { MilestoneStateBadge } from "@/app/_components/MilestoneStateBadge";
import { MILESTONE_STATE_LABELS, SETTABLE_MILESTONE_STATUSES } from "@/domain/labels.ts";
import { Icon } from "./icons";
import type { MilestoneData, MilestoneStatus } from "./milestone-row-fields";

const selectStyles: Record<MilestoneStatus, string> = {
  PLANNED: "bg-slate-50 text-slate-700 ring-slate-300",
  IN_PROGRESS: "bg-sky-50 text-sky-800 ring-sky-300",
  DONE: "bg-emerald-50 text-emerald-800 ring-emerald-300",
};

type Props = {
  milestone: Pick<MilestoneData, "title" | "status">;
  /** Absent for readers: they see the badge only. */
  onChange?: (status: MilestoneStatus, origin: Element | null) => void;
};

/**
 * A milestone's status: a select for editors, a badge for readers. Paper gets the badge in both
 * cases (print CSS hides form controls), so "Planned / In progress / Done" stays on it (a missed
 * milestone also carries its "Missed" badge beside the title).
 */
export function MilestoneStatusControl({ milestone: m, onChange }: Props) {
  const badge = <MilestoneStateBadge state={m.status} />;
  if (!onChange) return badge;
  return (
    <>
      <MilestoneStatusSelect title={m.title} status={m.status} onChange={onChange} />
      <span className="hidden print:inline-flex">{badge}</span>
    </>
  );
}

function MilestoneStatusSelect({
  title,
  status,
  onChange,
}: {
  title: string;
  status: MilestoneStatus;
  onChange: (status: MilestoneStatus, origin: Element | null) => void;
}) {
  const id = useId();
  return (
    <span className="relative inline-flex print:hidden">
      <label htmlFor={id} className="sr-only">
        Status of {title}
      </label>
      <select
        id={id}
        value={status}
        onChange={(e) => onChange(e.target.value as MilestoneStatus, e.currentTarget)}
        className={cx(
          "h-8 appearance-none rounded-full border-0 py-0 pr-7 pl-3 text-xs font-medium ring-1 ring-inset",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
          selectStyles[status],
        )}
      >
        {SETTABLE_MILESTONE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {MILESTONE_STATE_LABELS[s]}
          </option>
        ))}
      </select>
      <Icon name="down" className="pointer-events-none absolute top-1/2 right-2 size-3.5 -translate-y-1/2 opacity-60" />
    </span>
  );
}
