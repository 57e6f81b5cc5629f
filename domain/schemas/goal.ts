import { z } from "zod";
import { CheckInCadence, GoalKind, GoalOutcome, MetricDirection } from "../enums.ts";
import { calendarDateSchema } from "../dates.ts";
import { MAX_GOAL_YEARS, MAX_PLAN_YEAR, MIN_PLAN_YEAR } from "../limits.ts";

/** A goal's or milestone's title, in characters; forms count toward it and refuse more, never cut. */
export const TITLE_MAX = 200;

export const titleSchema = z
  .string({ error: "Title is required." })
  .trim()
  .min(1, "Title is required.")
  .max(TITLE_MAX, `Title must be at most ${TITLE_MAX} characters.`);

export const descriptionSchema = z.string().trim().max(5000, "Description must be at most 5000 characters.");

const ownerIdSchema = z.string({ error: "Choose an owner." }).min(1, "Choose an owner.");

export const DATE_ORDER_MESSAGE = "Target date must be on or after the start date.";
export const GOAL_WINDOW_MESSAGE = `Target date must be at most ${MAX_GOAL_YEARS} years after the start date.`;

/**
 * A goal's or milestone's date: a real date in the planning years. Dates decades away are typos,
 * and pages draw every month of a goal's window (1900 to 9999 made the roadmap 24.8 MB).
 */
export const planDateSchema = (label: string) =>
  calendarDateSchema(label).refine((date) => {
    const year = date.getUTCFullYear();
    return year >= MIN_PLAN_YEAR && year <= MAX_PLAN_YEAR;
  }, `${label} must be between ${MIN_PLAN_YEAR} and ${MAX_PLAN_YEAR}.`);

/** Whether a goal's start → target window is within MAX_GOAL_YEARS. */
export function windowWithinLimit(startDate: Date, targetDate: Date): boolean {
  const limit = new Date(startDate);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_GOAL_YEARS);
  return targetDate <= limit;
}

const kindSchema = z.enum(GoalKind, { error: "Kind must be METRIC or MILESTONE." });
const directionSchema = z.enum(MetricDirection, {
  error: "Direction must be INCREASE, DECREASE, STAY_ABOVE or STAY_BELOW.",
});
const unitSchema = z.string().trim().max(30, "Unit must be at most 30 characters.");
const valueSchema = (label: string) =>
  z.number({ error: `${label} must be a number.` }).refine(Number.isFinite, `${label} must be a number.`);

/** A goal's or milestone's share in a weighted mean; 0 keeps it out of the roll-up. */
export const weightSchema = z
  .number({ error: "Weight must be a number." })
  .refine(Number.isFinite, "Weight must be a number.")
  .refine((w) => w >= 0, "Weight must be 0 or more.")
  .refine((w) => w <= 1000, "Weight must be at most 1000.");

/** How often the owner is asked for a check-in (domain/check-in-cadence.ts). */
export const checkInCadenceSchema = z.enum(CheckInCadence, { error: "Check-in cadence must be WEEKLY, BIWEEKLY, MONTHLY or NONE." });

const reasonSchema = (label: string) => z.string().trim().max(2000, `${label} must be at most 2000 characters.`);
const parentIdSchema = z.string().min(1, "Choose a parent goal.");

export interface MetricFields {
  kind: GoalKind;
  unit: string | null;
  startValue: number | null;
  targetValue: number | null;
  direction: MetricDirection | null;
}

/**
 * What a metric goal still lacks, as the field to blame and its message; null when complete (or
 * not a metric goal). Used for new goals and for updates against the stored values alike.
 */
export function metricProblem(
  goal: MetricFields,
  blame: "startValue" | "targetValue" = "targetValue",
): { field: string; message: string } | null {
  if (goal.kind !== "METRIC") return null;
  if (!goal.unit) return { field: "unit", message: "A metric goal needs a unit, e.g. “teams” or “ms”." };
  if (goal.startValue == null) return { field: "startValue", message: "A metric goal needs a start value." };
  if (goal.targetValue == null) return { field: "targetValue", message: "A metric goal needs a target value." };
  if (!goal.direction) {
    return { field: "direction", message: "A metric goal needs a direction: INCREASE, DECREASE, STAY_ABOVE or STAY_BELOW." };
  }
  // A direction the values contradict: blame the value that was changed.
  if (goal.direction === "INCREASE" && goal.targetValue < goal.startValue) {
    return blame === "targetValue"
      ? { field: "targetValue", message: "To increase, the target value must be at least the start value." }
      : { field: "startValue", message: "To increase, the start value must be at most the target value." };
  }
  if (goal.direction === "DECREASE" && goal.targetValue > goal.startValue) {
    return blame === "targetValue"
      ? { field: "targetValue", message: "To decrease, the target value must be at most the start value." }
      : { field: "startValue", message: "To decrease, the start value must be at least the target value." };
  }
  return null;
}

export const createGoalInput = z
  .object({
    title: titleSchema,
    description: descriptionSchema.default(""),
    ownerId: ownerIdSchema,
    startDate: planDateSchema("Start date"),
    targetDate: planDateSchema("Target date"),
    kind: kindSchema.default("MILESTONE"),
    unit: unitSchema.nullish(),
    startValue: valueSchema("Start value").nullish(),
    targetValue: valueSchema("Target value").nullish(),
    direction: directionSchema.nullish(),
    parentId: parentIdSchema.nullish(),
    weight: weightSchema.default(1),
    relevance: reasonSchema("Relevance").default(""),
    rationale: reasonSchema("Rationale").default(""),
    checkInCadence: checkInCadenceSchema.default("WEEKLY"),
  })
  .refine((g) => g.targetDate >= g.startDate, { path: ["targetDate"], message: DATE_ORDER_MESSAGE })
  .refine((g) => windowWithinLimit(g.startDate, g.targetDate), { path: ["targetDate"], message: GOAL_WINDOW_MESSAGE })
  .superRefine((g, ctx) => {
    const problem = metricProblem({
      kind: g.kind,
      unit: g.unit || null,
      startValue: g.startValue ?? null,
      targetValue: g.targetValue ?? null,
      direction: g.direction ?? null,
    });
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });
export type CreateGoalInput = z.input<typeof createGoalInput>;

// The date order and the metric fields are checked in the service against the stored values,
// since any of them may be omitted. null clears an optional field (parentId: null detaches).
export const updateGoalInput = z.object({
  title: titleSchema.optional(),
  description: descriptionSchema.optional(),
  ownerId: ownerIdSchema.optional(),
  startDate: planDateSchema("Start date").optional(),
  targetDate: planDateSchema("Target date").optional(),
  kind: kindSchema.optional(),
  unit: unitSchema.nullish(),
  startValue: valueSchema("Start value").nullish(),
  targetValue: valueSchema("Target value").nullish(),
  direction: directionSchema.nullish(),
  parentId: parentIdSchema.nullish(),
  weight: weightSchema.optional(),
  relevance: reasonSchema("Relevance").optional(),
  rationale: reasonSchema("Rationale").optional(),
  checkInCadence: checkInCadenceSchema.optional(),
});
export type UpdateGoalInput = z.input<typeof updateGoalInput>;

export const closeGoalInput = z.object({
  outcome: z.enum(GoalOutcome, { error: "Outcome must be ACHIEVED, PARTIALLY_ACHIEVED, MISSED or DROPPED." }),
  note: z.string().trim().max(5000, "Closing note must be at most 5000 characters.").default(""),
});
export type CloseGoalInput = z.input<typeof closeGoalInput>;
