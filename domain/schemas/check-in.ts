import { z } from "zod";
import { Confidence } from "../enums.ts";

export const confidenceSchema = z.enum(Confidence, {
  error: "Choose how confident you are: ON_TRACK, AT_RISK or OFF_TRACK.",
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
