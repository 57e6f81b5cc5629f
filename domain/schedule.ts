import { daysBetween, isCalendarDay, plusDays } from "./calendar.ts";
import type { MilestoneStatus } from "./progress.ts";

// Milestone schedule rules: missed state, slips, dependency cycles and backward planning
// (ARCHITECTURE.md, "Progress, health and schedule"). Pure functions: the UI imports this module
// into client components, so it must import nothing server-only. Dates are calendar dates
// "YYYY-MM-DD", read as UTC dates so the machine's time zone never shifts them.

export type EffectiveStatus = MilestoneStatus | "MISSED";

const isDay = isCalendarDay;

/**
 * The status users see: DONE stays DONE; a milestone not done whose due date has passed (due date
 * before today) is MISSED; otherwise its stored status. Derived from dates, so always current.
 */
export function effectiveStatus(status: MilestoneStatus, dueDate: string, today: string): EffectiveStatus {
  if (status === "DONE") return "DONE";
  return dueDate < today ? "MISSED" : status;
}

/**
 * Moving a due date: the baseline (the first due date ever set) never changes; moving the date
 * later than it was counts one slip, moving it earlier or keeping it does not.
 */
export function moveDueDate(
  milestone: { dueDate: string; baselineDueDate: string | null; slipCount: number },
  nextDueDate: string,
): { dueDate: string; baselineDueDate: string; slipCount: number; slipped: boolean } {
  const slipped = nextDueDate > milestone.dueDate;
  return {
    dueDate: nextDueDate,
    baselineDueDate: milestone.baselineDueDate ?? milestone.dueDate,
    slipCount: (milestone.slipCount || 0) + (slipped ? 1 : 0),
    slipped,
  };
}

/**
 * A dependency cycle, or null when there is none. Edges read "milestoneId depends on dependsOnId".
 * The ids come in dependency order, each depending on the next and the last on the first; a
 * milestone that depends on itself gives [id]. To check a new dependency, pass the existing edges
 * plus the new one: any cycle found then runs through it.
 */
export function findCycle(edges: readonly { milestoneId: string; dependsOnId: string }[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const { milestoneId, dependsOnId } of edges) {
    const list = next.get(milestoneId);
    if (list) list.push(dependsOnId);
    else next.set(milestoneId, [dependsOnId]);
  }
  // Iterative depth-first search (no recursion, so long chains cannot overflow the stack).
  const state = new Map<string, "open" | "closed">();
  for (const root of next.keys()) {
    if (state.has(root)) continue;
    const path: string[] = [root];
    const cursor: number[] = [0];
    state.set(root, "open");
    while (path.length > 0) {
      const top = path[path.length - 1];
      const out = next.get(top) ?? [];
      const i = cursor[cursor.length - 1];
      if (i < out.length) {
        cursor[cursor.length - 1] = i + 1;
        const target = out[i];
        const seen = state.get(target);
        if (seen === "open") return path.slice(path.lastIndexOf(target));
        if (seen === undefined) {
          state.set(target, "open");
          path.push(target);
          cursor.push(0);
        }
      } else {
        state.set(top, "closed");
        path.pop();
        cursor.pop();
      }
    }
  }
  return null;
}

/**
 * A clear error for a cycle from `findCycle`, naming milestones by `titleOf` (ids by default):
 * `“Design” can't depend on itself.` or `Dependencies can't go in a circle: “A” depends on “B”,
 * which depends on “A”.`
 */
export function cycleMessage(cycle: readonly string[], titleOf: (id: string) => string = (id) => id): string {
  const name = (id: string) => `“${titleOf(id)}”`;
  if (cycle.length === 0) return "Dependencies can't go in a circle.";
  if (cycle.length === 1) return `${name(cycle[0])} can't depend on itself.`;
  const chain = [...cycle, cycle[0]].map(name);
  return `Dependencies can't go in a circle: ${chain[0]} depends on ${chain.slice(1).join(", which depends on ")}.`;
}

