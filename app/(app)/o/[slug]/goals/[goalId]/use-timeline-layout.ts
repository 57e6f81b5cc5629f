import type { TimelineGoal, TimelineMilestone } from "./milestone-timeline-fields";
import type { Link } from "./timeline-arrows";
import { flagLayout, timelineDomain, timelineTicks, timelineX } from "./timeline-scale";
import { hasPlanBar } from "./timeline-text";

/**
 * Where everything on the timeline goes: the axis (stretched to every date drawn, and today while
 * the goal is open), its ticks, the Today and Target flags, the dependency links between rows,
 * and which legend entries apply.
 */
export function useTimelineLayout(goal: TimelineGoal, milestones: readonly TimelineMilestone[], today: string) {
  const open = !goal.isClosed;
  const domain = timelineDomain(goal.startDate, goal.targetDate, [
    ...milestones.flatMap((m) => [m.dueDate, m.baselineDueDate, m.latestStart]),
    open ? today : null,
  ]);
  const x = (date: string) => timelineX(domain, date);
  const todayX = open ? x(today) : null;
  const targetX = x(goal.targetDate);

  const row = new Map(milestones.map((m, i) => [m.id, i]));
  const links: Link[] = milestones.flatMap((m, to) =>
    m.dependsOn.flatMap((d) => {
      const from = row.get(d.id);
      return from === undefined ? [] : [{ from, to, critical: m.isCritical && milestones[from]!.isCritical }];
    }),
  );

  return {
    x,
    ticks: timelineTicks(domain),
    todayX,
    targetX,
    flags: flagLayout(todayX, targetX),
    links,
    moved: milestones.some((m) => m.baselineDueDate !== m.dueDate),
    planned: milestones.some((m) => m.effectiveStatus !== "DONE" && hasPlanBar(m)),
    critical: milestones.some((m) => m.isCritical),
  };
}
