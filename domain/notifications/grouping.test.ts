import { describe, expect, it } from "vitest";
import { GROUP_WINDOW_MS, groupNotifications } from "./grouping.ts";

const t0 = Date.parse("2026-12-07T09:00:00Z");
const n = (id: string, goalId: string | null, minutes: number, read = false) => ({
  id,
  goalId,
  createdAt: new Date(t0 + minutes * 60_000),
  readAt: read ? new Date(t0 + 60 * 60_000) : null,
});
const ids = (groups: ReturnType<typeof groupNotifications>) => groups.map((g) => g.notifications.map((x) => x.id));

describe("groupNotifications", () => {
  it("groups one goal's notifications within 10 minutes of the first, newest first", () => {
    const groups = groupNotifications([n("a", "g1", 0), n("b", "g1", 4), n("c", "g1", 10)]);
    expect(ids(groups)).toEqual([["c", "b", "a"]]);
    expect(groups[0].id).toBe("c");
    expect(groups[0].latestAt).toEqual(new Date(t0 + 10 * 60_000));
  });

  it("starts a new group past the window, counted from the group's first notification", () => {
    // 0, 8 and 16 minutes: 16 is within 10 of 8 but not of 0, so it starts the next group.
    const groups = groupNotifications([n("a", "g1", 0), n("b", "g1", 8), n("c", "g1", 16)]);
    expect(ids(groups)).toEqual([["c"], ["b", "a"]]);
    expect(GROUP_WINDOW_MS).toBe(600_000);
  });

  it("keeps goals apart, even when their notifications interleave, and orders groups by their newest", () => {
    const groups = groupNotifications([n("a", "g1", 0), n("b", "g2", 1), n("c", "g1", 2), n("d", "g2", 30)]);
    expect(ids(groups)).toEqual([["d"], ["c", "a"], ["b"]]);
  });

  it("never groups notifications about no goal", () => {
    expect(ids(groupNotifications([n("a", null, 0), n("b", null, 1)]))).toEqual([["b"], ["a"]]);
  });

  it("does not depend on the input order, and breaks ties in time by id", () => {
    const rows = [n("b", "g1", 0), n("a", "g2", 0), n("c", "g1", 5)];
    expect(ids(groupNotifications(rows))).toEqual(ids(groupNotifications([...rows].reverse())));
    expect(ids(groupNotifications(rows))).toEqual([["c", "b"], ["a"]]);
  });

  it("counts the unread notifications of each group", () => {
    const groups = groupNotifications([n("a", "g1", 0, true), n("b", "g1", 1), n("c", "g1", 2)]);
    expect(groups[0].unreadCount).toBe(2);
    expect(groupNotifications([])).toEqual([]);
  });
});
