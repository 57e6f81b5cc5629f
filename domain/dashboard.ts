import { plusDays } from "./calendar.ts";
import type { Health } from "./health.ts";

// The organization dashboard's rules: which goals a filter keeps, the target-date windows, the
// order (worst health first) and the counts. Pure, so the UI may import it too; dates are
// calendar dates "YYYY-MM-DD" in the organization's time zone.

export type DashboardWindow = "THIS_QUARTER" | "NEXT_QUARTER" | "THIS_YEAR" | "ALL";

export interface DashboardFilter {
  ownerId?: string | null;
  parentId?: string | null;
  health?: Health | null;
  window?: DashboardWindow | null;
}

/** What the dashboard needs to know of a goal (not archived): health is null once it is closed. */
export interface DashboardGoal {
  id: string;
  title: string;
  ownerId: string;
  parentId: string | null;
  targetDate: string;
  closed: boolean;
  health: Health | null;
}

export interface HealthCounts {
  onTrack: number;
  atRisk: number;
  offTrack: number;
  /** Open goals in their grace period (NOT_ENOUGH_DATA). */
  notEnoughData: number;
  closed: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The target dates a window covers, inclusive, for `today`: the calendar quarter (Jan–Mar, Apr–Jun,
 * Jul–Sep, Oct–Dec) of today or the one after it, or today's calendar year; null for ALL.
 */
export function windowRange(window: DashboardWindow | null | undefined, today: string): { from: string; to: string } | null {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarterStart = (y: number, firstMonth: number) => {
    const from = `${y}-${pad(firstMonth)}-01`;
    const next = firstMonth === 10 ? `${y + 1}-01-01` : `${y}-${pad(firstMonth + 3)}-01`;
    return { from, to: plusDays(next, -1) };
  };
  const firstMonth = Math.floor((month - 1) / 3) * 3 + 1;
  switch (window) {
    case "THIS_QUARTER":
      return quarterStart(year, firstMonth);
    case "NEXT_QUARTER":
      return firstMonth === 10 ? quarterStart(year + 1, 1) : quarterStart(year, firstMonth + 3);
    case "THIS_YEAR":
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    default:
      return null;
  }
}

/** Owner, parent and target-date window: the goals a filter is about, open or closed. */
export function inScope(goal: DashboardGoal, filter: DashboardFilter, today: string): boolean {
  if (filter.ownerId && goal.ownerId !== filter.ownerId) return false;
  if (filter.parentId && goal.parentId !== filter.parentId) return false;
  const range = windowRange(filter.window, today);
  return !range || (goal.targetDate >= range.from && goal.targetDate <= range.to);
}

const HEALTH_RANK: Record<Health, number> = { OFF_TRACK: 0, AT_RISK: 1, ON_TRACK: 2, NOT_ENOUGH_DATA: 3 };

/** Off track first, then at risk, then on track, then too new to judge; then by target date, then title. */
export function dashboardOrder(a: DashboardGoal, b: DashboardGoal): number {
  const rank = (g: DashboardGoal) => (g.health ? HEALTH_RANK[g.health] : 4);
  return (
    rank(a) - rank(b) ||
    a.targetDate.localeCompare(b.targetDate) ||
    a.title.localeCompare(b.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function healthCounts(goals: readonly DashboardGoal[]): HealthCounts {
  const counts: HealthCounts = { onTrack: 0, atRisk: 0, offTrack: 0, notEnoughData: 0, closed: 0 };
  for (const goal of goals) {
    if (goal.closed || !goal.health) counts.closed++;
    else if (goal.health === "ON_TRACK") counts.onTrack++;
    else if (goal.health === "AT_RISK") counts.atRisk++;
    else if (goal.health === "NOT_ENOUGH_DATA") counts.notEnoughData++;
    else counts.offTrack++;
  }
  return counts;
}

/**
 * The dashboard for a filter:
 * - `scope`: goals matching owner, parent and window, open or closed (recent wins come from these);
 * - `healthCounts`: over the scope, so the counts stay put while a health filter is applied;
 * - `goals`: the open goals of the scope that match the health filter, worst first;
 * - `ownerIds` / `parentIds`: the filter's choices, whatever the filter: people who own a goal and
 *   goals that have sub-goals, so no choice leads to a dashboard that is empty by construction.
 */
export function buildDashboard(goals: readonly DashboardGoal[], filter: DashboardFilter, today: string) {
  const scope = goals.filter((g) => inScope(g, filter, today));
  const listed = scope
    .filter((g) => !g.closed && (!filter.health || g.health === filter.health))
    .sort(dashboardOrder);
  const ids = new Set(goals.map((g) => g.id));
  const ownerIds = [...new Set(goals.map((g) => g.ownerId))];
  const parentIds = [...new Set(goals.flatMap((g) => (g.parentId && ids.has(g.parentId) ? [g.parentId] : [])))];
  return { scope, healthCounts: healthCounts(scope), goals: listed, ownerIds, parentIds };
}

/** "Due soon": not done and due today or within the 13 days after (14 days in all). */
export const DUE_SOON_DAYS = 14;

export function dueSoonRange(today: string): { from: string; to: string } {
  return { from: today, to: plusDays(today, DUE_SOON_DAYS - 1) };
}

/** What the attention lists need of a milestone (of a listed goal); dates are calendar dates. */
export interface AttentionMilestone {
  id: string;
  status: "PLANNED" | "IN_PROGRESS" | "DONE";
  dueDate: string;
  position: number;
}

const byDue = (a: AttentionMilestone, b: AttentionMilestone) =>
  a.dueDate.localeCompare(b.dueDate) || a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The dashboard's two milestone lists, as ids: missed (due before today, not done), oldest first;
 * due soon (not done, due in `dueSoonRange`), soonest first. Computed from the milestones already
 * loaded for health, so a panel's count costs nothing and its page is a slice.
 */
export function attentionLists(milestones: readonly AttentionMilestone[], today: string): { missed: string[]; dueSoon: string[] } {
  const { from, to } = dueSoonRange(today);
  const open = milestones.filter((m) => m.status !== "DONE").sort(byDue);
  return {
    missed: open.filter((m) => m.dueDate < today).map((m) => m.id),
    dueSoon: open.filter((m) => m.dueDate >= from && m.dueDate <= to).map((m) => m.id),
  };
}

/** The dashboard's "recent wins" list length. */
export const RECENT_WINS = 10;
