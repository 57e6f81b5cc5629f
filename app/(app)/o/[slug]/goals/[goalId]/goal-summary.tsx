"use client";

import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { CheckInDueBadge } from "@/app/_components/goals/check-in-due-badge";
import { checkInBadge } from "@/domain/check-in-cadence";
import { HealthPanel } from "./health-panel";
import { NextMilestone } from "./next-milestone";
import type { PageGoal } from "./operations";
import { ProgressPanel } from "./progress-panel";

/** The top of the goal page: progress, health, the next milestone, and the way to check in. */
export function GoalSummary({
  goal,
  slug,
  timeZone,
  canEdit,
  onCheckIn,
}: {
  goal: PageGoal;
  slug: string;
  timeZone: string;
  canEdit: boolean;
  onCheckIn: () => void;
}) {
  const owed = !goal.isClosed && !goal.archivedAt;
  return (
    <Card padded={false}>
      <div className="grid lg:grid-cols-3">
        <div className="min-w-0 p-5 sm:p-6 lg:col-span-2">
          <ProgressPanel goal={goal} slug={slug} canEdit={canEdit} timeZone={timeZone} />
        </div>
        <div className="min-w-0 space-y-6 border-t border-slate-200 p-5 sm:p-6 lg:border-t-0 lg:border-l">
          <HealthPanel goal={goal} timeZone={timeZone} />
          {goal.isClosed ? null : <NextMilestone goal={goal} timeZone={timeZone} />}
          {/* Whether the owner owes a check-in, beside the way to give one. */}
          {canEdit || (owed && checkInBadge(goal.checkIn)) ? (
            <div className="space-y-2 print:hidden">
              {owed ? <CheckInDueBadge goal={goal} /> : null}
              {canEdit ? (
                <Button variant="primary" className="w-full justify-center" onClick={onCheckIn}>
                  Check in
                </Button>
              ) : null}
            </div>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
