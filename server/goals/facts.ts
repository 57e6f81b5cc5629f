import "server-only";
import { dateKey, todayIn } from "../../domain/dates.ts";
import { effectiveStatus } from "../../domain/schedule.ts";
import { expectedProgress, judgeHealth } from "../../domain/health.ts";
import type { MilestoneStatus } from "../../domain/progress.ts";
import { rolledUpChildren } from "./recompute.ts";

// A goal's computed facts (missed milestones, expected progress, health, history) from its stored
// rows, each with the Prisma selection it needs. One place for each, used by the Goal type, the
// dashboard, shared views and the CSV export alike. The selections share one shape per relation
// so that, spread together, they merge into one load: a page of goals costs the same number of
// SQL statements whatever its size.

export const organizationFacts = { organization: { select: { timeZone: true } } } as const;
export const milestoneFacts = {
  ...organizationFacts,
  milestones: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { title: true, status: true, weight: true, dueDate: true },
  },
} as const;
export const progressFacts = {
  ...milestoneFacts,
  kind: true,
  unit: true,
  startValue: true,
  targetValue: true,
  currentValue: true,
  direction: true,
  children: { ...rolledUpChildren, select: { title: true, progress: true, weight: true } },
} as const;
export const expectedFacts = { ...organizationFacts, startDate: true, targetDate: true } as const;
export const healthFacts = {
  ...milestoneFacts,
  ...expectedFacts,
  progress: true,
  closedAt: true,
  confidence: true,
  createdAt: true,
} as const;
export const historyFacts = {
  ...expectedFacts,
  snapshots: { orderBy: [{ recordedAt: "asc" }, { id: "asc" }], select: { recordedAt: true, progress: true, value: true } },
} as const;

type Zoned = { organization: { timeZone: string } };
type MilestoneDates = { milestones: readonly { status: MilestoneStatus; dueDate: Date }[] };
type Window = { startDate: Date; targetDate: Date };

/** Milestones not done whose due date has passed (in the organization's time zone). */
export function missedCount(goal: MilestoneDates & Zoned, today = todayIn(goal.organization.timeZone)) {
  return goal.milestones.filter((m) => effectiveStatus(m.status, dateKey(m.dueDate), today) === "MISSED").length;
}

/** The elapsed share of the goal's start → target window on `today` (the organization's today by default). */
export function expectedProgressOf(goal: Window & Zoned, today = todayIn(goal.organization.timeZone)) {
  return expectedProgress(dateKey(goal.startDate), dateKey(goal.targetDate), today);
}

/** Pace-based health of an open goal, after its grace period (`judgeHealth`); null once closed. */
export function healthOf(
  goal: MilestoneDates &
    Zoned &
    Window & { progress: number; closedAt: Date | null; createdAt: Date; confidence: string | null },
  today = todayIn(goal.organization.timeZone),
) {
  if (goal.closedAt) return null;
  return judgeHealth({
    progress: goal.progress,
    expected: expectedProgressOf(goal, today),
    missedMilestones: missedCount(goal, today),
    startDate: dateKey(goal.startDate),
    createdOn: todayIn(goal.organization.timeZone, goal.createdAt),
    today,
    // The latest check-in's confidence is stored on the goal: set once anyone has checked in.
    checkedIn: goal.confidence !== null,
    milestoneDueDates: goal.milestones.map((m) => dateKey(m.dueDate)),
  });
}

export interface ProgressPoint {
  recordedAt: Date;
  progress: number;
  value: number | null;
  expectedProgress: number;
}

/** Every recorded progress, oldest first, with the pace expected on the day it was recorded. */
export function progressHistoryOf(
  goal: Window & Zoned & { snapshots: readonly { recordedAt: Date; progress: number; value: number | null }[] },
): ProgressPoint[] {
  const { timeZone } = goal.organization;
  return goal.snapshots.map((s) => ({
    recordedAt: s.recordedAt,
    progress: s.progress,
    value: s.value,
    expectedProgress: expectedProgressOf(goal, todayIn(timeZone, s.recordedAt)),
  }));
}
