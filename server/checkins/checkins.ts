import "server-only";
import { EDITOR, requireRole } from "../access.ts";
import { recordActivity } from "../activity/activity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, parseInput } from "../errors.ts";
import { assertOpen, findGoal, lockGoal } from "../goals/goals.ts";
import { recomputeProgress } from "../goals/recompute.ts";
import { enqueueJob } from "../jobs/enqueue.ts";
import { checkInValueProblem, createCheckInInput, type CreateCheckInInput } from "../../domain/schemas/check-in.ts";

/**
 * Records how a goal is going: for a metric goal its new current value, always the author's
 * confidence and a note. The goal's current value and confidence become this check-in's, its
 * progress is recomputed (rolling up to its parents) and the check-in is a point in its history.
 */
export async function createCheckIn(viewer: Viewer | null, goalId: string, input: CreateCheckInInput) {
  const found = await findGoal(viewer, goalId);
  requireRole(viewer, found.organizationId, EDITOR);
  assertOpen(found);
  const data = parseInput(createCheckInInput, input);
  return writeTransaction(async (tx) => {
    const goal = await lockGoal(tx, found.id);
    const metric = goal.kind === "METRIC";
    const valueProblem = checkInValueProblem(goal, data.value);
    if (valueProblem) throw badInput("value", `value: ${valueProblem}`);
    const checkIn = await tx.checkIn.create({
      data: {
        organizationId: goal.organizationId,
        goalId: goal.id,
        authorId: viewer!.userId,
        value: metric ? data.value : null,
        confidence: data.confidence,
        note: data.note,
      },
    });
    // Not a version bump: a check-in changes no value of the edit form, so it must not make an edit conflict.
    await tx.goal.update({
      where: { id: goal.id },
      data: { confidence: data.confidence, lastCheckInAt: checkIn.createdAt, ...(metric ? { currentValue: data.value } : {}) },
    });
    await recomputeProgress(tx, goal.id, { snapshot: "always" });
    await recordActivity(tx, {
      organizationId: goal.organizationId,
      actorId: viewer!.userId,
      kind: "CHECK_IN",
      goalId: goal.id,
      data: { goalTitle: goal.title, value: checkIn.value, unit: goal.unit, confidence: data.confidence },
    });
    await enqueueJob(tx, "notify", { type: "GOAL_CHANGED", organizationId: goal.organizationId, goalId: goal.id, actorId: viewer!.userId });
    return { checkInId: checkIn.id, goalId: goal.id };
  });
}
