import { format, formatDistanceToNowStrict, parseISO } from "date-fns";

/** "2026-03-31" or an ISO timestamp -> "31 Mar 2026". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "—";
  return format(parseISO(value), "d MMM yyyy");
}

/** An ISO timestamp -> "31 Mar 2026, 14:05" in the reader's local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—";
  return format(parseISO(value), "d MMM yyyy, HH:mm");
}

/** An ISO timestamp -> "3 days ago" / "in 2 hours". */
export function formatRelative(value: string | null | undefined): string {
  if (!value) return "—";
  const date = parseISO(value);
  if (Math.abs(Date.now() - date.getTime()) < 60_000) return "just now";
  return formatDistanceToNowStrict(date, { addSuffix: true });
}

const clocks = new Map<string, Intl.DateTimeFormat>();
/** An instant's wall-clock time in `timeZone` as "2026-03-31T14:05" (UTC when the zone is unknown). */
function wallClock(value: string, timeZone: string): string {
  let clock = clocks.get(timeZone);
  if (!clock) {
    const options = { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
    try {
      clock = new Intl.DateTimeFormat("en-US", { ...options, timeZone });
    } catch {
      clock = new Intl.DateTimeFormat("en-US", { ...options, timeZone: "UTC" });
    }
    clocks.set(timeZone, clock);
  }
  const part = Object.fromEntries(clock.formatToParts(parseISO(value)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/**
 * An ISO timestamp -> "31 Mar 2026, 14:05" in `timeZone` (the organization's): the same text on
 * the server and for every reader, so server-rendered pages hydrate without a mismatch.
 */
export function formatDateTimeIn(value: string | null | undefined, timeZone: string): string {
  if (!value) return "—";
  return format(parseISO(wallClock(value, timeZone)), "d MMM yyyy, HH:mm");
}

/** An ISO timestamp -> "31 Mar 2026", its day in `timeZone` (the organization's). */
export function formatDayIn(value: string | null | undefined, timeZone: string): string {
  if (!value) return "—";
  return format(parseISO(wallClock(value, timeZone)), "d MMM yyyy");
}
