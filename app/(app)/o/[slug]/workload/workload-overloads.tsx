import Link from "next/link";
import { Badge } from "@/app/_components/Badge";
import { formatDate, formatDayMonth } from "@/app/_components/format";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import { goalHref } from "@/app/_components/goals/paths";
import type { WorkloadMember } from "./operations";

/** The over-allocated weeks, each with the milestones behind it, linked to their place on the goal page. */
export function WorkloadOverloads({ slug, members }: { slug: string; members: readonly WorkloadMember[] }) {
  const flagged = members.flatMap((m) => m.weeks.filter((w) => w.overallocated).map((w) => ({ member: m, week: w })));
  if (!flagged.length) return <p className="text-sm text-slate-600">Nobody is over-allocated in these weeks.</p>;
  return (
    <section aria-labelledby="overloads-heading" className="space-y-3">
      <h2 id="overloads-heading" className="text-base font-semibold text-slate-900">
        Over-allocated weeks
      </h2>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
        {flagged.map(({ member, week }) => (
          <li key={`${member.user.id}-${week.weekStart}`} className="px-4 py-3 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{member.user.name}</span>
              <span className="text-slate-600">week of {formatDayMonth(week.weekStart)}</span>
              <Badge tone="red">{week.load === null ? "Away" : `${Math.round(week.load * 100)}%`} · over-allocated</Badge>
            </p>
            <ul className="mt-1.5 space-y-1">
              {week.milestones.map((ms) => (
                <li key={ms.id} className="min-w-0">
                  <Link
                    href={`${goalHref(slug, ms.goal.id)}#${milestoneAnchor(ms.id)}`}
                    className="font-medium text-indigo-700 underline-offset-2 hover:underline"
                    dir="auto"
                  >
                    {ms.title}
                  </Link>
                  <span className="text-slate-500">
                    {" "}
                    · {ms.goal.title} · due {formatDate(ms.dueDate)}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
