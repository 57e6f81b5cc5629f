import "server-only";
import { atLeast, EDITOR, requireRole } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, conflict, isUniqueViolation, parseInput } from "../errors.ts";
import { MAX_ASSIGNEES_PER_MILESTONE } from "../../domain/limits.ts";
import { assertOpen } from "../goals/goals.ts";
import { enqueueJob } from "../jobs/enqueue.ts";
import { findMilestone } from "./milestones.ts";
import { assignmentInput } from "../../domain/schemas/milestone.ts";

/**
 * Puts a person on a milestone. Assignees are the people doing the work, so they must be members
 * of the milestone's organization who can edit it (MEMBER or above, not STAKEHOLDER).
 * Assigning someone twice returns the existing assignment.
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

/** Takes a person off a milestone; a no-op when they were not assigned. */
export async function unassignMilestone(viewer: Viewer | null, milestoneId: string, input: { userId: string }) {
  const milestone = await findMilestone(viewer, milestoneId);
  requireRole(viewer, milestone.organizationId, EDITOR);
  assertOpen(milestone.goal);
  const { userId } = parseInput(assignmentInput, input);
  await writeTransaction((tx) => tx.assignment.deleteMany({ where: { milestoneId: milestone.id, userId } }));
  return { milestoneId: milestone.id };
}
