import { EDITOR, requireRole } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma, type Tx } from "../db.ts";
import { badInput, notFound, parseInput } from "../errors.ts";
import { assertNotArchived, findGoal } from "../goals/goals.ts";
import {
  completedAtFor,
  createMilestoneInput,
  moveMilestoneInput,
  reorder,
  updateMilestoneInput,
  type CreateMilestoneInput,
  type UpdateMilestoneInput,
} from "./schemas.ts";

/** A milestone in one of the viewer's organizations, with its goal's archived state. */
export async function findMilestone(viewer: Viewer | null, milestoneId: string) {
  const milestone = await prisma().milestone.findFirst({
    where: { id: milestoneId, organizationId: { in: viewer?.orgIds ?? [] } },
    include: { goal: { select: { archivedAt: true } } },
  });
  if (!milestone) throw notFound();
  return milestone;
}

/**
 * Locks the goal row for the rest of the transaction so that changes to its milestones' positions
 * (create, move, delete) and archiving happen one at a time; refuses archived goals.
 */
async function lockGoal(tx: Tx, goalId: string) {
  const rows = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
    SELECT "archivedAt" FROM "Goal" WHERE "id" = ${goalId} FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  assertNotArchived(rows[0]!);
}

export async function createMilestone(viewer: Viewer | null, goalId: string, input: CreateMilestoneInput) {
  const goal = await findGoal(viewer, goalId);
  requireRole(viewer, goal.organizationId, EDITOR);
  assertNotArchived(goal);
  const data = parseInput(createMilestoneInput, input);
  return prisma().$transaction(async (tx) => {
    await lockGoal(tx, goal.id);
    const last = await tx.milestone.aggregate({ where: { goalId: goal.id }, _max: { position: true } });
    const position = (last._max.position ?? -1) + 1;
    return tx.milestone.create({
      data: { ...data, baselineDueDate: data.dueDate, position, goalId: goal.id, organizationId: goal.organizationId },
    });
  });
}

export async function updateMilestone(viewer: Viewer | null, milestoneId: string, input: UpdateMilestoneInput) {
  const milestone = await findMilestone(viewer, milestoneId);
  requireRole(viewer, milestone.organizationId, EDITOR);
  assertNotArchived(milestone.goal);
  const data = parseInput(updateMilestoneInput, input);
  const completedAt = data.status ? completedAtFor(milestone, data.status, new Date()) : undefined;
  return prisma().milestone.update({ where: { id: milestone.id }, data: { ...data, completedAt } });
}

/** Rewrites the positions of the goal's milestones so that they are 0..n-1 in the given order. */
async function writePositions(tx: Tx, current: readonly { id: string; position: number }[], order: readonly string[]) {
  const was = new Map(current.map((m) => [m.id, m.position]));
  for (const [position, id] of order.entries()) {
    if (was.get(id) !== position) await tx.milestone.update({ where: { id }, data: { position } });
  }
}

/** Moves a milestone to a 0-based index among its goal's milestones; returns the goal's id. */
export async function moveMilestone(viewer: Viewer | null, milestoneId: string, input: { position: number }) {
  const milestone = await findMilestone(viewer, milestoneId);
  requireRole(viewer, milestone.organizationId, EDITOR);
  assertNotArchived(milestone.goal);
  const { position } = parseInput(moveMilestoneInput, input);
  await prisma().$transaction(async (tx) => {
    await lockGoal(tx, milestone.goalId);
    const siblings = await tx.milestone.findMany({
      where: { goalId: milestone.goalId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    if (!siblings.some((m) => m.id === milestone.id)) throw notFound();
    if (position > siblings.length - 1) {
      throw badInput("position", `position: Position must be between 0 and ${siblings.length - 1}.`);
    }
    await writePositions(tx, siblings, reorder(siblings.map((m) => m.id), milestone.id, position));
  });
  return { goalId: milestone.goalId };
}

/** Deletes a milestone and closes the gap it leaves in its goal's positions. */
export async function deleteMilestone(viewer: Viewer | null, milestoneId: string) {
  const milestone = await findMilestone(viewer, milestoneId);
  requireRole(viewer, milestone.organizationId, EDITOR);
  assertNotArchived(milestone.goal);
  await prisma().$transaction(async (tx) => {
    await lockGoal(tx, milestone.goalId);
    // Read again under the lock: a concurrent move may have changed the position.
    const current = await tx.milestone.findUnique({ where: { id: milestone.id }, select: { position: true } });
    if (!current) throw notFound();
    await tx.milestone.delete({ where: { id: milestone.id } });
    await tx.milestone.updateMany({
      where: { goalId: milestone.goalId, position: { gt: current.position } },
      data: { position: { decrement: 1 } },
    });
  });
  return { goalId: milestone.goalId, deletedMilestoneId: milestone.id };
}
