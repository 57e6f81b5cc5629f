import "server-only";
import { NOTIFICATION_KIND_LABELS } from "../../domain/notifications/preferences.ts";
import { DigestScope } from "../../prisma/generated/client/enums.ts";
import type { Organization } from "../../prisma/generated/client/client.ts";
import {
  type DigestPreference,
  digestPreferencesOf,
  type EffectivePreference,
  notificationPreferencesOf,
  updateDigestPreference,
  updateNotificationPreference,
} from "../../server/email/preferences.ts";
import { PLANNED_PER_PERSON } from "../../domain/limits.ts";
import { builder } from "../builder.ts";
import { listSize } from "../complexity.ts";
import { idOf } from "../ids.ts";
import { organizationById } from "../loaders.ts";
import { NotificationKindEnum } from "./notification-kind.ts";
import { OrganizationRef } from "./organization.ts";
import { UserRef } from "./user.ts";
import { ViewerRef } from "./viewer.ts";

export const DigestScopeEnum = builder.enumType(DigestScope, {
  name: "DigestScope",
  description: "MINE: goals you own, follow or hold milestones in. ORGANIZATION: every goal of the organization.",
});

const NotificationPreferenceRef = builder.objectRef<EffectivePreference>("NotificationPreference").implement({
  description: "How you hear about one kind of notification: in the app, by email, both or neither.",
  fields: (t) => ({
    kind: t.expose("kind", { type: NotificationKindEnum }),
    label: t.string({ resolve: (p) => NOTIFICATION_KIND_LABELS[p.kind] }),
    inApp: t.exposeBoolean("inApp"),
    email: t.exposeBoolean("email"),
    isDefault: t.exposeBoolean("isDefault", { description: "Nothing chosen yet: Waymark's default applies." }),
  }),
});

const DigestPreferenceRef = builder.objectRef<DigestPreference>("DigestPreference").implement({
  description: "Your weekly digest of one organization (Monday morning in its time zone).",
  fields: (t) => ({
    organization: t.field({
      type: OrganizationRef,
      resolve: (p, _args, ctx, info) => organizationById(ctx, info).load(p.organizationId) as Promise<Organization>,
    }),
    enabled: t.exposeBoolean("enabled"),
    scope: t.expose("scope", { type: DigestScopeEnum }),
  }),
});

const NOTIFICATION_KIND_COUNT = 20;

// Preferences are private: they live on `viewer`, the signed-in person's own data.
builder.objectField(ViewerRef, "notificationPreferences", (t) =>
  t.field({
    type: [NotificationPreferenceRef],
    extensions: listSize(NOTIFICATION_KIND_COUNT),
    description: "Every notification kind with what applies to you: your choice, else the default.",
    resolve: (viewer) => notificationPreferencesOf(viewer.userId),
  }),
);

builder.objectField(ViewerRef, "digestPreferences", (t) =>
  t.field({
    type: [DigestPreferenceRef],
    extensions: listSize(PLANNED_PER_PERSON),
    description: "Your weekly digest choice in each of your organizations.",
    resolve: (viewer) => digestPreferencesOf(viewer.userId),
  }),
);

// On User rather than Viewer: the app shell's `me` reads it from the user's own row (users are
// loaded whole), no extra statement.
builder.prismaObjectField(UserRef, "instanceAdmin", (t) =>
  t.boolean({
    description: "You operate this Waymark instance: you see the emails it sent (the first account, or set by hand). False for anyone else.",
    resolve: (user, _args, ctx) => ctx.viewer?.userId === user.id && user.instanceAdmin,
  }),
);

const UpdateNotificationPreferenceInput = builder.inputType("UpdateNotificationPreferenceInput", {
  fields: (t) => ({
    kind: t.field({ type: NotificationKindEnum, required: true }),
    inApp: t.boolean({ required: true }),
    email: t.boolean({ required: true }),
  }),
});

builder.mutationField("updateNotificationPreference", (t) =>
  t.field({
    type: builder.objectRef<{ preference: EffectivePreference }>("UpdateNotificationPreferencePayload").implement({
      fields: (f) => ({ preference: f.expose("preference", { type: NotificationPreferenceRef }) }),
    }),
    description: "Choose how you hear about one kind of notification.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateNotificationPreferenceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ preference: await updateNotificationPreference(ctx.viewer, input) }),
  }),
);

const UpdateDigestPreferenceInput = builder.inputType("UpdateDigestPreferenceInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    enabled: t.boolean({ required: true }),
    scope: t.field({ type: DigestScopeEnum, required: true }),
  }),
});

builder.mutationField("updateDigestPreference", (t) =>
  t.field({
    type: builder.objectRef<{ preference: DigestPreference }>("UpdateDigestPreferencePayload").implement({
      fields: (f) => ({ preference: f.expose("preference", { type: DigestPreferenceRef }) }),
    }),
    description: "Turn an organization's weekly digest on or off and choose what it covers (anyone in it, stakeholders too).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateDigestPreferenceInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      preference: await updateDigestPreference(ctx.viewer, idOf(input.organizationId, "Organization"), {
        enabled: input.enabled,
        scope: input.scope,
      }),
    }),
  }),
);
