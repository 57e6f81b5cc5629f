import { describe, expect, it } from "vitest";
import {
  doneCount,
  formatNumber,
  formatPercent,
  goalProgress,
  metricProgress,
  milestoneShare,
} from "./progress.ts";


describe("doneCount", () => {
  it("counts done milestones", () => {
    expect(doneCount([])).toBe(0);
    expect(doneCount([{ status: "DONE" }, { status: "PLANNED" }])).toBe(1);
  });
});

// ---- metric, milestone and roll-up progress ----

const metric = (
  direction: "INCREASE" | "DECREASE" | "STAY_ABOVE" | "STAY_BELOW" | null,
  startValue: number | null,
  targetValue: number | null,
  currentValue: number | null,
) => ({ direction, startValue, targetValue, currentValue });

describe("metricProgress", () => {
  it("is the share of the way from start to target when increasing", () => {
    expect(metricProgress(metric("INCREASE", 120, 300, 120))).toBe(0);
    expect(metricProgress(metric("INCREASE", 120, 300, 210))).toBe(0.5);
    expect(metricProgress(metric("INCREASE", 120, 300, 300))).toBe(1);
    expect(metricProgress(metric("INCREASE", 120, 300, 140))).toBeCloseTo(20 / 180);
  });

  it("works for decreasing metrics", () => {
    expect(metricProgress(metric("DECREASE", 800, 200, 800))).toBe(0);
    expect(metricProgress(metric("DECREASE", 800, 200, 500))).toBe(0.5);
    expect(metricProgress(metric("DECREASE", 800, 200, 200))).toBe(1);
    expect(metricProgress(metric("DECREASE", 0, -10, -4))).toBeCloseTo(0.4);
  });

  it("clamps to 0..1 when the value has gone the wrong way or beyond the target", () => {
    expect(metricProgress(metric("INCREASE", 120, 300, 100))).toBe(0);
    expect(metricProgress(metric("INCREASE", 120, 300, 400))).toBe(1);
    expect(metricProgress(metric("DECREASE", 800, 200, 900))).toBe(0);
    expect(metricProgress(metric("DECREASE", 800, 200, 50))).toBe(1);
  });

  it("when target = start, is 1 once the target is reached in the goal's direction, else 0", () => {
    expect(metricProgress(metric("INCREASE", 50, 50, 50))).toBe(1);
    expect(metricProgress(metric("INCREASE", 50, 50, 51))).toBe(1);
    expect(metricProgress(metric("INCREASE", 50, 50, 49))).toBe(0);
    expect(metricProgress(metric("DECREASE", 50, 50, 50))).toBe(1);
    expect(metricProgress(metric("DECREASE", 50, 50, 49))).toBe(1);
    expect(metricProgress(metric("DECREASE", 50, 50, 51))).toBe(0);
  });

  it("stay-above is 1 at or above the target, else 0", () => {
    expect(metricProgress(metric("STAY_ABOVE", null, 95, 97))).toBe(1);
    expect(metricProgress(metric("STAY_ABOVE", 90, 95, 95))).toBe(1);
    expect(metricProgress(metric("STAY_ABOVE", 99, 95, 94.9))).toBe(0);
  });

  it("stay-below is 1 at or below the target, else 0", () => {
    expect(metricProgress(metric("STAY_BELOW", null, 200, 150))).toBe(1);
    expect(metricProgress(metric("STAY_BELOW", null, 200, 200))).toBe(1);
    expect(metricProgress(metric("STAY_BELOW", 100, 200, 201))).toBe(0);
  });

  it("is 0 without a current value (no check-in yet)", () => {
    expect(metricProgress(metric("INCREASE", 0, 10, null))).toBe(0);
    expect(metricProgress(metric("STAY_ABOVE", null, 10, null))).toBe(0);
    expect(metricProgress(metric("STAY_BELOW", null, 10, null))).toBe(0);
  });

  it("is 0 when the metric is incomplete", () => {
    expect(metricProgress(metric(null, 0, 10, 5))).toBe(0);
    expect(metricProgress(metric("INCREASE", 0, null, 5))).toBe(0);
    expect(metricProgress(metric("INCREASE", null, 10, 5))).toBe(0);
    expect(metricProgress(metric("INCREASE", 0, 10, Number.NaN))).toBe(0);
  });
});

