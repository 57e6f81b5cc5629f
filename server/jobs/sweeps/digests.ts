import "server-only";
import { digestTime } from "../../../domain/digest-schedule.ts";
import { prisma } from "../../db.ts";
import { enqueueJobs } from "../enqueue.ts";

// "schedule-digests" (hourly): where it is digest time (Monday from 08:00 in the organization's
// time zone, domain/digest-schedule.ts), one "send-digest" job per member who wants the digest,
// keyed `digest:<userId>:<orgId>:<weekStart>`: a waiting job is replaced, not doubled, and the
// digest email itself is written once by its EmailMessage.dedupeKey of the same form (engineer E).
// Members whose digest of that week already exists are left out, so the later hours of Monday
// enqueue nothing new. Statements per batch of BATCH organizations: three at most.

const BATCH = 500;

export const digestKey = (userId: string, organizationId: string, weekStart: string) => `digest:${userId}:${organizationId}:${weekStart}`;

export async function scheduleDigests(now: Date = new Date()): Promise<{ enqueued: number }> {
  let enqueued = 0;
  let after = "";
  for (;;) {
    const organizations = await prisma().organization.findMany({
      where: { id: { gt: after } },
      select: { id: true, timeZone: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (organizations.length === 0) break;
    const due = organizations.flatMap((org) => {
      const time = digestTime(now, org.timeZone);
      return time.due ? [{ organizationId: org.id, weekStart: time.weekStart }] : [];
    });
    if (due.length > 0) {
      const members = await prisma().$queryRaw<{ userId: string; organizationId: string; weekStart: string }[]>`
        SELECT m."userId", m."organizationId", d."weekStart"
        FROM "Membership" m
        JOIN unnest(${due.map((d) => d.organizationId)}::text[], ${due.map((d) => d.weekStart)}::text[]) AS d("organizationId", "weekStart")
          ON d."organizationId" = m."organizationId"
        WHERE m."digestEnabled"
          AND NOT EXISTS (SELECT 1 FROM "EmailMessage" e
                          WHERE e."dedupeKey" = 'digest:' || m."userId" || ':' || m."organizationId" || ':' || d."weekStart")`;
      await enqueueJobs(
        prisma(),
        "send-digest",
        members.map((m) => ({ payload: m, jobKey: digestKey(m.userId, m.organizationId, m.weekStart) })),
      );
      enqueued += members.length;
    }
    if (organizations.length < BATCH) break;
    after = organizations[organizations.length - 1].id;
  }
  return { enqueued };
}
