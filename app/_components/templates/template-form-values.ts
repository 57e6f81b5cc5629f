import { addDays, format } from "date-fns";
import type { GoalFormValues } from "@/app/(app)/o/[slug]/goals/goal-form-schema";
import type { TemplateData } from "./template-fields";

/**
 * The new-goal form's values with a goal template applied: its description prompts, kind, metric
 * fields, cadence and reasons; its suggested window from the chosen start date. Who owns the goal,
 * when it starts and where it sits stay as they were.
 */
export function templateFormValues(base: GoalFormValues, template: TemplateData): GoalFormValues {
  const goal = template.goal;
  if (!goal) return base;
  const number = (n: number | null | undefined) => (n == null ? "" : String(n));
  const targetDate = goal.windowDays ? format(addDays(new Date(`${base.startDate}T00:00:00`), goal.windowDays), "yyyy-MM-dd") : base.targetDate;
  return {
    ...base,
    // Built-ins leave the title to the author; a saved goal suggests its own.
    title: template.builtIn ? base.title : (goal.title ?? base.title),
    description: goal.description || base.description,
    kind: goal.kind,
    unit: goal.unit ?? "",
    startValue: number(goal.startValue),
    targetValue: number(goal.targetValue),
    direction: goal.direction ?? base.direction,
    checkInCadence: goal.checkInCadence ?? base.checkInCadence,
    relevance: goal.relevance || base.relevance,
    rationale: goal.rationale || base.rationale,
    targetDate,
  };
}