describe("milestoneShare", () => {
  it("is 0 without milestones", () => {
    expect(milestoneShare([])).toBe(0);
  });

  it("is the weighted share done", () => {
    expect(milestoneShare([{ status: "DONE", weight: 3 }, { status: "PLANNED", weight: 1 }])).toBe(0.75);
    expect(milestoneShare([{ status: "DONE", weight: 1 }, { status: "IN_PROGRESS", weight: 3 }])).toBe(0.25);
    expect(milestoneShare([{ status: "DONE", weight: 1 }, { status: "DONE", weight: 2 }])).toBe(1);
  });

  it("with default weights is the plain share done", () => {
    expect(milestoneShare([{ status: "DONE", weight: 1 }, { status: "PLANNED", weight: 1 }, { status: "IN_PROGRESS", weight: 1 }])).toBeCloseTo(1 / 3);
  });

  it("leaves zero-weight milestones out", () => {
    expect(milestoneShare([{ status: "DONE", weight: 1 }, { status: "PLANNED", weight: 0 }])).toBe(1);
    expect(milestoneShare([{ status: "DONE", weight: 0 }, { status: "PLANNED", weight: 1 }])).toBe(0);
  });

  it("counts milestones equally when all weights are 0", () => {
    expect(milestoneShare([{ status: "DONE", weight: 0 }, { status: "PLANNED", weight: 0 }])).toBe(0.5);
    expect(milestoneShare([{ status: "PLANNED", weight: 0 }])).toBe(0);
  });

  it("treats negative weights as 0", () => {
    expect(milestoneShare([{ status: "DONE", weight: -5 }, { status: "PLANNED", weight: 1 }])).toBe(0);
  });
});

describe("formatPercent and formatNumber", () => {
  it("rounds to whole percentages", () => {
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(0.111)).toBe("11%");
    expect(formatPercent(0.675)).toBe("68%");
    expect(formatPercent(1)).toBe("100%");
  });

  it("never shows an unfinished share as 100% nor a started one as 0%", () => {
    expect(formatPercent(0.998)).toBe("99%");
    expect(formatPercent(0.002)).toBe("1%");
    expect(formatPercent(1.002)).toBe("101%");
    expect(formatPercent(-0.002)).toBe("−1%");
  });

  it("uses a real minus sign and handles non-numbers", () => {
    expect(formatPercent(-0.11)).toBe("−11%");
    expect(formatPercent(Number.NaN)).toBe("0%");
    expect(formatNumber(-5)).toBe("−5");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1234.5678)).toBe("1234.57");
    expect(formatNumber(-0.001)).toBe("0");
  });
});

