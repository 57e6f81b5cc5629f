"use client";

import { Avatar } from "@/app/_components/Avatar";
import { cx } from "@/app/_components/cx";
import { formatDate } from "@/app/_components/format";
import { daysFromToday } from "@/app/_components/goals/dates";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import { plural } from "./goal-labels";
import type { NextMilestoneGoal } from "./next-milestone-fields";

const sectionTitle = "text-xs font-semibold tracking-wide text-slate-500 uppercase";

/** The open milestone due soonest (a missed one first of all), linked to its row. */
export function NextMilestone({ goal, timeZone }: { goal: NextMilestoneGoal; timeZone: string }) {
  const next = goal.milestones.edges
    .map((e) => e.node)
    .filter((m) => m.status !== "DONE")
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  const total = goal.milestones.edges.length;

  return (
    <section aria-labelledby="next-milestone-heading">
      <h2 id="next-milestone-heading" className={sectionTitle}>
        Next milestone
      </h2>
      {next ? (
        <div className="mt-2 text-sm">
          <a
            href={`#${milestoneAnchor(next.id)}`}
            className="font-medium break-words text-slate-900 hover:text-indigo-700 hover:underline"
          >
            <bdi>{next.title}</bdi>
          </a>
          <p className={cx("mt-1", next.isMissed ? "font-medium text-red-700" : "text-slate-600")}>
            Due <time dateTime={next.dueDate}>{formatDate(next.dueDate)}</time> · {dueWords(daysFromToday(next.dueDate, timeZone))}
          </p>
          {next.owner ? (
            <p className="mt-1 inline-flex items-center gap-1.5 text-slate-600">
              <Avatar name={next.owner.name} size="xs" decorative />
              {next.owner.name}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="mt-2 text-sm text-slate-500">{total > 0 ? "All milestones are done." : "None planned yet."}</p>
      )}
    </section>
  );
}

function dueWords(days: number): string {
  if (days < 0) return `${plural(-days, "day")} late`;
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  return `in ${plural(days, "day")}`;
}
