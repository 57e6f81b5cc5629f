import { z } from "zod";
import { type CreateGoalInput, createGoalInput } from "@/domain/schemas/goal.ts";
import { CheckInCadence, GoalKind, MetricDirection } from "@/domain/enums.ts";

/**
 * The goal form's inputs as typed (text, numbers as strings). The rules are the API's own
 * `createGoalInput`: the typed values are turned into its input and checked by it, so errors carry
 * its field names and messages and the form never restates a rule.
 */
const typedValues = z.object({
  title: z.string(),
  description: z.string(),
  ownerId: z.string(),
  startDate: z.string(),
  targetDate: z.string(),
  checkInCadence: z.enum(CheckInCadence),
  kind: z.enum(GoalKind),
  unit: z.string(),
  startValue: z.string(),
  targetValue: z.string(),
  direction: z.enum(MetricDirection),
  /** "" = a top-level goal. */
  parentId: z.string(),
  weight: z.string(),
  relevance: z.string(),
  rationale: z.string(),
});

export type GoalFormValues = z.infer<typeof typedValues>;

/** The form's fields in the order they are shown (errors focus the first). */
export const GOAL_FORM_FIELDS = Object.keys(typedValues.shape) as (keyof GoalFormValues)[];

/** A typed number: null when blank, NaN when not a number (the API's schema says which field). */
const toNumber = (s: string): number | null => (s.trim() ? Number(s) : null);

/** What the API's createGoalInput takes, from what was typed. */
function apiInput(v: GoalFormValues): CreateGoalInput {
  const metric = v.kind === "METRIC";
  return {
    title: v.title,
    description: v.description,
    ownerId: v.ownerId,
    startDate: v.startDate,
    targetDate: v.targetDate,
    checkInCadence: v.checkInCadence,
    kind: v.kind,
    unit: metric ? v.unit.trim() || null : null,
    startValue: metric ? toNumber(v.startValue) : null,
    targetValue: metric ? toNumber(v.targetValue) : null,
    direction: metric ? v.direction : null,
    parentId: v.parentId || null,
    // Blank is not "default": a sub-goal's weight must be stated (0 leaves it out).
    weight: v.parentId ? (toNumber(v.weight) ?? Number.NaN) : 1,
    relevance: v.relevance,
    rationale: v.rationale,
  };
}

/** For zodResolver: the typed values, checked by the API's schema (the server still has the last word). */
export const goalFormSchema = typedValues.transform(apiInput).pipe(createGoalInput);

/** What the form hands to the mutation: trimmed, numbers parsed, metric fields only for metric goals. */
export function toSubmission(v: GoalFormValues) {
  const number = (s: string) => toNumber(s) ?? Number.NaN;
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    ownerId: v.ownerId,
    startDate: v.startDate,
    targetDate: v.targetDate,
    checkInCadence: v.checkInCadence,
    kind: v.kind,
    metric:
      v.kind === "METRIC"
        ? { unit: v.unit.trim(), startValue: number(v.startValue), targetValue: number(v.targetValue), direction: v.direction }
        : null,
    parentId: v.parentId || null,
    /** Only with a parent. */
    weight: v.parentId ? number(v.weight) : null,
    relevance: v.relevance.trim(),
    rationale: v.rationale.trim(),
  };
}
export type GoalFormSubmission = ReturnType<typeof toSubmission>;

/** The typed number, or null when blank or not a number (for live previews). */
export const typedNumber = (s: string): number | null => {
  const n = toNumber(s);
  return n !== null && Number.isFinite(n) ? n : null;
};

/** Empty metric and placement fields (and the default cadence), for a form's initial values. */
export const blankDetails = {
  checkInCadence: CheckInCadence.WEEKLY,
  kind: GoalKind.MILESTONE,
  unit: "",
  startValue: "",
  targetValue: "",
  direction: MetricDirection.INCREASE,
  parentId: "",
  weight: "1",
  relevance: "",
  rationale: "",
} satisfies Partial<GoalFormValues>;
