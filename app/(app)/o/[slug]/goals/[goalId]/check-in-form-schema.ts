import { z } from "zod";
import type { GoalKind } from "@/domain/enums.ts";
import { checkInValueProblem, type CreateCheckInInput, createCheckInInput } from "@/domain/schemas/check-in.ts";

/** The check-in form's inputs as typed: the value stays a string, confidence "" until chosen. */
export type CheckInFormValues = { value: string; confidence: string; note: string };

/** The fields in form order: the first in error gets the focus. */
export const CHECK_IN_FIELDS = ["value", "confidence", "note"] as const;

type Goal = { kind: GoalKind; unit: string | null };

/** What the mutation takes, from what was typed: a value only for metric goals, NaN when not a number. */
export function checkInSubmission(goal: Goal, v: CheckInFormValues): CreateCheckInInput {
  const typed = v.value.trim();
  return {
    confidence: v.confidence as CreateCheckInInput["confidence"],
    note: v.note.trim(),
    ...(goal.kind === "METRIC" ? { value: typed === "" ? null : Number(typed) } : {}),
  };
}

/**
 * For zodResolver: the typed values checked by the API's own rules, all at once: its input schema
 * (a number, a confidence, the note's length) and the goal-dependent rule on the value.
 */
export function checkInFormSchema(goal: Goal) {
  return z
    .object({ value: z.string(), confidence: z.string(), note: z.string() })
    .superRefine((v, ctx) => {
      const input = checkInSubmission(goal, v);
      const parsed = createCheckInInput.safeParse(input);
      for (const issue of parsed.error?.issues ?? []) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      const problem = Number.isNaN(input.value) ? null : checkInValueProblem(goal, input.value);
      if (problem) ctx.addIssue({ code: "custom", path: ["value"], message: problem });
    });
}
