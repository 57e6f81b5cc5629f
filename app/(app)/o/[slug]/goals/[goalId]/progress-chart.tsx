"use client";

import { parseISO, startOfDay } from "date-fns";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  type DotItemDotProps,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { Disclosure } from "@/app/_components/Disclosure";
import { formatDate, formatDateTime, formatDayIn, formatDayMonth } from "@/app/_components/format";
import { useHydrated } from "@/app/_components/use-hydrated";
import { formatMetric, formatPercent } from "./goal-labels";
import type { ProgressChartGoal } from "./progress-chart-fields";

const DAY = 86_400_000;
/** The plot's height in px: the placeholder shown before hydration has exactly this height. */
const HEIGHT = 208;
/** Recharts draws the hovered dot outside the series' group, so it can't inherit `currentColor`. */
const INDIGO_500 = "var(--color-indigo-500)";

/** Calendar dates ("2026-03-01") are the reader's local midnight, like `formatDate` shows them. */
const dayMs = (date: string) => parseISO(date).getTime();
const clampPct = (share: number) => Math.min(100, Math.max(0, share * 100));

type Row = {
  t: number;
  kind: "start" | "point" | "now" | "target";
  /** Actual progress in percent (clamped to 0..100 for drawing); null where there is no reading. */
  progress: number | null;
  /** Expected progress in percent. */
  expected: number | null;
  /** The unclamped shares, for the tooltip. */
  progressShare: number | null;
  expectedShare: number | null;
  value: number | null;
  recordedAt: string | null;
};

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
          {hydrated ? <Chart goal={goal} /> : <div className="h-full w-full rounded-md bg-slate-100/70" />}
        </div>
      </div>
      <Disclosure summary="Show data" className="mt-2">
        <DataTable goal={goal} metric={metric} timeZone={timeZone} />
      </Disclosure>
    </figure>
  );
}

function Chart({ goal }: { goal: ProgressChartGoal }) {
  const history = goal.progressHistory;
  const metric = goal.kind === "METRIC";
  const start = dayMs(goal.startDate);
  const end = Math.max(dayMs(goal.targetDate), start + DAY);
  const now = goal.isClosed && goal.closedAt ? Date.parse(goal.closedAt) : Date.now();
  const first = Date.parse(history[0]!.recordedAt);
  const last = history[history.length - 1]!;
  const from = startOfDay(Math.min(start, first)).getTime();
  const to = Math.max(end, now, Date.parse(last.recordedAt));

  const rows: Row[] = [];
  const empty = { progress: null, progressShare: null, value: null, recordedAt: null };
  if (start < first) rows.push({ t: start, kind: "start", ...empty, expected: 0, expectedShare: 0 });
  for (const p of history) {
    rows.push({
      t: Date.parse(p.recordedAt),
      kind: "point",
      progress: clampPct(p.progress),
      progressShare: p.progress,
      expected: clampPct(p.expectedProgress),
      expectedShare: p.expectedProgress,
      value: p.value ?? null,
      recordedAt: p.recordedAt,
    });
  }
  // Carry the latest reading on to today (or to the closing date), so the step line ends "now".
  const lastT = Date.parse(last.recordedAt);
  if (now > lastT) {
    const expectedNow = goal.isClosed ? null : goal.expectedProgress;
    rows.push({
      t: now,
      kind: "now",
      progress: clampPct(last.progress),
      progressShare: last.progress,
      expected: expectedNow == null ? null : clampPct(expectedNow),
      expectedShare: expectedNow,
      value: last.value ?? null,
      recordedAt: null,
    });
  }
  if (end > Math.max(lastT, now)) rows.push({ t: end, kind: "target", ...empty, expected: 100, expectedShare: 1 });
  rows.sort((a, b) => a.t - b.t);

  const showToday = !goal.isClosed && now >= from && now <= to;

  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={rows} margin={{ top: 18, right: 24, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.18} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[from, to]}
          ticks={dateTicks(from, to)}
          tickFormatter={(t: number) => formatDayMonth(new Date(t))}
          stroke="currentColor"
          strokeOpacity={0.35}
          tick={{ fill: "currentColor", fontSize: 11 }}
          tickLine={false}
          tickMargin={6}
          minTickGap={12}
        />
        <YAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fill: "currentColor", fontSize: 11 }}
          axisLine={false}
          tickLine={false}
          width={40}
        />
        <Tooltip
          content={(props: TooltipContentProps) => <ChartTooltip {...props} metric={metric} unit={goal.unit} />}
          cursor={{ stroke: "currentColor", strokeOpacity: 0.35 }}
          isAnimationActive={false}
        />
        <Line
          dataKey="expected"
          name="Expected pace"
          type="linear"
          className="text-slate-500"
          stroke="currentColor"
          strokeWidth={1.5}
          strokeDasharray="5 4"
          dot={false}
          activeDot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Area
          dataKey="progress"
          name="Progress"
          type="stepAfter"
          className="text-indigo-500"
          stroke="currentColor"
          strokeWidth={2}
          fill="currentColor"
          fillOpacity={0.1}
          dot={ProgressDot}
          activeDot={{ r: 4, stroke: "var(--color-white)", strokeWidth: 2, fill: INDIGO_500 }}
          connectNulls
          isAnimationActive={false}
        />
        {showToday ? (
          <ReferenceLine
            x={now}
            className="text-slate-600"
            stroke="currentColor"
            strokeDasharray="3 3"
            label={{ value: "Today", position: "top", fill: "currentColor", fontSize: 11, fontWeight: 500 }}
          />
        ) : null}
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** An open dot at each recorded reading; nothing on the synthetic start/today/target rows. */
function ProgressDot(props: DotItemDotProps) {
  const row = props.payload as Row | undefined;
  if (!row || row.kind !== "point" || props.cx == null || props.cy == null) return <g key={props.index} />;
  return <circle key={props.index} cx={props.cx} cy={props.cy} r={3} fill="var(--color-white)" stroke="currentColor" strokeWidth={1.5} />;
}

