import "server-only";
import { Prisma } from "../../prisma/generated/client/client.ts";
import type { PrismaClient, Tx } from "../db.ts";

// Who follows a goal. The rule, in one place:
//   a person follows a goal when they chose to (a GoalFollower row with following = true), or when
//   they are involved in it — its owner, or the owner or an assignee of one of its milestones —
//   unless they unfollowed it (a row with following = false, which always wins).
// "Involved" is read from the goal's current rows at the time of the question rather than copied
// into GoalFollower when someone becomes owner or assignee: so no backfill is needed for the
// goals that existed before following did, no mutation needs an extra write (or can forget one),
// and someone taken off a goal's work stops following it unless they had followed it themselves.
// Unfollowing stays an explicit row, kept when they are assigned again.

/** Each goal's followers (user ids), in one statement whatever the number of goals. */
export async function followersOf(db: Tx | PrismaClient, goalIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await followRows(db, goalIds, null);
  const byGoal = new Map<string, string[]>(goalIds.map((id) => [id, []]));
  for (const row of rows) byGoal.get(row.goalId)?.push(row.userId);
  return byGoal;
}

/** Which of these goals one person follows, in one statement. */
export async function followedGoalIds(db: Tx | PrismaClient, userId: string, goalIds: readonly string[]): Promise<Set<string>> {
  const rows = await followRows(db, goalIds, userId);
  return new Set(rows.map((r) => r.goalId));
}

function followRows(db: Tx | PrismaClient, goalIds: readonly string[], userId: string | null) {
  if (goalIds.length === 0) return Promise.resolve([]);
  const ids = [...goalIds];
  const forUser = userId === null ? Prisma.empty : Prisma.sql`AND i."userId" = ${userId}`;
  return db.$queryRaw<{ goalId: string; userId: string }[]>`
    WITH involved("goalId", "userId") AS (
      SELECT "id", "ownerId" FROM "Goal" WHERE "id" = ANY(${ids}::text[])
      UNION
      SELECT "goalId", "ownerId" FROM "Milestone" WHERE "goalId" = ANY(${ids}::text[]) AND "ownerId" IS NOT NULL
      UNION
      SELECT m."goalId", a."userId" FROM "Assignment" a JOIN "Milestone" m ON m."id" = a."milestoneId"
      WHERE m."goalId" = ANY(${ids}::text[])
      UNION
      SELECT "goalId", "userId" FROM "GoalFollower" WHERE "goalId" = ANY(${ids}::text[]) AND "following"
    )
    SELECT i."goalId", i."userId" FROM involved i
    WHERE NOT EXISTS (
      SELECT 1 FROM "GoalFollower" f WHERE f."goalId" = i."goalId" AND f."userId" = i."userId" AND NOT f."following"
    ) ${forUser}
    ORDER BY i."goalId", i."userId"`;
}
