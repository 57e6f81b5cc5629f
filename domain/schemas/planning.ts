import { z } from "zod";
import { calendarDateSchema, dateKey } from "../dates.ts";
import { daysBetween } from "../calendar.ts";
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR } from "../limits.ts";
import { normalizeTag } from "../owner-suggestions.ts";

// Planning inputs (#11 §1): a member's skills, interests and availability, their time off, and the
// skills a milestone needs. Tags are the organization's free words; they are kept as typed (trimmed)
// and compared without case (domain/owner-suggestions.ts, normalizeTag).

export const MAX_TAG_LENGTH = 40;
/** Skills (or interests) of one member, or skills of one milestone. */
export const MAX_TAGS = 30;
/** Time-off ranges of one member in one organization; addTimeOff refuses the next. */
export const MAX_TIME_OFF_PER_MEMBER = 100;
/** One time-off range, in days: a sabbatical, not a typo reaching into the next century. */
export const MAX_TIME_OFF_DAYS = 366;
export const MAX_TIME_OFF_NOTE = 200;
/** Tags Organization.tags lists (the UI's suggestions). */
export const MAX_ORG_TAGS = 500;

/** Trimmed, blanks dropped, the first spelling of each tag kept (case-insensitively). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, " ");
    const key = normalizeTag(tag);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

export const tagsSchema = (label: string) =>
  z
    .array(z.string({ error: `${label} must be words.` }), { error: `${label} must be a list of words.` })
    .transform(cleanTags)
    .pipe(
      z
        .array(z.string().max(MAX_TAG_LENGTH, `${label}: each must be at most ${MAX_TAG_LENGTH} characters.`))
        .max(MAX_TAGS, `${label}: at most ${MAX_TAGS}.`),
    );

export const availabilitySchema = z
  .number({ error: "Availability must be a whole number from 0 to 100 (percent of a full week)." })
  .int("Availability must be a whole number from 0 to 100 (percent of a full week).")
  .min(0, "Availability must be a whole number from 0 to 100 (percent of a full week).")
  .max(100, "Availability must be a whole number from 0 to 100 (percent of a full week).");

export const updateMemberPlanningInput = z.object({
  skills: tagsSchema("Skills").optional(),
  interests: tagsSchema("Interests").optional(),
  availability: availabilitySchema.optional(),
});
export type UpdateMemberPlanningInput = z.input<typeof updateMemberPlanningInput>;

const timeOffDateSchema = (label: string) =>
  calendarDateSchema(label).refine((d) => d.getUTCFullYear() >= MIN_PLAN_YEAR && d.getUTCFullYear() <= MAX_PLAN_YEAR, `${label} must be between ${MIN_PLAN_YEAR} and ${MAX_PLAN_YEAR}.`);

export const addTimeOffInput = z
  .object({
    startDate: timeOffDateSchema("Start date"),
    endDate: timeOffDateSchema("End date"),
    note: z.string({ error: "Note must be text." }).trim().max(MAX_TIME_OFF_NOTE, `Note must be at most ${MAX_TIME_OFF_NOTE} characters.`).default(""),
  })
  .superRefine((v, ctx) => {
    const days = daysBetween(dateKey(v.startDate), dateKey(v.endDate)) + 1;
    if (days < 1) ctx.addIssue({ code: "custom", path: ["endDate"], message: "End date must be on or after the start date." });
    else if (days > MAX_TIME_OFF_DAYS) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: `Time off must be at most ${MAX_TIME_OFF_DAYS} days; add another range for longer.` });
    }
  });
export type AddTimeOffInput = z.input<typeof addTimeOffInput>;
