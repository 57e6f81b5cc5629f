"use client";

import { ChartColumn, CornerDownRight } from "lucide-react";
import Link from "next/link";
import type { CSSProperties } from "react";
import { Avatar } from "@/app/_components/Avatar";
import { Badge } from "@/app/_components/Badge";
import { cx } from "@/app/_components/cx";
import { formatDate } from "@/app/_components/format";
import { HealthBadge } from "@/app/_components/HealthBadge";
import { PaceProgressBar } from "@/app/_components/PaceProgressBar";
import { CheckInDueBadge } from "./check-in-due-badge";
import { targetHint } from "./dates";
import type { GoalRowData } from "./goal-row-fields";
import { ConfidenceMismatch, metricText, OutcomeBadge } from "./health";
import { Icon } from "./icons";
import { goalHref } from "./paths";
import { Separated } from "@/app/_components/separated";


/**
 * "2/5 milestones", "3 sub-goals", "2/5 milestones and 3 sub-goals", or "No milestones yet" only
 * when the goal has neither (a parent's progress comes from its sub-goals).
 */
export function workText(milestones: number, done: number, subGoals: number | boolean): string {
  const parts = [
    milestones > 0 ? `${done}/${milestones} milestones` : null,
    subGoals === true ? "sub-goals" : subGoals ? `${subGoals} sub-goal${subGoals === 1 ? "" : "s"}` : null,
  ].filter(Boolean);
  if (milestones === 0 && subGoals === true) return "Progress from its sub-goals";
  return parts.length ? parts.join(" and ") : "No milestones yet";
}

/** One goal: title and badges, owner, target date, metric or milestone count, parent, progress against pace. */
export function GoalRow({
  goal,
  depth,
  parentShown,
  subGoalCount = 0,
  slug,
  timeZone,
}: {
  goal: GoalRowData;
  depth: number;
  parentShown: boolean;
  /** Its sub-goals: how many (the goals list's tree), or only whether it has some (the dashboard's parents). */
  subGoalCount?: number | boolean;
  slug: string;
  timeZone: string;
}) {
  const archived = !!goal.archivedAt;
  const closed = goal.isClosed;
  const frozen = archived || closed;
  const hint = targetHint(goal.targetDate, timeZone);
  const metric = goal.kind === "METRIC" ? metricText(goal) : null;
  return (
    <div
      style={{ "--depth": Math.min(depth, 4) } as CSSProperties}
      className={cx(
        "relative py-4 pr-5 pl-[calc(1.25rem+var(--depth)*1.25rem)] transition-colors hover:bg-slate-50 sm:pr-6 sm:pl-[calc(1.5rem+var(--depth)*2rem)]",
        frozen && "bg-slate-50/60",
      )}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-6">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            {depth > 0 ? (
              <CornerDownRight aria-hidden className="-ml-0.5 size-4 shrink-0 text-slate-400" />
            ) : null}
            <Link
              href={goalHref(slug, goal.id)}
              className={cx(
                "min-w-0 truncate text-[15px] font-semibold text-slate-900 hover:text-indigo-700 focus-visible:outline-none",
                // The link covers the whole row; its focus ring is drawn around the row.
                "after:absolute after:inset-0 after:rounded-none focus-visible:after:outline-2 focus-visible:after:-outline-offset-2 focus-visible:after:outline-indigo-600",
                frozen && "text-slate-600",
              )}
            >
              <span dir="auto">{goal.title}</span>
            </Link>
            {/* Badges sit above the row link so their tooltips (the numbers behind them) can be hovered. */}
            <span className="relative z-10 flex flex-wrap items-center gap-1.5">
              {archived ? <Badge>Archived</Badge> : null}
              {closed && goal.outcome ? <OutcomeBadge outcome={goal.outcome} /> : null}
              {!closed && goal.health ? <HealthBadge health={goal.health} title={goal.healthExplanation ?? undefined} className="cursor-help" /> : null}
              {goal.missedMilestoneCount > 0 ? (
                <Badge tone="red" title="Milestones past their due date and not done" className="cursor-help">
                  {goal.missedMilestoneCount} missed
                </Badge>
              ) : null}
              {!frozen ? <CheckInDueBadge goal={goal} className="cursor-help" /> : null}
              {!closed && goal.confidence && goal.confidenceMismatch ? (
                <ConfidenceMismatch confidence={goal.confidence} message={goal.confidenceMismatch} className="cursor-help" />
              ) : null}
            </span>
          </div>
          <div className="mt-1.5 text-sm text-slate-500">
            <Separated>
              <span className="inline-flex items-center gap-1.5">
                <Avatar name={goal.owner.name} size="xs" decorative />
                <span className="sr-only">Owner: </span>
                <span dir="auto">{goal.owner.name}</span>
              </span>
              <span className="inline-flex items-center gap-1">
                <Icon name="calendar" className="size-3.5 text-slate-400" />
                <span>
                  Target {formatDate(goal.targetDate)}
                  {!frozen ? <span className={cx("ml-1", hint.past ? "text-amber-700" : "text-slate-500")}>({hint.text})</span> : null}
                </span>
              </span>
              {metric ? (
                <span className="inline-flex items-center gap-1 font-medium text-slate-700 tabular-nums">
                  <ChartColumn aria-hidden className="size-3.5 text-slate-400" />
                  {metric}
                </span>
              ) : (
                <span className="tabular-nums">{workText(goal.milestoneCount, goal.doneMilestoneCount, subGoalCount)}</span>
              )}
              {goal.parent && !parentShown ? (
                <span className="relative z-10 min-w-0 truncate">
                  Part of{" "}
                  <Link
                    href={goalHref(slug, goal.parent.id)}
                    dir="auto"
                    className="rounded font-medium text-slate-700 underline decoration-slate-300 underline-offset-2 hover:text-indigo-700 hover:decoration-indigo-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                  >
                    {goal.parent.title}
                  </Link>
                </span>
              ) : null}
            </Separated>
          </div>
        </div>
        {/* Above the row link, so the formula (its tooltip) can be hovered. */}
        <div title={goal.progressFormula} className="relative z-10 w-full sm:w-56 sm:shrink-0">
          <PaceProgressBar
            value={goal.progress}
            expected={frozen ? null : goal.expectedProgress}
            label={`Progress of ${goal.title}`}
            size="sm"
          />
        </div>
      </div>
    </div>
  );
}
