import "server-only";
import type { Tx } from "../db.ts";
import { goalProgress } from "../../domain/progress.ts";

// Children that count in a parent's roll-up: archived goals are set aside, not part of the plan.
export const rolledUpChildren = {
  where: { archivedAt: null },
  orderBy: [{ title: "asc" as const }, { id: "asc" as const }],
};

const EPSILON = 1e-9;

type GoalInputs = Parameters<typeof goalProgress>[0] & {
  id: string;
  organizationId: string;
  progress: number;
  closedAt: Date | null;
  children: { id: string; title: string; progress: number; weight: number }[];
  milestones: { title: string; status: "PLANNED" | "IN_PROGRESS" | "DONE"; weight: number }[];
};

/**
 * Locks a goal and its ancestors, bottom-up, for the rest of the transaction; returns their ids.
 * Taking the whole chain before writing matters: a second update of a goal row in one transaction
 * makes PostgreSQL re-check its parentId foreign key (a KEY SHARE lock on the parent), and two
 * transactions holding that and both asking for the parent's row lock would deadlock.
 * One statement, whatever the depth: the recursive CTE finds the chain (PostgreSQL allows no
 * FOR UPDATE in its recursive term) and the outer query locks those rows in chain order, child
 * before parent (ORDER BY is applied before the locking).
 * The CTE sees the tree as it was when the statement started. A goal moved by a transaction that
 * committed while we waited for its lock comes back with its new parentId (the locked version),
 * so where the chain no longer links up, the rest is found and locked again from the new parent.
 * The stale ancestors stay locked (a row lock lasts until commit), as when a move locks the old
 * parent's chain before the new one's.
 */
export async function lockChain(tx: Tx, goalId: string): Promise<string[]> {
  const chain: string[] = [];
  let from: string | null = goalId;
  while (from) {
    const rows: { id: string; parentId: string | null }[] = await tx.$queryRaw`
      WITH RECURSIVE up("id", "parentId", "depth", "path") AS (
        SELECT "id", "parentId", 0, ARRAY["id"] FROM "Goal" WHERE "id" = ${from}
        UNION ALL
        SELECT g."id", g."parentId", up."depth" + 1, up."path" || g."id"
        FROM "Goal" g JOIN up ON g."id" = up."parentId"
        WHERE NOT g."id" = ANY(up."path")
      ),
      -- As an array: joined to the CTE (whose size the planner cannot know) the outer query would
      -- scan the whole Goal table; "= ANY(ids)" reads the chain through the primary key.
      chain AS (SELECT ARRAY(SELECT "id" FROM up ORDER BY "depth") AS ids)
      SELECT g."id", g."parentId" FROM "Goal" g, chain
      WHERE g."id" = ANY(chain.ids)
      ORDER BY array_position(chain.ids, g."id")
      FOR UPDATE OF g`;
    from = null;
    for (const [i, row] of rows.entries()) {
      if (chain.includes(row.id)) break;
      chain.push(row.id);
      const parentId = row.parentId;
      if (!parentId || chain.includes(parentId)) break;
      if (rows[i + 1]?.id !== parentId) {
        from = parentId;
        break;
      }
    }
  }
  return chain;
}

/**
 * Recomputes a goal's stored progress from its inputs (metric values, milestones, children), then
 * its parent's, and so on up the tree, inside the caller's transaction. The goal and its ancestors
 * are locked first, bottom-up, so concurrent changes under one parent roll up one at a time.
 * A snapshot (the progress history) is written whenever a goal's progress changed, and for the
 * goal itself when `snapshot: "always"` (a check-in or a milestone completed or reopened is a point
 * in the history even when the number stays the same). Closed goals keep the progress they were
 * closed with, so the walk stops there.
 * The statements do not depend on the goals' size or depth: one locks the chain, one per relation
 * loads every chain goal with its children and milestones, the walk runs in memory (a parent rolls
 * up its child's new progress), then one update writes the changed goals and one insert the
 * snapshots.
 */
export async function recomputeProgress(tx: Tx, goalId: string, options: { snapshot?: "always" | "whenChanged" } = {}) {
  const chain = await lockChain(tx, goalId);
  const goals: GoalInputs[] = await tx.goal.findMany({
    where: { id: { in: chain } },
    select: {
      id: true,
      organizationId: true,
      kind: true,
      unit: true,
      startValue: true,
      targetValue: true,
      currentValue: true,
      direction: true,
      progress: true,
      closedAt: true,
      children: { ...rolledUpChildren, select: { id: true, title: true, progress: true, weight: true } },
      milestones: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { title: true, status: true, weight: true } },
    },
  });
  const byId = new Map(goals.map((g) => [g.id, g]));

  const updated = new Map<string, number>();
  const snapshots: { organizationId: string; goalId: string; progress: number; value: number | null }[] = [];
  let first = true;
  for (const id of chain) {
    const goal = byId.get(id);
    if (!goal || goal.closedAt) break;
    const children = goal.children.map((c) => (updated.has(c.id) ? { ...c, progress: updated.get(c.id)! } : c));
    const { progress } = goalProgress(goal, children, goal.milestones);
    const changed = Math.abs(progress - goal.progress) > EPSILON;
    if (changed) updated.set(goal.id, progress);
    if (changed || (first && options.snapshot === "always")) {
      snapshots.push({
        organizationId: goal.organizationId,
        goalId: goal.id,
        progress,
        value: goal.kind === "METRIC" ? goal.currentValue : null,
      });
    }
    // The first goal's weight or parent may be what changed, so its parent is always looked at;
    // above that, an unchanged goal leaves its ancestors as they were.
    if (!changed && !first) break;
    first = false;
  }

  if (updated.size > 0) {
    // Each goal its own value in one statement (updateMany sets one value for all); updatedAt as
    // Prisma's @updatedAt would set it.
    await tx.$executeRaw`
      UPDATE "Goal" AS g SET "progress" = v."progress", "updatedAt" = ${new Date()}
      FROM unnest(${[...updated.keys()]}::text[], ${[...updated.values()]}::double precision[]) AS v("id", "progress")
      WHERE g."id" = v."id"`;
  }
  if (snapshots.length > 0) await tx.progressSnapshot.createMany({ data: snapshots });
}
