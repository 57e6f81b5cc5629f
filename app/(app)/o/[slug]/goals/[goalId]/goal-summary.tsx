"use client";

import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
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
  return (
    <Card padded={false}>
      <div className="grid lg:grid-cols-3">
        <div className="min-w-0 p-5 sm:p-6 lg:col-span-2">
          <ProgressPanel goal={goal} slug={slug} canEdit={canEdit} timeZone={timeZone} />
        </div>
        <div className="min-w-0 space-y-6 border-t border-slate-200 p-5 sm:p-6 lg:border-t-0 lg:border-l">
          <HealthPanel goal={goal} timeZone={timeZone} />
          {goal.isClosed ? null : <NextMilestone goal={goal} timeZone={timeZone} />}
          {canEdit ? (
            <Button variant="primary" className="w-full justify-center print:hidden" onClick={onCheckIn}>
              Check in
            </Button>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
