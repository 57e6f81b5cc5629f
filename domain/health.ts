import { daysBetween } from "./calendar.ts";
import { formatPercent } from "./progress.ts";

// Pace-based health (ARCHITECTURE.md, "Progress, health and schedule"). Pure functions: the UI
// imports this module into client components, so it must import nothing server-only.

/** The three levels of pace; the owner's confidence in a check-in uses the same three. */
export type PaceHealth = "ON_TRACK" | "AT_RISK" | "OFF_TRACK";
/** Computed health: a pace level, or NOT_ENOUGH_DATA during a new goal's grace period (see `judgeHealth`). */
export type Health = PaceHealth | "NOT_ENOUGH_DATA";
/** The owner's stated confidence in a check-in. */
export type Confidence = PaceHealth;

/**
 * How far behind expected pace a goal may fall, in shares of the goal (0.10 = 10 percentage points):
 * - behind by more than `atRisk` (10 points)   → AT_RISK
 * - behind by more than `offTrack` (25 points) → OFF_TRACK
 * The gap is compared as a whole number of percentage points (rounded), the same number the user
 * sees, so "10% behind pace" is always on track and "11% behind pace" always at risk.
 * Each missed milestone then lowers the health one more level (at most to OFF_TRACK).
 */
export const HEALTH_THRESHOLDS = { atRisk: 0.1, offTrack: 0.25 } as const;

/**
 * Expected progress on `today`: the elapsed share of the goal's start → target window, clamped to
 * 0..1 (0 up to the start date, 1 from the target date on). When start = target: 0 before that
 * day, 1 on and after it.
 */
export function expectedProgress(startDate: string, targetDate: string, today: string): number {
  const window = daysBetween(startDate, targetDate);
  const elapsed = daysBetween(startDate, today);
  if (!Number.isFinite(window) || !Number.isFinite(elapsed)) return 0;
  if (window <= 0) return daysBetween(targetDate, today) >= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, elapsed / window));
}

const LEVELS: readonly PaceHealth[] = ["ON_TRACK", "AT_RISK", "OFF_TRACK"];
const LABEL: Record<Health, string> = { ON_TRACK: "on track", AT_RISK: "at risk", OFF_TRACK: "off track", NOT_ENOUGH_DATA: "not judged yet" };

/** A share 0..1 as whole percentage points, without floating-point noise (0.3 − 0.4 → −10). */
const points = (share: number) => Math.round(Math.round(share * 1e6) / 1e4);
const pct = (share: number) => `${points(share)}%`;

/** Health from the pace gap alone (progress − expected), on whole percentage points. */
export function healthFromGap(gap: number): PaceHealth {
  const behind = -points(gap);
  if (behind > points(HEALTH_THRESHOLDS.offTrack)) return "OFF_TRACK";
  if (behind > points(HEALTH_THRESHOLDS.atRisk)) return "AT_RISK";
  return "ON_TRACK";
}

/** "15% behind pace", "on pace", "10% ahead of pace". */
export function describeGap(gap: number): string {
  const p = points(gap);
  if (p === 0) return "on pace";
  return p < 0 ? `${-p}% behind pace` : `${p}% ahead of pace`;
}

/**
 * Health from progress against expected pace: the gap (progress − expected) gives ON_TRACK /
 * AT_RISK / OFF_TRACK by `HEALTH_THRESHOLDS`, then each missed milestone lowers it one level (at
 * most to OFF_TRACK). A goal at 100% progress is ON_TRACK.
 */
