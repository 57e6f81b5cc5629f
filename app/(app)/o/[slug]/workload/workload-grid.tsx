import { CircleAlert } from "lucide-react";
import { formatDayMonth } from "@/app/_components/format";
import { cx } from "@/app/_components/cx";
import type { WorkloadMember } from "./operations";
import { workloadCell } from "./workload-tones";

/**
 * The load as a heat map: one row per member, one cell per week. A real table, so it reads the
 * same to a screen reader; the name column stays put while the weeks scroll sideways on a phone.
 */
export function WorkloadGrid({ members }: { members: readonly WorkloadMember[] }) {
  const weeks = members[0]?.weeks.map((w) => w.weekStart) ?? [];
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm" tabIndex={0} role="region" aria-label="Workload by week">
      <table className="w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">Each member's load by week: open milestones over their availability, 100% is fully booked.</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 border-b border-slate-200 bg-white px-3 py-2 text-left text-xs font-medium text-slate-500">
              Member
            </th>
            {weeks.map((w) => (
              <th key={w} scope="col" className="border-b border-slate-200 px-1 py-2 text-center text-xs font-medium whitespace-nowrap text-slate-500">
                <span className="sr-only">Week of </span>
                {formatDayMonth(w)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.user.id}>
              <th scope="row" className="sticky left-0 z-10 max-w-36 border-b border-slate-100 bg-white px-3 py-2 text-left font-medium text-slate-900 sm:max-w-56">
                <span className="block truncate">{m.user.name}</span>
                <span className="block truncate text-xs font-normal text-slate-500">
                  {m.availability}%{m.skills.length ? ` · ${m.skills.join(", ")}` : ""}
                </span>
              </th>
              {m.weeks.map((w) => {
                const cell = workloadCell(w.load, w.overallocated);
                return (
                  <td key={w.weekStart} className="border-b border-slate-100 p-0.5">
                    <div
                      className={cx("flex h-10 min-w-14 items-center justify-center gap-0.5 rounded text-xs tabular-nums", cell.tone)}
                      title={`${w.openMilestones} open milestone${w.openMilestones === 1 ? "" : "s"}${w.daysOff ? `, ${w.daysOff} day${w.daysOff === 1 ? "" : "s"} off` : ""}`}
                    >
                      {w.overallocated ? <CircleAlert aria-hidden className="size-3 shrink-0" /> : null}
                      {cell.text}
                      {w.overallocated ? <span className="sr-only"> over-allocated</span> : null}
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
