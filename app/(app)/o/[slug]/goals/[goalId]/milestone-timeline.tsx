"use client";

import { useState } from "react";
import { formatDate } from "@/app/_components/format";
import { todayIn } from "@/app/_components/goals/dates";
import { Separated } from "@/app/_components/separated";
import { ViewToggle } from "@/app/_components/ViewToggle";
import type { TimelineGoal, TimelineMilestone } from "./milestone-timeline-fields";
import { TimelineChart } from "./timeline-chart";
import { TimelineList } from "./timeline-list";

/**
 * The goal's milestones on a time axis, one row per milestone in the list's order: a diamond at
 * the current due date coloured by state, a hollow one at the baseline when the date moved, a bar
 * from the latest start (backward planning) to the due date, arrows from prerequisites, the
 * critical path in indigo, and "Today" and "Target" lines. Hand-built with CSS positions in
 * percent (see timeline-scale.ts), so it stretches to its box and prints at page width. Each row's
 * title is a link to the milestone whose accessible name says everything the row draws. A list
 * view says the same in words (phones).
 */
export function MilestoneTimeline({ goal, timeZone }: { goal: TimelineGoal; timeZone: string }) {
  const milestones = goal.milestones.edges.map((e) => e.node);
  if (milestones.length === 0) return null;
  return <Timeline goal={goal} milestones={milestones} timeZone={timeZone} />;
}

function Timeline({ goal, milestones, timeZone }: { goal: TimelineGoal; milestones: TimelineMilestone[]; timeZone: string }) {
  const [view, setView] = useState<"timeline" | "list">("timeline");
  const open = !goal.isClosed;
  const today = todayIn(timeZone);

  return (
    <section aria-labelledby="timeline-heading">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="timeline-heading" className="text-lg font-semibold text-slate-900">
            Timeline
          </h2>
          {/* Dates unbroken, and no "·" left at the end of a line on a phone. */}
          <p className="text-sm text-slate-500">
            <Separated>
              <span>
                Start <span className="whitespace-nowrap">{formatDate(goal.startDate)}</span> → target{" "}
                <span className="whitespace-nowrap">{formatDate(goal.targetDate)}</span>
              </span>
              {open ? <span className="whitespace-nowrap">today {formatDate(today)}</span> : null}
            </Separated>
          </p>
        </div>
        <ViewToggle label="Timeline view" value={view} onChange={setView} />
      </div>

      {view === "list" ? (
        <TimelineList milestones={milestones} />
      ) : (
        <TimelineChart goal={goal} milestones={milestones} today={today} />
      )}
    </section>
  );
}
