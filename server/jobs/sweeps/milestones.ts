import "server-only";
import { plusDays } from "../../../domain/calendar.ts";
import { todayIn } from "../../../domain/dates.ts";
import { DUE_SOON_DAYS, milestoneReminder } from "../../../domain/milestone-reminders.ts";
import type { MilestoneStatus } from "../../../domain/progress.ts";
import { recordActivities } from "../../activity/activity.ts";
import { prisma, type Tx } from "../../db.ts";
import { writeTransaction } from "../../db/write-transaction.ts";
import { deliver, type NewNotification } from "../../notifications/deliver.ts";

// "sweep-milestones" (every 15 minutes, server/jobs/crontab.ts): tells owners and assignees that a
// milestone is due within 3 days (MILESTONE_DUE_SOON), and records each missed milestone once, as
// an activity and as notifications to its owner, assignees and the goal's owner (MILESTONE_MISSED),
// whether or not anyone opens a page that day. Open goals only (not closed, not archived).
//
// Exactly once, with any number of workers and after a crash:
// - due soon: each notification's dedupe key names the milestone and its due date, and deliver()
//   inserts per (recipient, key) once; re-announcing on every run adds nothing.
// - missed: the batch's misses are claimed by one guarded UPDATE (missedDueDate := dueDate where
//   it still differs and the due date is the one judged), which locks the rows, so of two workers
//   only one gets each row back; the activity and the notifications are written in the same
//   transaction, so a crash leaves either all of them or none (and the next run claims it again).
//
// Statements per batch of BATCH milestones: one read, then one transaction of a constant few
// (the claim, the activities, deliver's).

const BATCH = 200;

interface Candidate {
  id: string;
  organizationId: string;
  goalId: string;
  title: string;
  status: MilestoneStatus;
  dueDate: string;
  missedDueDate: string | null;
  ownerId: string | null;
  goalOwnerId: string;
  goalTitle: string;
  timeZone: string;
  assigneeIds: string[];
}

export interface MilestoneSweepResult {
  dueSoon: number;
  missed: number;
  /** Misses recorded silently (older than MISSED_NOTICE_DAYS). */
  missedSilently: number;
}

export async function sweepMilestones(now: Date = new Date()): Promise<MilestoneSweepResult> {
  // Every time zone's today lies within a day of UTC's: read that superset by due date (the
  // Milestone(dueDate, status) index), then judge each milestone by its organization's today.
  const utcToday = todayIn("UTC", now);
  const latestDueSoon = plusDays(utcToday, DUE_SOON_DAYS + 1);
  const earliestDueSoon = plusDays(utcToday, -1);
  const result: MilestoneSweepResult = { dueSoon: 0, missed: 0, missedSilently: 0 };
  let after = { dueDate: "1900-01-01", id: "" };
  for (;;) {
    const batch = await readCandidates(latestDueSoon, earliestDueSoon, after);
    if (batch.length === 0) break;
    const counts = await handleBatch(batch, now);
    result.dueSoon += counts.dueSoon;
    result.missed += counts.missed;
    result.missedSilently += counts.missedSilently;
    if (batch.length < BATCH) break;
    const last = batch[batch.length - 1];
    after = { dueDate: last.dueDate, id: last.id };
  }
  return result;
}

// Open milestones of open goals that are due soon somewhere, or past due with their miss not yet
// recorded; the assignees come along as an array (one statement per batch).
function readCandidates(latest: string, earliestDueSoon: string, after: { dueDate: string; id: string }) {
  return prisma().$queryRaw<Candidate[]>`
    SELECT m."id", m."organizationId", m."goalId", m."title", m."status"::text AS "status",
           to_char(m."dueDate", 'YYYY-MM-DD') AS "dueDate",
           to_char(m."missedDueDate", 'YYYY-MM-DD') AS "missedDueDate",
           m."ownerId", g."ownerId" AS "goalOwnerId", g."title" AS "goalTitle", o."timeZone",
           ARRAY(SELECT a."userId" FROM "Assignment" a WHERE a."milestoneId" = m."id" ORDER BY a."userId") AS "assigneeIds"
    FROM "Milestone" m
    JOIN "Goal" g ON g."id" = m."goalId" AND g."closedAt" IS NULL AND g."archivedAt" IS NULL
    JOIN "Organization" o ON o."id" = m."organizationId"
    WHERE m."status" <> 'DONE'
      AND m."dueDate" <= ${latest}::date
      AND (m."dueDate" >= ${earliestDueSoon}::date OR m."missedDueDate" IS DISTINCT FROM m."dueDate")
      AND (m."dueDate", m."id") > (${after.dueDate}::date, ${after.id})
    ORDER BY m."dueDate", m."id"
    LIMIT ${BATCH}`;
}

