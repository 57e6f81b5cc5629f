import "server-only";
import type { Tx } from "../db.ts";

/**
 * Sets Goal.lastCheckInAt from the goals' check-ins, for writers that insert check-ins in bulk
 * (seeds, imports, test and bench data). createCheckIn sets it in the goal update it already makes.
 */
export async function recordLatestCheckIns(db: Pick<Tx, "$executeRaw">, goalIds: string[]) {
  await db.$executeRaw`
    UPDATE "Goal" g SET "lastCheckInAt" = c."latest"
    FROM (SELECT "goalId", MAX("createdAt") AS "latest" FROM "CheckIn" WHERE "goalId" = ANY(${goalIds}) GROUP BY "goalId") c
    WHERE g."id" = c."goalId"`;
}
