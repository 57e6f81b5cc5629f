import { describe, expect, it } from "vitest";
import { blankDetails, type GoalFormValues, goalFormSchema, toSubmission } from "./goal-form-schema";

const draft = (over: Partial<GoalFormValues> = {}): GoalFormValues => ({
  title: "Grow weekly active teams",
  description: "",
  ownerId: "u1",
  startDate: "2027-01-01",
  targetDate: "2027-03-31",
  ...blankDetails,
  ...over,
});

/** The first message per field, as the form shows them beside the fields. */
function errorsOf(values: GoalFormValues): Record<string, string> {
  const result = goalFormSchema.safeParse(values);
  const out: Record<string, string> = {};
  for (const issue of result.success ? [] : result.error.issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}

describe("goalFormSchema (the API's createGoalInput, from typed values)", () => {
  it("accepts a complete milestone goal", () => {
    expect(errorsOf(draft())).toEqual({});
  });

  it("refuses a title over 200 characters instead of cutting it", () => {
    expect(errorsOf(draft({ title: "x".repeat(201) }))).toEqual({ title: "Title must be at most 200 characters." });
  });

  it("names the field whose typed value is not a number", () => {
    const metric = { kind: "METRIC", unit: "users", direction: "INCREASE" } as const;
    expect(errorsOf(draft({ ...metric, startValue: "abc", targetValue: "300" }))).toEqual({ startValue: "Start value must be a number." });
    expect(errorsOf(draft({ ...metric, startValue: "120", targetValue: "" }))).toEqual({ targetValue: "A metric goal needs a target value." });
  });

  it("reports the date order beside the target date, and a blank sub-goal weight beside the weight", () => {
    expect(errorsOf(draft({ targetDate: "2026-12-01" }))).toEqual({ targetDate: "Target date must be on or after the start date." });
    expect(errorsOf(draft({ parentId: "g1", weight: "" }))).toEqual({ weight: "Weight must be a number." });
  });

  it("hands the mutation trimmed text, parsed numbers, and metric fields only for a metric goal", () => {
    expect(toSubmission(draft({ title: "  Launch  ", unit: "users", startValue: "5" }))).toMatchObject({
      title: "Launch",
      metric: null,
      parentId: null,
      weight: null,
    });
    expect(
      toSubmission(draft({ kind: "METRIC", unit: " users ", startValue: "120", targetValue: "300", parentId: "g1", weight: "2" })),
    ).toMatchObject({ metric: { unit: "users", startValue: 120, targetValue: 300, direction: "INCREASE" }, parentId: "g1", weight: 2 });
  });
});