async function handleBatch(batch: Candidate[], now: Date) {
  const dueSoon: Candidate[] = [];
  const missed: { milestone: Candidate; announce: boolean }[] = [];
  for (const milestone of batch) {
    const reminder = milestoneReminder(milestone, todayIn(milestone.timeZone, now));
    if (reminder?.kind === "DUE_SOON") dueSoon.push(milestone);
    else if (reminder?.kind === "MISSED") missed.push({ milestone, announce: reminder.announce });
  }
  if (dueSoon.length === 0 && missed.length === 0) return { dueSoon: 0, missed: 0, missedSilently: 0 };

  return writeTransaction(async (tx) => {
    const claimed = await claimMisses(tx, missed.map((m) => m.milestone));
    const announced = missed.filter((m) => m.announce && claimed.has(m.milestone.id)).map((m) => m.milestone);
    if (announced.length > 0) {
      await recordActivities(
        tx,
        announced.map((m) => ({
          organizationId: m.organizationId,
          actorId: null,
          kind: "MILESTONE_MISSED" as const,
          goalId: m.goalId,
          milestoneId: m.id,
          data: { goalTitle: m.goalTitle, milestoneTitle: m.title },
        })),
      );
    }
    await deliver(tx, [
      ...dueSoon.flatMap((m) => notifications(m, "MILESTONE_DUE_SOON", [m.ownerId, ...m.assigneeIds])),
      ...announced.flatMap((m) => notifications(m, "MILESTONE_MISSED", [m.ownerId, ...m.assigneeIds, m.goalOwnerId])),
    ]);
    return { dueSoon: dueSoon.length, missed: announced.length, missedSilently: claimed.size - announced.length };
  });
}

/**
 * Marks each milestone's current due date as reported missed, where it still is not and the due
 * date is still the one judged (not moved, not done meanwhile). Rows are locked in id order; a
 * second worker waiting on the lock re-reads the row after the first commits, finds it recorded
 * and gets nothing back. Returns the ids this transaction claimed.
 */
async function claimMisses(tx: Tx, milestones: Candidate[]): Promise<Set<string>> {
  if (milestones.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH judged AS (
      SELECT * FROM unnest(${milestones.map((m) => m.id)}::text[], ${milestones.map((m) => m.dueDate)}::date[]) AS j("id", "dueDate")
    ), locked AS (
      SELECT m."id" FROM "Milestone" m JOIN judged j ON j."id" = m."id" AND j."dueDate" = m."dueDate"
      WHERE m."status" <> 'DONE' AND m."missedDueDate" IS DISTINCT FROM m."dueDate"
      ORDER BY m."id" FOR UPDATE OF m
    )
    UPDATE "Milestone" m SET "missedDueDate" = m."dueDate"
    FROM locked WHERE m."id" = locked."id" AND m."missedDueDate" IS DISTINCT FROM m."dueDate"
    RETURNING m."id"`;
  return new Set(rows.map((row) => row.id));
}

function notifications(m: Candidate, kind: "MILESTONE_DUE_SOON" | "MILESTONE_MISSED", people: (string | null)[]): NewNotification[] {
  const recipients = [...new Set(people.filter((id): id is string => id !== null))];
  return recipients.map((recipientId) => ({
    organizationId: m.organizationId,
    recipientId,
    kind,
    goalId: m.goalId,
    milestoneId: m.id,
    data: { goalTitle: m.goalTitle, milestoneTitle: m.title, dueDate: m.dueDate },
    // Per person, kind, milestone and due date: moving the date makes a new period.
    dedupeKey: `${kind}:${m.id}:${m.dueDate}`,
  }));
}

