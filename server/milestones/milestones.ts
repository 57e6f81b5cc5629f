import "server-only";
import { EDITOR, requireRole } from "../access.ts";
import { recordActivity } from "../activity/activity.ts";
import type { Milestone } from "../../prisma/generated/client/client.ts";
import type { ActivityKind, MilestoneStatus } from "../../prisma/generated/client/enums.ts";
import { approvalOnCreate, approvalOnEdit } from "../approvals/milestone-fields.ts";
import type { Viewer } from "../auth/viewer.ts";
import { dateKey, parseCalendarDate } from "../../domain/dates.ts";
import { prisma, type Tx } from "../db.ts";
import { assertVersion, bumpVersion, parseExpectedVersion } from "../db/versioned.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, conflict, notFound, parseInput } from "../errors.ts";
import { MAX_MILESTONES_PER_GOAL } from "../../domain/limits.ts";
import { assertOpen, findGoal, lockGoal } from "../goals/goals.ts";
import { recomputeProgress } from "../goals/recompute.ts";
import { enqueueJob } from "../jobs/enqueue.ts";
import { setDependencies } from "./dependencies.ts";
import { moveDueDate } from "../../domain/schedule.ts";
import {
  completedAtFor,
  createMilestoneInput,
  moveMilestoneInput,
  reorder,
  updateMilestoneInput,
  type CreateMilestoneInput,
  type UpdateMilestoneInput,
} from "../../domain/schemas/milestone.ts";

/** A milestone in one of the viewer's organizations, with its goal's read-only state. */
export async function findMilestone(viewer: Viewer | null, milestoneId: string) {
  const milestone = await prisma().milestone.findFirst({
    where: { id: milestoneId, organizationId: { in: viewer?.orgIds ?? [] } },
    include: { goal: { select: { archivedAt: true, closedAt: true } } },
  });
  if (!milestone) throw notFound();
  return milestone;
}

/** A milestone owner is any member of the organization (the accountable person need not do the work). */
async function assertOwnerIsMember(tx: Tx, organizationId: string, ownerId: string) {
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: ownerId } },
    select: { id: true },
  });
  if (!membership) throw badInput("ownerId", "ownerId: The owner must be a member of this organization.");
}

export async function createMilestone(viewer: Viewer | null, goalId: string, input: CreateMilestoneInput) {
  const found = await findGoal(viewer, goalId);
  requireRole(viewer, found.organizationId, EDITOR);
  assertOpen(found);
  const data = parseInput(createMilestoneInput, input);
  return writeTransaction(async (tx) => {
    const goal = await lockGoal(tx, found.id);
    if (data.ownerId) await assertOwnerIsMember(tx, goal.organizationId, data.ownerId);
    const approval = await approvalOnCreate(tx, goal.organizationId, data);
    // Timelines list all of a goal's milestones: their cost assumes this many. The goal's lock makes the count exact.
    const last = await tx.milestone.aggregate({ where: { goalId: goal.id }, _max: { position: true }, _count: { _all: true } });
    if (last._count._all >= MAX_MILESTONES_PER_GOAL) {
      throw conflict(undefined, `A goal can have at most ${MAX_MILESTONES_PER_GOAL} milestones; split it into sub-goals.`);
    }
    const position = (last._max.position ?? -1) + 1;
    const milestone = await tx.milestone.create({
      data: {
        title: data.title,
        description: data.description,
        dueDate: data.dueDate,
        baselineDueDate: data.dueDate,
        ownerId: data.ownerId ?? null,
        weight: data.weight,
        durationDays: data.durationDays ?? null,
        position,
        goalId: goal.id,
        organizationId: goal.organizationId,
        skills: data.skills,
        ...approval,
      },
    });
    if (data.dependsOnIds.length) await setDependencies(tx, milestone, data.dependsOnIds);
    await recordActivity(tx, {
      organizationId: goal.organizationId,
      actorId: viewer!.userId,
      kind: "MILESTONE_CREATED",
      goalId: goal.id,
      milestoneId: milestone.id,
      data: { goalTitle: goal.title, milestoneTitle: milestone.title },
    });
    await recomputeProgress(tx, goal.id);
    if (milestone.ownerId) await enqueueJob(tx, "notify", { type: "OWNER_ASSIGNED", organizationId: goal.organizationId, actorId: viewer!.userId, recipientId: milestone.ownerId, goalId: goal.id, milestoneId: milestone.id, at: milestone.createdAt.toISOString() });
    await enqueueJob(tx, "notify", { type: "GOAL_CHANGED", organizationId: goal.organizationId, goalId: goal.id, actorId: viewer!.userId });
    return milestone;
  });
}

/**
 * What a milestone becoming done or reopened brings, wherever it happens (an edit, an approval):
 * its feed entry (done is a win) and the goal's roll-up with a point in its history. `kinds` names
 * the entries when the change has its own words (an approval). Returns whether it happened.
 */
export async function recordStatusChange(
  tx: Tx,
  activity: { organizationId: string; actorId: string; goalId: string; milestoneId: string },
  titles: { goalTitle: string; milestoneTitle: string },
  from: MilestoneStatus,
  to: MilestoneStatus,
  kinds: { done?: ActivityKind; reopened?: ActivityKind } = {},
) {
  const completed = to === "DONE" && from !== "DONE";
  const reopened = to !== "DONE" && from === "DONE";
  if (completed) await recordActivity(tx, { ...activity, kind: kinds.done ?? "MILESTONE_DONE", isWin: true, data: titles });
  if (reopened) await recordActivity(tx, { ...activity, kind: kinds.reopened ?? "MILESTONE_REOPENED", data: titles });
  if (completed || reopened) await recomputeProgress(tx, activity.goalId, { snapshot: "always" });
  return completed || reopened;
}

