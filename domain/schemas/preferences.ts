import { z } from "zod";
import { DigestScope } from "../enums.ts";
import { NOTIFICATION_KINDS } from "../notifications/preferences.ts";

// The preferences page's inputs (issue #10 §4), shared by the API and the page.

export const updateNotificationPreferenceInput = z.object({
  kind: z.enum(NOTIFICATION_KINDS, "Choose a notification kind."),
  inApp: z.boolean("In app must be true or false."),
  email: z.boolean("Email must be true or false."),
});
export type UpdateNotificationPreferenceInput = z.input<typeof updateNotificationPreferenceInput>;

export const updateDigestPreferenceInput = z.object({
  enabled: z.boolean("Enabled must be true or false."),
  scope: z.enum(DigestScope, "Choose MINE or ORGANIZATION."),
});
export type UpdateDigestPreferenceInput = z.input<typeof updateDigestPreferenceInput>;
