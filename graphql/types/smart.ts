import "server-only";
import type { Context } from "../context.ts";
import { builder } from "../builder.ts";
import { organizationById } from "../loaders.ts";

/**
 * The organization's mission, for SMART's Relevant: one statement per request for every goal of
 * every organization in it (the organization loader batches), never one per goal.
 */
export async function missionOf(ctx: Context, organizationId: string): Promise<string> {
  return (await organizationById(ctx).load(organizationId))?.mission ?? "";
}

export const SmartCriterionEnum = builder.enumType("SmartCriterion", {
  values: ["SPECIFIC", "MEASURABLE", "ACHIEVABLE", "RELEVANT", "TIME_BOUND"] as const,
  description: "The five SMART criteria a goal is checked against.",
});

export interface SmartItemShape {
  criterion: "SPECIFIC" | "MEASURABLE" | "ACHIEVABLE" | "RELEVANT" | "TIME_BOUND";
  met: boolean;
  label: string;
  detail: string;
}

export const SmartItemRef = builder.objectRef<SmartItemShape>("SmartItem").implement({
  description: "One SMART criterion: whether the goal meets it, and what is missing or why it is met.",
  fields: (t) => ({
    criterion: t.field({ type: SmartCriterionEnum, resolve: (i) => i.criterion }),
    met: t.exposeBoolean("met"),
    label: t.exposeString("label", { description: "e.g. “Specific”." }),
    detail: t.exposeString("detail", { description: "What is missing, or why it is met." }),
  }),
});
