"use client";

import { Disclosure } from "@/app/_components/Disclosure";
import { useHydrated } from "@/app/_components/use-hydrated";
import { formatPercent } from "./goal-labels";
import type { ProgressChartGoal } from "./progress-chart-fields";
import { ProgressPlot } from "./progress-chart-plot";
import { ProgressDataTable } from "./progress-data-table";

/** The plot's height in px: the placeholder shown before hydration has exactly this height. */
const HEIGHT = 208;

/**
 * Progress over the goal's window from `progressHistory` (every check-in and milestone completion),
 * drawn with recharts: the actual progress as a step line, the expected pace dashed (0% at the
 * start date, 100% at the target date) and a "Today" marker. Every value drawn comes from the API.
 * The chart is summarised for assistive tech (`role="img"` + aria-label) and every point is listed
 * in a "Show data" table. Recharts measures the DOM, so the chart is drawn after hydration; a
 * same-size placeholder holds its place until then (no layout shift, no hydration mismatch).
 */
export function ProgressChart({ goal, timeZone }: { goal: ProgressChartGoal; timeZone: string }) {
  const hydrated = useHydrated();
  const history = goal.progressHistory;
  if (history.length === 0) return null;

  const metric = goal.kind === "METRIC";
  const closed = goal.isClosed;
  const summary = closed
    ? `Progress over time: ${formatPercent(goal.progress)} when closed`
    : `Progress over time: ${formatPercent(goal.progress)} now, ${formatPercent(goal.expectedProgress)} expected by today`;

  return (
    <figure className="mt-7">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <span className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Progress over time</span>
        <span aria-hidden className="flex items-center gap-3 text-xs text-slate-500">
          <span className="inline-flex items-center gap-1.5">
            <span className="inline-block h-0.5 w-4 rounded bg-indigo-500" />
            Progress
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span className="inline-block w-4 border-t-2 border-dashed border-slate-500" />
            Expected pace
          </span>
        </span>
      </figcaption>
      <div role="img" aria-label={summary} className="mt-3 text-slate-500" style={{ height: HEIGHT }}>
        {/* The summary above speaks for the drawing; the table below lists every point. */}
        <div aria-hidden className="h-full w-full">
          {hydrated ? <ProgressPlot goal={goal} /> : <div className="h-full w-full rounded-md bg-slate-100/70" />}
        </div>
      </div>
      <Disclosure summary="Show data" className="mt-2">
        <ProgressDataTable goal={goal} metric={metric} timeZone={timeZone} />
      </Disclosure>
    </figure>
  );
}
