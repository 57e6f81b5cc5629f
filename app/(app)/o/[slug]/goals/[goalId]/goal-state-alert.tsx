"use client";

import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { formatDayIn } from "@/app/_components/format";
import { Icon } from "@/app/_components/goals/icons";
import type { GoalHeaderGoal } from "./goal-header-fields";
import { OUTCOME_LABELS } from "@/domain/labels.ts";
import type { GoalActions } from "./use-goal-actions";

/** Why an archived or closed goal is read-only, with the way back for editors; then the last action's result. */
export function GoalStateAlert({
  goal,
  timeZone,
  isEditorRole,
  actions,
}: {
  goal: GoalHeaderGoal;
  timeZone: string;
  isEditorRole: boolean;
  actions: GoalActions;
}) {
  const archived = !!goal.archivedAt;
  return (
    <>
      {archived ? (
        <Alert
          tone="warning"
          title="This goal is archived"
          action={
            isEditorRole ? (
              <Button size="sm" onClick={actions.unarchive} loading={actions.unarchiving} icon={<Icon name="restore" />}>
                Unarchive goal
              </Button>
            ) : null
          }
        >
          It&apos;s hidden from the goals list and read-only
          {isEditorRole ? ". Unarchive it to make changes." : "."}
        </Alert>
      ) : goal.isClosed ? (
        <Alert
          tone={goal.outcome === "ACHIEVED" ? "success" : "info"}
          title={`Closed ${formatDayIn(goal.closedAt, timeZone)}${goal.outcome ? ` · ${OUTCOME_LABELS[goal.outcome]}` : ""}`}
          action={
            isEditorRole ? (
              <Button size="sm" onClick={actions.reopen} loading={actions.reopening} icon={<Icon name="restore" />}>
                Reopen goal
              </Button>
            ) : null
          }
        >
          It stays visible with its history and is read-only{isEditorRole ? " until it is reopened." : "."}
        </Alert>
      ) : null}
      {actions.notice && !archived ? <Alert tone="success">{actions.notice}</Alert> : null}
      {actions.actionError ? <Alert tone="error">{actions.actionError}</Alert> : null}
    </>
  );
}
