import "server-only";
import { EDITOR, requireRole } from "../access.ts";
import { recordActivity } from "../activity/activity.ts";
import type { Goal, Prisma } from "../../prisma/generated/client/client.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma, type Tx } from "../db.ts";
import { assertVersion, bumpVersion, parseExpectedVersion } from "../db/versioned.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { dateKey } from "../../domain/dates.ts";
import { badInput, conflict, notFound, parseInput } from "../errors.ts";
import { enqueueJob } from "../jobs/enqueue.ts";
import { lockChain, recomputeProgress } from "./recompute.ts";
import {
  closeGoalInput,
  createGoalInput,
  DATE_ORDER_MESSAGE,
  GOAL_WINDOW_MESSAGE,
  metricProblem,
  updateGoalInput,
  type CloseGoalInput,
  type CreateGoalInput,
  type UpdateGoalInput,
  windowWithinLimit,
} from "../../domain/schemas/goal.ts";
import { MAX_GOAL_YEARS, MAX_GOALS_PER_ORG } from "../../domain/limits.ts";

export const ARCHIVED_MESSAGE = "Archived goals can't be changed; unarchive it first.";
export const CLOSED_MESSAGE = "Closed goals can't be changed; reopen it first.";

/** A goal in one of the viewer's organizations; another org's goal is NOT_FOUND like a missing one. */
export async function findGoal(viewer: Viewer | null, goalId: string) {
  const goal = await prisma().goal.findFirst({ where: { id: goalId, organizationId: { in: viewer?.orgIds ?? [] } } });
  if (!goal) throw notFound();
  return goal;
}

export function assertNotArchived(goal: { archivedAt: Date | null }) {
  if (goal.archivedAt) throw conflict(undefined, ARCHIVED_MESSAGE);
}

/** Archived and closed goals are read-only. */
export function assertOpen(goal: { archivedAt: Date | null; closedAt: Date | null }) {
  assertNotArchived(goal);
  if (goal.closedAt) throw conflict(undefined, CLOSED_MESSAGE);
}

/**
 * Locks the goal row for the rest of the transaction, so that changes to a goal and to its
 * milestones, check-ins and progress happen one at a time, and returns it as it is now.
 */
export async function lockGoal(tx: Tx, goalId: string, { requireOpen = true } = {}) {
  await tx.$queryRaw`SELECT "id" FROM "Goal" WHERE "id" = ${goalId} FOR UPDATE`;
  const goal = await tx.goal.findUnique({ where: { id: goalId } });
  if (!goal) throw notFound();
  if (requireOpen) assertOpen(goal);
  return goal;
}

/** The owner must belong to the goal's organization (any role: stakeholders can be accountable too). */
export async function assertOwnerIsMember(tx: Tx, organizationId: string, ownerId: string, field = "ownerId") {
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: ownerId } },
    select: { id: true },
  });
  if (!membership) throw badInput(field, `${field}: The owner must be a member of this organization.`);
}

/**
 * Serializes changes to an organization's goal tree (a lock on its row, taken before any goal's),
 * so that two concurrent moves cannot close a loop between them.
 */
async function lockTree(tx: Tx, organizationId: string) {
  await tx.$queryRaw`SELECT "id" FROM "Organization" WHERE "id" = ${organizationId} FOR NO KEY UPDATE`;
}

/**
 * A parent must be an open goal of the same organization, and not the goal itself or one of its
 * descendants (that would make a cycle). Call it after `lockTree`.
 */
async function assertParentAllowed(tx: Tx, organizationId: string, goal: { id: string } | null, parentId: string) {
  if (goal && parentId === goal.id) throw badInput("parentId", "parentId: A goal can't be its own parent.");
  const parent = await tx.goal.findFirst({
    where: { id: parentId, organizationId },
    select: { id: true, title: true, closedAt: true },
  });
  if (!parent) throw badInput("parentId", "parentId: Choose a parent goal in this organization.");
  if (parent.closedAt) throw badInput("parentId", `parentId: “${parent.title}” is closed; reopen it before adding goals under it.`);
  if (!goal) return;
  const ancestors = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up("id", "parentId") AS (
      SELECT "id", "parentId" FROM "Goal" WHERE "id" = ${parent.id}
      UNION
      SELECT g."id", g."parentId" FROM "Goal" g JOIN up ON g."id" = up."parentId"
    )
    SELECT "id" FROM up`;
  if (ancestors.some((a) => a.id === goal.id)) {
    throw badInput("parentId", `parentId: “${parent.title}” is already under this goal, so it can't also be its parent.`);
  }
}

