// Arithmetic on calendar dates "YYYY-MM-DD". Pure and dependency-free (client components import
// it). Plain UTC day numbers rather than date-fns with a UTC time zone: pages evaluate these for
// every goal and milestone, and the zoned variant spent most of a 200-goal page in offset lookups.

const MS_PER_DAY = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Pages ask for the same few hundred days thousands of times (pace and schedule of every goal and
// milestone): remembered, bounded by emptying when full.
const dayNumbers = new Map<string, number>();
const MAX_DAYS = 20_000;

/** Days since 1970-01-01 of a calendar date; NaN when not a real "YYYY-MM-DD" date. */
export function dayNumber(day: string): number {
  // Only what could be a day is remembered: a long string from a client must not be kept.
  if (day.length !== 10) return parseDay(day);
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = parseDay(day);
    if (dayNumbers.size >= MAX_DAYS) dayNumbers.clear();
    dayNumbers.set(day, n);
  }
  return n;
}

function parseDay(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) return NaN;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2026-02-30 over to March and month 13 into the next year: not real dates.
  return new Date(ms).toISOString().slice(0, 10) === day ? ms / MS_PER_DAY : NaN;
}

export const isCalendarDay = (day: string | null | undefined): day is string =>
  typeof day === "string" && !Number.isNaN(dayNumber(day));

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** The calendar date `n` days after `day`. */
export const plusDays = (day: string, n: number) => new Date((dayNumber(day) + n) * MS_PER_DAY).toISOString().slice(0, 10);
