import "server-only";
import { requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { notFound, parseInput } from "../errors.ts";
import { groupNotifications, INBOX_SIZE } from "../../domain/notifications/grouping.ts";
import { markNotificationReadInput } from "../../domain/notifications/schemas.ts";

// A person's inbox: their notifications in the organizations they still belong to (one who left
// an organization no longer reads about it: the tenant wall holds for old notifications too).
// Another person's notification answers exactly like a missing id.

const mine = (viewer: Viewer) => ({ recipientId: viewer.userId, organizationId: { in: viewer.orgIds } });

const inboxColumns = {
  id: true,
  organizationId: true,
  kind: true,
  goalId: true,
  milestoneId: true,
  commentId: true,
  actorId: true,
  data: true,
  readAt: true,
  createdAt: true,
} as const;

/** The newest INBOX_SIZE notifications, grouped (domain/notifications/grouping.ts): one statement. */
export async function inboxGroups(viewer: Viewer | null) {
  const me = requireViewer(viewer);
  const rows = await prisma().notification.findMany({
    where: mine(me),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_SIZE,
    select: inboxColumns,
  });
  return groupNotifications(rows);
}
export type InboxNotification = Awaited<ReturnType<typeof inboxGroups>>[number]["notifications"][number];

/** Unread notifications (not groups), in one count over the (recipientId, readAt) index. */
export function unreadCount(viewer: Viewer | null) {
  const me = requireViewer(viewer);
  return prisma().notification.count({ where: { ...mine(me), readAt: null } });
}

/**
 * Marks a notification read with the rest of its inbox entry (its group): reading the entry is
 * reading all of it. Returns the ids marked.
 */
export async function markNotificationRead(viewer: Viewer | null, notificationId: string) {
  const me = requireViewer(viewer);
  const { id } = parseInput(markNotificationReadInput, { id: notificationId });
  const groups = await inboxGroups(me);
  const group = groups.find((g) => g.notifications.some((n) => n.id === id));
  // Older than the inbox shows: still the viewer's to mark, alone.
  const ids = group ? group.notifications.map((n) => n.id) : [id];
  return writeTransaction(async (tx) => {
    const own = await tx.notification.findFirst({ where: { id, ...mine(me) }, select: { id: true } });
    if (!own) throw notFound();
    await tx.notification.updateMany({ where: { id: { in: ids }, ...mine(me), readAt: null }, data: { readAt: new Date() } });
    return ids;
  });
}

export async function markAllNotificationsRead(viewer: Viewer | null) {
  const me = requireViewer(viewer);
  const { count } = await writeTransaction((tx) =>
    tx.notification.updateMany({ where: { ...mine(me), readAt: null }, data: { readAt: new Date() } }),
  );
  return { marked: count };
}
