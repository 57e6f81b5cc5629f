import { daysBetween } from "./calendar.ts";
import type { MilestoneStatus } from "./progress.ts";
import { effectiveStatus } from "./schedule.ts";

// What the milestone sweep (server/jobs/sweeps/milestones.ts) tells people about one milestone
// (issue #10 §1, §2). Pure; days are calendar days "YYYY-MM-DD" in the organization's time zone,
// and "missed" is the one rule of domain/schedule.ts (effectiveStatus), not a second one.

/** "Due in 3 days": a milestone not done is announced once its due date is this many days away or less. */
export const DUE_SOON_DAYS = 3;

/**
 * A miss is announced (activity + notifications) only while it is recent: a milestone missed
 * before this sweep existed, or while the goal was closed, is recorded silently instead of
 * flooding inboxes and the activity feed with old news dated today. A week covers a server that
 * was down for days.
 */
export const MISSED_NOTICE_DAYS = 7;

export interface ReminderInput {
  status: MilestoneStatus;
  dueDate: string;
  /** The due date whose miss was already recorded (Milestone.missedDueDate), if any. */
  missedDueDate: string | null;
}

export type MilestoneReminder =
  | { kind: "DUE_SOON"; daysLeft: number }
  /** `announce`: record the activity and notify; otherwise only mark the miss as recorded. */
  | { kind: "MISSED"; announce: boolean }
  | null;

export function milestoneReminder(milestone: ReminderInput, today: string): MilestoneReminder {
  const { status, dueDate, missedDueDate } = milestone;
  const state = effectiveStatus(status, dueDate, today);
  if (state === "DONE") return null;
  if (state === "MISSED") {
    if (missedDueDate === dueDate) return null; // this due date's miss is already recorded
    return { kind: "MISSED", announce: daysBetween(dueDate, today) <= MISSED_NOTICE_DAYS };
  }
  const daysLeft = daysBetween(today, dueDate);
  return daysLeft <= DUE_SOON_DAYS ? { kind: "DUE_SOON", daysLeft } : null;
}