export interface PlanEntry {
  /**
   * Earliest start, forward from the goal's start date: the latest earliest finish of its
   * prerequisites; a milestone not started yet (PLANNED) cannot start before today.
   */
  earliestStart: string;
  /** Earliest finish: earliestStart + duration; for a milestone not done, never before today. */
  earliestFinish: string;
  /** Latest start that still meets the goal's target date: latestFinish − duration. */
  latestStart: string;
  /** Latest finish: its own due date, the earliest latest start of the milestones that depend on it, or the goal's target date, whichever is first. */
  latestFinish: string;
  /**
   * latestFinish − earliestFinish, in days: how far it can slip without missing its own due date, a
   * dependent's latest start or the target date, whichever comes first; negative when it cannot.
   * A missed milestone (not done, due before today) always has negative slack.
   */
  slackDays: number;
  /** On the critical path: not done and with the least slack of the goal's milestones that are not done. */
  critical: boolean;
  /** PLANNED (not started) while its latest start is already past. */
  startAtRisk: boolean;
}

/**
 * Backward planning with the critical path method, in whole calendar days:
 * - duration: `durationDays`, null (unknown) counting as 0;
 * - forward pass from the goal's start date, as of today: earliest start = the latest earliest
 *   finish of its prerequisites (or the goal's start date), and no earlier than today for a milestone
 *   not started yet (PLANNED); earliest finish = earliest start + duration, and no earlier than today
 *   for any milestone not done (work that is not done cannot finish in the past). A done
 *   prerequisite holds nothing up: it counts as finished by today at the latest;
 * - backward pass from the goal's target date: latest finish = the earliest of its own due date
 *   (a commitment), the latest starts of the milestones that depend on it, and the target date;
 *   latest start = latest finish − duration;
 * - slack = latest finish − earliest finish (= latest start − earliest start until today clamps
 *   the finish). So a milestone not done whose due date has passed has negative slack: its latest
 *   finish is before today, its earliest finish today or later;
 * - the critical path is the milestones not done with the minimum slack among those not done —
 *   zero when the plan exactly fills the window, negative when it cannot fit, positive when there is
 *   room to spare. With no duration on any milestone not done there is nothing to plan, so nothing
 *   is critical;
 * - at risk: still PLANNED while its latest start is before today.
 * Dependencies on ids not in `milestones` are ignored; so are those closing a cycle (cycles are
 * refused when saved, see `findCycle`). Invalid goal dates give an empty plan.
 */
