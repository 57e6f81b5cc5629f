import { z } from "zod";
import { calendarDateSchema } from "../dates.ts";

export const titleSchema = z
  .string({ error: "Title is required." })
  .trim()
  .min(1, "Title is required.")
  .max(200, "Title must be at most 200 characters.");

export const descriptionSchema = z.string().trim().max(5000, "Description must be at most 5000 characters.");

const ownerIdSchema = z.string({ error: "Choose an owner." }).min(1, "Choose an owner.");

export const DATE_ORDER_MESSAGE = "Target date must be on or after the start date.";

export const createGoalInput = z
  .object({
    title: titleSchema,
    description: descriptionSchema.default(""),
    ownerId: ownerIdSchema,
    startDate: calendarDateSchema("Start date"),
    targetDate: calendarDateSchema("Target date"),
  })
  .refine((g) => g.targetDate >= g.startDate, { path: ["targetDate"], message: DATE_ORDER_MESSAGE });
export type CreateGoalInput = z.input<typeof createGoalInput>;

// The date order is checked in the service against the stored dates, since either may be omitted.
export const updateGoalInput = z.object({
  title: titleSchema.optional(),
  description: descriptionSchema.optional(),
  ownerId: ownerIdSchema.optional(),
  startDate: calendarDateSchema("Start date").optional(),
  targetDate: calendarDateSchema("Target date").optional(),
});
export type UpdateGoalInput = z.input<typeof updateGoalInput>;
