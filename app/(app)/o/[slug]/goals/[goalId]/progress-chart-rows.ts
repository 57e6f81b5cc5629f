import { parseISO, startOfDay } from "date-fns";
import type { ProgressChartGoal } from "./progress-chart-fields";

// The progress chart's data: one row per recorded reading, plus the start, "now" and target rows
// that let the lines begin at the start date and reach today and the target. Pure, no drawing.

const DAY = 86_400_000;

/** Calendar dates ("2026-03-01") are the reader's local midnight, like `formatDate` shows them. */
const dayMs = (date: string) => parseISO(date).getTime();
const clampPct = (share: number) => Math.min(100, Math.max(0, share * 100));

export type Row = {
  t: number;
  kind: "start" | "point" | "now" | "target";
  /** Actual progress in percent (clamped to 0..100 for drawing); null where there is no reading. */
  progress: number | null;
  /** Expected progress in percent. */
  expected: number | null;
  /** The unclamped shares, for the tooltip. */
  progressShare: number | null;
  expectedShare: number | null;
  value: number | null;
  recordedAt: string | null;
};

/** The rows to draw, the time window and "now" (the closing time for a closed goal). */
export function chartRows(goal: ProgressChartGoal, nowMs: number) {
  const history = goal.progressHistory;
  const start = dayMs(goal.startDate);
  const end = Math.max(dayMs(goal.targetDate), start + DAY);
  const now = goal.isClosed && goal.closedAt ? Date.parse(goal.closedAt) : nowMs;
  const first = Date.parse(history[0]!.recordedAt);
  const last = history[history.length - 1]!;
  const from = startOfDay(Math.min(start, first)).getTime();
  const to = Math.max(end, now, Date.parse(last.recordedAt));

  const rows: Row[] = [];
  const empty = { progress: null, progressShare: null, value: null, recordedAt: null };
  if (start < first) rows.push({ t: start, kind: "start", ...empty, expected: 0, expectedShare: 0 });
  for (const p of history) {
    rows.push({
      t: Date.parse(p.recordedAt),
      kind: "point",
      progress: clampPct(p.progress),
      progressShare: p.progress,
      expected: clampPct(p.expectedProgress),
      expectedShare: p.expectedProgress,
      value: p.value ?? null,
      recordedAt: p.recordedAt,
    });
  }
  // Carry the latest reading on to today (or to the closing date), so the step line ends "now".
  const lastT = Date.parse(last.recordedAt);
  if (now > lastT) {
    const expectedNow = goal.isClosed ? null : goal.expectedProgress;
    rows.push({
      t: now,
      kind: "now",
      progress: clampPct(last.progress),
      progressShare: last.progress,
      expected: expectedNow == null ? null : clampPct(expectedNow),
      expectedShare: expectedNow,
      value: last.value ?? null,
      recordedAt: null,
    });
  }
  if (end > Math.max(lastT, now)) rows.push({ t: end, kind: "target", ...empty, expected: 100, expectedShare: 1 });
  rows.sort((a, b) => a.t - b.t);

  const showToday = !goal.isClosed && now >= from && now <= to;
  return { rows, from, to, now, showToday };
}

/** About five day-aligned ticks spanning the window, always including both ends. */
export function dateTicks(from: number, to: number): number[] {
  const days = Math.max(1, Math.round((to - from) / DAY));
  const count = Math.min(5, days);
  const ticks = new Set<number>();
  for (let i = 0; i <= count; i++) ticks.add(startOfDay(from + ((to - from) * i) / count).getTime());
  return [...ticks].filter((t) => t >= from && t <= to).sort((a, b) => a - b);
}