/**
 * Creates a goal. `within` runs in the same transaction once the goal exists (a goal created from a
 * template adds its milestones there), so the goal and what comes with it are written together or not at all.
 */
export async function createGoal(
  viewer: Viewer | null,
  organizationId: string,
  input: CreateGoalInput,
  within?: (tx: Tx, goal: Goal) => Promise<unknown>,
) {
  requireRole(viewer, organizationId, EDITOR);
  const data = parseInput(createGoalInput, input);
  const metric = data.kind === "METRIC";
  return writeTransaction(async (tx) => {
    await assertOwnerIsMember(tx, organizationId, data.ownerId);
    // The roadmap, dashboard and shared views list every goal: their cost assumes this many.
    if ((await tx.goal.count({ where: { organizationId } })) >= MAX_GOALS_PER_ORG) {
      throw conflict(undefined, `An organization can have at most ${MAX_GOALS_PER_ORG} goals (archived ones included); delete some first.`);
    }
    if (data.parentId) {
      await lockTree(tx, organizationId);
      await assertParentAllowed(tx, organizationId, null, data.parentId);
      // Before the insert checks the parent key, so that the roll-up's row locks come in order.
      await lockChain(tx, data.parentId);
    }
    const goal = await tx.goal.create({
      data: {
        organizationId,
        title: data.title,
        description: data.description,
        ownerId: data.ownerId,
        startDate: data.startDate,
        targetDate: data.targetDate,
        kind: data.kind,
        // Until the first check-in the metric stands where it started.
        unit: metric ? data.unit! : null,
        startValue: metric ? data.startValue! : null,
        targetValue: metric ? data.targetValue! : null,
        currentValue: metric ? data.startValue! : null,
        direction: metric ? data.direction! : null,
        parentId: data.parentId ?? null,
        weight: data.weight,
        relevance: data.relevance,
        rationale: data.rationale,
        checkInCadence: data.checkInCadence,
      },
    });
    await recordActivity(tx, {
      organizationId,
      actorId: viewer!.userId,
      kind: "GOAL_CREATED",
      goalId: goal.id,
      data: { goalTitle: goal.title },
    });
    // The first point of the history, and the parent's roll-up now that it has one more child.
    await recomputeProgress(tx, goal.id, { snapshot: "always" });
    await enqueueJob(tx, "notify", { type: "OWNER_ASSIGNED", organizationId, actorId: viewer!.userId, recipientId: goal.ownerId, goalId: goal.id, at: goal.createdAt.toISOString() });
    await within?.(tx, goal);
    return goal;
  });
}

const sameValue = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/** A goal's editable values as the API shows them, for a stale edit's CONFLICT. */
const editableValues = (goal: Goal) => ({
  title: goal.title,
  description: goal.description,
  ownerId: goal.ownerId,
  startDate: dateKey(goal.startDate),
  targetDate: dateKey(goal.targetDate),
  kind: goal.kind,
  unit: goal.unit,
  startValue: goal.startValue,
  targetValue: goal.targetValue,
  direction: goal.direction,
  parentId: goal.parentId,
  weight: goal.weight,
  relevance: goal.relevance,
  rationale: goal.rationale,
  checkInCadence: goal.checkInCadence,
});

