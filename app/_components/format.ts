import { formatDistanceToNowStrict, parseISO } from "date-fns";
import { cache, use } from "react";
import { formatIn as show, formatShortDay } from "@/domain/date-format.ts";
import { DEFAULT_LOCALE, usableLocale } from "@/domain/locale.ts";
import { LocaleContext } from "./locale-context";

// The UI's dates as words, in the viewer's locale (the request's Accept-Language, en-US when it names
// none we know): "Jan 20, 2027" in en-US, "20 Jan 2027" in en-GB, "20. Jan. 2027" in de-DE. The rule
// itself is domain/date-format.ts, which the API's sentences (SMART, activity) use too. Each function
// takes an optional `locale` (tests, and callers that know better); without one the viewer's is used:
// - in the browser: <html data-locale>, which the server wrote, so hydration sees the server's text;
// - while rendering a client component on the server: the LocaleProvider's context (per request);
// - in a server component: the value the root layout remembered for this request (React `cache`
//   is per request there).
// Exports (CSV) are not UI and stay ISO.

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

/** "2027-01-20" or an ISO timestamp -> "Jan 20, 2027" (en-US) / "20 Jan 2027" (en-GB). */
export function formatDate(value: string | null | undefined, locale: string = viewerLocale()): string {
  return show(value, "date", locale);
}

/** A shorter date next to another: "Jan 20" / "20 Jan", with the year when it is not `sameYearAs`'s. */
export function shortDate(value: string, sameYearAs?: string | null, locale: string = viewerLocale()): string {
  return formatShortDay(value, sameYearAs, locale);
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
