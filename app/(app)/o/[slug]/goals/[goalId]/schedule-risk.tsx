"use client";

import { useMutation } from "@apollo/client/react";
import { useState, useSyncExternalStore } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { errorMessage } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import { isDueAfterTarget } from "@/domain/schedule.ts";
import { ExtendGoalTargetMutation } from "./operations";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import type { ScheduleRiskGoal } from "./schedule-risk-fields";

// "Keep the target" is a per-browser acknowledgement: the risk stays visible, only smaller. It is
// keyed by the target and the latest due date, so a new or later milestone asks again.
const keptKey = (goalId: string) => `waymark:schedule-risk-kept:${goalId}`;
const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

/**
 * Open milestones due after the goal's target date: a schedule risk, shown on the goal with two
 * ways out — move the target to the last due date, or keep it (and the milestone's date) knowingly.
 */
export function ScheduleRisk({ goal, canEdit }: { goal: ScheduleRiskGoal; canEdit: boolean }) {
  const late = goal.milestones.edges
    .map((e) => e.node)
    .filter((m) => m.status !== "DONE" && isDueAfterTarget(m.dueDate, goal.targetDate));
  const latest = late.reduce((max, m) => (m.dueDate > max ? m.dueDate : max), "");
  const stamp = `${goal.targetDate}|${latest}`;
  const kept = useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(keptKey(goal.id)) === stamp,
    () => false,
  );
  const [, rerender] = useState(0);
  const [extend, { loading }] = useMutation(ExtendGoalTargetMutation);
  const [error, setError] = useState<string | null>(null);
  if (late.length === 0 || goal.isClosed || goal.archivedAt) return null;

  const names = (
    <>
      {late.map((m, i) => (
        <span key={m.id}>
          {i > 0 ? (i === late.length - 1 ? " and " : ", ") : null}
          <a href={`#${milestoneAnchor(m.id)}`} className="font-medium underline underline-offset-2" dir="auto">
            {m.title}
          </a>{" "}
          ({formatDate(m.dueDate)})
        </span>
      ))}
    </>
  );
  const summary = `${late.length === 1 ? "1 milestone is" : `${late.length} milestones are`} due after the ${formatDate(goal.targetDate)} target`;

  if (kept) {
    return (
      <p className="flex flex-wrap items-center gap-x-2 text-sm text-amber-800" aria-label={`Schedule risk: ${summary}, kept on purpose`}>
        <span className="font-medium">Schedule risk:</span> {summary} (kept on purpose).
        {canEdit ? (
          <button
            type="button"
            className="rounded text-indigo-700 underline underline-offset-2 hover:text-indigo-900"
            onClick={() => {
              window.localStorage.removeItem(keptKey(goal.id));
              rerender((n) => n + 1);
            }}
          >
            Review
          </button>
        ) : null}
      </p>
    );
  }

  return (
    <Alert
      tone="warning"
      title={`Schedule risk: ${summary}`}
      action={
        canEdit ? (
          <span className="flex flex-wrap gap-2">
            <Button
              size="sm"
              loading={loading}
              onClick={async () => {
                setError(null);
                try {
                  await extend({ variables: { input: { goalId: goal.id, targetDate: latest } } });
                } catch (e) {
                  setError(errorMessage(e));
                }
              }}
            >
              Move the target to {formatDate(latest)}
            </Button>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => {
                window.localStorage.setItem(keptKey(goal.id), stamp);
                rerender((n) => n + 1);
              }}
            >
              Keep {formatDate(goal.targetDate)}
            </Button>
          </span>
        ) : null
      }
    >
      {names} {late.length === 1 ? "is" : "are"} planned after the goal should be done, so the goal can&apos;t finish on time as
      planned. Move the target, or bring {late.length === 1 ? "its due date" : "their due dates"} forward.
      {error ? <span className="mt-1 block text-red-700">{error}</span> : null}
    </Alert>
  );
}
