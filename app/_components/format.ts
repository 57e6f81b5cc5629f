import { formatDistanceToNowStrict, parseISO } from "date-fns";
import { cache, use } from "react";
import { DEFAULT_LOCALE, usableLocale } from "@/app/_lib/accept-language";
import { LocaleContext } from "./locale-context";

// The one place the UI turns dates into words. Every date follows the viewer's locale (the request's
// Accept-Language, en-US when it names none we know): "Jan 20, 2027" in en-US, "20 Jan 2027" in
// en-GB, "20. Jan. 2027" in de-DE. Each function takes an optional `locale` (tests, and callers that
// know better); without one the viewer's is used:
// - in the browser: <html data-locale>, which the server wrote, so hydration sees the server's text;
// - while rendering a client component on the server: the LocaleProvider's context (per request);
// - in a server component: the value the root layout remembered for this request (React `cache`
//   is per request there).
// Calendar dates ("2027-01-20") are days, not instants: they are formatted in UTC so no time zone
// can shift them. Exports (CSV) and API text are not UI and stay ISO / as the API words them.

const serverLocale = cache(() => ({ locale: null as string | null }));

/** Root layout: the viewer's locale for server components of this request. */
export function rememberServerLocale(locale: string): void {
  serverLocale().locale = locale;
}

let browserLocale: string | null = null;

/** The viewer's locale where this code runs (see above). */
export function viewerLocale(): string {
  if (typeof document !== "undefined") {
    browserLocale ??= usableLocale(document.documentElement.dataset.locale) ?? DEFAULT_LOCALE;
    return browserLocale;
  }
  const remembered = serverLocale().locale;
  if (remembered) return remembered;
  try {
    // `use` reads a context from any function called while React renders; outside a render (or in
    // a server component, where the context is a client reference) it throws, and the default holds.
    return use(LocaleContext) ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

// Building an Intl formatter costs far more than using one: keep one per locale, style and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: keyof typeof STYLES, timeZone?: string): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${timeZone ?? ""}`;
  let found = formatters.get(key);
  if (!found) {
    try {
      found = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone });
    } catch {
      // An unknown zone: UTC, like the rest of the app.
      found = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone: "UTC" });
    }
    formatters.set(key, found);
  }
  return found;
}

const STYLES = {
  date: { day: "numeric", month: "short", year: "numeric" },
  dayMonth: { day: "numeric", month: "short" },
  weekdayDate: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  month: { month: "short" },
  monthYear: { month: "short", year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date at UTC midnight (formatted in UTC), or an instant (formatted in the reader's zone). */
function read(value: string | Date): { date: Date; timeZone?: string } {
  if (value instanceof Date) return { date: value };
  if (CALENDAR_DAY.test(value)) return { date: new Date(`${value}T00:00:00.000Z`), timeZone: "UTC" };
  return { date: parseISO(value) };
}

function show(value: string | Date | null | undefined, style: keyof typeof STYLES, locale: string, timeZone?: string): string {
  if (value == null || value === "") return "—";
  const { date, timeZone: own } = read(value);
  if (Number.isNaN(date.getTime())) return "—";
  return formatter(locale, style, timeZone ?? own).format(date);
}

/** "2027-01-20" or an ISO timestamp -> "Jan 20, 2027" (en-US) / "20 Jan 2027" (en-GB). */
export function formatDate(value: string | null | undefined, locale: string = viewerLocale()): string {
  return show(value, "date", locale);
}

/** A shorter date next to another: "Jan 20" / "20 Jan", with the year when it is not `sameYearAs`'s. */
export function shortDate(value: string, sameYearAs?: string | null, locale: string = viewerLocale()): string {
  const sameYear = !!sameYearAs && sameYearAs.slice(0, 4) === value.slice(0, 4);
  return show(value, sameYear ? "dayMonth" : "date", locale);
}

/** Day and month only: "Jan 20" / "20 Jan" (chart ticks, where the year is plain from the axis). */
export function formatDayMonth(value: string | Date, locale: string = viewerLocale()): string {
  return show(value, "dayMonth", locale);
}

/** A day with its weekday: "Wed, Jan 20, 2027" / "Wed 20 Jan 2027". */
export function formatWeekdayDate(value: string | Date, locale: string = viewerLocale()): string {
  return show(value, "weekdayDate", locale);
}

/** A month, with its year when asked: "Jan" / "Jan 2027" (de-DE: "Jan." / "Jan. 2027"). */
export function formatMonth(value: string | Date, withYear: boolean, locale: string = viewerLocale()): string {
  return show(value, withYear ? "monthYear" : "month", locale);
}

/** An ISO timestamp -> "Jan 20, 2027, 02:05 PM" / "20 Jan 2027, 14:05" in the reader's local time. */
export function formatDateTime(value: string | null | undefined, locale: string = viewerLocale()): string {
  return show(value, "dateTime", locale);
}

/** An ISO timestamp -> "3 days ago" / "in 2 hours". */
export function formatRelative(value: string | null | undefined): string {
  if (!value) return "—";
  const date = parseISO(value);
  if (Math.abs(Date.now() - date.getTime()) < 60_000) return "just now";
  return formatDistanceToNowStrict(date, { addSuffix: true });
}

/**
 * An ISO timestamp -> "Nov 20, 2026, 06:00 AM" / "20 Nov 2026, 06:00" in `timeZone` (the
 * organization's): the same text on the server and for every reader of that locale, so
 * server-rendered pages hydrate without a mismatch. UTC when the zone is unknown.
 */
export function formatDateTimeIn(value: string | null | undefined, timeZone: string, locale: string = viewerLocale()): string {
  return show(value, "dateTime", locale, timeZone);
}

/** An ISO timestamp -> its day in `timeZone` (the organization's): "Nov 20, 2026" / "20 Nov 2026". */
export function formatDayIn(value: string | null | undefined, timeZone: string, locale: string = viewerLocale()): string {
  return show(value, "date", locale, timeZone);
}
