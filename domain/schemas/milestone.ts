import { z } from "zod";
import { MilestoneKind, MilestoneStatus } from "../enums.ts";
import { descriptionSchema, planDateSchema, titleSchema, weightSchema } from "./goal.ts";
import { MAX_DEPENDENCIES_PER_MILESTONE, MAX_DURATION_DAYS } from "../limits.ts";
import { tagsSchema } from "./planning.ts";

const statusSchema = z.enum(MilestoneStatus, { error: "Status must be PLANNED, IN_PROGRESS or DONE." });

const ownerIdSchema = z.string().min(1, "Choose an owner.");

const kindSchema = z.enum(MilestoneKind, { error: "Kind must be STANDARD or APPROVAL." });
/** Who signs off an approval milestone (domain/approvals.ts); any member, a stakeholder included. */
const approverIdSchema = z.string().min(1, "Choose an approver.");

/** Estimated working time in whole days; null when unknown (planned as 0). */
const durationDaysSchema = z
  .number({ error: "Duration must be a whole number of days." })
  .int("Duration must be a whole number of days.")
  .min(0, "Duration must be 0 days or more.")
  .max(MAX_DURATION_DAYS, `Duration must be at most ${MAX_DURATION_DAYS} days.`);

const dependsOnIdsSchema = z
  .array(z.string().min(1, "Choose milestones of this goal."), { error: "Choose milestones of this goal." })
  .max(MAX_DEPENDENCIES_PER_MILESTONE, `A milestone can depend on at most ${MAX_DEPENDENCIES_PER_MILESTONE} others.`);

export const createMilestoneInput = z.object({
  title: titleSchema,
  description: descriptionSchema.default(""),
  dueDate: planDateSchema("Due date"),
  ownerId: ownerIdSchema.nullish(),
  weight: weightSchema.default(1),
  durationDays: durationDaysSchema.nullish(),
  dependsOnIds: dependsOnIdsSchema.default([]),
  kind: kindSchema.default("STANDARD"),
  approverId: approverIdSchema.nullish(),
  skills: tagsSchema("Skills").default([]),
});
export type CreateMilestoneInput = z.input<typeof createMilestoneInput>;

export const updateMilestoneInput = z.object({
  title: titleSchema.optional(),
  description: descriptionSchema.optional(),
  dueDate: planDateSchema("Due date").optional(),
  status: statusSchema.optional(),
  ownerId: ownerIdSchema.nullish(),
  weight: weightSchema.optional(),
  durationDays: durationDaysSchema.nullish(),
  // Replaces the milestone's dependencies; [] removes them all.
  dependsOnIds: dependsOnIdsSchema.optional(),
  kind: kindSchema.optional(),
  approverId: approverIdSchema.nullish(),
  skills: tagsSchema("Skills").optional(),
});
export type UpdateMilestoneInput = z.input<typeof updateMilestoneInput>;

export const moveMilestoneInput = z.object({
  position: z
    .number({ error: "Position must be a whole number." })
    .int("Position must be a whole number.")
    .min(0, "Position must be 0 or more."),
});

export const assignmentInput = z.object({
  userId: z.string({ error: "Choose a person." }).min(1, "Choose a person."),
});

/**
 * completedAt follows status: set when a milestone becomes DONE, kept while it stays DONE,
 * cleared when it is reopened.
 */
export function completedAtFor(
  current: { status: MilestoneStatus; completedAt: Date | null },
  nextStatus: MilestoneStatus | undefined,
  now: Date,
): Date | null {
  const status = nextStatus ?? current.status;
  if (status !== "DONE") return null;
  return current.status === "DONE" && current.completedAt ? current.completedAt : now;
}

/** Ids in their new order after moving `id` to 0-based `to` (clamped to the list). */
export function reorder(ids: readonly string[], id: string, to: number): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(to, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
