import { describe, expect, it } from "vitest";
import { criticalPathText } from "./critical-path-text";

describe("criticalPathText", () => {
  // Issue #12's data (see planOutlook's test): Design is 13 days late for its own due date; the goal
  // finishes Jan 13, 2027, 7 days before its Jan 20, 2027 target (dates in en-US, the locale outside a request), as the final milestone's 7 days slack says.
  const goal = {
    targetDate: "2027-01-20",
    plannedFinish: "2027-01-13",
    targetSlackDays: 7,
    criticalPath: [{ title: "Design", dueDate: "2026-11-18", slackDays: -13 }],
  };

  it("measures the headline against the target and names the tighter due date", () => {
    expect(criticalPathText(goal)).toEqual({
      headline: "Done by Jan 13, 2027 at the earliest: 7 days before the Jan 20, 2027 target",
      tighter: "“Design” can't be done by its due date (Nov 18, 2026): 13 days over.",
    });
  });

  it("says nothing more when the target is the binding limit", () => {
    const path = [{ title: "Launch", dueDate: "2027-01-20", slackDays: 7 }];
    expect(criticalPathText({ ...goal, criticalPath: path }).tighter).toBeNull();
  });

  it("says when the plan runs past the target, or exactly fills it", () => {
    const late = { ...goal, plannedFinish: "2027-02-02", targetSlackDays: -13, criticalPath: [{ title: "Launch", dueDate: "2027-01-20", slackDays: -13 }] };
    expect(criticalPathText(late)).toEqual({ headline: "Done by Feb 2, 2027 at the earliest: 13 days past the Jan 20, 2027 target", tighter: null });
    expect(criticalPathText({ ...late, targetSlackDays: 0, criticalPath: [] }).headline).toMatch(/no slack, any delay here moves/);
  });

  it("names every milestone bound by its own due date", () => {
    const both = { ...goal, criticalPath: [{ title: "A", dueDate: "2026-11-10", slackDays: 2 }, { title: "B", dueDate: "2026-11-12", slackDays: 2 }] };
    expect(criticalPathText(both).tighter).toBe("“A” and “B” have only 2 days slack before their own due dates.");
  });
});
