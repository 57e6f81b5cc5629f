import { TITLE_MAX } from "@/domain/schemas/goal.ts";

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
};

export const emptyMilestoneValues: MilestoneFormValues = {
  title: "",
  dueDate: "",
  description: "",
  ownerId: "",
  weight: "1",
  durationDays: "",
  dependsOnIds: [],
};

/** The fields in form order: the first one in error gets the focus. */
export const MILESTONE_FIELDS = ["title", "dueDate", "description", "ownerId", "weight", "durationDays", "dependsOnIds"] as const;

/** Parsed numbers for the API (the strings were checked by `checkMilestoneValues`). */
export function parsedNumbers(values: MilestoneFormValues) {
  return {
    weight: values.weight.trim() === "" ? 1 : Number(values.weight),
    durationDays: values.durationDays.trim() === "" ? null : Number(values.durationDays),
  };
}

/** What the browser can say before asking the server; the server's zod schema has the last word. */
export function checkMilestoneValues(values: MilestoneFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = "Give the milestone a title.";
  else if (values.title.trim().length > TITLE_MAX) errors.title = `Title must be at most ${TITLE_MAX} characters.`;
  if (!values.dueDate) errors.dueDate = "Choose a due date.";
  const weight = values.weight.trim();
  if (weight !== "" && (!Number.isFinite(Number(weight)) || Number(weight) < 0)) errors.weight = "Weight must be a number, 0 or more.";
  const duration = values.durationDays.trim();
  if (duration !== "" && (!Number.isInteger(Number(duration)) || Number(duration) < 0)) {
    errors.durationDays = "Duration must be a whole number of days.";
  }
  return errors;
}
