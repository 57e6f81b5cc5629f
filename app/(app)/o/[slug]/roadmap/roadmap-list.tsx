"use client";

import Link from "next/link";
import { formatDate } from "@/app/_components/format";
import { HealthBadge } from "@/app/_components/HealthBadge";
import { PaceProgressBar } from "@/app/_components/PaceProgressBar";
import { Separated } from "@/app/_components/separated";
import type { RoadmapRow } from "@/domain/roadmap.ts";
import { OutcomeBadge } from "@/app/_components/goals/health";
import { goalHref } from "@/app/_components/goals/paths";

type ListGoal = {
  id: string;
  title: string;
  startDate: string;
  targetDate: string;
  progress: number;
  expectedProgress: number;
  isClosed: boolean;
  outcome?: Parameters<typeof OutcomeBadge>[0]["outcome"] | null;
  health?: Parameters<typeof HealthBadge>[0]["health"] | null;
  owner: { name: string };
  allMilestones: readonly unknown[];
};

/**
 * The roadmap as a list, in the same row order: for phones and screen readers, where a timeline
 * a few hundred pixels wide says less than the dates in words.
 */
export function RoadmapList<G extends ListGoal>({ rows, slug }: { rows: RoadmapRow<G>[]; slug: string }) {
  return (
    <ol aria-label="Goals on the roadmap" className="divide-y divide-slate-100">
      {rows.map(({ goal, depth }) => (
        <li key={goal.id} className="px-4 py-3 sm:px-5" style={{ paddingLeft: `${1 + Math.min(depth, 4) * 1.25}rem` }}>
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            {depth > 0 ? (
              <span aria-hidden className="text-slate-400">
                ↳
              </span>
            ) : null}
            <Link href={goalHref(slug, goal.id)} dir="auto" className="min-w-0 font-medium break-words text-slate-900 hover:text-indigo-700 hover:underline">
              {goal.title}
            </Link>
            {goal.isClosed ? (goal.outcome ? <OutcomeBadge outcome={goal.outcome} /> : null) : goal.health ? <HealthBadge health={goal.health} /> : null}
          </div>
          <p className="mt-1 text-sm text-slate-500">
            <Separated>
              <span>
                {formatDate(goal.startDate)} → {formatDate(goal.targetDate)}
              </span>
              <span dir="auto">{goal.owner.name}</span>
              {goal.allMilestones.length ? <span>{goal.allMilestones.length} milestones</span> : null}
            </Separated>
          </p>
          <PaceProgressBar
            className="mt-2 max-w-md"
            value={goal.progress}
            expected={goal.isClosed ? null : goal.expectedProgress}
            label={`Progress of ${goal.title}`}
            size="sm"
            legend={false}
          />
        </li>
      ))}
    </ol>
  );
}
