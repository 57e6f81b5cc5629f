import "server-only";
import { atLeast, EDITOR, requireViewer } from "../access.ts";
import { recordActivity } from "../activity/activity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { approvalStepInput, approvalTransition, type ApprovalStep } from "../../domain/approvals.ts";
import { completedAtFor } from "../../domain/schemas/milestone.ts";
import type { ActivityKind, ApprovalAction } from "../../prisma/generated/client/enums.ts";
import { assertVersion, bumpVersion, parseExpectedVersion } from "../db/versioned.ts";
import type { Tx } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { DomainError, notFound, parseInput } from "../errors.ts";
import { lockGoal } from "../goals/goals.ts";
import { enqueueJob } from "../jobs/enqueue.ts";
import { findMilestone, recordStatusChange } from "../milestones/milestones.ts";
import type { NewNotification } from "../notifications/deliver.ts";

const ACTION: Record<ApprovalStep, ApprovalAction> = { REQUEST: "REQUESTED", APPROVE: "APPROVED", REJECT: "REJECTED" };
const ACTIVITY: Record<ApprovalStep, ActivityKind> = {
  REQUEST: "APPROVAL_REQUESTED",
  APPROVE: "APPROVAL_APPROVED",
  REJECT: "APPROVAL_REJECTED",
};

export interface ApprovalStepArgs {
  note?: string | null;
  expectedVersion?: number | null;
}

/**
 * Requests, approves or rejects an approval milestone (rules: domain/approvals.ts). The step, its
 * history row, its feed entry, the done path's roll-up (approval completes the milestone) and the
 * notifications commit together. Another organization's milestone answers NOT_FOUND, like a missing id;
 * a stakeholder gets this far only for what the rules allow them (deciding approvals that name them).
 */
export async function takeApprovalStep(viewer: Viewer | null, milestoneId: string, step: ApprovalStep, args: ApprovalStepArgs = {}) {
  const me = requireViewer(viewer);
  const found = await findMilestone(viewer, milestoneId);
  const { note } = parseInput(approvalStepInput, { note: args.note ?? undefined });
  const expectedVersion = parseExpectedVersion(args.expectedVersion);
  return writeTransaction(async (tx) => {
    // Closed and archived goals are read-only for approvals too (lockGoal refuses them).
    const goal = await lockGoal(tx, found.goalId);
    const milestone = await tx.milestone.findUnique({ where: { id: found.id } });
    if (!milestone) throw notFound();
    const actor = { userId: me.userId, editor: atLeast(me.roles.get(milestone.organizationId), EDITOR) };
    const next = approvalTransition(milestone, actor, step);
    if (!next.ok) throw new DomainError(next.code, next.message);
    await assertVersion(tx, milestone, expectedVersion, { status: milestone.status, approvalState: milestone.approvalState });

    const now = new Date();
    const updated = await tx.milestone.update({
      where: { id: milestone.id },
      data: {
        approvalState: next.approvalState,
        status: next.status,
        completedAt: completedAtFor(milestone, next.status, now),
        ...bumpVersion(me),
      },
    });
    await tx.approvalStep.create({
      data: { organizationId: milestone.organizationId, milestoneId: milestone.id, actorId: me.userId, action: ACTION[step], note },
    });
    const activity = { organizationId: goal.organizationId, actorId: me.userId, goalId: goal.id, milestoneId: milestone.id };
    const titles = { goalTitle: goal.title, milestoneTitle: milestone.title };
    // Approval is how an approval milestone becomes done: the same path as marking one done, in its own words.
    const changed = await recordStatusChange(tx, activity, titles, milestone.status, next.status, { done: "APPROVAL_APPROVED" });
    if (!changed) await recordActivity(tx, { ...activity, kind: ACTIVITY[step], data: titles });

    // Delivered by the notify job, not in this request (like every notification).
    const notifications = recipients(step, milestone, me.userId, await lastRequesterId(tx, milestone.id, step)).map((recipientId) =>
      notification(step, {
        ...activity,
        recipientId,
        data: { ...titles, ...(step === "REQUEST" ? {} : { decision: next.approvalState }), ...(note ? { note } : {}) },
        at: now,
      }),
    );
    if (notifications.length > 0) await enqueueJob(tx, "notify", { type: "APPROVAL_STEP", organizationId: goal.organizationId, notifications });
    if (changed) await enqueueJob(tx, "notify", { type: "GOAL_CHANGED", organizationId: goal.organizationId, goalId: goal.id, actorId: me.userId });
    return updated;
  });
}

/** Who asked for the decision being made: the latest request's actor. */
async function lastRequesterId(tx: Tx, milestoneId: string, step: ApprovalStep) {
  if (step === "REQUEST") return null;
  const request = await tx.approvalStep.findFirst({
    where: { milestoneId, action: "REQUESTED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorId: true },
  });
  return request?.actorId ?? null;
}

/** A request tells the approver; a decision tells the requester and the milestone's owner. Never the actor. */
function recipients(step: ApprovalStep, m: { ownerId: string | null; approverId: string | null }, actorId: string, requesterId: string | null) {
  const ids = step === "REQUEST" ? [m.approverId] : [requesterId, m.ownerId];
  return [...new Set(ids.filter((id): id is string => !!id && id !== actorId))];
}

function notification(
  step: ApprovalStep,
  n: { organizationId: string; actorId: string; goalId: string; milestoneId: string; recipientId: string; data: Record<string, unknown>; at: Date },
): NewNotification {
  const kind = step === "REQUEST" ? "APPROVAL_REQUESTED" : "APPROVAL_DECIDED";
  return {
    organizationId: n.organizationId,
    recipientId: n.recipientId,
    actorId: n.actorId,
    goalId: n.goalId,
    milestoneId: n.milestoneId,
    kind,
    data: n.data,
    // Each step is its own event: a second request after a rejection is news again.
    dedupeKey: `${kind}:${n.milestoneId}:${n.at.toISOString()}`,
  };
}