export function paceHealth({
  progress,
  expected,
  missedMilestones,
}: {
  progress: number;
  expected: number;
  missedMilestones: number;
}): { health: PaceHealth; gap: number; explanation: string } {
  const p = Number.isFinite(progress) ? progress : 0;
  const e = Number.isFinite(expected) ? expected : 0;
  const gap = Math.round((p - e) * 1e9) / 1e9;
  const missed = Number.isFinite(missedMilestones) ? Math.max(0, Math.floor(missedMilestones)) : 0;
  if (p >= 1) return { health: "ON_TRACK", gap, explanation: "Done: 100% of the goal is achieved." };

  const byPace = healthFromGap(gap);
  const health = LEVELS[Math.min(LEVELS.length - 1, LEVELS.indexOf(byPace) + missed)];
  const behind = -points(gap);
  let reason: string;
  if (byPace === "OFF_TRACK") reason = ` — more than ${pct(HEALTH_THRESHOLDS.offTrack)} behind is off track`;
  else if (byPace === "AT_RISK") reason = ` — more than ${pct(HEALTH_THRESHOLDS.atRisk)} behind is at risk`;
  else if (behind > 0) reason = ` — within the ${pct(HEALTH_THRESHOLDS.atRisk)} margin`;
  else reason = "";
  let explanation = `Progress ${formatPercent(p)}, expected ${formatPercent(e)} by now: ${describeGap(gap)}${reason}.`;
  if (missed > 0) {
    const what = missed === 1 ? "1 missed milestone" : `${missed} missed milestones`;
    explanation +=
      health === byPace
        ? ` Also ${what}.`
        : ` ${what[0].toUpperCase()}${what.slice(1)} ${missed === 1 ? "lowers" : "lower"} it to ${LABEL[health]}.`;
  }
  return { health, gap, explanation };
}

/**
 * The owner's confidence against the computed health: null when they agree or nobody has checked
 * in; otherwise a short flag such as "Marked on track, but 30% behind pace" or "Marked off track,
 * but on pace".
 */
export function confidenceMismatch(confidence: Confidence | null | undefined, health: Health, gap: number): string | null {
  if (!confidence || confidence === health || health === "NOT_ENOUGH_DATA") return null;
  const marked = `Marked ${LABEL[confidence]}`;
  const optimistic = LEVELS.indexOf(confidence) < LEVELS.indexOf(health);
  const behind = -points(gap);
  if (optimistic) {
    // Health is worse than the pace alone says only because of missed milestones.
    const missedToo = LEVELS.indexOf(health) > LEVELS.indexOf(healthFromGap(gap));
    if (behind <= 0) return `${marked}, but milestones were missed`;
    return `${marked}, but ${describeGap(gap)}${missedToo ? " and milestones were missed" : ""}`;
  }
  if (behind <= 0) return `${marked}, but ${describeGap(gap)}`;
  return `${marked}, but only ${describeGap(gap)}`;
}

/**
 * A new goal's grace period, in days. Pace alone can't judge a goal nobody has worked on yet: a goal
 * backdated 10 days would be born "off track" before it has a milestone.
 */
export const HEALTH_GRACE_DAYS = 14;

/**
 * Health with a grace period: NOT_ENOUGH_DATA while there is nothing to judge, else `paceHealth`.
 * There is nothing to judge while all of these hold:
 * - fewer than `HEALTH_GRACE_DAYS` days have passed since the later of the start date and the day
 *   the goal was set (created), so a backdated goal gets its grace too;
 * - no evidence yet: progress 0, no check-in, and no milestone due before or on today (a done or
 *   missed milestone is something to judge).
 * Once any of these changes, pace decides; a goal nobody touches is judged when the grace ends.
 */
export function judgeHealth({
  progress,
  expected,
  missedMilestones,
  startDate,
  createdOn,
  today,
  checkedIn,
  milestoneDueDates,
}: {
  progress: number;
  expected: number;
  missedMilestones: number;
  startDate: string;
  createdOn: string;
  today: string;
  checkedIn: boolean;
  milestoneDueDates: readonly string[];
}): { health: Health; gap: number; explanation: string } {
  const from = createdOn > startDate ? createdOn : startDate;
  const graceLeft = HEALTH_GRACE_DAYS - daysBetween(from, today);
  const evidence = progress > 0 || checkedIn || missedMilestones > 0 || milestoneDueDates.some((d) => d <= today);
  if (graceLeft > 0 && !evidence) {
    return {
      health: "NOT_ENOUGH_DATA",
      gap: 0,
      explanation: `Not enough data yet: health is judged from the first check-in, progress or milestone due date, or in ${graceLeft === 1 ? "1 day" : `${graceLeft} days`} (a new goal's ${HEALTH_GRACE_DAYS}-day grace period).`,
    };
  }
  return paceHealth({ progress, expected, missedMilestones });
}
