import { formatDayIn } from "@/app/_components/format";
import { formatMetric, formatPercent } from "./goal-labels";
import type { ProgressChartGoal } from "./progress-chart-fields";

/** The text equivalent of the chart: one row per recorded reading. */
export function ProgressDataTable({ goal, metric, timeZone }: { goal: ProgressChartGoal; metric: boolean; timeZone: string }) {
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
