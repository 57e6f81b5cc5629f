import { daysBetween, isCalendarDay } from "./calendar.ts";
import { formatIn } from "./date-format.ts";
import { DEFAULT_LOCALE } from "./locale.ts";
import { formatNumber, type GoalKind, type MetricDirection } from "./progress.ts";

// The SMART checklist, computed from a goal's fields; shown when creating a goal and on its page.
// Pure functions: the UI imports this module into client components, so it must import nothing
// server-only.

export type SmartCriterion = "SPECIFIC" | "MEASURABLE" | "ACHIEVABLE" | "RELEVANT" | "TIME_BOUND";

export interface SmartItem {
  criterion: SmartCriterion;
  met: boolean;
  label: string;
  /** What is missing, or why the criterion is met. */
  detail: string;
}

export interface SmartInput {
  description: string | null;
  kind: GoalKind;
  startValue: number | null;
  targetValue: number | null;
  direction: MetricDirection | null;
  ownerId: string | null;
  parentId: string | null;
  relevance: string | null;
  rationale: string | null;
  startDate: string | null;
  targetDate: string | null;
  /** The goal's creation date, or today while drafting ("YYYY-MM-DD"). */
  createdOn: string;
  milestoneCount: number;
  /** Recorded metric values, each on its check-in's calendar date. */
  checkIns: readonly { value: number; on: string }[];
  /** The organization's mission statement; a goal that shares its words serves it (Relevant). */
  mission?: string | null;
}

/** A description shorter than this (in characters, spaces collapsed) is too short to say what and why. */
export const SMART_MIN_DESCRIPTION = 30;

const isDay = isCalendarDay;
/** A day in the reader's locale, by the app's one date rule: "Dec 31, 2026" / "31 Dec 2026". */
const showDate = (day: string, locale: string) => formatIn(day, "date", locale);
const isNum = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);
const text = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/**
 * The value a straight line fitted (least squares) through the recorded check-in values predicts
 * on `onDate`. null with fewer than 2 check-ins, or when all are on the same day (no pace yet).
 */
