import { z } from "zod";
import { type CreateMilestoneInput, createMilestoneInput } from "@/domain/schemas/milestone.ts";

/** The milestone form's values, as typed (numbers stay strings until they are checked). */
export type MilestoneFormValues = {
  title: string;
  dueDate: string;
  description: string;
  /** "" = no owner */
  ownerId: string;
  weight: string;
  /** "" = unknown */
  durationDays: string;
  dependsOnIds: string[];
  /** "STANDARD" | "APPROVAL" (domain/approvals.ts) */
  kind: string;
  /** "" = none chosen yet */
  approverId: string;
  /** What the work needs (owner suggestions and the workload's skill filter read it). */
  skills: string[];
};

export const emptyMilestoneValues: MilestoneFormValues = {
  title: "",
  dueDate: "",
  description: "",
  ownerId: "",
  weight: "1",
  durationDays: "",
  dependsOnIds: [],
  kind: "STANDARD",
  approverId: "",
  skills: [],
};

/** The fields in form order: the first one in error gets the focus. */
export const MILESTONE_FIELDS = ["title", "dueDate", "description", "ownerId", "weight", "durationDays", "dependsOnIds", "kind", "approverId", "skills"] as const;

/** Parsed numbers for the API: blank weight is 1, blank duration unknown, anything else as typed (NaN is refused). */
export function parsedNumbers(values: MilestoneFormValues) {
  return {
    weight: values.weight.trim() === "" ? 1 : Number(values.weight),
    durationDays: values.durationDays.trim() === "" ? null : Number(values.durationDays),
  };
}

/** What the API's createMilestoneInput takes, from what was typed (blank numbers as their defaults). */
function apiInput(values: MilestoneFormValues): CreateMilestoneInput {
  const { weight, durationDays } = parsedNumbers(values);
  return {
    title: values.title,
    dueDate: values.dueDate,
    description: values.description,
    ownerId: values.ownerId || null,
    weight,
    durationDays,
    dependsOnIds: values.dependsOnIds,
    kind: values.kind as CreateMilestoneInput["kind"],
    approverId: values.kind === "APPROVAL" ? values.approverId || null : null,
    skills: values.skills,
  };
}

/**
 * For zodResolver: the typed values checked by the API's own schema, so the form restates no rule
 * and its messages are the API's; the server still has the last word (a dependency cycle, say).
 */
export const milestoneFormSchema = z
  .object({
    title: z.string(),
    dueDate: z.string(),
    description: z.string(),
    ownerId: z.string(),
    weight: z.string(),
    durationDays: z.string(),
    dependsOnIds: z.array(z.string()),
    kind: z.string(),
    approverId: z.string(),
    skills: z.array(z.string()),
  })
  .transform(apiInput)
  .pipe(createMilestoneInput);
