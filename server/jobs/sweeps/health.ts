import "server-only";
import { prisma } from "../../db.ts";
import { announceHealthChanges } from "../../notifications/health.ts";

// "sweep-health" (hourly): health also changes with time alone (the expected pace moves every
// day, a milestone's due date passes), with no write to enqueue a GOAL_CHANGED event. So every
// open goal is put through the same rule as that event, engineer N's announceHealthChanges
// (compare with Goal.announcedHealth, record, tell the followers once), in batches: one read here
// and a constant number of statements there per batch.

const BATCH = 200;

export async function sweepHealth(now: Date = new Date()): Promise<{ announced: number }> {
  let announced = 0;
  let after = "";
  for (;;) {
    const batch = await prisma().goal.findMany({
      where: { closedAt: null, archivedAt: null, id: { gt: after } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (batch.length === 0) break;
    announced += (await announceHealthChanges(prisma(), batch.map((g) => g.id), { now })).announced;
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1].id;
  }
  return { announced };
}
