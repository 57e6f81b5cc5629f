import { describe, expect, it } from "vitest";
import { closeGoalInput, createGoalInput, metricProblem, updateGoalInput } from "./goal.ts";

const valid = { title: "Launch v2", ownerId: "u1", startDate: "2026-01-01", targetDate: "2026-06-30" };

describe("createGoalInput", () => {
  it("parses a valid goal with dates at UTC midnight and an empty description", () => {
    const goal = createGoalInput.parse({ ...valid, title: "  Launch v2 " });
    expect(goal.title).toBe("Launch v2");
    expect(goal.description).toBe("");
    expect(goal.startDate.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("allows a one-day goal", () => {
    expect(createGoalInput.safeParse({ ...valid, targetDate: "2026-01-01" }).success).toBe(true);
  });

  it("refuses a target date before the start date, naming targetDate", () => {
    const result = createGoalInput.safeParse({ ...valid, targetDate: "2025-12-31" });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["targetDate"],
      message: "Target date must be on or after the start date.",
    });
  });

  it("names the field of each invalid value", () => {
    expect(createGoalInput.safeParse({ ...valid, title: "" }).error?.issues[0]?.path).toEqual(["title"]);
    expect(createGoalInput.safeParse({ ...valid, ownerId: "" }).error?.issues[0]?.path).toEqual(["ownerId"]);
    expect(createGoalInput.safeParse({ ...valid, startDate: "soon" }).error?.issues[0]?.path).toEqual(["startDate"]);
  });
});

describe("updateGoalInput", () => {
  it("accepts a partial update", () => {
    expect(updateGoalInput.parse({ description: " more " })).toEqual({ description: "more" });
  });
});

describe("metric goals", () => {
  const metric = { ...valid, kind: "METRIC", unit: "teams", startValue: 120, targetValue: 300, direction: "INCREASE" };

  it("parses a complete metric goal with defaults for weight and reasons", () => {
    const goal = createGoalInput.parse(metric);
    expect(goal).toMatchObject({ kind: "METRIC", unit: "teams", weight: 1, relevance: "", rationale: "" });
  });

  it("defaults to a milestone goal that needs no metric", () => {
    expect(createGoalInput.parse(valid).kind).toBe("MILESTONE");
  });

  it.each([
    ["unit", { unit: undefined }],
    ["unit", { unit: "   " }],
    ["startValue", { startValue: null }],
    ["targetValue", { targetValue: undefined }],
    ["direction", { direction: undefined }],
    ["direction", { direction: "UP" }],
    ["startValue", { startValue: Number.NaN }],
  ])("names %s when it is missing or invalid", (field, change) => {
    expect(createGoalInput.safeParse({ ...metric, ...change }).error?.issues[0]?.path).toEqual([field]);
  });

  it("refuses values that contradict the direction, blaming the changed value", () => {
    expect(metricProblem({ kind: "METRIC", unit: "ms", startValue: 100, targetValue: 200, direction: "DECREASE" })).toEqual({
      field: "targetValue",
      message: "To decrease, the target value must be at most the start value.",
    });
    expect(metricProblem({ kind: "METRIC", unit: "ms", startValue: 300, targetValue: 200, direction: "INCREASE" }, "startValue")?.field).toBe(
      "startValue",
    );
    expect(metricProblem({ kind: "METRIC", unit: "ms", startValue: 200, targetValue: 200, direction: "INCREASE" })).toBeNull();
    expect(metricProblem({ kind: "METRIC", unit: "%", startValue: 100, targetValue: 99, direction: "STAY_ABOVE" })).toBeNull();
    expect(metricProblem({ kind: "MILESTONE", unit: null, startValue: null, targetValue: null, direction: null })).toBeNull();
  });

  it("limits weights and reasons", () => {
    expect(createGoalInput.safeParse({ ...valid, weight: -0.5 }).error?.issues[0]?.path).toEqual(["weight"]);
    expect(createGoalInput.safeParse({ ...valid, weight: 1001 }).error?.issues[0]?.path).toEqual(["weight"]);
    expect(createGoalInput.safeParse({ ...valid, weight: 0 }).success).toBe(true);
    expect(createGoalInput.safeParse({ ...valid, rationale: "x".repeat(2001) }).error?.issues[0]?.path).toEqual(["rationale"]);
  });
});

describe("closeGoalInput", () => {
  it("requires an outcome and trims the note", () => {
    expect(closeGoalInput.parse({ outcome: "ACHIEVED", note: " Done " })).toEqual({ outcome: "ACHIEVED", note: "Done" });
    expect(closeGoalInput.safeParse({ outcome: "WON" }).error?.issues[0]?.path).toEqual(["outcome"]);
  });
});
