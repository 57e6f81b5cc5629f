// The one rule for writing a date as words, in a given locale: the UI (app/_components/format.ts,
// which supplies the viewer's locale) and the API's own sentences (SMART checklist, activity
// summaries, with the request's Accept-Language) both use it, so "Jan 20, 2027" (en-US) and
// "20 Jan 2027" (en-GB) read the same on every page and in every API answer.
// Calendar dates ("2027-01-20") are days, not instants: they are formatted in UTC so no time zone
// can shift them. Instants are formatted in the given zone, else the machine's.

export type DateStyle = keyof typeof STYLES;

const STYLES = {
  date: { day: "numeric", month: "short", year: "numeric" },
  dayMonth: { day: "numeric", month: "short" },
  weekdayDate: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  month: { month: "short" },
  monthYear: { month: "short", year: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl formatter costs far more than using one: keep one per locale, style and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: DateStyle, timeZone?: string): Intl.DateTimeFormat {
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

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date at UTC midnight (formatted in UTC), or an instant (formatted in the given zone). */
function read(value: string | Date): { date: Date; timeZone?: string } {
  if (value instanceof Date) return { date: value };
  if (CALENDAR_DAY.test(value)) return { date: new Date(`${value}T00:00:00.000Z`), timeZone: "UTC" };
  return { date: new Date(value) };
}

/** `value` in `style` and `locale`; "—" for nothing or an unreadable value. */
export function formatIn(value: string | Date | null | undefined, style: DateStyle, locale: string, timeZone?: string): string {
  if (value == null || value === "") return "—";
  const { date, timeZone: own } = read(value);
  if (Number.isNaN(date.getTime())) return "—";
  return formatter(locale, style, timeZone ?? own).format(date);
}

/** A calendar date next to another: "Jan 20" / "20 Jan" in the same year, else with its year. */
export function formatShortDay(day: string, sameYearAs: string | null | undefined, locale: string): string {
  const sameYear = !!sameYearAs && sameYearAs.slice(0, 4) === day.slice(0, 4);
  return formatIn(day, sameYear ? "dayMonth" : "date", locale);
}
