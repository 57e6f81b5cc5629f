import { addMonths, eachMonthOfInterval, format, getMonth, parseISO, startOfMonth } from "date-fns";
import { formatMonth } from "@/app/_components/format.ts";
import { dayNumber } from "@/domain/calendar.ts";

// The roadmap's time axis: calendar dates ("YYYY-MM-DD") to horizontal positions, as fractions
// 0..1 of the axis width so the chart scales with its container (CSS percentages). The axis runs
// from the first day of the earliest month to the first day after the latest month, so month
// ticks fall on whole months. Pure; self-contained on purpose (the goal page has its own).

export interface MonthTick {
  /** First day of the month, "YYYY-MM-DD". */
  day: string;
  /** Left edge of the month, 0..1. */
  x: number;
  /** "Mar", or "Jan 2027" on the first tick and on each January (in the viewer's locale). */
  label: string;
  /** Jan, Apr, Jul, Oct: a calendar quarter starts here. */
  quarterStart: boolean;
  /** "Q2 2026" on quarter starts, else null. */
  quarter: string | null;
}

export interface RoadmapScale {
  /** First day on the axis (a month's first day). */
  start: string;
  /** First day after the axis (a month's first day). */
  end: string;
  /** Days on the axis. */
  days: number;
  months: MonthTick[];
  /** Left edge of a day, 0..1 (outside for days off the axis). */
  x: (day: string) => number;
  /** Middle of a day, 0..1: where a due date or today is drawn. */
  xMid: (day: string) => number;
  /** A bar over whole days from `from` to `to` inclusive: left edge and width, 0..1. */
  span: (from: string, to: string) => { left: number; width: number };
  /** Whether the day is on the axis. */
  contains: (day: string) => boolean;
}

const key = (date: Date) => format(date, "yyyy-MM-dd");

/** The axis covering every given day, whole months; null when there is no valid day. */
export function roadmapScale(days: readonly string[]): RoadmapScale | null {
  const valid = days.filter((d) => !Number.isNaN(dayNumber(d))).sort();
  if (valid.length === 0) return null;
  const first = startOfMonth(parseISO(valid[0]!));
  const after = addMonths(startOfMonth(parseISO(valid[valid.length - 1]!)), 1);
  const start = key(first);
  const end = key(after);
  const origin = dayNumber(start);
  const length = dayNumber(end) - origin;
  const x = (day: string) => (dayNumber(day) - origin) / length;
  const months = eachMonthOfInterval({ start: first, end: addMonths(after, -1) }).map((month, i): MonthTick => {
    const day = key(month);
    const quarterStart = getMonth(month) % 3 === 0;
    return {
      day,
      x: x(day),
      label: formatMonth(day, i === 0 || getMonth(month) === 0),
      quarterStart,
      quarter: quarterStart ? `Q${getMonth(month) / 3 + 1} ${format(month, "yyyy")}` : null,
    };
  });
  return {
    start,
    end,
    days: length,
    months,
    x,
    xMid: (day) => (dayNumber(day) - origin + 0.5) / length,
    span: (from, to) => {
      const left = x(from);
      return { left, width: Math.max(0, (dayNumber(to) - dayNumber(from) + 1) / length) };
    },
    contains: (day) => {
      const n = dayNumber(day);
      return n >= origin && n < origin + length;
    },
  };
}

/** A fraction 0..1 as a CSS percentage. */
export const percent = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;
