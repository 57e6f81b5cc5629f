// Inbox grouping (issue #10 §1): notifications about one goal within 10 minutes form one entry,
// so a burst of changes to a goal (a milestone moved, reassigned, commented on) is one line to
// read, not five. Applied when reading; pure, so the rule is unit-tested and the same everywhere.

export const GROUP_WINDOW_MS = 10 * 60 * 1000;

/**
 * The inbox reads a person's newest INBOX_SIZE notifications (one bounded statement) and groups
 * them; older ones still count as unread until read or marked all read. A person who gets more
 * than this many notifications reads the newest ones, which is what an inbox is for.
 */
export const INBOX_SIZE = 300;

export interface Groupable {
  id: string;
  goalId: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationGroup<T extends Groupable> {
  /** The newest notification's id: the group's identity and cursor. */
  id: string;
  /** Newest first. */
  notifications: T[];
  latestAt: Date;
  unreadCount: number;
}

const newestFirst = (a: Groupable, b: Groupable) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Groups notifications: a group starts with a goal's notification and takes that goal's later
 * notifications up to 10 minutes after its first one; the next one starts a new group.
 * Anchoring at the first notification keeps groups stable as new notifications arrive (they can
 * only join the newest group or start another), and bounds a group to 10 minutes however busy the
 * goal. Notifications about no goal stand alone. Groups come newest first (by their newest
 * notification), each listing its notifications newest first.
 */
export function groupNotifications<T extends Groupable>(rows: readonly T[]): NotificationGroup<T>[] {
  const oldestFirst = [...rows].sort((a, b) => newestFirst(b, a));
  const open = new Map<string, { startedAt: number; items: T[] }>();
  const groups: T[][] = [];
  for (const row of oldestFirst) {
    const at = row.createdAt.getTime();
    const current = row.goalId === null ? undefined : open.get(row.goalId);
    if (current && at - current.startedAt <= GROUP_WINDOW_MS) {
      current.items.push(row);
      continue;
    }
    const items = [row];
    groups.push(items);
    if (row.goalId !== null) open.set(row.goalId, { startedAt: at, items });
  }
  return groups
    .map((items) => {
      const notifications = items.sort(newestFirst);
      return {
        id: notifications[0].id,
        notifications,
        latestAt: notifications[0].createdAt,
        unreadCount: notifications.filter((n) => n.readAt === null).length,
      };
    })
    .sort((a, b) => newestFirst(a.notifications[0], b.notifications[0]));
}
