import type { TooltipContentProps } from "recharts";
import { formatDate, formatDateTime } from "@/app/_components/format";
import { formatMetric, formatPercent } from "./goal-labels";
import type { Row } from "./progress-chart-rows";

/** The hovered reading: its date, progress, value (metric goals) and the pace expected then. */
export function ChartTooltip({
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
