import { differenceInCalendarDays, formatDistanceStrict, parseISO } from "date-fns";

/** Today's calendar date (YYYY-MM-DD) in an IANA time zone: the day the server judges "overdue" by. */
export function todayIn(timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(
      new Date(),
    );
  } catch {
    parts = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(new Date());
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** Whole calendar days from today (in the zone) to `date`; negative when it has passed. */
export function daysFromToday(date: string, timeZone: string): number {
  return differenceInCalendarDays(parseISO(date), parseISO(todayIn(timeZone)));
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export type DueHint = { text: string; tone: "overdue" | "soon" | "normal" | "done" };

/**
 * "in 3 days" / "due today" / "5 days overdue" for a milestone. Whether it is overdue is the
 * server's call (`isOverdue`, judged in the org's time zone); the day count is only the wording.
 */
export function dueHint(m: { dueDate: string; status: string; isOverdue: boolean }, timeZone: string): DueHint | null {
  if (m.status === "DONE") return null;
  const days = daysFromToday(m.dueDate, timeZone);
  if (m.isOverdue) return { text: `${plural(Math.max(1, -days), "day")} overdue`, tone: "overdue" };
  if (days <= 0) return { text: "due today", tone: "soon" };
  if (days === 1) return { text: "due tomorrow", tone: "soon" };
  if (days <= 7) return { text: `in ${plural(days, "day")}`, tone: "soon" };
  if (days <= 45) return { text: `in ${plural(days, "day")}`, tone: "normal" };
  return { text: formatDistanceStrict(parseISO(m.dueDate), parseISO(todayIn(timeZone)), { addSuffix: true }), tone: "normal" };
}

/** "in 3 months" / "today" / "12 days ago" for a goal's target date. */
export function targetHint(targetDate: string, timeZone: string): { text: string; past: boolean } {
  const days = daysFromToday(targetDate, timeZone);
  if (days === 0) return { text: "today", past: false };
  if (days === 1) return { text: "tomorrow", past: false };
  if (days === -1) return { text: "yesterday", past: true };
  if (Math.abs(days) <= 45) return days > 0 ? { text: `in ${plural(days, "day")}`, past: false } : { text: `${plural(-days, "day")} ago`, past: true };
  return {
    text: formatDistanceStrict(parseISO(targetDate), parseISO(todayIn(timeZone)), { addSuffix: true }),
    past: days < 0,
  };
}

/** Whether `date` (YYYY-MM-DD) is before today in the zone: the server's overdue rule, for optimistic updates. */
export function isBeforeToday(date: string, timeZone: string): boolean {
  return date < todayIn(timeZone);
}

/** The calendar date (YYYY-MM-DD) of an instant in an IANA time zone, e.g. the day a check-in was made. */
export function dayIn(timeZone: string, instant: string | Date): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  } catch {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" });
  }
  return formatter.format(date);
}
