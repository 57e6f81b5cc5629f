import { isValid } from "date-fns";
import { z } from "zod";

// Due, start and target dates are calendar dates: PostgreSQL `date`, which Prisma hands over as a
// JS Date at UTC midnight. They are compared as "YYYY-MM-DD" strings, never as instants, so a
// server's own time zone can never shift them.

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

// A page formats the same few hundred calendar days thousands of times (every due and target
// date, in fields and in the health rules): remembered by instant. Bounded, though calendar dates
// are few: emptied when full.
const keys = new Map<number, string>();
const MAX_KEYS = 20_000;

/** "YYYY-MM-DD" of a calendar date held as a Date at UTC midnight. */
export function dateKey(date: Date): string {
  const time = date.getTime();
  let key = keys.get(time);
  if (key === undefined) {
    key = date.toISOString().slice(0, 10);
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(time, key);
  }
  return key;
}

/** A "YYYY-MM-DD" string (or a Date, read by its UTC day) as a Date at UTC midnight; null when not a real date. */
export function parseCalendarDate(value: string | Date): Date | null {
  if (value instanceof Date) {
    if (!isValid(value)) return null;
    return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
  }
  if (!DATE_RE.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  // Round-trip rejects dates that Date would roll over, such as 2026-02-30.
  return isValid(date) && dateKey(date) === value ? date : null;
}

// Building an Intl formatter costs far more than using one, and pages ask for "today" once per
// row: keep one per zone. en-CA formats dates as YYYY-MM-DD.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    } catch {
      formatter = dayFormatter("UTC");
    }
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Today's calendar date in an IANA time zone, as "YYYY-MM-DD". Unknown zones fall back to UTC. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dayFormatter(timeZone).format(now);
}

/** zod: a calendar date given as "YYYY-MM-DD" or as a Date (the GraphQL Date scalar), out as a Date at UTC midnight. */
export const calendarDateSchema = (label: string) =>
  z
    .union([z.string(), z.date()], { error: `${label} is required, as a date in YYYY-MM-DD form.` })
    .transform((value, ctx) => {
      const date = parseCalendarDate(value);
      if (date) return date;
      ctx.addIssue({ code: "custom", message: `${label} must be a real date in YYYY-MM-DD form.` });
      return z.NEVER;
    });
