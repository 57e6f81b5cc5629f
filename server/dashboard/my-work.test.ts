import { describe, expect, it } from "vitest";
import { groupMyWork, workBucket } from "./my-work.ts";

describe("workBucket", () => {
  const today = "2026-03-10";

  it("is overdue before today", () => {
    expect(workBucket("2026-03-09", today)).toBe("overdue");
    expect(workBucket("2025-12-31", today)).toBe("overdue");
  });

  it("is this week from today through today + 6", () => {
    expect(workBucket("2026-03-10", today)).toBe("thisWeek");
    expect(workBucket("2026-03-16", today)).toBe("thisWeek");
  });

  it("is later from today + 7", () => {
    expect(workBucket("2026-03-17", today)).toBe("later");
    expect(workBucket("2027-01-01", today)).toBe("later");
  });

  it("crosses month and year ends", () => {
    expect(workBucket("2027-01-02", "2026-12-28")).toBe("thisWeek");
    expect(workBucket("2027-01-04", "2026-12-28")).toBe("later");
    expect(workBucket("2028-03-01", "2028-02-24")).toBe("thisWeek"); // leap year: Feb 29 counts
    expect(workBucket("2028-03-02", "2028-02-24")).toBe("later");
  });
});

describe("groupMyWork", () => {
  it("groups by each item's own today and sorts each group by due date", () => {
    const items = [
      { id: "later", dueDate: "2026-04-01", today: "2026-03-10" },
      { id: "week-2", dueDate: "2026-03-12", today: "2026-03-10" },
      { id: "late", dueDate: "2026-03-01", today: "2026-03-10" },
      { id: "week-1", dueDate: "2026-03-10", today: "2026-03-10" },
      // Same due date, but its organization is already a day ahead: overdue there.
      { id: "east", dueDate: "2026-03-10", today: "2026-03-11" },
    ];
    const groups = groupMyWork(items);
    expect(groups.overdue.map((i) => i.id)).toEqual(["late", "east"]);
    expect(groups.thisWeek.map((i) => i.id)).toEqual(["week-1", "week-2"]);
    expect(groups.later.map((i) => i.id)).toEqual(["later"]);
  });

  it("keeps the given order for equal due dates, and handles nothing", () => {
    const same = [
      { id: "b", dueDate: "2026-03-11", today: "2026-03-10" },
      { id: "a", dueDate: "2026-03-11", today: "2026-03-10" },
    ];
    expect(groupMyWork(same).thisWeek.map((i) => i.id)).toEqual(["b", "a"]);
    expect(groupMyWork([])).toEqual({ overdue: [], thisWeek: [], later: [] });
  });
});
