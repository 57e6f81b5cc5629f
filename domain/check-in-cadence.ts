import { daysBetween, plusDays } from "./calendar.ts";
import { dateKey, parseCalendarDate, todayIn } from "./dates.ts";
import type { CheckInCadence } from "./enums.ts";

// When a goal's owner owes a check-in (issue #10 §2). Pure: the reminder sweep (server/jobs), the
// API's Goal.checkIn and the UI's badge all read this one rule. Days are calendar days in the
// organization's time zone, so a check-in at 23:30 in Sydney counts for that Sydney day.

export interface CheckInInput {
  cadence: CheckInCadence;
  /** The goal's start date (a calendar date at UTC midnight). */
  startDate: Date;
  /** When the latest check-in was recorded (an instant); null before the first one. */
  lastCheckInAt: Date | null;
  /** Closed (or archived) goals owe nothing. */
  closed: boolean;
}

export interface CheckInState {
  /** A check-in is owed today. */
  due: boolean;
  /** The calendar day (UTC midnight) the owed check-in fell due; null when none is due. */
  dueSince: Date | null;
  /** Whole weeks since the latest check-in (or since the start, before the first); 0 when closed or not started. */
  silentWeeks: number;
}

/** The cadences in the order a form offers them, with their words. */
export const CADENCE_CHOICES: readonly { value: CheckInCadence; label: string }[] = [
  { value: "WEEKLY", label: "Weekly" },
  { value: "BIWEEKLY", label: "Every two weeks" },
  { value: "MONTHLY", label: "Monthly" },
  { value: "NONE", label: "No reminders" },
];

/** "No check-in for 3 weeks": from this many silent weeks a due check-in is called out as long silent. */
export const SILENT_WEEKS = 3;

const NOT_DUE: CheckInState = { due: false, dueSince: null, silentWeeks: 0 };

/** The calendar day `months` later, the day of month clamped to the month's length (Jan 31 + 1 → Feb 28). */
export function plusMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number);
  const lastOfMonth = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return dateKey(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastOfMonth))));
}

/** The day the next check-in is owed after one on `from`; null for a goal that asks for none. */
export function nextDueDay(cadence: CheckInCadence, from: string): string | null {
  switch (cadence) {
    case "WEEKLY":
      return plusDays(from, 7);
    case "BIWEEKLY":
      return plusDays(from, 14);
    case "MONTHLY":
      return plusMonths(from, 1);
    case "NONE":
      return null;
  }
}

/**
 * Whether a check-in is due on `now` (in `timeZone`). The clock starts at the latest check-in, or
 * at the start date before the first one (and never before the start date: a goal that has not
 * started owes nothing). Due on the day one cadence has passed, e.g. a weekly goal checked in on a
 * Monday is due again the next Monday.
 */
export function checkInState(input: CheckInInput, now: Date, timeZone: string): CheckInState {
  if (input.closed) return NOT_DUE;
  const today = todayIn(timeZone, now);
  const start = dateKey(input.startDate);
  const lastDay = input.lastCheckInAt ? todayIn(timeZone, input.lastCheckInAt) : start;
  const from = daysBetween(start, lastDay) > 0 ? lastDay : start;
  const silentDays = daysBetween(from, today);
  const silentWeeks = silentDays > 0 ? Math.floor(silentDays / 7) : 0;
  const dueDay = nextDueDay(input.cadence, from);
  if (dueDay === null || daysBetween(dueDay, today) < 0) return { due: false, dueSince: null, silentWeeks };
  return { due: true, dueSince: parseCalendarDate(dueDay), silentWeeks };
}

/**
 * The badge lists and the goal page show: "No check-in for N weeks" once a due check-in has been
 * missing for SILENT_WEEKS, else "Check-in due"; nothing when none is due (so a monthly goal
 * checked in three weeks ago is not called silent).
 */
export function checkInBadge(state: Pick<CheckInState, "due" | "silentWeeks">): { tone: "due" | "silent"; label: string } | null {
  if (!state.due) return null;
  if (state.silentWeeks >= SILENT_WEEKS) return { tone: "silent", label: `No check-in for ${state.silentWeeks} weeks` };
  return { tone: "due", label: "Check-in due" };
}
