// Progress rules, shown to users next to the numbers they explain (ARCHITECTURE.md, "Progress,
// health and schedule"). Pure functions: the UI imports this module into client components, so it
// must import nothing server-only (no prisma runtime, no node: modules).

/** The Prisma enums, as plain string unions (compatible with the generated client's types). */
export type MilestoneStatus = "PLANNED" | "IN_PROGRESS" | "DONE";
export type GoalKind = "METRIC" | "MILESTONE";
export type MetricDirection = "INCREASE" | "DECREASE" | "STAY_ABOVE" | "STAY_BELOW";

export interface MetricInput {
  startValue: number | null;
  targetValue: number | null;
  currentValue: number | null;
  direction: MetricDirection | null;
}

export interface ProgressPart {
  label: string;
  weight: number;
  progress: number;
}

export interface GoalProgress {
  /** 0..1 */
  progress: number;
  /** A short sentence or equation for the UI, percentages rounded to whole numbers. */
  formula: string;
  /** What went into the number: the metric, or each sub-goal and milestone with its weight. */
  parts: ProgressPart[];
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const isNum = (x: number | null | undefined): x is number => typeof x === "number" && Number.isFinite(x);
/** Weights below 0 (or not numbers) count as 0. */
const weightOf = (w: number | null | undefined) => (isNum(w) && w > 0 ? w : 0);

/**
 * A share 0..1 as a whole percentage, e.g. "67%". Never rounds a share that is not complete up to
 * "100%", nor a share that is not zero down to "0%", so the text never overstates or hides progress.
 */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return "0%";
  let n = Math.round(share * 100);
  if (n === 100 && share < 1) n = 99;
  else if (n === 0 && share > 0) n = 1;
  else if (n === 0 && share < 0) n = -1;
  else if (n === 100 && share > 1) n = 101;
  return `${n}%`.replace("-", "−");
}

/** A number for a formula: at most 2 decimals, no trailing zeros, a real minus sign. */
export function formatNumber(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return text.replace("-", "−");
}

const withUnit = (x: number, unit: string | null | undefined) => {
  const n = formatNumber(x);
  if (!unit) return n;
  return unit === "%" ? `${n}%` : `${n} ${unit}`;
};

/**
 * Progress of a metric goal, 0..1.
 * - INCREASE / DECREASE: (current − start) / (target − start), clamped to 0..1, so a decreasing
 *   target works the same way (both differences are negative). When target = start: 1 once the
 *   current value has reached the target in the goal's direction, else 0.
 * - STAY_ABOVE: 1 while current ≥ target, else 0. STAY_BELOW: 1 while current ≤ target, else 0.
 * - No current value yet (no check-in), or the metric is incomplete: 0.
 */
export function metricProgress({ startValue, targetValue, currentValue, direction }: MetricInput): number {
  if (!isNum(currentValue) || !isNum(targetValue) || !direction) return 0;
  switch (direction) {
    case "STAY_ABOVE":
      return currentValue >= targetValue ? 1 : 0;
    case "STAY_BELOW":
      return currentValue <= targetValue ? 1 : 0;
    case "INCREASE":
    case "DECREASE": {
      if (!isNum(startValue)) return 0;
      if (targetValue === startValue) {
        const reached = direction === "INCREASE" ? currentValue >= targetValue : currentValue <= targetValue;
        return reached ? 1 : 0;
      }
      return clamp01((currentValue - startValue) / (targetValue - startValue));
    }
    default:
      return 0;
  }
}

/**
 * Weighted share of milestones done, 0..1: Σ weight of DONE / Σ weight. No milestones → 0. When
 * every weight is 0 each milestone counts equally (plain share done).
 */
export function milestoneShare(milestones: readonly { status: MilestoneStatus; weight: number }[]): number {
  if (milestones.length === 0) return 0;
  const total = milestones.reduce((sum, m) => sum + weightOf(m.weight), 0);
  if (total === 0) return milestones.filter((m) => m.status === "DONE").length / milestones.length;
  const done = milestones.reduce((sum, m) => sum + (m.status === "DONE" ? weightOf(m.weight) : 0), 0);
  return clamp01(done / total);
}

