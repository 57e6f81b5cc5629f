import { cx } from "@/app/_components/cx";
import { shortDate } from "@/app/_components/format";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import { MILESTONE_STATE_LABELS } from "@/domain/labels.ts";
import type { TimelineMilestone } from "./milestone-timeline-fields";
import { ArrowHead, type Side } from "./timeline-arrows";
import { at, Diamond, MARKER_FILL, STATE_TEXT } from "./timeline-marks";
import { hasPlanBar, timelineRowLabel } from "./timeline-text";

/** One milestone's row: its title (a link named by the whole row's sentence) and its marks on the axis. */
export function TimelineRow({
  m,
  x,
  today,
  arrowsIn,
}: {
  m: TimelineMilestone;
  x: (date: string) => number;
  today: string;
  arrowsIn: Map<Side, boolean>;
}) {
  const label = timelineRowLabel(m);
  const due = x(m.dueDate);
  const baseline = m.baselineDueDate !== m.dueDate ? x(m.baselineDueDate) : null;
  const bar = m.effectiveStatus !== "DONE" && hasPlanBar(m) ? x(m.latestStart) : null;
  const state = m.effectiveStatus;

  return (
    <li className="grid h-12 grid-cols-[var(--tl-title)_minmax(0,1fr)] border-b border-slate-100 last:border-b-0 print:break-inside-avoid">
      <div
        title={label}
        className="sticky left-0 z-10 flex min-w-0 flex-col justify-center border-r border-slate-100 bg-white pr-3 pl-4 sm:pl-5 print:static"
      >
        {/* Named by the whole sentence, which starts with the visible title. */}
        <a
          href={`#${milestoneAnchor(m.id)}`}
          aria-label={label}
          className="truncate rounded-sm text-sm font-medium text-slate-800 hover:text-indigo-700 hover:underline"
        >
          {m.title}
        </a>
        <span aria-hidden className="truncate text-xs text-slate-500">
          {shortDate(m.dueDate, today)} · <span className={STATE_TEXT[state]}>{MILESTONE_STATE_LABELS[state]}</span>
          {baseline != null ? ` · was ${shortDate(m.baselineDueDate, m.dueDate)}` : ""}
        </span>
      </div>
      <div aria-hidden className="relative mx-4">
        {bar != null ? (
          <span
            className={cx("absolute top-[calc(50%+5px)] h-1.5 rounded-full", m.isCritical ? "bg-indigo-400" : "bg-slate-300")}
            style={at(bar, { width: `${due - bar}%` })}
          />
        ) : null}
        {baseline != null ? (
          <>
            <span
              className="absolute top-1/2 border-t-2 border-dotted border-slate-500"
              style={at(Math.min(baseline, due), { width: `${Math.abs(due - baseline)}%` })}
            />
            <Diamond hollow className="absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2" style={at(baseline)} />
          </>
        ) : null}
        {m.isCritical ? (
          <span className="absolute top-1/2 size-6 -translate-x-1/2 -translate-y-1/2 rounded-full bg-indigo-100 ring-2 ring-indigo-500" style={at(due)} />
        ) : null}
        <Diamond className={cx("absolute top-1/2 size-4 -translate-x-1/2 -translate-y-1/2", MARKER_FILL[state])} style={at(due)} />
        {[...arrowsIn].map(([side, critical]) => (
          <ArrowHead key={side} side={side} critical={critical} halo={m.isCritical} x={due} />
        ))}
      </div>
    </li>
  );
}