function ChartTooltip({
  active,
  payload,
  metric,
  unit,
}: TooltipContentProps & { metric: boolean; unit: string | null | undefined }) {
  const row = payload?.[0]?.payload as Row | undefined;
  if (!active || !row) return null;
  const title =
    row.kind === "start"
      ? `Start · ${formatDate(new Date(row.t).toISOString())}`
      : row.kind === "target"
        ? `Target · ${formatDate(new Date(row.t).toISOString())}`
        : row.kind === "now"
          ? "Today"
          : formatDateTime(row.recordedAt);
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-xs text-slate-700 shadow-md">
      <p className="font-medium text-slate-900">{title}</p>
      <dl className="mt-1 grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5 tabular-nums">
        {row.progressShare != null ? (
          <>
            <dt className="text-slate-500">Progress</dt>
            <dd className="text-right font-medium text-indigo-700">{formatPercent(row.progressShare)}</dd>
          </>
        ) : null}
        {metric && row.value != null ? (
          <>
            <dt className="text-slate-500">Value</dt>
            <dd className="text-right font-medium text-slate-900">{formatMetric(row.value, unit)}</dd>
          </>
        ) : null}
        {row.expectedShare != null ? (
          <>
            <dt className="text-slate-500">Expected</dt>
            <dd className="text-right">{formatPercent(row.expectedShare)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

/** The text equivalent of the chart: one row per recorded reading. */
function DataTable({ goal, metric, timeZone }: { goal: ProgressChartGoal; metric: boolean; timeZone: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Progress over time, one row per recorded change</caption>
        <thead>
          <tr className="text-xs text-slate-500">
            <th scope="col" className="pb-1.5 font-medium">
              Date
            </th>
            <th scope="col" className="pb-1.5 pl-2 text-right font-medium">
              Progress
            </th>
            <th scope="col" className="pb-1.5 pl-2 text-right font-medium">
              Expected
            </th>
            {metric ? (
              <th scope="col" className="pb-1.5 pl-2 text-right font-medium">
                Value
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200/70 whitespace-nowrap tabular-nums">
          {goal.progressHistory.map((p, i) => (
            <tr key={`${p.recordedAt}-${i}`} className="text-slate-700">
              <td className="py-1.5 pr-2">{formatDayIn(p.recordedAt, timeZone)}</td>
              <td className="py-1.5 pl-2 text-right">{formatPercent(p.progress)}</td>
              <td className="py-1.5 pl-2 text-right">{formatPercent(p.expectedProgress)}</td>
              {metric ? <td className="py-1.5 pl-2 text-right">{formatMetric(p.value, goal.unit)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** About five day-aligned ticks spanning the window, always including both ends. */
function dateTicks(from: number, to: number): number[] {
  const days = Math.max(1, Math.round((to - from) / DAY));
  const count = Math.min(5, days);
  const ticks = new Set<number>();
  for (let i = 0; i <= count; i++) ticks.add(startOfDay(from + ((to - from) * i) / count).getTime());
  return [...ticks].filter((t) => t >= from && t <= to).sort((a, b) => a - b);
}
