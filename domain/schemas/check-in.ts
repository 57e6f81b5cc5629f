import { z } from "zod";
import { Confidence, type GoalKind } from "../enums.ts";

export const confidenceSchema = z.enum(Confidence, {
  error: "Choose how confident you are: on track, at risk or off track.",
});

export const createCheckInInput = z.object({
  value: z
    .number({ error: "Value must be a number." })
    .refine(Number.isFinite, "Value must be a number.")
    .nullish(),
  confidence: confidenceSchema,
  note: z.string().trim().max(5000, "Note must be at most 5000 characters.").default(""),
});
export type CreateCheckInInput = z.input<typeof createCheckInInput>;

/**
 * The rule on `value` that depends on the goal: a metric goal's check-in states its new value, a
 * milestone goal's states none (its progress comes from its milestones). Null when it holds.
 */
export function checkInValueProblem(goal: { kind: GoalKind; unit: string | null }, value: number | null | undefined): string | null {
  const metric = goal.kind === "METRIC";
  if (metric && value == null) return `Enter the current value${goal.unit ? ` in ${goal.unit}` : ""}.`;
  if (!metric && value != null) return "This goal's progress comes from its milestones; leave the value empty.";
  return null;
}