function metricFormula(goal: MetricInput & { unit: string | null }, progress: number): string {
  const { startValue, targetValue, currentValue, direction, unit } = goal;
  if (!isNum(targetValue) || !direction || (!isNum(startValue) && (direction === "INCREASE" || direction === "DECREASE"))) {
    return "Set a start value, a target value and a direction to measure progress: 0%";
  }
  if (!isNum(currentValue)) return "No check-in with a current value yet: 0%";
  const target = withUnit(targetValue, unit);
  const current = withUnit(currentValue, unit);
  if (direction === "STAY_ABOVE" || direction === "STAY_BELOW") {
    const rule = direction === "STAY_ABOVE" ? "at or above" : "at or below";
    return progress === 1
      ? `Stay ${rule} ${target}: now ${current}, met (100%)`
      : `Stay ${rule} ${target}: now ${current}, not met (0%)`;
  }
  const start = startValue as number;
  if (targetValue === start) {
    return progress === 1
      ? `Target equals start (${target}): now ${current}, reached (100%)`
      : `Target equals start (${target}): now ${current}, not reached (0%)`;
  }
  const raw = (currentValue - start) / (targetValue - start);
  const equation = `(${formatNumber(currentValue)} − ${formatNumber(start)}) / (${formatNumber(targetValue)} − ${formatNumber(start)})`;
  if (raw > 1) return `${equation} = ${formatPercent(raw)}, capped at 100%`;
  if (raw < 0) return `${equation} = ${formatPercent(raw)}, counted as 0%`;
  return `${equation} = ${formatPercent(progress)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Terms of a weighted mean are written out up to this many parts; beyond it, only the totals. */
const MAX_TERMS = 6;

function rollUp(childCount: number, milestoneCount: number, parts: ProgressPart[]): { progress: number; formula: string } {
  if (parts.length === 0) return { progress: 0, formula: "No milestones or sub-goals yet: 0%" };
  const total = parts.reduce((sum, p) => sum + weightOf(p.weight), 0);
  const allZero = total === 0;
  const w = (p: ProgressPart) => (allZero ? 1 : weightOf(p.weight));
  const sumWeights = allZero ? parts.length : total;
  const sum = parts.reduce((acc, p) => acc + w(p) * p.progress, 0);
  const progress = clamp01(sum / sumWeights);
  const pct = formatPercent(progress);
  const note = allZero ? " (all weights are 0, so each counts equally)" : "";
  const counted = parts.filter((p) => w(p) > 0);
  const left = parts.length - counted.length;
  const leftOut = left > 0 ? ` (${left} with weight 0 left out)` : "";

  // Only milestones: "3 of 5 milestones done" reads better than a weighted mean.
  if (childCount === 0) {
    const done = parts.filter((p) => p.progress === 1).length;
    const equal = parts.every((p) => w(p) === w(parts[0]));
    if (equal) return { progress, formula: `${done} of ${plural(milestoneCount, "milestone", "milestones")} done${note}: ${pct}` };
    return {
      progress,
      formula: `Done milestones carry ${formatNumber(sum)} of ${formatNumber(sumWeights)} weight${leftOut}: ${pct}`,
    };
  }

  const what = [
    childCount > 0 ? plural(childCount, "sub-goal", "sub-goals") : "",
    milestoneCount > 0 ? plural(milestoneCount, "milestone", "milestones") : "",
  ]
    .filter(Boolean)
    .join(" and ");
  const plain = counted.every((p) => w(p) === 1);
  let equation: string;
  if (counted.length <= MAX_TERMS) {
    const terms = counted.map((p) => (plain ? formatPercent(p.progress) : `${formatNumber(w(p))} × ${formatPercent(p.progress)}`));
    equation = `(${terms.join(" + ")}) / ${formatNumber(sumWeights)} = ${pct}`;
  } else {
    equation = `${formatNumber(sum)} / ${formatNumber(sumWeights)} = ${pct}`;
  }
  return { progress, formula: `${plain ? "Mean" : "Weighted mean"} of ${what}${leftOut}${note}: ${equation}` };
}

/**
 * A goal's progress with its formula.
 * - METRIC: the metric's progress (`metricProgress`); sub-goals are shown separately, not rolled in.
 * - MILESTONE: the weighted mean over its sub-goals (their weight, their progress) and its own
 *   milestones (their weight, 1 when DONE else 0). Nothing to count → 0. Every weight 0 → plain mean.
 */
export function goalProgress(
  goal: MetricInput & { kind: GoalKind; unit: string | null },
  children: readonly { title: string; progress: number; weight: number }[],
  milestones: readonly { title: string; status: MilestoneStatus; weight: number }[],
): GoalProgress {
  if (goal.kind === "METRIC") {
    const progress = metricProgress(goal);
    return {
      progress,
      formula: metricFormula(goal, progress),
      parts: [{ label: goal.unit ? `Metric (${goal.unit})` : "Metric", weight: 1, progress }],
    };
  }
  const parts: ProgressPart[] = [
    ...children.map((c) => ({ label: c.title, weight: weightOf(c.weight), progress: clamp01(c.progress) })),
    ...milestones.map((m) => ({ label: m.title, weight: weightOf(m.weight), progress: m.status === "DONE" ? 1 : 0 })),
  ];
  const { progress, formula } = rollUp(children.length, milestones.length, parts);
  return { progress, formula, parts };
}

/** How many milestones are done. */
export function doneCount(milestones: readonly { status: MilestoneStatus }[]): number {
  return milestones.filter((m) => m.status === "DONE").length;
}
