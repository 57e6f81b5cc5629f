import { describe, expect, it } from "vitest";
import { metricValueFields } from "./metric-fields";

describe("metricValueFields", () => {
  it("asks for a start and a target value when the number should move", () => {
    for (const direction of ["INCREASE", "DECREASE"] as const) {
      const [start, target] = metricValueFields(direction);
      expect(start).toMatchObject({ name: "startValue", label: "Start value" });
      expect(start.description).toMatch(/on the start date/);
      expect(target).toMatchObject({ name: "targetValue", label: "Target value", description: "Where you want it by the target date." });
    }
  });

  it("asks for today's value and the line to hold when the number should stay put", () => {
    const [start, above] = metricValueFields("STAY_ABOVE");
    expect(start).toMatchObject({ name: "startValue", label: "Value today", description: "Where the number stands now; check-ins update it." });
    expect(above.label).toBe("Stay at or above");
    expect(metricValueFields("STAY_BELOW")[1].label).toBe("Stay at or below");
  });
});
