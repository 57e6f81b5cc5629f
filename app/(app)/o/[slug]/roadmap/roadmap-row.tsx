import Link from "next/link";
import { cx } from "@/app/_components/cx";
import { HealthBadge } from "@/app/_components/HealthBadge";
import { OutcomeBadge } from "@/app/_components/goals/health";
import { goalHref } from "@/app/_components/goals/paths";
import type { RoadmapRow } from "@/domain/roadmap.ts";
import type { RoadmapGoal } from "./operations";
import { barLabel, markerLabel } from "./roadmap-labels";
import { percent, type RoadmapScale } from "./roadmap-scale";
import { MARKER_TONES, toneOf } from "./roadmap-tones";

/** One goal: its title (indented under its parent) and its bar, filled to its progress, with its milestones as markers. */
export function RoadmapRowItem({
  row,
  scale,
  slug,
  grid,
  sticky,
}: {
  row: RoadmapRow<RoadmapGoal>;
  scale: RoadmapScale;
  slug: string;
  grid: string;
  sticky: string;
}) {
  const { goal, depth, parent } = row;
  const tone = toneOf(goal);
  const { left, width } = scale.span(goal.startDate, goal.targetDate);
  const progress = Math.min(1, Math.max(0, goal.progress));
  const expected = Math.min(1, Math.max(0, goal.expectedProgress));
  const label = barLabel({ ...goal, health: goal.health ?? null, milestones: goal.allMilestones });

  return (
    <li className={cx(grid, "min-h-14 break-inside-avoid")}>
      <div
        className={cx(sticky, "flex min-w-0 flex-col justify-center gap-1 border-r border-slate-200 py-2 pr-3")}
        style={{ paddingLeft: `${1 + depth * 1.25}rem` }}
      >
        <div className="flex min-w-0 items-start gap-1.5">
          {depth > 0 ? (
            <span aria-hidden className="shrink-0 text-slate-400">
              ↳
            </span>
          ) : null}
          <Link
            href={goalHref(slug, goal.id)}
            title={goal.title}
            className={cx(
              "line-clamp-2 rounded text-sm leading-snug break-words hover:text-indigo-700 hover:underline",
              depth === 0 ? "font-semibold text-slate-900" : "font-medium text-slate-800",
            )}
          >
            {goal.title}
          </Link>
          {parent ? <span className="sr-only">, sub-goal of {parent.title}</span> : null}
        </div>
        <div className="flex min-w-0 items-center gap-2 text-xs text-slate-500">
          {goal.isClosed ? (
            goal.outcome ? (
              <OutcomeBadge outcome={goal.outcome} />
            ) : null
          ) : goal.health ? (
            <HealthBadge health={goal.health} />
          ) : null}
          {/* Phones: the narrow title column has no room for it (the List view shows it). */}
          <span className="hidden min-w-0 truncate sm:inline">{goal.owner.name}</span>
        </div>
      </div>

      <div className="relative min-h-14">
        <div
          role="img"
          aria-label={label}
          title={label}
          className={cx("absolute top-1/2 h-4 min-w-1 -translate-y-1/2 overflow-hidden rounded-full ring-1 ring-inset", tone.track)}
          style={{ left: percent(left), width: percent(width) }}
        >
          <div className={cx("h-full", tone.fill)} style={{ width: percent(progress) }} />
        </div>
        {!goal.isClosed ? (
          <span
            aria-hidden
            className="absolute top-1/2 h-6 w-0.5 -translate-x-1/2 -translate-y-1/2 rounded-full bg-slate-800"
            style={{ left: percent(left + width * expected) }}
          />
        ) : null}
        {goal.allMilestones.map((m) => {
          const name = markerLabel(m);
          return (
            <span
              key={m.id}
              role="img"
              aria-label={name}
              title={name}
              className={cx(
                "absolute top-1/2 z-[1] size-2.5 -translate-x-1/2 -translate-y-1/2 rotate-45 rounded-[2px] ring-2",
                MARKER_TONES[m.effectiveStatus],
                m.isCritical && "outline-2 outline-offset-1 outline-indigo-600",
              )}
              style={{ left: percent(scale.xMid(m.dueDate)) }}
            />
          );
        })}
      </div>
    </li>
  );
}
