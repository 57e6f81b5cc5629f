import { useId } from "react";
import { formatDate } from "@/app/_components/format";
import { formatMetric, formatPercent } from "./goal-labels";
import type { PageGoal } from "./progress-panel";

const DAY = 86_400_000;
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * Progress over the goal's window from `progressHistory` (every check-in and milestone completion),
 * as a step line, against the expected pace (dashed: 0% at the start date, 100% at the target
 * date). Every value drawn comes from the API. The plot stretches to any width; the labels are
 * HTML so they stay readable on a phone.
 */
export function ProgressChart({ goal }: { goal: PageGoal }) {
  const titleId = useId();
  const history = goal.progressHistory;
  if (history.length === 0) return null;

  const start = dayMs(goal.startDate);
  const end = Math.max(dayMs(goal.targetDate), start + DAY);
  const now = goal.isClosed && goal.closedAt ? Date.parse(goal.closedAt) : Date.now();
  const from = Math.min(start, Date.parse(history[0]!.recordedAt));
  const to = Math.max(end, now);
  // Percentages of the plot area.
  const x = (t: number) => ((t - from) / (to - from)) * 100;
  const y = (share: number) => (1 - Math.min(1, Math.max(0, share))) * 100;

  const points = history.map((p) => ({
    x: x(Date.parse(p.recordedAt)),
    y: y(p.progress),
    label: `${formatDate(p.recordedAt)}: ${formatPercent(p.progress)}${p.value != null ? ` (${formatMetric(p.value, goal.unit)})` : ""}`,
  }));
  let line = "";
  points.forEach((p, i) => {
    line += i === 0 ? `M${p.x},${p.y}` : `H${p.x}V${p.y}`;
  });
  const nowX = x(Math.min(now, to));
  line += `H${nowX}`;
  const area = `${line}V100H${points[0]!.x}Z`;
  const last = points[points.length - 1]!;

  const summary = `Progress over time: ${formatPercent(history[0]!.progress)} on ${formatDate(history[0]!.recordedAt)}, ${formatPercent(
    goal.progress,
  )} now${goal.isClosed ? "" : `, expected ${formatPercent(goal.expectedProgress)} by today`}; ${history.length} recorded ${
    history.length === 1 ? "change" : "changes"
  }.`;

  return (
    <figure className="mt-7">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Progress over time</span>
        <span aria-hidden className="flex items-center gap-3 text-xs text-slate-500">
          <span className="inline-flex items-center gap-1.5">
            <span className="inline-block h-0.5 w-4 rounded bg-indigo-600" />
            Progress
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span className="inline-block w-4 border-t-2 border-dashed border-slate-400" />
            Expected pace
          </span>
        </span>
      </figcaption>
      <div role="img" aria-labelledby={titleId} className="mt-7 pl-9">
        <span id={titleId} className="sr-only">
          {summary}
        </span>
        <div aria-hidden className="relative h-32">
          {[0, 0.5, 1].map((g) => (
            <span
              key={g}
              className="absolute -left-9 w-7 -translate-y-1/2 text-right text-[11px] text-slate-400 tabular-nums"
              style={{ top: `${y(g)}%` }}
            >
              {g * 100}%
            </span>
          ))}
          <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 h-full w-full overflow-visible">
            {[0, 50, 100].map((g) => (
              <line key={g} x1={0} x2={100} y1={g} y2={g} className="stroke-slate-200" strokeWidth={1} vectorEffect="non-scaling-stroke" />
            ))}
            <line
              x1={x(start)}
              y1={100}
              x2={x(end)}
              y2={0}
              className="stroke-slate-400"
              strokeWidth={1.5}
              strokeDasharray="5 4"
              vectorEffect="non-scaling-stroke"
            />
            <path d={area} className="fill-indigo-500/10" />
            <path d={line} fill="none" className="stroke-indigo-600" strokeWidth={2} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
          </svg>
          {points.map((p, i) => (
            <span
              key={i}
              title={p.label}
              className="absolute size-2 -translate-x-1/2 -translate-y-1/2 rounded-full border-[1.5px] border-indigo-600 bg-white"
              style={{ left: `${p.x}%`, top: `${p.y}%` }}
            />
          ))}
          <span
            className="absolute size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full bg-indigo-600 ring-2 ring-white"
            style={{ left: `${nowX}%`, top: `${last.y}%` }}
          />
          {!goal.isClosed && now <= to ? (
            <span className="absolute inset-y-0 border-l border-dashed border-slate-700" style={{ left: `${nowX}%` }}>
              <span className="absolute -top-5 -translate-x-1/2 text-[11px] font-medium whitespace-nowrap text-slate-700">Today</span>
            </span>
          ) : null}
        </div>
        <div aria-hidden className="mt-1.5 flex justify-between text-[11px] text-slate-400">
          <span>{formatDate(goal.startDate)}</span>
          <span>{formatDate(goal.targetDate)}</span>
        </div>
      </div>
    </figure>
  );
}
