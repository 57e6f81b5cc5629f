"use client";

import Link from "next/link";
import { cx } from "@/app/_components/cx";
import { Disclosure } from "@/app/_components/Disclosure";
import { formatDate } from "@/app/_components/format";
import { HealthBadge } from "@/app/_components/HealthBadge";
import { PaceProgressBar } from "@/app/_components/PaceProgressBar";
import { goalHref } from "@/app/_components/goals/paths";
import { OutcomeBadge } from "@/app/_components/goals/health";
import { directionPhrase, formatMetric, formatPercent, formatWeight, plural } from "./goal-labels";
import type { ProgressPanelGoal } from "./progress-panel-fields";
import { ProgressChart } from "./progress-chart";

const sectionTitle = "text-xs font-semibold tracking-wide text-slate-500 uppercase";

/** The goal's why, then its progress in the goal's own terms, against the pace expected today. */
export function ProgressPanel({ goal, slug, canEdit, timeZone }: { goal: ProgressPanelGoal; slug: string; canEdit: boolean; timeZone: string }) {
  const metric = goal.kind === "METRIC";
  const closed = goal.isClosed;
  const hasCheckIn = goal.lastCheckIn.edges.length > 0;

  return (
    <div>
      <h2 className={sectionTitle}>Why</h2>
      {goal.description ? (
        <p dir="auto" className="mt-2 leading-relaxed break-words whitespace-pre-line text-slate-700">{goal.description}</p>
      ) : (
        <p className="mt-2 text-slate-500 italic">
          No description yet.{canEdit ? " Say why this goal matters so everyone pulls the same way." : ""}
        </p>
      )}

      {goal.relevance || goal.rationale ? (
        <dl className={cx("mt-4 grid gap-4 text-sm", goal.relevance && goal.rationale && "sm:grid-cols-2")}>
          {goal.relevance ? (
            <div>
              <dt className="text-xs font-medium text-slate-500">Why it matters</dt>
              <dd className="mt-1 break-words whitespace-pre-line text-slate-700">{goal.relevance}</dd>
            </div>
          ) : null}
          {goal.rationale ? (
            <div>
              <dt className="text-xs font-medium text-slate-500">Why it&apos;s reachable</dt>
              <dd className="mt-1 break-words whitespace-pre-line text-slate-700">{goal.rationale}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}

      <div className="mt-7 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className={sectionTitle}>Progress</h2>
        <p className="text-xs text-slate-500">{metric ? "Metric goal" : "Milestone goal"}</p>
      </div>

      <div className="mt-2">
        {metric ? <MetricHeadline goal={goal} hasCheckIn={hasCheckIn} /> : <MilestoneHeadline goal={goal} />}
      </div>

      <PaceProgressBar
        className="mt-4"
        size="lg"
        value={goal.progress}
        expected={closed ? null : goal.expectedProgress}
        label={`Progress of ${goal.title}`}
      />

      <Disclosure summary="How is this computed?" className="mt-4">
        <Formula goal={goal} />
      </Disclosure>

      <ProgressChart goal={goal} timeZone={timeZone} />

      {goal.children.length > 0 ? <SubGoals goal={goal} slug={slug} /> : null}
    </div>
  );
}

function MetricHeadline({ goal, hasCheckIn }: { goal: ProgressPanelGoal; hasCheckIn: boolean }) {
  const unit = goal.unit;
  const current = formatMetric(goal.currentValue, unit);
  const target = formatMetric(goal.targetValue, unit);
  const start = formatMetric(goal.startValue, unit);
  const stay = goal.direction === "STAY_ABOVE" || goal.direction === "STAY_BELOW";
  return (
    <div>
      <p className="flex flex-wrap items-baseline gap-x-2 text-slate-600">
        <span className="text-3xl font-semibold tracking-tight text-slate-900 tabular-nums">
          {goal.direction === "INCREASE" ? formatMetric(goal.currentValue, null) : current}
        </span>
        {goal.direction === "INCREASE" ? (
          <span>of {target}</span>
        ) : (
          <span>now · {directionPhrase(goal.direction, target)}</span>
        )}
      </p>
      <p className="mt-1 text-sm text-slate-500">
        {stay ? (
          <>Started at {start} · the goal is met while it holds</>
        ) : (
          <>
            Started at {start} · {directionPhrase(goal.direction, target)}
          </>
        )}
        {hasCheckIn ? null : <> · no check-ins yet</>}
      </p>
    </div>
  );
}

function MilestoneHeadline({ goal }: { goal: ProgressPanelGoal }) {
  const children = goal.children.length;
  const big = "text-3xl font-semibold tracking-tight text-slate-900 tabular-nums";
  if (children > 0) {
    return (
      <p className="flex flex-wrap items-baseline gap-x-2 text-slate-600">
        <span className={big}>{children}</span>
        <span>
          {children === 1 ? "sub-goal" : "sub-goals"} rolled up
          {goal.milestoneCount > 0 ? ` with ${goal.doneMilestoneCount} of ${plural(goal.milestoneCount, "milestone")} done` : ""}
        </span>
      </p>
    );
  }
  return (
    <div>
      <p className="flex flex-wrap items-baseline gap-x-2 text-slate-600">
        <span className={big}>{goal.doneMilestoneCount}</span>
        <span>of {plural(goal.milestoneCount, "milestone")} done</span>
      </p>
      {goal.milestoneCount === 0 ? (
        <p className="mt-1 text-sm text-slate-500">Add milestones below: progress is the weighted share of them done.</p>
      ) : null}
    </div>
  );
}

function Formula({ goal }: { goal: ProgressPanelGoal }) {
  const metric = goal.kind === "METRIC";
  return (
    <div className="space-y-4">
      <div>
        <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Formula</p>
        <p className="mt-1 font-mono text-[13px] leading-relaxed break-words text-slate-800">{goal.progressFormula}</p>
      </div>

      {metric ? (
        <dl className="grid grid-cols-3 gap-3 text-sm">
          <div>
            <dt className="text-xs text-slate-500">Start value</dt>
            <dd className="font-medium text-slate-800 tabular-nums">{formatMetric(goal.startValue, goal.unit)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Current value</dt>
            <dd className="font-medium text-slate-800 tabular-nums">{formatMetric(goal.currentValue, goal.unit)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Target value</dt>
            <dd className="font-medium text-slate-800 tabular-nums">{formatMetric(goal.targetValue, goal.unit)}</dd>
          </div>
        </dl>
      ) : goal.progressParts.length > 0 ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">What goes into progress</caption>
          <thead>
            <tr className="text-xs text-slate-500">
              <th scope="col" className="pb-1.5 font-medium">
                Part
              </th>
              <th scope="col" className="pb-1.5 text-right font-medium">
                Weight
              </th>
              <th scope="col" className="pb-1.5 text-right font-medium">
                Progress
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200/70">
            {goal.progressParts.map((part, i) => (
              <tr key={`${part.label}-${i}`} className={part.weight === 0 ? "text-slate-500" : "text-slate-700"}>
                <td className="py-1.5 pr-3 break-words">{part.label}</td>
                <td className="py-1.5 text-right tabular-nums">{formatWeight(part.weight)}</td>
                <td className="py-1.5 text-right tabular-nums">{formatPercent(part.progress)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {!goal.isClosed ? (
        <p className="text-slate-600">
          <span className="font-medium text-slate-800">Expected by today: {formatPercent(goal.expectedProgress)}</span> — the share
          of the {formatDate(goal.startDate)} → {formatDate(goal.targetDate)} window that has passed. The tick on the bar marks it.
        </p>
      ) : null}
    </div>
  );
}

function SubGoals({ goal, slug }: { goal: ProgressPanelGoal; slug: string }) {
  const metric = goal.kind === "METRIC";
  return (
    <section aria-labelledby="subgoals-heading" className="mt-7">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id="subgoals-heading" className={sectionTitle}>
          Sub-goals
        </h2>
        <p className="text-xs text-slate-500">
          {metric ? "Shown for context: a metric goal's progress is its metric" : "Weighted into this goal's progress"}
        </p>
      </div>
      <ul className="mt-3 divide-y divide-slate-100 rounded-lg border border-slate-200">
        {goal.children.map((child) => (
          <li key={child.id} className="px-4 py-3">
            <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1.5">
              <Link
                href={goalHref(slug, child.id)}
                className="min-w-0 font-medium break-words text-slate-900 hover:text-indigo-700 hover:underline"
              >
                {child.title}
              </Link>
              <span className="flex shrink-0 items-center gap-2">
                {child.isClosed && child.outcome ? (
                  <OutcomeBadge outcome={child.outcome} />
                ) : child.health ? (
                  <HealthBadge health={child.health} />
                ) : null}
                <span className="text-xs text-slate-500 tabular-nums">Weight {formatWeight(child.weight)}</span>
              </span>
            </div>
            <PaceProgressBar className="mt-2" size="sm" value={child.progress} label={`Progress of ${child.title}`} />
          </li>
        ))}
      </ul>
    </section>
  );
}
