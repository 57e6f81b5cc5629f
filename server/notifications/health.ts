import "server-only";
import type { PrismaClient, Tx } from "../db.ts";
import { healthFacts, healthOf } from "../goals/facts.ts";
import { healthAnnouncement } from "../../domain/notifications/health-change.ts";
import type { PaceHealth } from "../../domain/health.ts";
import { deliver, type NewNotification } from "./deliver.ts";
import { followersOf } from "./followers.ts";

/**
 * Compares each goal's computed health (the API's own rule: healthOf over healthFacts) with the
 * health its followers were last told about (Goal.announcedHealth), records the new one and
 * notifies the followers (except `actorId`, whose action caused it) of each change.
 *
 * Exactly once: the goals' rows are locked first (SKIP LOCKED: a goal being changed right now is
 * left to the GOAL_CHANGED job its change enqueues, or to the next hourly sweep), so nothing moves
 * under the facts read; the new health is stored only where announcedHealth is still the value
 * read; and the notifications are inserted in the same transaction, keyed by the goal and the
 * moment of the announcement. A retried job finds the health already announced and says nothing.
 * Statements are constant in the number of goals (engineer Q's hourly sweep passes many).
 */
export async function announceHealthChanges(
  db: PrismaClient,
  goalIds: readonly string[],
  { actorId = null, now = new Date() }: { actorId?: string | null; now?: Date } = {},
): Promise<{ announced: number }> {
  if (goalIds.length === 0) return { announced: 0 };
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Goal" WHERE "id" = ANY(${[...goalIds]}::text[]) AND "archivedAt" IS NULL
      ORDER BY "id" FOR UPDATE SKIP LOCKED`;
    if (locked.length === 0) return { announced: 0 };
    const goals = await tx.goal.findMany({
      where: { id: { in: locked.map((g) => g.id) } },
      select: { id: true, organizationId: true, title: true, announcedHealth: true, ...factsSelect },
    });
    const changes = goals.flatMap((goal) => {
      const decision = healthAnnouncement(goal.announcedHealth as PaceHealth | null, healthOf(goal)?.health ?? null);
      return decision ? [{ goal, from: goal.announcedHealth, ...decision }] : [];
    });
    if (changes.length === 0) return { announced: 0 };
    await storeAnnounced(tx, changes.map((c) => ({ id: c.goal.id, from: c.from, to: c.record })));
    const told = changes.filter((c) => c.notify);
    const followers = await followersOf(tx, told.map((c) => c.goal.id));
    const at = now.toISOString();
    const items: NewNotification[] = told.flatMap(({ goal, from, record }) =>
      (followers.get(goal.id) ?? [])
        .filter((userId) => userId !== actorId)
        .map((recipientId) => ({
          organizationId: goal.organizationId,
          recipientId,
          kind: "HEALTH_CHANGED" as const,
          goalId: goal.id,
          actorId,
          data: { goalTitle: goal.title, from, to: record },
          dedupeKey: `HEALTH_CHANGED:${goal.id}:${at}`,
        })),
    );
    await deliver(tx, items);
    return { announced: told.length };
  });
}

// healthFacts as a Prisma select (its `as const` order is a readonly tuple, which Pothos takes and Prisma's types do not).
const factsSelect = {
  ...healthFacts,
  milestones: { ...healthFacts.milestones, orderBy: [...healthFacts.milestones.orderBy] },
};

// One statement for all goals; the guard (announcedHealth still what was read) keeps a stale
// decision from overwriting a newer one, even if a caller passes a transaction without the locks.
async function storeAnnounced(tx: Tx, rows: { id: string; from: string | null; to: string }[]) {
  await tx.$executeRaw`
    UPDATE "Goal" g SET "announcedHealth" = v."to"::"Confidence"
    FROM (SELECT unnest(${rows.map((r) => r.id)}::text[]) AS "id",
                 unnest(${rows.map((r) => r.from)}::text[]) AS "from",
                 unnest(${rows.map((r) => r.to)}::text[]) AS "to") v
    WHERE g."id" = v."id" AND g."announcedHealth"::text IS NOT DISTINCT FROM v."from"`;
}
