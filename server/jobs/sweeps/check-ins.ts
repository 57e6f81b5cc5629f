import "server-only";
import { checkInState } from "../../../domain/check-in-cadence.ts";
import { dateKey, parseCalendarDate, todayIn } from "../../../domain/dates.ts";
import type { CheckInCadence } from "../../../domain/enums.ts";
import { plusDays } from "../../../domain/calendar.ts";
import { prisma } from "../../db.ts";
import { writeTransaction } from "../../db/write-transaction.ts";
import { deliver, type NewNotification } from "../../notifications/deliver.ts";

// "sweep-check-ins" (hourly): reminds each open goal's owner when its cadence makes a check-in
// due (the one rule, domain/check-in-cadence.ts). Once per due period: the dedupe key names the
// goal and the day the check-in fell due, so hourly runs, two workers or a retry add nothing, and
// the next period (after a check-in, or one more cadence without) is news again.
// Statements per batch of BATCH goals: one read and one delivery.

const BATCH = 500;

interface Candidate {
  id: string;
  organizationId: string;
  title: string;
  ownerId: string;
  checkInCadence: CheckInCadence;
  startDate: string;
  lastCheckInAt: Date | null;
  timeZone: string;
}

export async function sweepCheckIns(now: Date = new Date()): Promise<{ reminded: number }> {
  // A goal that starts after tomorrow (UTC) owes nothing anywhere yet.
  const startedBy = plusDays(todayIn("UTC", now), 1);
  let reminded = 0;
  let after = "";
  for (;;) {
    const batch = await prisma().$queryRaw<Candidate[]>`
      SELECT g."id", g."organizationId", g."title", g."ownerId", g."checkInCadence"::text AS "checkInCadence",
             to_char(g."startDate", 'YYYY-MM-DD') AS "startDate", o."timeZone",
             g."lastCheckInAt"
      FROM "Goal" g JOIN "Organization" o ON o."id" = g."organizationId"
      WHERE g."closedAt" IS NULL AND g."archivedAt" IS NULL AND g."checkInCadence" <> 'NONE'
        AND g."startDate" <= ${startedBy}::date AND g."id" > ${after}
      ORDER BY g."id" LIMIT ${BATCH}`;
    if (batch.length === 0) break;
    const items: NewNotification[] = [];
    for (const goal of batch) {
      const state = checkInState(
        { cadence: goal.checkInCadence, startDate: parseCalendarDate(goal.startDate)!, lastCheckInAt: goal.lastCheckInAt, closed: false },
        now,
        goal.timeZone,
      );
      if (!state.due || !state.dueSince) continue;
      const dueSince = dateKey(state.dueSince);
      items.push({
        organizationId: goal.organizationId,
        recipientId: goal.ownerId,
        kind: "CHECK_IN_DUE",
        goalId: goal.id,
        data: { goalTitle: goal.title, dueSince, silentWeeks: state.silentWeeks },
        dedupeKey: `CHECK_IN_DUE:${goal.id}:${dueSince}`,
      });
    }
    if (items.length > 0) await writeTransaction((tx) => deliver(tx, items));
    reminded += items.length;
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1].id;
  }
  return { reminded };
}
