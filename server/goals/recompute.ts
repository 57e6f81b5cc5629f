import type { Tx } from "../db.ts";
import { goalProgress } from "./progress.ts";

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
  parentId: string | null;
  closedAt: Date | null;
  children: { title: string; progress: number; weight: number }[];
  milestones: { title: string; status: "PLANNED" | "IN_PROGRESS" | "DONE"; weight: number }[];
};

/**
 * Locks a goal and its ancestors, bottom-up, for the rest of the transaction; returns their ids.
 * Taking the whole chain before writing matters: a second update of a goal row in one transaction
 * makes PostgreSQL re-check its parentId foreign key (a KEY SHARE lock on the parent), and two
 * transactions holding that and both asking for the parent's row lock would deadlock.
 */
export async function lockChain(tx: Tx, goalId: string): Promise<string[]> {
  const chain: string[] = [];
  let id: string | null = goalId;
  while (id && !chain.includes(id)) {
    chain.push(id);
    const rows: { parentId: string | null }[] = await tx.$queryRaw`
      SELECT "parentId" FROM "Goal" WHERE "id" = ${id} FOR UPDATE`;
    id = rows[0]?.parentId ?? null;
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
 */
export async function recomputeProgress(tx: Tx, goalId: string, options: { snapshot?: "always" | "whenChanged" } = {}) {
  const chain = await lockChain(tx, goalId);
  let first = true;
  for (const id of chain) {
    const goal: GoalInputs | null = await tx.goal.findUnique({
      where: { id },
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
        parentId: true,
        closedAt: true,
        children: { ...rolledUpChildren, select: { title: true, progress: true, weight: true } },
        milestones: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { title: true, status: true, weight: true } },
      },
    });
    if (!goal || goal.closedAt) return;
    const { progress } = goalProgress(goal, goal.children, goal.milestones);
    const changed = Math.abs(progress - goal.progress) > EPSILON;
    if (changed) await tx.goal.update({ where: { id: goal.id }, data: { progress } });
    if (changed || (first && options.snapshot === "always")) {
      await tx.progressSnapshot.create({
        data: {
          organizationId: goal.organizationId,
          goalId: goal.id,
          progress,
          value: goal.kind === "METRIC" ? goal.currentValue : null,
        },
      });
    }
    // The first goal's weight or parent may be what changed, so its parent is always looked at;
    // above that, an unchanged goal leaves its ancestors as they were.
    if (!changed && !first) return;
    first = false;
  }
}
