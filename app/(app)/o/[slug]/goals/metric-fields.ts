import type { MetricDirection } from "@/domain/enums.ts";

/** One of a metric goal's two number fields, as the goal form shows it. */
export type MetricValueField = {
  name: "startValue" | "targetValue";
  label: string;
  description: string;
};

/**
 * The start and target value fields for a direction: "increase"/"decrease" goals move from a start to a
 * target by the target date; "stay above"/"stay below" goals hold a line, so the start is simply today's value.
 */
export function metricValueFields(direction: MetricDirection): MetricValueField[] {
  const staying = direction === "STAY_ABOVE" || direction === "STAY_BELOW";
  return [
    {
      name: "startValue",
      label: staying ? "Value today" : "Start value",
      description: staying
        ? "Where the number stands now; check-ins update it."
        : "Where the number stands on the start date; check-ins move it from here.",
    },
    {
      name: "targetValue",
      label: staying ? (direction === "STAY_ABOVE" ? "Stay at or above" : "Stay at or below") : "Target value",
      description: staying ? "The line the number must hold until the target date." : "Where you want it by the target date.",
    },
  ];
}
