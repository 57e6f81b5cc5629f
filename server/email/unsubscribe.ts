import "server-only";
import { NOTIFICATION_KIND_LABELS, wants } from "../../domain/notifications/preferences.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { type UnsubscribeTopic, verifyUnsubscribeToken } from "./unsubscribe-token.ts";

// What an unsubscribe link (server/email/unsubscribe-token.ts) offers and does. No sign-in: the
// signature is the proof. Showing the page changes nothing (mail scanners open links); the
// confirmation, or a mail client's one-click POST, applies it. Applying twice is harmless.

export interface UnsubscribeState {
  topic: UnsubscribeTopic;
  /** "Emails when someone mentioned you", "The weekly digest of Acme Rockets". */
  description: string;
  /** Still subscribed: the page offers the button; false once applied (or nothing left to stop). */
  subscribed: boolean;
}

/** What the token's link would stop, and whether it is still on; null for an invalid token or a vanished subject. */
export async function unsubscribeState(token: string): Promise<UnsubscribeState | null> {
  const topic = verifyUnsubscribeToken(token);
  if (!topic) return null;
  switch (topic.type) {
    case "notification": {
      const user = await prisma().user.findUnique({
        where: { id: topic.userId },
        select: { deletedAt: true, notificationPreferences: { where: { kind: topic.kind }, select: { inApp: true, email: true } } },
      });
      if (!user || user.deletedAt) return null;
      const description = `Emails for “${NOTIFICATION_KIND_LABELS[topic.kind]}”`;
      return { topic, description, subscribed: wants(topic.kind, user.notificationPreferences[0], "email") };
    }
    case "digest": {
      const membership = await prisma().membership.findUnique({
        where: { organizationId_userId: { organizationId: topic.organizationId, userId: topic.userId } },
        select: { digestEnabled: true, organization: { select: { name: true } } },
      });
      // Someone who left gets no digest: nothing to stop.
      if (!membership) return null;
      return { topic, description: `The weekly digest of ${membership.organization.name}`, subscribed: membership.digestEnabled };
    }
    case "invitation": {
      const invitation = await prisma().invitation.findUnique({
        where: { id: topic.invitationId },
        select: { acceptedAt: true, revokedAt: true, expiresAt: true, organization: { select: { name: true } } },
      });
      if (!invitation) return null;
      const open = !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt > new Date();
      return { topic, description: `The invitation to ${invitation.organization.name}`, subscribed: open };
    }
  }
}

/** Applies the token's unsubscribe; false when the token is not valid. */
export async function applyUnsubscribe(token: string): Promise<boolean> {
  const topic = verifyUnsubscribeToken(token);
  if (!topic) return false;
  await writeTransaction(async (tx) => {
    switch (topic.type) {
      case "notification": {
        // Email off; the in-app choice stays what it was (its default when never chosen).
        const current = await tx.notificationPreference.findUnique({ where: { userId_kind: { userId: topic.userId, kind: topic.kind } } });
        const user = await tx.user.findUnique({ where: { id: topic.userId }, select: { deletedAt: true } });
        if (!user || user.deletedAt) return;
        await tx.notificationPreference.upsert({
          where: { userId_kind: { userId: topic.userId, kind: topic.kind } },
          create: { userId: topic.userId, kind: topic.kind, inApp: wants(topic.kind, current ?? undefined, "inApp"), email: false },
          update: { email: false },
        });
        return;
      }
      case "digest":
        await tx.membership.updateMany({ where: { organizationId: topic.organizationId, userId: topic.userId }, data: { digestEnabled: false } });
        return;
      case "invitation":
        // Declining: the link stops working, like a revoke; an accepted invitation stays accepted.
        await tx.invitation.updateMany({ where: { id: topic.invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
        return;
    }
  });
  return true;
}
