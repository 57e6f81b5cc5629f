import { describe, expect, it } from "vitest";
import { checkInFormSchema, checkInSubmission } from "./check-in-form-schema";

const metric = { kind: "METRIC" as const, unit: "ms" };
const milestones = { kind: "MILESTONE" as const, unit: null };
const messages = (goal: Parameters<typeof checkInFormSchema>[0], v: { value: string; confidence: string; note: string }) =>
  Object.fromEntries((checkInFormSchema(goal).safeParse(v).error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the check-in form's rules are the API's", () => {
  it("asks a metric goal for its value, in its unit, and for a confidence, at once", () => {
    expect(messages(metric, { value: "", confidence: "", note: "" })).toEqual({
      value: "Enter the current value in ms.",
      confidence: "Choose how confident you are: on track, at risk or off track.",
    });
  });

  it("refuses a value that is not a number, and a note past 5000 characters", () => {
    expect(messages(metric, { value: "12abc", confidence: "AT_RISK", note: "x".repeat(5001) })).toEqual({
      value: "Value must be a number.",
      note: "Note must be at most 5000 characters.",
    });
  });

  it("takes no value for a milestone goal, and parses a metric's", () => {
    expect(messages(milestones, { value: "", confidence: "ON_TRACK", note: "" })).toEqual({});
    expect(checkInSubmission(milestones, { value: "5", confidence: "ON_TRACK", note: " hi " })).toEqual({ confidence: "ON_TRACK", note: "hi" });
    expect(checkInSubmission(metric, { value: " 180.5 ", confidence: "OFF_TRACK", note: "" })).toEqual({ confidence: "OFF_TRACK", note: "", value: 180.5 });
  });
});
