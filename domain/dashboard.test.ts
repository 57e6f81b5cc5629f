import { describe, expect, it } from "vitest";
import {
  attentionLists,
  buildDashboard,
  type DashboardGoal,
  dashboardOrder,
  dueSoonRange,
  healthCounts,
  inScope,
  windowRange,
} from "./dashboard.ts";

const goal = (overrides: Partial<DashboardGoal> & { id: string }): DashboardGoal => ({
  title: overrides.id,
  ownerId: "u1",
  parentId: null,
  targetDate: "2026-06-30",
  closed: false,
  health: "ON_TRACK",
  ...overrides,
});

describe("windowRange", () => {
  it("covers today's calendar quarter", () => {
    expect(windowRange("THIS_QUARTER", "2026-01-01")).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(windowRange("THIS_QUARTER", "2026-05-15")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(windowRange("THIS_QUARTER", "2026-09-30")).toEqual({ from: "2026-07-01", to: "2026-09-30" });
    expect(windowRange("THIS_QUARTER", "2026-12-31")).toEqual({ from: "2026-10-01", to: "2026-12-31" });
  });

  it("covers the next quarter, into the next year after Q4", () => {
    expect(windowRange("NEXT_QUARTER", "2026-02-10")).toEqual({ from: "2026-04-01", to: "2026-06-30" });
    expect(windowRange("NEXT_QUARTER", "2026-11-10")).toEqual({ from: "2027-01-01", to: "2027-03-31" });
    expect(windowRange("NEXT_QUARTER", "2027-12-31")).toEqual({ from: "2028-01-01", to: "2028-03-31" });
  });

  it("covers today's calendar year, and nothing limits ALL", () => {
    expect(windowRange("THIS_YEAR", "2026-07-04")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(windowRange("ALL", "2026-07-04")).toBeNull();
    expect(windowRange(null, "2026-07-04")).toBeNull();
    expect(windowRange(undefined, "2026-07-04")).toBeNull();
  });
});

describe("inScope", () => {
  const today = "2026-05-15";

  it("keeps everything without a filter", () => {
    expect(inScope(goal({ id: "a", targetDate: "2030-01-01" }), {}, today)).toBe(true);
  });

  it("filters by owner and by parent", () => {
    const g = goal({ id: "a", ownerId: "u2", parentId: "p1" });
    expect(inScope(g, { ownerId: "u2" }, today)).toBe(true);
    expect(inScope(g, { ownerId: "u1" }, today)).toBe(false);
    expect(inScope(g, { parentId: "p1" }, today)).toBe(true);
    expect(inScope(g, { parentId: "p2" }, today)).toBe(false);
    expect(inScope(goal({ id: "top" }), { parentId: "p1" }, today)).toBe(false);
  });

  it("filters by target date within the window, both ends included", () => {
    expect(inScope(goal({ id: "a", targetDate: "2026-04-01" }), { window: "THIS_QUARTER" }, today)).toBe(true);
    expect(inScope(goal({ id: "a", targetDate: "2026-06-30" }), { window: "THIS_QUARTER" }, today)).toBe(true);
    expect(inScope(goal({ id: "a", targetDate: "2026-07-01" }), { window: "THIS_QUARTER" }, today)).toBe(false);
    expect(inScope(goal({ id: "a", targetDate: "2026-03-31" }), { window: "THIS_QUARTER" }, today)).toBe(false);
    expect(inScope(goal({ id: "a", targetDate: "2026-07-01" }), { window: "NEXT_QUARTER" }, today)).toBe(true);
  });
});

describe("dashboardOrder", () => {
  it("puts off track first, then at risk, then on track, then by target date and title", () => {
    const goals = [
      goal({ id: "on-early", health: "ON_TRACK", targetDate: "2026-01-01" }),
      goal({ id: "risk", health: "AT_RISK", targetDate: "2026-09-01" }),
      goal({ id: "off-late", health: "OFF_TRACK", targetDate: "2026-12-01" }),
      goal({ id: "off-early-b", title: "B", health: "OFF_TRACK", targetDate: "2026-02-01" }),
      goal({ id: "off-early-a", title: "A", health: "OFF_TRACK", targetDate: "2026-02-01" }),
    ];
    expect([...goals].sort(dashboardOrder).map((g) => g.id)).toEqual(["off-early-a", "off-early-b", "off-late", "risk", "on-early"]);
  });
});

describe("healthCounts", () => {
  it("counts open goals by health and closed goals apart", () => {
    expect(
      healthCounts([
        goal({ id: "a", health: "ON_TRACK" }),
        goal({ id: "b", health: "AT_RISK" }),
        goal({ id: "c", health: "OFF_TRACK" }),
        goal({ id: "d", health: "OFF_TRACK" }),
        goal({ id: "e", closed: true, health: null }),
      ]),
    ).toEqual({ onTrack: 1, atRisk: 1, offTrack: 2, notEnoughData: 0, closed: 1 });
    expect(healthCounts([])).toEqual({ onTrack: 0, atRisk: 0, offTrack: 0, notEnoughData: 0, closed: 0 });
  });

  it("counts goals too new to judge apart from on track", () => {
    expect(healthCounts([goal({ id: "a", health: "NOT_ENOUGH_DATA" }), goal({ id: "b", health: "ON_TRACK" })])).toMatchObject({
      onTrack: 1,
      notEnoughData: 1,
    });
  });
});

describe("buildDashboard", () => {
  const goals = [
    goal({ id: "mine-on", ownerId: "me", health: "ON_TRACK" }),
    goal({ id: "mine-off", ownerId: "me", health: "OFF_TRACK" }),
    goal({ id: "mine-closed", ownerId: "me", closed: true, health: null }),
    goal({ id: "theirs", ownerId: "them", health: "AT_RISK" }),
  ];

  it("lists open goals only, worst first, and counts closed ones", () => {
    const board = buildDashboard(goals, {}, "2026-05-01");
    expect(board.goals.map((g) => g.id)).toEqual(["mine-off", "theirs", "mine-on"]);
    expect(board.healthCounts).toEqual({ onTrack: 1, atRisk: 1, offTrack: 1, notEnoughData: 0, closed: 1 });
    expect(board.scope).toHaveLength(4);
  });

  it("narrows the list by health but counts the whole scope", () => {
    const board = buildDashboard(goals, { ownerId: "me", health: "OFF_TRACK" }, "2026-05-01");
    expect(board.goals.map((g) => g.id)).toEqual(["mine-off"]);
    expect(board.healthCounts).toEqual({ onTrack: 1, atRisk: 0, offTrack: 1, notEnoughData: 0, closed: 1 });
    expect(board.scope.map((g) => g.id)).toEqual(["mine-on", "mine-off", "mine-closed"]);
  });

  it("offers as choices every goal owner and every goal with sub-goals, whatever the filter", () => {
    const family = [...goals, goal({ id: "child", ownerId: "kid", parentId: "theirs" }), goal({ id: "orphan", parentId: "archived-parent" })];
    const board = buildDashboard(family, { ownerId: "me" }, "2026-05-01");
    expect(board.ownerIds.sort()).toEqual(["kid", "me", "them", "u1"]);
    expect(board.parentIds).toEqual(["theirs"]);
  });
});

describe("dueSoonRange", () => {
  it("covers today and the 13 days after", () => {
    expect(dueSoonRange("2026-05-01")).toEqual({ from: "2026-05-01", to: "2026-05-14" });
    expect(dueSoonRange("2026-12-25")).toEqual({ from: "2026-12-25", to: "2027-01-07" });
  });
});

describe("attentionLists", () => {
  const m = (id: string, dueDate: string, status: "PLANNED" | "IN_PROGRESS" | "DONE" = "PLANNED", position = 0) => ({ id, dueDate, status, position });
  it("lists open milestones due before today as missed, oldest first, and those due in the next 14 days, soonest first", () => {
    const lists = attentionLists(
      [
        m("yesterday", "2026-04-30"),
        m("done-late", "2026-04-01", "DONE"),
        m("old", "2026-03-01", "IN_PROGRESS"),
        m("today-2", "2026-05-01", "PLANNED", 2),
        m("today-1", "2026-05-01", "PLANNED", 1),
        m("day-14", "2026-05-14"),
        m("day-15", "2026-05-15"),
        m("done-soon", "2026-05-03", "DONE"),
      ],
      "2026-05-01",
    );
    expect(lists).toEqual({ missed: ["old", "yesterday"], dueSoon: ["today-1", "today-2", "day-14"] });
  });
});
