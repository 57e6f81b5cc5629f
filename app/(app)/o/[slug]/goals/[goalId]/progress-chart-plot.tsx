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
import { formatDayMonth } from "@/app/_components/format";
import type { ProgressChartGoal } from "./progress-chart-fields";
import { chartRows, dateTicks, type Row } from "./progress-chart-rows";
import { ChartTooltip } from "./progress-chart-tooltip";

/** Recharts draws the hovered dot outside the series' group, so it can't inherit `currentColor`. */
const INDIGO_500 = "var(--color-indigo-500)";

/** The drawing (recharts): actual progress as a step area, the expected pace dashed, and today. */
export function ProgressPlot({ goal }: { goal: ProgressChartGoal }) {
  const metric = goal.kind === "METRIC";
  const { rows, from, to, now, showToday } = chartRows(goal, Date.now());

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
