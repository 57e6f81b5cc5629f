import "server-only";
import { atLeast, EDITOR, requireRole } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, conflict, isUniqueViolation, notFound, parseInput } from "../errors.ts";
import { MAX_ASSIGNEES_PER_MILESTONE } from "../../domain/limits.ts";
import { assertOpen, lockGoal } from "../goals/goals.ts";
import { enqueueJob } from "../jobs/enqueue.ts";
import { findMilestone } from "./milestones.ts";
import { assignmentInput } from "../../domain/schemas/milestone.ts";

/**
 * The people on a milestone are one idea: one accountable owner (Milestone.ownerId) and helpers
 * (the Assignment rows). The rules that keep them apart live here and in updateMilestone:
 * - the owner is never also a helper: adding them is refused, naming userId (a silent no-op would
 *   let a client believe it added someone);
 * - making a helper the owner takes them off the helpers in the same transaction;
 * - helpers without an owner are allowed (work can start before someone is accountable); the UI
 *   shows "No owner" as the call to action.
 */
export function ownerAsHelperRefusal(ownerId: string | null, userId: string) {
  return ownerId === userId ? badInput("userId", "userId: This person owns the milestone; the owner can't also be a helper.") : null;
}

/**
 * Puts a helper on a milestone. Helpers are the people doing the work, so they must be members
 * of the milestone's organization who can edit it (MEMBER or above, not STAKEHOLDER).
 * Adding someone twice returns the existing assignment.
 */
export async function assignMilestone(viewer: Viewer | null, milestoneId: string, input: { userId: string }) {
  const milestone = await findMilestone(viewer, milestoneId);
  requireRole(viewer, milestone.organizationId, EDITOR);
  assertOpen(milestone.goal);
  const { userId } = parseInput(assignmentInput, input);
  const membership = await prisma().membership.findUnique({
    where: { organizationId_userId: { organizationId: milestone.organizationId, userId } },
    select: { role: true },
  });
  if (!membership) throw badInput("userId", "userId: Only members of this organization can be assigned.");
  if (!atLeast(membership.role, EDITOR)) throw badInput("userId", "userId: Stakeholders can't be assigned to milestones.");
  const where = { milestoneId_userId: { milestoneId: milestone.id, userId } };
  // Each milestone's assignees are listed on every page that shows it: their cost assumes this many.
  const assigned = await prisma().assignment.findMany({ where: { milestoneId: milestone.id }, select: { userId: true } });
  if (assigned.length >= MAX_ASSIGNEES_PER_MILESTONE && !assigned.some((a) => a.userId === userId)) {
    throw conflict("userId", `A milestone can have at most ${MAX_ASSIGNEES_PER_MILESTONE} people assigned.`);
  }
  const assignment = await writeTransaction(async (tx) => {
    // Under the goal's lock, as updateMilestone changes the owner: the owner can't change between
    // this check and the insert, so the owner is never left also a helper.
    await lockGoal(tx, milestone.goalId);
    const current = await tx.milestone.findUnique({ where: { id: milestone.id }, select: { ownerId: true } });
    if (!current) throw notFound();
    const refusal = ownerAsHelperRefusal(current.ownerId, userId);
    if (refusal) throw refusal;
    const row = await tx.assignment.upsert({ where, update: {}, create: { milestoneId: milestone.id, userId, organizationId: milestone.organizationId } });
    await enqueueJob(tx, "notify", { type: "ASSIGNEE_ADDED", organizationId: milestone.organizationId, actorId: viewer!.userId, recipientId: userId, goalId: milestone.goalId, milestoneId: milestone.id, assignmentId: row.id });
    return row;
  }).catch(async (error: unknown) => {
      // Two identical requests racing: the loser reads the winner's row.
      if (isUniqueViolation(error)) return prisma().assignment.findUniqueOrThrow({ where });
      throw error;
    });
  return { milestoneId: milestone.id, assignmentId: assignment.id };
}

/** Takes a helper off a milestone; a no-op when they were not assigned. */
export async function unassignMilestone(viewer: Viewer | null, milestoneId: string, input: { userId: string }) {
  const milestone = await findMilestone(viewer, milestoneId);
  requireRole(viewer, milestone.organizationId, EDITOR);
  assertOpen(milestone.goal);
  const { userId } = parseInput(assignmentInput, input);
  await writeTransaction((tx) => tx.assignment.deleteMany({ where: { milestoneId: milestone.id, userId } }));
  return { milestoneId: milestone.id };
}
