import "server-only";
import { DEFAULT_PREFERENCES, NOTIFICATION_KINDS } from "../../domain/notifications/preferences.ts";
import {
  type UpdateDigestPreferenceInput,
  type UpdateNotificationPreferenceInput,
  updateDigestPreferenceInput,
  updateNotificationPreferenceInput,
} from "../../domain/schemas/preferences.ts";
import type { DigestScope, NotificationKind } from "../../prisma/generated/client/enums.ts";
import { requireRole, requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { parseInput } from "../errors.ts";

export interface EffectivePreference {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
  /** No choice stored: the defaults (domain/notifications/preferences.ts) apply. */
  isDefault: boolean;
}

/** Every kind with what applies to the person: their choice, else the default. One statement. */
export async function notificationPreferencesOf(userId: string): Promise<EffectivePreference[]> {
  const rows = await prisma().notificationPreference.findMany({ where: { userId }, select: { kind: true, inApp: true, email: true } });
  const chosen = new Map(rows.map((r) => [r.kind, r]));
  return NOTIFICATION_KINDS.map((kind) => {
    const row = chosen.get(kind);
    return row ? { kind, inApp: row.inApp, email: row.email, isDefault: false } : { kind, ...DEFAULT_PREFERENCES[kind], isDefault: true };
  });
}

/** Your choice for one kind, both channels at once (the page sends the row as it shows it). */
export async function updateNotificationPreference(viewer: Viewer | null, input: UpdateNotificationPreferenceInput): Promise<EffectivePreference> {
  const { userId } = requireViewer(viewer);
  const { kind, inApp, email } = parseInput(updateNotificationPreferenceInput, input);
  await writeTransaction((tx) =>
    tx.notificationPreference.upsert({
      where: { userId_kind: { userId, kind } },
      create: { userId, kind, inApp, email },
      update: { inApp, email },
    }),
  );
  return { kind, inApp, email, isDefault: false };
}

export interface DigestPreference {
  organizationId: string;
  enabled: boolean;
  scope: DigestScope;
}

/** Your weekly digest choice in each of your organizations. One statement. */
export async function digestPreferencesOf(userId: string): Promise<DigestPreference[]> {
  const memberships = await prisma().membership.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { organizationId: true, digestEnabled: true, digestScope: true },
  });
  return memberships.map((m) => ({ organizationId: m.organizationId, enabled: m.digestEnabled, scope: m.digestScope }));
}

/**
 * Turn one organization's weekly digest on or off and choose what it covers. Anyone in the
 * organization may, stakeholders included; another organization answers like a missing id.
 */
export async function updateDigestPreference(
  viewer: Viewer | null,
  organizationId: string,
  input: UpdateDigestPreferenceInput,
): Promise<DigestPreference> {
  const { userId } = requireViewer(viewer);
  requireRole(viewer, organizationId, "STAKEHOLDER");
  const { enabled, scope } = parseInput(updateDigestPreferenceInput, input);
  await writeTransaction((tx) =>
    tx.membership.update({ where: { organizationId_userId: { organizationId, userId } }, data: { digestEnabled: enabled, digestScope: scope } }),
  );
  return { organizationId, enabled, scope };
}
