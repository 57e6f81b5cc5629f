import "server-only";
import { plusDays } from "../../domain/calendar.ts";

// "My work": the milestones assigned to someone, across their organizations, grouped by due date
// relative to today in each milestone's own organization's time zone. Pure; dates "YYYY-MM-DD".

export type WorkBucket = "overdue" | "thisWeek" | "later";

/** The days "this week" covers: today and the 6 days after. */
export const THIS_WEEK_DAYS = 7;

/** Overdue: due before today; this week: today through today + 6; later: after that. */
export function workBucket(dueDate: string, today: string): WorkBucket {
  if (dueDate < today) return "overdue";
  return dueDate <= plusDays(today, THIS_WEEK_DAYS - 1) ? "thisWeek" : "later";
}

/** Each item in its bucket (`today` is its organization's today), soonest due first, ties in the given order. */
export function groupMyWork<T extends { dueDate: string; today: string }>(items: readonly T[]): Record<WorkBucket, T[]> {
  const groups: Record<WorkBucket, T[]> = { overdue: [], thisWeek: [], later: [] };
  const sorted = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.dueDate.localeCompare(b.item.dueDate) || a.index - b.index);
  for (const { item } of sorted) groups[workBucket(item.dueDate, item.today)].push(item);
  return groups;
}
