import type { NotificationKind } from "../enums.ts";

// Who hears about what, by default. A person's NotificationPreference row for a kind overrides
// both channels; no row means these defaults. Pure: the preferences page (browser) and deliver()
// (server) read the same table.

export type NotificationChannel = "inApp" | "email";
export type ChannelChoice = { inApp: boolean; email: boolean };

/** Every kind, in the order a preferences page lists them. */
export const NOTIFICATION_KINDS = [
  "OWNER_ASSIGNED",
  "ASSIGNEE_ADDED",
  "MENTIONED",
  "COMMENTED",
  "MILESTONE_DUE_SOON",
  "MILESTONE_MISSED",
  "CHECK_IN_DUE",
  "HEALTH_CHANGED",
  "GOAL_CLOSED",
  "APPROVAL_REQUESTED",
  "APPROVAL_DECIDED",
] as const satisfies readonly NotificationKind[];

/**
 * In the app: every kind. By email: what asks something of you (you were given work, named, or
 * something of yours is due or missed); what only informs (comments, health, closings) stays in
 * the app, so that email stays worth reading.
 */
export const DEFAULT_PREFERENCES: Readonly<Record<NotificationKind, ChannelChoice>> = {
  OWNER_ASSIGNED: { inApp: true, email: true },
  ASSIGNEE_ADDED: { inApp: true, email: true },
  MENTIONED: { inApp: true, email: true },
  COMMENTED: { inApp: true, email: false },
  MILESTONE_DUE_SOON: { inApp: true, email: true },
  MILESTONE_MISSED: { inApp: true, email: true },
  CHECK_IN_DUE: { inApp: true, email: true },
  HEALTH_CHANGED: { inApp: true, email: false },
  GOAL_CLOSED: { inApp: true, email: false },
  APPROVAL_REQUESTED: { inApp: true, email: true },
  APPROVAL_DECIDED: { inApp: true, email: true },
};

/** Labels for the preferences page and the inbox. */
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, string>> = {
  OWNER_ASSIGNED: "You were made owner",
  ASSIGNEE_ADDED: "You were assigned a milestone",
  MENTIONED: "Someone mentioned you",
  COMMENTED: "Comments on goals you own or follow",
  MILESTONE_DUE_SOON: "Your milestone is due in 3 days",
  MILESTONE_MISSED: "Your milestone was missed",
  CHECK_IN_DUE: "A check-in is due on your goal",
  HEALTH_CHANGED: "A goal you follow changed health",
  GOAL_CLOSED: "A goal you follow was closed",
  APPROVAL_REQUESTED: "An approval asks for your decision",
  APPROVAL_DECIDED: "Your approval request was decided",
};

/** Whether a person wants `kind` on `channel`, given their stored choice for that kind (if any). */
export function wants(kind: NotificationKind, preference: ChannelChoice | undefined, channel: NotificationChannel): boolean {
  return (preference ?? DEFAULT_PREFERENCES[kind])[channel];
}
