import { shortDate } from "@/app/_components/format";
import { joinParts } from "@/app/_components/join-parts";
import { planOutlook } from "@/domain/schedule.ts";
import { criticalPathText } from "./critical-path-text";
import { todayIn } from "@/app/_components/goals/dates";
import { slackText } from "./critical-path-text";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import type { CriticalPathGoal } from "./critical-path-fields";

/**
 * The goal's critical path from the API (backward planning from the target date): the open
 * milestones with the least slack, in order. Any delay to them delays the goal.
 */
export function CriticalPath({ goal, timeZone }: { goal: CriticalPathGoal; timeZone: string }) {
  const path = goal.criticalPath;
  if (goal.isClosed) return null;
  if (path.length === 0) {
    const open = goal.milestones.edges.some((e) => e.node.status !== "DONE");
    if (!open) return null;
    return (
      <p className="mb-4 rounded-lg border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-500">
        <span className="font-medium text-slate-700">No critical path yet.</span> Give milestones an estimated duration (and
        what they depend on) to plan backwards from the target date.
      </p>
    );
  }
  const today = todayIn(timeZone);
  // The goal-level numbers follow from the milestones' plan entries, by the one rule in schedule.ts.
  const outlook = planOutlook(
    goal.targetDate,
    goal.milestones.edges.map((e) => e.node),
  );
  const { headline, tighter } = criticalPathText({
    targetDate: goal.targetDate,
    plannedFinish: outlook?.finish,
    targetSlackDays: outlook?.targetSlackDays,
    criticalPath: path,
  });
  return (
    <section aria-labelledby="critical-path-heading" className="mb-4 rounded-xl border border-indigo-200 bg-indigo-50/60 px-4 py-4 sm:px-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id="critical-path-heading" className="flex items-center gap-1.5 text-sm font-semibold text-indigo-950">
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 text-indigo-600">
            <path d="M11.983 1.907a.75.75 0 0 0-1.292-.657l-8.5 9.5A.75.75 0 0 0 2.75 12h6.572l-1.305 6.093a.75.75 0 0 0 1.292.657l8.5-9.5A.75.75 0 0 0 17.25 8h-6.572l1.305-6.093Z" />
          </svg>
          Critical path
        </h3>
        <p className="text-xs text-indigo-900/70">{headline}</p>
      </div>
      {tighter ? <p className="mt-1 text-xs text-indigo-900/70">{tighter}</p> : null}
      <ol aria-label="Critical path, in order" className="mt-3 flex flex-wrap items-center gap-x-1.5 gap-y-2">
        {path.map((m, i) => (
          <li key={m.id} className="flex min-w-0 items-center gap-1.5">
            {i > 0 ? (
              <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 shrink-0 text-indigo-400">
                <path
                  fillRule="evenodd"
                  clipRule="evenodd"
                  d="M3 10a.75.75 0 0 1 .75-.75h10.638L10.23 5.29a.75.75 0 1 1 1.04-1.08l5.5 5.25a.75.75 0 0 1 0 1.08l-5.5 5.25a.75.75 0 1 1-1.04-1.08l4.158-3.96H3.75A.75.75 0 0 1 3 10Z"
                />
              </svg>
            ) : null}
            <a
              href={`#${milestoneAnchor(m.id)}`}
              className="flex min-w-0 flex-col rounded-lg bg-white px-3 py-1.5 text-sm shadow-xs ring-1 ring-indigo-200 hover:ring-indigo-400"
            >
              <span dir="auto" className="truncate font-medium text-slate-900">{m.title}</span>
              <span className="text-xs text-slate-500">
                {joinParts([
                  m.latestStart && m.status === "PLANNED" ? `Start by ${shortDate(m.latestStart, today)}` : null,
                  m.slackDays != null ? slackText(m.slackDays) : null,
                ])}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
