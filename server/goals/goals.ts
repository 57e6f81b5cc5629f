import { EDITOR, requireRole } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { badInput, conflict, notFound, parseInput } from "../errors.ts";
import { createGoalInput, DATE_ORDER_MESSAGE, updateGoalInput, type CreateGoalInput, type UpdateGoalInput } from "./schemas.ts";

export const ARCHIVED_MESSAGE = "Archived goals can't be changed; unarchive it first.";

/** A goal in one of the viewer's organizations; another org's goal is NOT_FOUND like a missing one. */
export async function findGoal(viewer: Viewer | null, goalId: string) {
  const goal = await prisma().goal.findFirst({ where: { id: goalId, organizationId: { in: viewer?.orgIds ?? [] } } });
  if (!goal) throw notFound();
  return goal;
}

export function assertNotArchived(goal: { archivedAt: Date | null }) {
  if (goal.archivedAt) throw conflict(undefined, ARCHIVED_MESSAGE);
}

/** The owner must belong to the goal's organization (any role: stakeholders can be accountable too). */
async function assertOwnerIsMember(organizationId: string, ownerId: string) {
  const membership = await prisma().membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: ownerId } },
    select: { id: true },
  });
  if (!membership) throw badInput("ownerId", "ownerId: The owner must be a member of this organization.");
}

export async function createGoal(viewer: Viewer | null, organizationId: string, input: CreateGoalInput) {
  requireRole(viewer, organizationId, EDITOR);
  const data = parseInput(createGoalInput, input);
  await assertOwnerIsMember(organizationId, data.ownerId);
  return prisma().goal.create({ data: { ...data, organizationId } });
}

export async function updateGoal(viewer: Viewer | null, goalId: string, input: UpdateGoalInput) {
  const goal = await findGoal(viewer, goalId);
  requireRole(viewer, goal.organizationId, EDITOR);
  assertNotArchived(goal);
  const data = parseInput(updateGoalInput, input);
  const startDate = data.startDate ?? goal.startDate;
  const targetDate = data.targetDate ?? goal.targetDate;
  if (targetDate < startDate) {
    // Blame the date the caller changed; when both changed, the target.
    if (data.startDate && !data.targetDate) {
      throw badInput("startDate", "startDate: Start date must be on or before the target date.");
    }
    throw badInput("targetDate", `targetDate: ${DATE_ORDER_MESSAGE}`);
  }
  if (data.ownerId !== undefined && data.ownerId !== goal.ownerId) await assertOwnerIsMember(goal.organizationId, data.ownerId);
  return prisma().goal.update({ where: { id: goal.id }, data });
}

/** Archiving hides a goal from the default lists and freezes it; archiving twice keeps the first date. */
export async function archiveGoal(viewer: Viewer | null, goalId: string) {
  const goal = await findGoal(viewer, goalId);
  requireRole(viewer, goal.organizationId, EDITOR);
  if (goal.archivedAt) return goal;
  return prisma().goal.update({ where: { id: goal.id }, data: { archivedAt: new Date() } });
}

export async function unarchiveGoal(viewer: Viewer | null, goalId: string) {
  const goal = await findGoal(viewer, goalId);
  requireRole(viewer, goal.organizationId, EDITOR);
  if (!goal.archivedAt) return goal;
  return prisma().goal.update({ where: { id: goal.id }, data: { archivedAt: null } });
}