describe("goalProgress: metric goals", () => {
  const goal = { kind: "METRIC" as const, unit: "teams", startValue: 120, targetValue: 300, currentValue: 140, direction: "INCREASE" as const };

  it("is the metric's progress with its equation", () => {
    const result = goalProgress(goal, [], []);
    expect(result.progress).toBeCloseTo(20 / 180);
    expect(result.formula).toBe("(140 − 120) / (300 − 120) = 11%");
    expect(result.parts).toEqual([{ label: "Metric (teams)", weight: 1, progress: result.progress }]);
  });

  it("does not roll children or milestones into a metric goal", () => {
    const result = goalProgress(goal, [{ title: "Child", progress: 1, weight: 5 }], [{ title: "M", status: "DONE", weight: 1 }]);
    expect(result.progress).toBeCloseTo(20 / 180);
    expect(result.parts).toHaveLength(1);
  });

  it("shows decreasing metrics with the same equation", () => {
    const result = goalProgress({ ...goal, unit: "ms", direction: "DECREASE", startValue: 800, targetValue: 200, currentValue: 650 }, [], []);
    expect(result.progress).toBe(0.25);
    expect(result.formula).toBe("(650 − 800) / (200 − 800) = 25%");
  });

  it("says when the value is capped or counted as 0", () => {
    expect(goalProgress({ ...goal, currentValue: 320 }, [], []).formula).toBe("(320 − 120) / (300 − 120) = 111%, capped at 100%");
    expect(goalProgress({ ...goal, currentValue: 320 }, [], []).progress).toBe(1);
    expect(goalProgress({ ...goal, currentValue: 100 }, [], []).formula).toBe("(100 − 120) / (300 − 120) = −11%, counted as 0%");
    expect(goalProgress({ ...goal, currentValue: 100 }, [], []).progress).toBe(0);
  });

  it("explains target = start", () => {
    const reached = goalProgress({ ...goal, startValue: 300, currentValue: 300 }, [], []);
    expect(reached.progress).toBe(1);
    expect(reached.formula).toBe("Target equals start (300 teams): now 300 teams, reached (100%)");
    const notYet = goalProgress({ ...goal, direction: "DECREASE", startValue: 300, currentValue: 301 }, [], []);
    expect(notYet.progress).toBe(0);
    expect(notYet.formula).toBe("Target equals start (300 teams): now 301 teams, not reached (0%)");
  });

  it("explains stay-above and stay-below", () => {
    const above = goalProgress({ ...goal, unit: "%", direction: "STAY_ABOVE", targetValue: 95, currentValue: 97.5 }, [], []);
    expect(above).toMatchObject({ progress: 1, formula: "Stay at or above 95%: now 97.5%, met (100%)" });
    const below = goalProgress({ ...goal, unit: "ms", direction: "STAY_BELOW", targetValue: 200, currentValue: 250 }, [], []);
    expect(below).toMatchObject({ progress: 0, formula: "Stay at or below 200 ms: now 250 ms, not met (0%)" });
  });

  it("explains a metric without a check-in or incomplete", () => {
    expect(goalProgress({ ...goal, currentValue: null }, [], [])).toMatchObject({
      progress: 0,
      formula: "No check-in with a current value yet: 0%",
    });
    expect(goalProgress({ ...goal, direction: null }, [], []).formula).toBe(
      "Set a start value, a target value and a direction to measure progress: 0%",
    );
    expect(goalProgress({ ...goal, unit: null }, [], []).parts[0].label).toBe("Metric");
  });
});