/** `expectedVersion`: the version the edit was based on; an older one is refused (server/db/versioned.ts). */
export async function updateGoal(viewer: Viewer | null, goalId: string, input: UpdateGoalInput, options: { expectedVersion?: number | null } = {}) {
  const found = await findGoal(viewer, goalId);
  requireRole(viewer, found.organizationId, EDITOR);
  assertOpen(found);
  const data = parseInput(updateGoalInput, input);
  const expectedVersion = parseExpectedVersion(options.expectedVersion);
  return writeTransaction(async (tx) => {
    if (data.parentId !== undefined) await lockTree(tx, found.organizationId);
    const goal = await lockGoal(tx, found.id);
    await assertVersion(tx, goal, expectedVersion, editableValues(goal));
    const startDate = data.startDate ?? goal.startDate;
    const targetDate = data.targetDate ?? goal.targetDate;
    if (targetDate < startDate) {
      // Blame the date the caller changed; when both changed, the target.
      if (data.startDate && !data.targetDate) {
        throw badInput("startDate", "startDate: Start date must be on or before the target date.");
      }
      throw badInput("targetDate", `targetDate: ${DATE_ORDER_MESSAGE}`);
    }
    if (!windowWithinLimit(startDate, targetDate)) {
      if (data.startDate && !data.targetDate) {
        throw badInput("startDate", `startDate: Start date must be at most ${MAX_GOAL_YEARS} years before the target date.`);
      }
      throw badInput("targetDate", `targetDate: ${GOAL_WINDOW_MESSAGE}`);
    }
    const pick = <K extends "unit" | "startValue" | "targetValue" | "direction">(key: K) =>
      (data[key] === undefined ? goal[key] : data[key]) as (typeof goal)[K] | null;
    const merged = {
      kind: data.kind ?? goal.kind,
      unit: pick("unit") || null,
      startValue: pick("startValue"),
      targetValue: pick("targetValue"),
      direction: pick("direction"),
    };
    const problem = metricProblem(merged, data.startValue != null && data.targetValue === undefined ? "startValue" : "targetValue");
    if (problem) throw badInput(problem.field, `${problem.field}: ${problem.message}`);
    if (data.ownerId !== undefined && data.ownerId !== goal.ownerId) {
      await assertOwnerIsMember(tx, goal.organizationId, data.ownerId);
    }
    const parentChanged = data.parentId !== undefined && (data.parentId ?? null) !== goal.parentId;
    if (parentChanged && data.parentId) await assertParentAllowed(tx, goal.organizationId, goal, data.parentId);
    // The old and the new parent's chains are locked before the goal's row changes (see lockChain).
    if (parentChanged && goal.parentId) await lockChain(tx, goal.parentId);
    if (parentChanged && data.parentId) await lockChain(tx, data.parentId);

    const changes: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const current = goal[key as keyof typeof goal];
      const next = key === "unit" ? (value as string) || null : value;
      if (!sameValue(current, next)) changes[key] = next;
    }
    if (Object.keys(changes).length === 0) return goal;

    // Without a measured value, the metric still stands at its start value.
    if (merged.kind === "METRIC" && ("kind" in changes || "startValue" in changes)) {
      const measured = await tx.checkIn.findFirst({
        where: { goalId: goal.id, value: { not: null } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { value: true },
      });
      changes.currentValue = measured?.value ?? merged.startValue;
    }
    const updated = await tx.goal.update({
      where: { id: goal.id },
      data: { ...(changes as Prisma.GoalUncheckedUpdateInput), ...bumpVersion(viewer!) },
    });
    const fields = Object.keys(changes).filter((k) => k !== "currentValue");
    await recordActivity(tx, {
      organizationId: goal.organizationId,
      actorId: viewer!.userId,
      kind: "GOAL_UPDATED",
      goalId: goal.id,
      data: { goalTitle: updated.title, fields, ...(changes.title !== undefined ? { previousTitle: goal.title } : {}) },
    });
    if ("ownerId" in changes) await enqueueJob(tx, "notify", { type: "OWNER_ASSIGNED", organizationId: goal.organizationId, actorId: viewer!.userId, recipientId: updated.ownerId, goalId: goal.id, at: updated.updatedAt.toISOString() });
    await enqueueJob(tx, "notify", { type: "GOAL_CHANGED", organizationId: goal.organizationId, goalId: goal.id, actorId: viewer!.userId });
    const progressInputs = ["kind", "unit", "startValue", "targetValue", "direction", "parentId", "weight"];
    if (fields.some((f) => progressInputs.includes(f))) {
      await recomputeProgress(tx, goal.id);
      if (parentChanged && goal.parentId) await recomputeProgress(tx, goal.parentId);
    }
    return updated;
  });
}