/** A milestone's editable values as the API shows them, for a stale edit's CONFLICT. */
const editableValues = (m: Milestone) => ({
  title: m.title,
  description: m.description,
  dueDate: dateKey(m.dueDate),
  status: m.status,
  ownerId: m.ownerId,
  weight: m.weight,
  durationDays: m.durationDays,
});

/** `expectedVersion`: the version the edit was based on; an older one is refused (server/db/versioned.ts). */
export async function updateMilestone(
  viewer: Viewer | null,
  milestoneId: string,
  input: UpdateMilestoneInput,
  options: { expectedVersion?: number | null } = {},
) {
  const found = await findMilestone(viewer, milestoneId);
  requireRole(viewer, found.organizationId, EDITOR);
  assertOpen(found.goal);
  const data = parseInput(updateMilestoneInput, input);
  const expectedVersion = parseExpectedVersion(options.expectedVersion);
  return writeTransaction(async (tx) => {
    const goal = await lockGoal(tx, found.goalId);
    // Read again under the goal's lock: every change to its milestones happens one at a time.
    const milestone = await tx.milestone.findUnique({ where: { id: found.id } });
    if (!milestone) throw notFound();
    await assertVersion(tx, milestone, expectedVersion, editableValues(milestone));
    if (data.ownerId && data.ownerId !== milestone.ownerId) await assertOwnerIsMember(tx, goal.organizationId, data.ownerId);
    if (data.dependsOnIds !== undefined) await setDependencies(tx, milestone, data.dependsOnIds);
    const approval = await approvalOnEdit(tx, goal.organizationId, milestone, data);

    const now = new Date();
    const status = data.status ?? milestone.status;
    const moved =
      data.dueDate && data.dueDate.getTime() !== milestone.dueDate.getTime()
        ? moveDueDate(
            { dueDate: dateKey(milestone.dueDate), baselineDueDate: dateKey(milestone.baselineDueDate), slipCount: milestone.slipCount },
            dateKey(data.dueDate),
          )
        : null;
    const updated = await tx.milestone.update({
      where: { id: milestone.id },
      data: {
        title: data.title,
        description: data.description,
        status: data.status,
        completedAt: completedAtFor(milestone, data.status, now),
        ownerId: data.ownerId,
        weight: data.weight,
        durationDays: data.durationDays,
        skills: data.skills,
        ...approval,
        ...(moved ? { dueDate: parseCalendarDate(moved.dueDate)!, slipCount: moved.slipCount } : {}),
        ...bumpVersion(viewer!),
      },
    });

    const activity = { organizationId: goal.organizationId, actorId: viewer!.userId, goalId: goal.id, milestoneId: milestone.id };
    const titles = { goalTitle: goal.title, milestoneTitle: updated.title };
    if (moved) {
      await recordActivity(tx, {
        ...activity,
        kind: "DUE_DATE_MOVED",
        data: { ...titles, from: dateKey(milestone.dueDate), to: moved.dueDate, slipCount: moved.slipCount, slipped: moved.slipped },
      });
    }
    const statusChanged = await recordStatusChange(tx, activity, titles, milestone.status, status);
    if (!statusChanged && data.weight !== undefined && data.weight !== milestone.weight) await recomputeProgress(tx, goal.id);
    if (updated.ownerId && updated.ownerId !== milestone.ownerId) {
      // The owner is never also a helper (server/milestones/assignments.ts): a promoted helper leaves the helpers here.
      await tx.assignment.deleteMany({ where: { milestoneId: milestone.id, userId: updated.ownerId } });
      await enqueueJob(tx, "notify", { type: "OWNER_ASSIGNED", ...activity, recipientId: updated.ownerId, at: now.toISOString() });
    }
    await enqueueJob(tx, "notify", { type: "GOAL_CHANGED", organizationId: goal.organizationId, goalId: goal.id, actorId: viewer!.userId });
    return updated;
  });
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
  assertOpen(milestone.goal);
  const { position } = parseInput(moveMilestoneInput, input);
  await writeTransaction(async (tx) => {
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
  assertOpen(milestone.goal);
  await writeTransaction(async (tx) => {
    const goal = await lockGoal(tx, milestone.goalId);
    // Read again under the lock: a concurrent move may have changed the position.
    const current = await tx.milestone.findUnique({ where: { id: milestone.id }, select: { position: true, title: true } });
    if (!current) throw notFound();
    await tx.milestone.delete({ where: { id: milestone.id } });
    await tx.milestone.updateMany({
      where: { goalId: milestone.goalId, position: { gt: current.position } },
      data: { position: { decrement: 1 } },
    });
    await recordActivity(tx, {
      organizationId: goal.organizationId,
      actorId: viewer!.userId,
      kind: "MILESTONE_DELETED",
      goalId: goal.id,
      data: { goalTitle: goal.title, milestoneTitle: current.title },
    });
    await recomputeProgress(tx, goal.id);
    await enqueueJob(tx, "notify", { type: "GOAL_CHANGED", organizationId: goal.organizationId, goalId: goal.id, actorId: viewer!.userId });
  });
  return { goalId: milestone.goalId, deletedMilestoneId: milestone.id };
}
