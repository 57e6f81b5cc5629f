"use client";

import { Card } from "@/app/_components/Card";
import { CheckInForm } from "./check-in-form";
import { CheckInHistory } from "./check-in-history";
import type { CheckInsGoal } from "./check-ins-fields";

/** "How is it going?": the check-in form (editors, open goals) and the history, newest first. */
export function CheckIns({ goal, canEdit, timeZone }: { goal: CheckInsGoal; canEdit: boolean; timeZone: string }) {
  const metric = goal.kind === "METRIC";
  return (
    <Card padded={false}>
      <div className="px-5 pt-5 sm:px-6 sm:pt-6">
        <h2 id="check-ins-heading" className="text-base font-semibold text-slate-900">
          Check-ins
        </h2>
        <p className="mt-1 text-sm text-slate-500">
          {metric
            ? "The latest check-in sets the current value and the owner's confidence."
            : "The latest check-in sets the owner's confidence; progress comes from the milestones."}
        </p>
      </div>
      {canEdit ? <CheckInForm goal={goal} /> : null}
      <CheckInHistory goal={goal} timeZone={timeZone} />
    </Card>
  );
}
