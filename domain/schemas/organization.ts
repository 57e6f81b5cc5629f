import { z } from "zod";

const timeZones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "Slug must be at least 2 characters.")
  .max(48, "Slug must be at most 48 characters.")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Slug may contain lowercase letters, digits and single dashes.");

export const timeZoneSchema = z.string().refine((tz) => timeZones.has(tz), "Choose a valid IANA time zone, e.g. Europe/Paris.");

const nameSchema = z.string().trim().min(1, "Name is required.").max(100, "Name must be at most 100 characters.");

export const createOrganizationInput = z.object({
  name: nameSchema,
  slug: slugSchema.optional(),
  timeZone: timeZoneSchema.default("UTC"),
});

/** The organization's mission statement, shown on the dashboard; "" clears it. */
export const MISSION_MAX = 500;
export const missionSchema = z.string().trim().max(MISSION_MAX, `Mission must be at most ${MISSION_MAX} characters.`);

export const updateOrganizationInput = z.object({
  name: nameSchema.optional(),
  slug: slugSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  mission: missionSchema.optional(),
});

/** "Acme Corp. (EU)" -> "acme-corp-eu"; accents folded, never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return slug.length >= 2 ? slug : `org-${slug}`.replace(/-$/, "");
}