export function backwardPlan(
  goal: { startDate: string; targetDate: string },
  milestones: readonly {
    id: string;
    dueDate: string;
    durationDays: number | null;
    status: MilestoneStatus;
    dependsOn: readonly string[];
  }[],
  today: string,
): Map<string, PlanEntry> {
  const plan = new Map<string, PlanEntry>();
  if (!isDay(goal.startDate) || !isDay(goal.targetDate)) return plan;

  const n = milestones.length;
  const index = new Map<string, number>();
  milestones.forEach((m, i) => {
    if (!index.has(m.id)) index.set(m.id, i);
  });
  const duration = milestones.map((m) =>
    typeof m.durationDays === "number" && Number.isFinite(m.durationDays) && m.durationDays > 0 ? Math.floor(m.durationDays) : 0,
  );
  const preds: number[][] = milestones.map(() => []);
  const succs: number[][] = milestones.map(() => []);
  milestones.forEach((m, i) => {
    if (index.get(m.id) !== i) return; // a repeated id: only the first counts
    for (const dep of new Set(m.dependsOn)) {
      const j = index.get(dep);
      if (j === undefined || j === i) continue;
      preds[i].push(j);
      succs[j].push(i);
    }
  });

  // Topological order (Kahn), input order breaking ties; milestones caught in a cycle follow in
  // input order, their unresolved dependencies ignored.
  const indegree = preds.map((p) => p.length);
  const order: number[] = [];
  const placed = new Array<boolean>(n).fill(false);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue.push(i);
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head];
    order.push(i);
    placed[i] = true;
    for (const s of succs[i]) if (--indegree[s] === 0) queue.push(s);
  }
  for (let i = 0; i < n; i++) if (!placed[i]) order.push(i);

  // Days counted from the goal's start date.
  const window = daysBetween(goal.startDate, goal.targetDate);
  // Today as a day of the plan (-Infinity when unknown: then nothing is clamped to it).
  const now = isDay(today) ? daysBetween(goal.startDate, today) : -Infinity;
  const es = new Array<number>(n).fill(0);
  const ef = new Array<number>(n).fill(0);
  const ls = new Array<number>(n).fill(0);
  const lf = new Array<number>(n).fill(0);
  const seen = new Array<boolean>(n).fill(false);
  const done = milestones.map((m) => m.status === "DONE");
  for (const i of order) {
    let start = 0;
    // A done prerequisite finished by today at the latest, whatever the plan said.
    for (const p of preds[i]) if (seen[p]) start = Math.max(start, done[p] ? Math.min(ef[p], now) : ef[p]);
    if (milestones[i].status === "PLANNED") start = Math.max(start, now);
    es[i] = start;
    ef[i] = done[i] ? start + duration[i] : Math.max(start + duration[i], now);
    seen[i] = true;
  }
  seen.fill(false);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    const due = daysBetween(goal.startDate, milestones[i].dueDate);
    let finish = Number.isNaN(due) ? window : Math.min(window, due);
    for (const s of succs[i]) if (seen[s]) finish = Math.min(finish, ls[s]);
    lf[i] = finish;
    ls[i] = finish - duration[i];
    seen[i] = true;
  }

  const open = milestones.map((m, i) => i).filter((i) => !done[i]);
  const planned = open.some((i) => duration[i] > 0);
  const minSlack = open.reduce((min, i) => Math.min(min, lf[i] - ef[i]), Infinity);

  milestones.forEach((m, i) => {
    if (index.get(m.id) !== i) return;
    const slackDays = lf[i] - ef[i];
    const latestStart = plusDays(goal.startDate, ls[i]);
    plan.set(m.id, {
      earliestStart: plusDays(goal.startDate, es[i]),
      earliestFinish: plusDays(goal.startDate, ef[i]),
      latestStart,
      latestFinish: plusDays(goal.startDate, lf[i]),
      slackDays,
      critical: planned && m.status !== "DONE" && slackDays === minSlack,
      startAtRisk: m.status === "PLANNED" && latestStart < today,
    });
  });
  return plan;
}

export interface PlanOutlook {
  /** The earliest day every open milestone can be done: the latest earliest finish among them. */
  finish: string;
  /** target date − finish, in days: room to spare before the target, negative when the plan runs past it. */
  targetSlackDays: number;
  /**
   * The critical path's slack (the least of the open milestones). Below `targetSlackDays` when a
   * milestone's own due date, not the target, is the tighter limit.
   */
  pathSlackDays: number;
}

/**
 * What the plan says about the goal as a whole, from its open milestones' plan entries (as
 * `backwardPlan` gives them, or as the API's Milestone.earliestFinish / slackDays carry them); null
 * when nothing is planned (no open milestone has a duration). The target slack is measured against
 * the goal's target date only; milestone slack also counts each milestone's own due date, so the two
 * differ when a due date is tighter than the target — the critical-path card says which limit binds
 * rather than calling a due date "the target".
 */
export function planOutlook(
  targetDate: string,
  milestones: readonly {
    status: MilestoneStatus;
    durationDays: number | null;
    earliestFinish: string | null | undefined;
    slackDays: number | null | undefined;
  }[],
): PlanOutlook | null {
  const open = milestones.filter((m) => m.status !== "DONE" && m.earliestFinish && m.slackDays != null);
  if (!open.some((m) => (m.durationDays ?? 0) > 0)) return null;
  let finish = "";
  let pathSlackDays = Infinity;
  for (const m of open) {
    if (m.earliestFinish! > finish) finish = m.earliestFinish!;
    pathSlackDays = Math.min(pathSlackDays, m.slackDays!);
  }
  return { finish, targetSlackDays: daysBetween(finish, targetDate), pathSlackDays };
}

/** A milestone due after its goal's target date: a schedule risk (the goal can't be done on time as planned). */
export const isDueAfterTarget = (dueDate: string, targetDate: string) => dueDate > targetDate;
