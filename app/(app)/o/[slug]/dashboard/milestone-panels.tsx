import { differenceInCalendarDays, parseISO } from "date-fns";
import { Separated } from "@/app/_components/separated";
import Link from "next/link";
import { MilestonePeople } from "@/app/_components/goals/milestone-people";
import { Badge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { formatDate, formatRelative } from "@/app/_components/format";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import { Icon } from "@/app/_components/goals/icons";
import { goalHref } from "@/app/_components/goals/paths";
import type { DashboardData, DashboardMilestone } from "./operations";

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

/** "3 days late" / "due today" / "in 5 days", against the organization's today. */
export function dueText(dueDate: string, today: string): string {
  const delta = differenceInCalendarDays(parseISO(dueDate), parseISO(today));
  if (delta === 0) return "due today";
  if (delta === 1) return "due tomorrow";
  return delta < 0 ? `${days(-delta)} late` : `in ${days(delta)}`;
}

function Panel({ id, title, count, empty, children }: { id: string; title: string; count: number; empty: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white shadow-sm print:break-inside-avoid print:shadow-none">
      <h2 id={id} className="flex items-baseline justify-between gap-3 px-5 pt-4 pb-3 text-base font-semibold text-slate-900">
        {title}
        <span className="text-sm font-normal text-slate-500 tabular-nums">{count}</span>
      </h2>
      {count === 0 ? <p className="border-t border-slate-100 px-5 py-4 text-sm text-slate-500">{empty}</p> : children}
    </section>
  );
}

function MilestoneItem({ m, slug, today, late }: { m: DashboardMilestone; slug: string; today: string; late: boolean }) {
  const slipped = m.baselineDueDate !== m.dueDate;
  return (
    <li className="px-5 py-3">
      <div className="flex items-start justify-between gap-3">
        <Link
          href={`${goalHref(slug, m.goal.id)}#${milestoneAnchor(m.id)}`}
          className="min-w-0 rounded font-medium text-slate-900 hover:text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
        dir="auto"
        >
          {m.title}
        </Link>
        <Badge tone={late ? "red" : "neutral"} className="shrink-0 tabular-nums">
          {dueText(m.dueDate, today)}
        </Badge>
      </div>
      <p className="mt-1 text-sm text-slate-500">
        <Separated>
        <span dir="auto" className="min-w-0 truncate">{m.goal.title}</span>
        <span className="tabular-nums">
          {formatDate(m.dueDate)}
          {slipped ? <span className="text-slate-500"> (was {formatDate(m.baselineDueDate)})</span> : null}
        </span>
        <MilestonePeople owner={m.owner} helpers={m.helpers} />
        </Separated>
      </p>
    </li>
  );
}

/**
 * A list of milestones with how late or how soon each is: "Missed milestones", "Due in the next 14
 * days". It may show only the first few of `count`, with a button to show them all; shown in full
 * (`expanded`) it still stops at the API's MAX_DASHBOARD_MILESTONES, and says so.
 */
export function MilestonePanel({
  id,
  title,
  empty,
  milestones,
  count,
  onShowAll,
  expanded,
  slug,
  today,
  late,
}: {
  id: string;
  title: string;
  empty: string;
  milestones: DashboardMilestone[];
  count: number;
  onShowAll: () => void;
  expanded: boolean;
  slug: string;
  today: string;
  late: boolean;
}) {
  return (
    <Panel id={id} title={title} count={count} empty={empty}>
      <ul className="divide-y divide-slate-100 border-t border-slate-100">
        {milestones.map((m) => (
          <MilestoneItem key={m.id} m={m} slug={slug} today={today} late={late} />
        ))}
      </ul>
      {milestones.length < count && !expanded ? (
        <p className="border-t border-slate-100 px-5 py-3 print:hidden">
          <Button size="sm" variant="ghost" onClick={onShowAll}>
            Show all {count}
          </Button>
        </p>
      ) : null}
      {milestones.length < count && expanded ? (
        <p className="border-t border-slate-100 px-5 py-3 text-sm text-slate-600">
          Showing the first {milestones.length} of {count}. Filter by owner or parent goal to see the rest.
        </p>
      ) : null}
    </Panel>
  );
}

export function RecentWins({ wins, slug }: { wins: DashboardData["recentWins"]; slug: string }) {
  return (
    <Panel id="wins-heading" title="Recent wins" count={wins.length} empty="No wins yet. Milestones done and goals achieved show up here.">
      <ul className="divide-y divide-slate-100 border-t border-slate-100">
        {wins.map((w) => (
          <li key={w.id} className="flex gap-3 px-5 py-3">
            <span aria-hidden className="mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full bg-emerald-100 text-emerald-700">
              <Icon name="check" className="size-3.5" />
            </span>
            <div className="min-w-0">
              <p className="text-sm text-slate-800">{w.summary}</p>
              <p className="mt-0.5 text-xs text-slate-500">
                {w.goal ? (
                  <Link href={goalHref(slug, w.goal.id)} className="rounded hover:text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600">
                    {w.goal.title}
                  </Link>
                ) : null}
                {w.goal ? <span aria-hidden className="text-slate-300"> · </span> : null}
                {/* "3 days ago" may turn over between the server render and the browser's. */}
                <time dateTime={w.createdAt} suppressHydrationWarning>
                  {formatRelative(w.createdAt)}
                </time>
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
