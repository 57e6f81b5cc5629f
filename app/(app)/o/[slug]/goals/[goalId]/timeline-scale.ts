import {
  addDays,
  differenceInCalendarDays,
  eachMonthOfInterval,
  eachQuarterOfInterval,
  eachWeekOfInterval,
  eachYearOfInterval,
  format,
  parseISO,
} from "date-fns";
import { formatDayMonth, formatMonth, viewerLocale } from "@/app/_components/format";

// The milestone timeline's date → x mapping and axis ticks. Dates are calendar dates "YYYY-MM-DD";
// x is a percentage of the plot's width (0 at `from`, 100 at `to`), so the drawing stretches with
// its box on screen and in print without measuring anything.

export interface TimelineDomain {
  /** First day on the axis. */
  from: string;
  /** Last day on the axis (after `from`). */
  to: string;
  /** Calendar days from `from` to `to`, at least 1. */
  days: number;
}

const day = (date: Date) => format(date, "yyyy-MM-dd");

/**
 * The goal's start → target window, stretched to include every other date given (milestone due
 * dates, baselines, latest starts, today); nulls are skipped. A window of zero days gets one day.
 */
export function timelineDomain(startDate: string, targetDate: string, dates: readonly (string | null | undefined)[] = []): TimelineDomain {
  let from = startDate < targetDate ? startDate : targetDate;
  let to = startDate < targetDate ? targetDate : startDate;
  for (const d of dates) {
    if (!d) continue;
    if (d < from) from = d;
    if (d > to) to = d;
  }
  if (to === from) to = day(addDays(parseISO(from), 1));
  return { from, to, days: differenceInCalendarDays(parseISO(to), parseISO(from)) };
}

/** The x of a date, as a percentage of the axis: 0 at `from`, 100 at `to` (outside dates clamp to the ends). */
export function timelineX(domain: TimelineDomain, date: string): number {
  const offset = differenceInCalendarDays(parseISO(date), parseISO(domain.from));
  return Math.min(100, Math.max(0, (offset / domain.days) * 100));
}

export type TickUnit = "week" | "month" | "quarter" | "year";

/** Weeks for windows up to 12 weeks, months up to a year, quarters up to three years, then years: about 3–12 ticks. */
export function tickUnit(days: number): TickUnit {
  if (days <= 84) return "week";
  if (days <= 366) return "month";
  if (days <= 1100) return "quarter";
  return "year";
}

export interface Tick {
  date: string;
  /** In the viewer's locale: "Mar 2" / "2 Mar" (weeks), "Mar" (months), "Q2" (quarters) or "2027" (years). */
  label: string;
  /** The year under a month or quarter label, on the first tick and on each January; else null. */
  year: string | null;
  x: number;
}

/**
 * Axis ticks inside the domain: Mondays, first days of months, of quarters or of years. Month and
 * quarter ticks carry their year on a second line on the first tick and on each January, so the
 * year is never ambiguous and the labels stay short.
 */
export function timelineTicks(domain: TimelineDomain, locale: string = viewerLocale()): Tick[] {
  const unit = tickUnit(domain.days);
  const interval = { start: parseISO(domain.from), end: parseISO(domain.to) };
  const dates =
    unit === "week"
      ? eachWeekOfInterval(interval, { weekStartsOn: 1 })
      : unit === "month"
        ? eachMonthOfInterval(interval)
        : unit === "quarter"
          ? eachQuarterOfInterval(interval)
          : eachYearOfInterval(interval);
  const ticks: Tick[] = [];
  for (const date of dates) {
    const key = day(date);
    // The interval helpers start at the period containing `from`, which may begin before it.
    if (key < domain.from || key > domain.to) continue;
    const withYear = (unit === "month" || unit === "quarter") && (ticks.length === 0 || date.getMonth() === 0);
    const label =
      unit === "week" ? formatDayMonth(key, locale) : unit === "month" ? formatMonth(key, false, locale) : format(date, unit === "quarter" ? "QQQ" : "yyyy");
    ticks.push({ date: key, label, year: withYear ? format(date, "yyyy") : null, x: timelineX(domain, key) });
  }
  return ticks;
}

export type LabelAlign = "start" | "center" | "end";

/**
 * Where a label sits against its mark at `x` (percent): centred, except near an edge where it
 * would be cut off (starts at the mark near the left, ends at it near the right).
 */
export function labelAlign(x: number, edge = 8): LabelAlign {
  if (x < edge) return "start";
  if (x > 100 - edge) return "end";
  return "center";
}

export interface Flag {
  align: LabelAlign;
  /** 0 for the top line of the axis header, 1 for the line under it. */
  line: 0 | 1;
}

/**
 * The "Today" and "Target" flags share the top of the axis. Far apart, each is placed like any
 * label. Close together, each moves to its own side of its mark (the earlier one to the left);
 * when that would push one past an edge, "Today" drops to a second line instead.
 */
export function flagLayout(todayX: number | null, targetX: number, near = 12): { today: Flag; target: Flag; lines: 1 | 2 } {
  const target: Flag = { align: labelAlign(targetX), line: 0 };
  if (todayX == null) return { today: { align: "center", line: 0 }, target, lines: 1 };
  const today: Flag = { align: labelAlign(todayX), line: 0 };
  if (Math.abs(todayX - targetX) >= near) return { today, target, lines: 1 };
  const [left, right] = todayX <= targetX ? [todayX, targetX] : [targetX, todayX];
  if (left >= 8 && right <= 92) {
    const todayFirst = todayX <= targetX;
    return {
      today: { align: todayFirst ? "end" : "start", line: 0 },
      target: { align: todayFirst ? "start" : "end", line: 0 },
      lines: 1,
    };
  }
  return { today: { ...today, line: 1 }, target, lines: 2 };
}
