import "server-only";
import { createHash } from "node:crypto";
import type { Tx, PrismaClient } from "../db.ts";
import type { Notification, NotificationKind, Prisma } from "../../prisma/generated/client/client.ts";
import { wants, type ChannelChoice } from "../../domain/notifications/preferences.ts";
import { queueNotificationEmails } from "../email/notification-email.ts";

/** One notification to one person, before preferences and the tenant wall are applied. */
export type NewNotification = {
  organizationId: string;
  recipientId: string;
  kind: NotificationKind;
  goalId?: string | null;
  milestoneId?: string | null;
  commentId?: string | null;
  actorId?: string | null;
  // Kept for display (titles as they were, health from/to, an excerpt): see ./summary.ts.
  data: Record<string, unknown>;
  // Names the event: kind, object and period, e.g. "COMMENTED:<commentId>".
  dedupeKey: string;
};

/**
 * A notification's id follows from its recipient and dedupe key, so that a delivery run twice
 * (a retried job, two workers, a crash between the insert and the emails) names the same row,
 * and the email keyed "notification:<id>" is queued once too, even for a person who turned the
 * in-app channel off (no row is stored for them, the email still has its stable key).
 */
export function notificationId(recipientId: string, dedupeKey: string) {
  return "n" + createHash("sha256").update(`${recipientId}\u0000${dedupeKey}`).digest("base64url").slice(0, 24);
}

/**
 * Delivers notifications exactly once: drops recipients who are not (or no longer) members of
 * the notification's organization (the tenant wall), applies each recipient's preferences,
 * inserts the in-app rows once (unique [recipientId, dedupeKey]) and queues the emails of those
 * who want email (engineer E's outbox: one email per notification, keyed "notification:<id>", so
 * a second run queues nothing new). Constant statements, whatever the number of items.
 */
export async function deliver(db: Tx | PrismaClient, items: NewNotification[]): Promise<void> {
  if (items.length === 0) return;
  // The insert, the emails and the clean-up below commit together (a caller's transaction, or ours).
  // A transaction client has $transaction too (nested ones, which PGlite's adapter refuses), but
  // not $connect: that tells the two apart.
  if ("$connect" in db) return (db as PrismaClient).$transaction((tx) => deliverIn(tx, items));
  return deliverIn(db, items);
}

async function deliverIn(db: Tx, items: NewNotification[]) {
  const recipientIds = [...new Set(items.map((i) => i.recipientId))];
  const organizationIds = [...new Set(items.map((i) => i.organizationId))];
  const kinds = [...new Set(items.map((i) => i.kind))];
  // One after the other: `db` is usually a transaction, whose one connection runs one query at a time
  // (pg warns about queries queued on a client, and pg 9 refuses them).
  const memberships = await db.membership.findMany({
    where: { userId: { in: recipientIds }, organizationId: { in: organizationIds } },
    select: { userId: true, organizationId: true },
  });
  const preferences = await db.notificationPreference.findMany({
    where: { userId: { in: recipientIds }, kind: { in: kinds } },
    select: { userId: true, kind: true, inApp: true, email: true },
  });
  const member = new Set(memberships.map((m) => `${m.organizationId}:${m.userId}`));
  const choice = new Map<string, ChannelChoice>(preferences.map((p) => [`${p.userId}:${p.kind}`, p]));

  const now = new Date();
  const rows = new Map<string, Notification>();
  const emailed: Notification[] = [];
  const emailOnly: string[] = [];
  for (const item of items) {
    if (!member.has(`${item.organizationId}:${item.recipientId}`)) continue;
    const id = notificationId(item.recipientId, item.dedupeKey);
    if (rows.has(id)) continue;
    const preference = choice.get(`${item.recipientId}:${item.kind}`);
    const inApp = wants(item.kind, preference, "inApp");
    const email = wants(item.kind, preference, "email");
    if (!inApp && !email) continue;
    const row: Notification = {
      id,
      organizationId: item.organizationId,
      recipientId: item.recipientId,
      kind: item.kind,
      goalId: item.goalId ?? null,
      milestoneId: item.milestoneId ?? null,
      commentId: item.commentId ?? null,
      actorId: item.actorId ?? null,
      data: item.data as Prisma.JsonObject,
      dedupeKey: item.dedupeKey,
      readAt: null,
      createdAt: now,
    };
    rows.set(id, row);
    if (email) emailed.push(row);
    if (!inApp) emailOnly.push(id);
  }
  if (rows.size === 0) return;
  await db.notification.createMany({
    data: [...rows.values()].map((row) => ({ ...row, data: row.data as Prisma.InputJsonObject })),
    skipDuplicates: true,
  });
  // The email renderer reads the stored rows (with their goal, actor...), so a person who wants
  // only email gets a row for as long as this transaction, removed before it commits.
  if (emailed.length > 0) await queueNotificationEmails(db, emailed);
  if (emailOnly.length > 0) await db.notification.deleteMany({ where: { id: { in: emailOnly } } });
}
