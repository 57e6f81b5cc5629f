import { describe, expect, it } from "vitest";
import { createGoalInput, updateGoalInput } from "./schemas.ts";

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
