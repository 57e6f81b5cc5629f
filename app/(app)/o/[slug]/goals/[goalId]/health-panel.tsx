"use client";

import { Badge } from "@/app/_components/Badge";
import { Disclosure } from "@/app/_components/Disclosure";
import { formatDayIn, formatDateTimeIn, formatRelative } from "@/app/_components/format";
import { HealthBadge } from "@/app/_components/HealthBadge";
import { HEALTH_THRESHOLDS } from "@/domain/health.ts";
import { OutcomeBadge } from "@/app/_components/goals/health";
import { formatPercent, plural } from "./goal-labels";
import type { HealthPanelGoal } from "./health-panel-fields";

const sectionTitle = "text-xs font-semibold tracking-wide text-slate-500 uppercase";
const points = (share: number) => `${Math.round(share * 100)} points`;

/**
 * Health computed from pace beside the owner's own confidence, why it is what it is, and a flag
 * when the two disagree. Closed goals show their outcome instead.
 */
export function HealthPanel({ goal, timeZone }: { goal: HealthPanelGoal; timeZone: string }) {
  if (goal.isClosed) return <OutcomePanel goal={goal} timeZone={timeZone} />;
  const last = goal.lastCheckIn.edges[0]?.node;
  return (
    <div>
      <h2 className={sectionTitle}>Health</h2>
      <dl className="mt-4 grid grid-cols-2 gap-4">
        <div>
          <dt className="text-xs font-medium text-slate-500">Computed from pace</dt>
          <dd className="mt-1.5">
            {goal.health ? <HealthBadge health={goal.health} size="md" /> : <span className="text-sm text-slate-500">—</span>}
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium text-slate-500">Owner&apos;s confidence</dt>
          <dd className="mt-1.5">
            {goal.confidence ? (
              <HealthBadge health={goal.confidence} size="md" />
            ) : (
              <span className="text-sm text-slate-500">No check-in yet</span>
            )}
            {last ? (
              <p className="mt-1.5 text-xs text-slate-500">
                {last.author.name} ·{" "}
                <time dateTime={last.createdAt} title={formatDateTimeIn(last.createdAt, timeZone)} suppressHydrationWarning>
                  {formatRelative(last.createdAt)}
                </time>
              </p>
            ) : null}
          </dd>
        </div>
      </dl>

      {goal.healthExplanation ? <p className="mt-4 text-sm leading-relaxed text-slate-700">{goal.healthExplanation}</p> : null}

      {goal.confidenceMismatch ? (
        <div role="note" aria-label="Confidence mismatch" className="mt-4 flex gap-3 rounded-lg border border-amber-300 bg-amber-50 px-3.5 py-3 text-sm text-amber-900">
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="mt-0.5 size-5 shrink-0 text-amber-500">
            <path
              fillRule="evenodd"
              clipRule="evenodd"
              d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z"
            />
          </svg>
          <div>
            <p className="font-semibold">Confidence and pace disagree</p>
            <p className="mt-0.5">{goal.confidenceMismatch}</p>
          </div>
        </div>
      ) : null}

      {goal.missedMilestoneCount > 0 ? (
        <p className="mt-4 flex items-center gap-2 text-sm text-slate-700">
          <Badge tone="red">{plural(goal.missedMilestoneCount, "missed milestone")}</Badge>
          <span className="text-slate-500">
            {goal.missedMilestoneCount === 1 ? "lowers health one level" : "each lowers health one level"}
          </span>
        </p>
      ) : null}

      <Disclosure summary="How is health computed?" className="mt-4">
        <p>
          Expected progress is the share of the start → target window that has passed:{" "}
          <span className="font-medium text-slate-900">{formatPercent(goal.expectedProgress)}</span> today. Progress is compared
          with it:
        </p>
        <ul className="mt-2 space-y-1.5">
          <li className="flex items-start gap-2">
            <HealthBadge health="ON_TRACK" className="mt-px" />
            <span>behind pace by {points(HEALTH_THRESHOLDS.atRisk)} or less (or ahead)</span>
          </li>
          <li className="flex items-start gap-2">
            <HealthBadge health="AT_RISK" className="mt-px" />
            <span>more than {points(HEALTH_THRESHOLDS.atRisk)} behind</span>
          </li>
          <li className="flex items-start gap-2">
            <HealthBadge health="OFF_TRACK" className="mt-px" />
            <span>more than {points(HEALTH_THRESHOLDS.offTrack)} behind</span>
          </li>
        </ul>
        <p className="mt-2">
          Each missed milestone lowers health one more level. A goal at 100% is on track. When the owner&apos;s latest
          confidence says otherwise, the goal is flagged.
        </p>
      </Disclosure>
    </div>
  );
}

function OutcomePanel({ goal, timeZone }: { goal: HealthPanelGoal; timeZone: string }) {
  return (
    <div>
      <h2 className={sectionTitle}>Outcome</h2>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {goal.outcome ? <OutcomeBadge outcome={goal.outcome} className="px-2.5 py-1 text-sm" /> : null}
        <span className="text-sm text-slate-500">Closed {formatDayIn(goal.closedAt, timeZone)}</span>
      </div>
      <p className="mt-4 text-xs font-medium text-slate-500">Closing note</p>
      {goal.closingNote ? (
        <blockquote className="mt-1.5 border-l-2 border-slate-200 pl-3 text-sm leading-relaxed break-words whitespace-pre-line text-slate-700">
          {goal.closingNote}
        </blockquote>
      ) : (
        <p className="mt-1.5 text-sm text-slate-500 italic">No closing note.</p>
      )}
      <p className="mt-4 text-sm text-slate-600">
        Final progress <span className="font-medium text-slate-900">{formatPercent(goal.progress)}</span>. Health isn&apos;t
        tracked once a goal is closed.
      </p>
    </div>
  );
}