describe("goalProgress: milestone goals and roll-up", () => {
  const goal = { kind: "MILESTONE" as const, unit: null, startValue: null, targetValue: null, currentValue: null, direction: null };
  const m = (title: string, status: "PLANNED" | "IN_PROGRESS" | "DONE", weight = 1) => ({ title, status, weight });
  const c = (title: string, progress: number, weight = 1) => ({ title, progress, weight });

  it("is 0 for an empty goal", () => {
    expect(goalProgress(goal, [], [])).toEqual({ progress: 0, formula: "No milestones or sub-goals yet: 0%", parts: [] });
  });

  it("counts milestones done", () => {
    const result = goalProgress(goal, [], [m("A", "DONE"), m("B", "IN_PROGRESS"), m("C", "DONE")]);
    expect(result.progress).toBeCloseTo(2 / 3);
    expect(result.formula).toBe("2 of 3 milestones done: 67%");
    expect(result.parts).toEqual([
      { label: "A", weight: 1, progress: 1 },
      { label: "B", weight: 1, progress: 0 },
      { label: "C", weight: 1, progress: 1 },
    ]);
    expect(goalProgress(goal, [], [m("A", "PLANNED")]).formula).toBe("0 of 1 milestone done: 0%");
  });

  it("weights milestones", () => {
    const result = goalProgress(goal, [], [m("A", "DONE", 3), m("B", "PLANNED", 1)]);
    expect(result.progress).toBe(0.75);
    expect(result.formula).toBe("Done milestones carry 3 of 4 weight: 75%");
    expect(goalProgress(goal, [], [m("A", "DONE", 2), m("B", "PLANNED", 0)]).formula).toBe(
      "Done milestones carry 2 of 2 weight (1 with weight 0 left out): 100%",
    );
  });

  it("is the weighted mean of children and own milestones", () => {
    const result = goalProgress(goal, [c("Child 1", 0.5, 2), c("Child 2", 0.2, 1)], [m("A", "DONE", 1)]);
    // (2 × 0.5 + 1 × 0.2 + 1 × 1) / 4 = 0.55
    expect(result.progress).toBeCloseTo(0.55);
    expect(result.formula).toBe("Weighted mean of 2 sub-goals and 1 milestone: (2 × 50% + 1 × 20% + 1 × 100%) / 4 = 55%");
    expect(result.parts).toEqual([
      { label: "Child 1", weight: 2, progress: 0.5 },
      { label: "Child 2", weight: 1, progress: 0.2 },
      { label: "A", weight: 1, progress: 1 },
    ]);
  });

  it("writes a plain mean when every weight is 1", () => {
    const result = goalProgress(goal, [c("X", 0.5), c("Y", 0.25)], []);
    expect(result.progress).toBeCloseTo(0.375);
    expect(result.formula).toBe("Mean of 2 sub-goals: (50% + 25%) / 2 = 38%");
  });

  it("leaves zero-weight children out", () => {
    const result = goalProgress(goal, [c("Counted", 0.4, 1), c("Ignored", 1, 0)], [m("A", "PLANNED", 1)]);
    expect(result.progress).toBeCloseTo(0.2);
    expect(result.formula).toBe("Mean of 2 sub-goals and 1 milestone (1 with weight 0 left out): (40% + 0%) / 2 = 20%");
    expect(result.parts[1]).toEqual({ label: "Ignored", weight: 0, progress: 1 });
  });

  it("counts everything equally when all weights are 0", () => {
    const result = goalProgress(goal, [c("X", 0.5, 0)], [m("A", "DONE", 0), m("B", "PLANNED", 0)]);
    expect(result.progress).toBeCloseTo(0.5);
    expect(result.formula).toBe(
      "Mean of 1 sub-goal and 2 milestones (all weights are 0, so each counts equally): (50% + 100% + 0%) / 3 = 50%",
    );
    expect(goalProgress(goal, [], [m("A", "DONE", 0), m("B", "PLANNED", 0)]).formula).toBe(
      "1 of 2 milestones done (all weights are 0, so each counts equally): 50%",
    );
  });

  it("rolls up children only, or a single child", () => {
    expect(goalProgress(goal, [c("Only", 0.8, 3)], []).progress).toBeCloseTo(0.8);
    expect(goalProgress(goal, [c("Only", 0.8, 3)], []).formula).toBe("Weighted mean of 1 sub-goal: (3 × 80%) / 3 = 80%");
  });

  it("clamps children's progress to 0..1", () => {
    const result = goalProgress(goal, [c("Over", 1.5), c("Under", -1)], []);
    expect(result.progress).toBe(0.5);
    expect(result.parts.map((p) => p.progress)).toEqual([1, 0]);
  });

  it("summarizes long roll-ups instead of writing every term", () => {
    const children = Array.from({ length: 8 }, (_, i) => c(`C${i}`, i % 2 === 0 ? 1 : 0, 1));
    const result = goalProgress(goal, children, [m("A", "DONE", 2)]);
    expect(result.progress).toBeCloseTo(6 / 10);
    expect(result.formula).toBe("Weighted mean of 8 sub-goals and 1 milestone: 6 / 10 = 60%");
    expect(result.parts).toHaveLength(9);
  });
});