export function projectMetric(checkIns: readonly { value: number; on: string }[], onDate: string): number | null {
  const points = checkIns.filter((c) => isNum(c.value) && isDay(c.on));
  if (points.length < 2 || !isDay(onDate)) return null;
  const origin = points[0].on;
  const xs = points.map((c) => daysBetween(origin, c.on));
  const ys = points.map((c) => c.value);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxx += (xs[i] - meanX) ** 2;
    sxy += (xs[i] - meanX) * (ys[i] - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return meanY + slope * (daysBetween(origin, onDate) - meanX);
}

/** Whether `value` meets `target` in the goal's direction (a hair of floating-point slack). */
function meets(value: number, target: number, direction: MetricDirection): boolean {
  const eps = 1e-9 * Math.max(1, Math.abs(target));
  return direction === "INCREASE" || direction === "STAY_ABOVE" ? value >= target - eps : value <= target + eps;
}

function specific(goal: SmartInput): SmartItem {
  const base = { criterion: "SPECIFIC" as const, label: "Specific" };
  const length = text(goal.description).length;
  if (length === 0) return { ...base, met: false, detail: "Add a description: what you will achieve and why." };
  if (length < SMART_MIN_DESCRIPTION) {
    return {
      ...base,
      met: false,
      detail: `The description is short (${length} characters): say what you will achieve and why in at least ${SMART_MIN_DESCRIPTION}.`,
    };
  }
  return { ...base, met: true, detail: "The description says what and why." };
}

const metricComplete = (goal: SmartInput) =>
  goal.kind === "METRIC" &&
  isNum(goal.targetValue) &&
  !!goal.direction &&
  (goal.direction === "STAY_ABOVE" || goal.direction === "STAY_BELOW" || isNum(goal.startValue));

function describeMetric(goal: SmartInput): string {
  const target = formatNumber(goal.targetValue as number);
  if (goal.direction === "STAY_ABOVE") return `stay at or above ${target}`;
  if (goal.direction === "STAY_BELOW") return `stay at or below ${target}`;
  return `from ${formatNumber(goal.startValue as number)} to ${target}`;
}

function measurable(goal: SmartInput): SmartItem {
  const base = { criterion: "MEASURABLE" as const, label: "Measurable" };
  const milestones = Math.max(0, goal.milestoneCount || 0);
  if (metricComplete(goal)) return { ...base, met: true, detail: `Measured by a metric: ${describeMetric(goal)}.` };
  if (milestones > 0) {
    return { ...base, met: true, detail: `Measured by ${milestones} ${milestones === 1 ? "milestone" : "milestones"}.` };
  }
  if (goal.kind === "METRIC") {
    return { ...base, met: false, detail: "Set the metric's start value, target value and direction, or add a milestone." };
  }
  return { ...base, met: false, detail: "Add at least one milestone, or measure the goal with a metric." };
}

function achievable(goal: SmartInput, locale: string): SmartItem {
  const base = { criterion: "ACHIEVABLE" as const, label: "Achievable" };
  const hasOwner = !!text(goal.ownerId);
  const hasRationale = !!text(goal.rationale);
  if (goal.kind !== "METRIC") {
    return hasOwner
      ? { ...base, met: true, detail: "Has an owner." }
      : { ...base, met: false, detail: "Choose an owner." };
  }

  // Metric goals: an owner and a target the recorded pace reaches, or a stated rationale.
  let plausible = false;
  let evidence: string;
  if (!metricComplete(goal) || !isDay(goal.targetDate)) {
    evidence = "the target can't be judged until the metric and target date are set";
  } else {
    const target = goal.targetValue as number;
    const direction = goal.direction as MetricDirection;
    const projected = projectMetric(goal.checkIns, goal.targetDate);
    const latest = goal.checkIns
      .filter((c) => isNum(c.value) && isDay(c.on))
      .reduce<{ value: number; on: string } | null>((last, c) => (!last || c.on >= last.on ? c : last), null);
    const when = showDate(goal.targetDate, locale);
    if (projected === null) {
      evidence = "fewer than 2 check-ins on different days, so there is no pace to project yet";
    } else if (meets(projected, target, direction)) {
      plausible = true;
      evidence = `at the recorded pace it reaches ${formatNumber(projected)} by ${when} (target ${formatNumber(target)})`;
    } else if (
      latest &&
      (direction === "INCREASE" || direction === "DECREASE") &&
      meets(latest.value, target, direction)
    ) {
      plausible = true;
      evidence = `the target ${formatNumber(target)} is already reached`;
    } else {
      evidence = `at the recorded pace it would be ${formatNumber(projected)} by ${when}, short of ${formatNumber(target)}`;
    }
  }

  if (hasOwner && plausible) return { ...base, met: true, detail: `Has an owner, and ${evidence}.` };
  if (hasOwner && hasRationale) return { ...base, met: true, detail: "Has an owner and a stated reason why the target is reachable." };
  const missing: string[] = [];
  if (!hasOwner) missing.push("Choose an owner.");
  if (!plausible && !hasRationale) missing.push(`${capitalize(evidence)}: state why the target is reachable.`);
  return { ...base, met: false, detail: missing.join(" ") };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// Words too common to show that a goal and the mission are about the same thing.
const STOP_WORDS = new Set(
  ("about after again also because been before being both could each every from have into just make more most much only other "
    + "over same should some such than that their them then there these they this those through under very what when where which "
    + "while will with would your ours ourselves goal goals want need more less able every").split(" "),
);

/** The meaningful words of a text: 4+ letters, not common, a plural "s" dropped ("teams" = "team"). */
export function meaningfulWords(s: string | null | undefined): Set<string> {
  const words = (s ?? "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < 4 || STOP_WORDS.has(w)) continue;
    out.add(w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w);
  }
  return out;
}

/** The mission's meaningful words the goal's relevance or description also uses, in the mission's order. */
export function missionWordsIn(goal: Pick<SmartInput, "mission" | "relevance" | "description">): string[] {
  const mine = meaningfulWords(`${goal.relevance ?? ""} ${goal.description ?? ""}`);
  return [...meaningfulWords(goal.mission)].filter((w) => mine.has(w));
}

function relevant(goal: SmartInput): SmartItem {
  const base = { criterion: "RELEVANT" as const, label: "Relevant" };
  if (text(goal.parentId)) return { ...base, met: true, detail: "Supports a parent goal." };
  const shared = text(goal.mission) ? missionWordsIn(goal) : [];
  if (shared.length > 0) {
    const words = shared.slice(0, 3).map((w) => `“${w}”`).join(", ");
    return { ...base, met: true, detail: `Serves the mission: “${text(goal.mission)}” (shares ${words}).` };
  }
  if (text(goal.relevance)) return { ...base, met: true, detail: "States why it matters." };
  if (text(goal.mission)) return { ...base, met: false, detail: "Link a parent goal, say why this goal matters, or how it serves the mission." };
  return { ...base, met: false, detail: "Link a parent goal, or say why this goal matters." };
}

function timeBound(goal: SmartInput, locale: string): SmartItem {
  const base = { criterion: "TIME_BOUND" as const, label: "Time-bound" };
  if (!isDay(goal.targetDate)) return { ...base, met: false, detail: "Set a target date." };
  const when = showDate(goal.targetDate, locale);
  if (isDay(goal.startDate) && goal.targetDate < goal.startDate) {
    return { ...base, met: false, detail: `The target date (${when}) is before the start date (${showDate(goal.startDate, locale)}).` };
  }
  if (!isDay(goal.createdOn)) return { ...base, met: true, detail: `Has a target date: ${when}.` };
  const days = daysBetween(goal.createdOn, goal.targetDate);
  if (days <= 0) {
    return {
      ...base,
      met: false,
      detail: `The target date (${when}) was not in the future when the goal was set (${showDate(goal.createdOn, locale)}): pick a later date.`,
    };
  }
  return { ...base, met: true, detail: `Due ${when}, ${days} ${days === 1 ? "day" : "days"} after the goal was set.` };
}

/**
 * Which SMART criteria a goal meets, in the order S, M, A, R, T:
 * - Specific: a description of what and why, at least `SMART_MIN_DESCRIPTION` characters;
 * - Measurable: a complete metric (target, direction, and a start value when it moves), or at least
 *   one milestone;
 * - Achievable: an owner; for metric goals also a target that a straight-line projection of the
 *   recorded check-ins reaches by the target date (`projectMetric`; or already reached), or a
 *   stated rationale;
 * - Relevant: a parent goal, a relevance or description sharing meaningful words with the
 *   organization's mission (`missionWordsIn`), or a stated reason (relevance);
 * - Time-bound: a target date after the creation date (`createdOn`, today while drafting) and not
 *   before the start date.
 * Dates in the details are written in `locale` (the reader's: the API passes the request's).
 */
export function smartCheck(goal: SmartInput, locale: string = DEFAULT_LOCALE): SmartItem[] {
  return [specific(goal), measurable(goal), achievable(goal, locale), relevant(goal), timeBound(goal, locale)];
}
