import { z } from "zod";
import { CheckInCadence, GoalKind, MetricDirection, MilestoneKind } from "../enums.ts";
import { isCalendarDay } from "../calendar.ts";
import { MAX_DEPENDENCIES_PER_MILESTONE, MAX_MILESTONES_PER_GOAL } from "../limits.ts";
import { cycleMessage, findCycle } from "../schedule.ts";
import { descriptionSchema, titleSchema } from "./goal.ts";

// The shape of a template: what is stored in Template.goal / Template.milestones (JSON columns),
// what the built-ins declare, and what the API accepts. Dates are relative so one template fits
// any goal's window; domain/templates/expand.ts turns them into calendar dates.

/** Templates one organization keeps (saveGoalAsTemplate refuses the next). */
export const MAX_TEMPLATES_PER_ORG = 100;
/** A template milestone's offset, in days: ten years, the longest goal window. */
export const MAX_OFFSET_DAYS = 3660;

/** Where a relative due date counts from: days after the goal's start, or days before its target. */
export const dueAnchorSchema = z.enum(["START", "TARGET"], { error: "Due date must count from START or TARGET." });
export type DueAnchor = z.infer<typeof dueAnchorSchema>;

export const relativeDueSchema = z.object({
  from: dueAnchorSchema,
  days: z
    .number({ error: "Days must be a whole number." })
    .int("Days must be a whole number.")
    .min(0, "Days must be 0 or more.")
    .max(MAX_OFFSET_DAYS, `Days must be at most ${MAX_OFFSET_DAYS}.`),
});
export type RelativeDue = z.infer<typeof relativeDueSchema>;

const keySchema = z
  .string({ error: "Key is required." })
  .min(1, "Key is required.")
  .max(60, "Key must be at most 60 characters.")
  .regex(/^[a-z0-9-]+$/, "Key may contain lowercase letters, digits and dashes.");

export const templateMilestoneSchema = z.object({
  key: keySchema,
  title: titleSchema,
  /** What "done" means for this milestone; becomes the milestone's description. */
  doneMeans: descriptionSchema.default(""),
  due: relativeDueSchema,
  durationDays: z
    .number({ error: "Duration must be a whole number of days." })
    .int("Duration must be a whole number of days.")
    .min(0, "Duration must be 0 days or more.")
    .max(3650, "Duration must be at most 3650 days.")
    .nullable()
    .default(null),
  /** Keys of other milestones of the same template. */
  dependsOn: z
    .array(keySchema)
    .max(MAX_DEPENDENCIES_PER_MILESTONE, `A milestone can depend on at most ${MAX_DEPENDENCIES_PER_MILESTONE} others.`)
    .default([]),
  kind: z.enum(MilestoneKind, { error: "Kind must be STANDARD or APPROVAL." }).default("STANDARD"),
});
export type TemplateMilestone = z.output<typeof templateMilestoneSchema>;
export type TemplateMilestoneInput = z.input<typeof templateMilestoneSchema>;

/** A template's milestones: unique keys, dependencies on keys of the same template, no cycles. */
export const templateMilestonesSchema = z
  .array(templateMilestoneSchema)
  .max(MAX_MILESTONES_PER_GOAL, `A template can have at most ${MAX_MILESTONES_PER_GOAL} milestones.`)
  .superRefine((milestones, ctx) => {
    const keys = new Set<string>();
    milestones.forEach((m, i) => {
      if (keys.has(m.key)) ctx.addIssue({ code: "custom", path: [i, "key"], message: `Key “${m.key}” is used twice.` });
      keys.add(m.key);
    });
    milestones.forEach((m, i) => {
      const unknown = m.dependsOn.find((k) => !keys.has(k));
      if (unknown) {
        ctx.addIssue({ code: "custom", path: [i, "dependsOn"], message: `“${m.title}” depends on “${unknown}”, which is not in this template.` });
      }
    });
    // The same rule as a goal's milestones (domain/schedule.ts), told with titles.
    const titles = new Map(milestones.map((m) => [m.key, m.title]));
    const cycle = findCycle(milestones.flatMap((m) => m.dependsOn.map((d) => ({ milestoneId: m.key, dependsOnId: d }))));
    if (cycle) {
      const at = milestones.findIndex((m) => m.key === cycle[0]);
      ctx.addIssue({ code: "custom", path: [Math.max(0, at), "dependsOn"], message: cycleMessage(cycle, (k) => titles.get(k) ?? k) });
    }
  });

/** The goal fields a goal template pre-fills; every one optional (the form asks for the rest). */
export const templateGoalSchema = z.object({
  title: z.string().trim().max(200, "Title must be at most 200 characters.").optional(),
  description: descriptionSchema.optional(),
  kind: z.enum(GoalKind, { error: "Kind must be METRIC or MILESTONE." }).optional(),
  unit: z.string().trim().max(30, "Unit must be at most 30 characters.").nullish(),
  startValue: z.number().refine(Number.isFinite, "Start value must be a number.").nullish(),
  targetValue: z.number().refine(Number.isFinite, "Target value must be a number.").nullish(),
  direction: z.enum(MetricDirection, { error: "Direction must be INCREASE, DECREASE, STAY_ABOVE or STAY_BELOW." }).nullish(),
  relevance: z.string().trim().max(2000, "Relevance must be at most 2000 characters.").optional(),
  rationale: z.string().trim().max(2000, "Rationale must be at most 2000 characters.").optional(),
  checkInCadence: z.enum(CheckInCadence).optional(),
  /** Days from start to target, suggested when the goal is created from the template. */
  windowDays: z.number().int().min(0).max(MAX_OFFSET_DAYS).optional(),
});
export type TemplateGoal = z.output<typeof templateGoalSchema>;

export const templateNameSchema = z
  .string({ error: "Name is required." })
  .trim()
  .min(1, "Name is required.")
  .max(80, "Name must be at most 80 characters.");
export const templateDescriptionSchema = z.string().trim().max(500, "Description must be at most 500 characters.");

export const saveGoalAsTemplateInput = z.object({
  name: templateNameSchema,
  description: templateDescriptionSchema.default(""),
});
export type SaveGoalAsTemplateInput = z.input<typeof saveGoalAsTemplateInput>;

export const updateTemplateInput = z.object({
  name: templateNameSchema.optional(),
  description: templateDescriptionSchema.optional(),
});
export type UpdateTemplateInput = z.input<typeof updateTemplateInput>;

/** The goal's window the preview and insertion expand into. */
export const templateWindowInput = z.object({
  startDate: z.string().refine(isCalendarDay, "Start date must be a date (YYYY-MM-DD)."),
  targetDate: z.string().refine(isCalendarDay, "Target date must be a date (YYYY-MM-DD)."),
}).refine((w) => w.targetDate >= w.startDate, { path: ["targetDate"], message: "Target date must be on or after the start date." });