/** Archiving hides a goal from the default lists and freezes it; archiving twice keeps the first date. */
export const archiveGoal = (viewer: Viewer | null, goalId: string) => setArchived(viewer, goalId, true);

export const unarchiveGoal = (viewer: Viewer | null, goalId: string) => setArchived(viewer, goalId, false);

async function setArchived(viewer: Viewer | null, goalId: string, archive: boolean) {
  const found = await findGoal(viewer, goalId);
  requireRole(viewer, found.organizationId, EDITOR);
  if (!!found.archivedAt === archive) return found;
  return writeTransaction(async (tx) => {
    const goal = await lockGoal(tx, found.id, { requireOpen: false });
    if (!!goal.archivedAt === archive) return goal;
    const updated = await tx.goal.update({ where: { id: goal.id }, data: { archivedAt: archive ? new Date() : null, ...bumpVersion(viewer!) } });
    await recordActivity(tx, {
      organizationId: goal.organizationId,
      actorId: viewer!.userId,
      kind: archive ? "GOAL_ARCHIVED" : "GOAL_UNARCHIVED",
      goalId: goal.id,
      data: { goalTitle: goal.title },
    });
    // Archived goals leave their parent's roll-up; unarchived ones rejoin it.
    if (goal.parentId) await recomputeProgress(tx, goal.parentId);
    return updated;
  });
}

/**
 * Closes a goal with an outcome and a note. A closed goal stays visible with the progress it had,
 * read-only until reopened. Achieving a goal is a win in the feed.
 */
export async function closeGoal(viewer: Viewer | null, goalId: string, input: CloseGoalInput) {
  const found = await findGoal(viewer, goalId);
  requireRole(viewer, found.organizationId, EDITOR);
  assertOpen(found);
  const data = parseInput(closeGoalInput, input);
  return writeTransaction(async (tx) => {
    const goal = await lockGoal(tx, found.id);
    // Bring the progress up to date before it is frozen.
    await recomputeProgress(tx, goal.id);
    const updated = await tx.goal.update({
      where: { id: goal.id },
      data: { closedAt: new Date(), outcome: data.outcome, closingNote: data.note, ...bumpVersion(viewer!) },
    });
    await recordActivity(tx, {
      organizationId: goal.organizationId,
      actorId: viewer!.userId,
      kind: "GOAL_CLOSED",
      goalId: goal.id,
      isWin: data.outcome === "ACHIEVED",
      data: { goalTitle: goal.title, outcome: data.outcome },
    });
    await enqueueJob(tx, "notify", { type: "GOAL_CLOSED", organizationId: goal.organizationId, actorId: viewer!.userId, goalId: goal.id, closedAt: updated.closedAt!.toISOString() });
    return updated;
  });
}

/** Reopens a closed goal (not an archived one: unarchive it first); reopening an open goal is a no-op. */
export async function reopenGoal(viewer: Viewer | null, goalId: string) {
  const found = await findGoal(viewer, goalId);
  requireRole(viewer, found.organizationId, EDITOR);
  assertNotArchived(found);
  if (!found.closedAt) return found;
  return writeTransaction(async (tx) => {
    const goal = await lockGoal(tx, found.id, { requireOpen: false });
    assertNotArchived(goal);
    if (!goal.closedAt) return goal;
    await tx.goal.update({ where: { id: goal.id }, data: { closedAt: null, outcome: null, closingNote: "", ...bumpVersion(viewer!) } });
    await recordActivity(tx, {
      organizationId: goal.organizationId,
      actorId: viewer!.userId,
      kind: "GOAL_UPDATED",
      goalId: goal.id,
      data: { goalTitle: goal.title, reopened: true },
    });
    // Its children or milestones may have moved on while it was closed.
    await recomputeProgress(tx, goal.id);
    return tx.goal.findUniqueOrThrow({ where: { id: goal.id } });
  });
}
