import { z } from "zod";

// Saved views: a named set of the dashboard's filters (the same four the dashboard keeps in its
// URL), personal or shared with the organization. Pure input rules; the service is
// server/saved-views/saved-views.ts.

export const MAX_VIEW_NAME_LENGTH = 80;
/** Views one person keeps in one organization (personal and shared). */
export const MAX_VIEWS_PER_CREATOR = 50;
/** Views in one organization, everyone's together: also the most a member can see there. */
export const MAX_VIEWS_PER_ORG = 200;

export const savedViewNameSchema = z
  .string({ error: "Give the view a name." })
  .trim()
  .min(1, "Give the view a name.")
  .max(MAX_VIEW_NAME_LENGTH, `Names must be at most ${MAX_VIEW_NAME_LENGTH} characters.`);

const id = z.string().trim().min(1).max(100);

/**
 * The filters as the dashboard's URL holds them (app/(app)/o/[slug]/dashboard/dashboard-url.ts):
 * owner and parent are raw ids (a member or goal that has since gone just matches nothing, as a
 * bookmarked URL does). Unknown keys are refused so the stored JSON stays this shape.
 */
export const savedViewFiltersSchema = z
  .object({
    owner: id.nullish().transform((v) => v ?? null),
    parent: id.nullish().transform((v) => v ?? null),
    health: z.enum(["ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ENOUGH_DATA"]).nullish().transform((v) => v ?? null),
    window: z.enum(["ALL", "THIS_QUARTER", "NEXT_QUARTER", "THIS_YEAR"]).nullish().transform((v) => v ?? "ALL"),
  })
  .strict();
export type SavedViewFilters = z.output<typeof savedViewFiltersSchema>;

export const createSavedViewInput = z.object({
  name: savedViewNameSchema,
  filters: savedViewFiltersSchema,
  shared: z.boolean().default(false),
});
export type CreateSavedViewInput = z.input<typeof createSavedViewInput>;

/** A rename, a change of sharing, or new filters: what is left out stays. */
export const updateSavedViewInput = z.object({
  name: savedViewNameSchema.optional(),
  filters: savedViewFiltersSchema.optional(),
  shared: z.boolean().optional(),
});
export type UpdateSavedViewInput = z.input<typeof updateSavedViewInput>;
