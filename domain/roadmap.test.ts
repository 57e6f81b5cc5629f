import { describe, expect, it } from "vitest";
import { compareRoadmapGoals, type RoadmapGoal, roadmapRows } from "./roadmap.ts";

const goal = (id: string, parentId: string | null, startDate: string, targetDate = "2026-12-31", title = id): RoadmapGoal => ({
  id,
  parentId,
  title,
  startDate,
  targetDate,
});
const shape = (goals: RoadmapGoal[]) => roadmapRows(goals).map((r) => `${"  ".repeat(r.depth)}${r.goal.id}`);

describe("roadmapRows", () => {
  it("puts each top-level goal before its sub-goals, nested depth-first", () => {
    const goals = [
      goal("child-b", "parent", "2026-03-01"),
      goal("grandchild", "child-a", "2026-02-15"),
      goal("parent", null, "2026-01-01"),
      goal("child-a", "parent", "2026-02-01"),
      goal("other", null, "2026-01-15"),
    ];
    expect(shape(goals)).toEqual(["parent", "  child-a", "    grandchild", "  child-b", "other"]);
  });

  it("orders siblings by start date, then target date, then title", () => {
    const goals = [
      goal("c", null, "2026-02-01", "2026-06-30", "Beta"),
      goal("b", null, "2026-02-01", "2026-06-30", "alpha"),
      goal("a", null, "2026-02-01", "2026-09-30", "Aardvark"),
      goal("d", null, "2026-01-01", "2026-12-31", "Zulu"),
    ];
    expect(shape(goals)).toEqual(["d", "b", "c", "a"]);
  });

  it("shows a goal whose parent is missing from the list (archived or filtered out) at the top level", () => {
    const goals = [goal("orphan", "archived-parent", "2026-01-10"), goal("top", null, "2026-01-20")];
    const rows = roadmapRows(goals);
    expect(rows.map((r) => [r.goal.id, r.depth, r.parent])).toEqual([
      ["orphan", 0, null],
      ["top", 0, null],
    ]);
  });

  it("names the parent of each sub-goal", () => {
    const rows = roadmapRows([goal("p", null, "2026-01-01"), goal("c", "p", "2026-01-02")]);
    expect(rows[1]!.parent?.id).toBe("p");
    expect(rows[0]!.parent).toBeNull();
  });

  it("still lists every goal once when parents form a loop", () => {
    const goals = [goal("x", "y", "2026-01-02"), goal("y", "x", "2026-01-01"), goal("self", "self", "2026-01-03")];
    expect(shape(goals)).toEqual(["self", "y", "  x"]);
  });

  it("returns nothing for no goals", () => {
    expect(roadmapRows([])).toEqual([]);
  });
});

describe("compareRoadmapGoals", () => {
  it("is total: equal dates and titles fall back to the id", () => {
    expect(compareRoadmapGoals(goal("a", null, "2026-01-01"), goal("b", null, "2026-01-01", "2026-12-31", "a"))).toBeLessThan(0);
  });
});
