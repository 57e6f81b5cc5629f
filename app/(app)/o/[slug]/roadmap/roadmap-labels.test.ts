import { describe, expect, it } from "vitest";
import { barLabel, markerLabel } from "./roadmap-labels.ts";

describe("roadmap labels", () => {
  const goal = {
    title: "Launch v2",
    startDate: "2026-01-01",
    targetDate: "2026-03-31",
    progress: 0.4,
    expectedProgress: 0.55,
    health: "AT_RISK" as const,
    isClosed: false,
    milestones: [{ effectiveStatus: "MISSED" as const }, { effectiveStatus: "DONE" as const }],
  };

  it("names a bar by its dates, progress, pace, health and milestones", () => {
    expect(barLabel(goal)).toBe("Launch v2: Jan 1, 2026 – Mar 31, 2026, 40% done, 55% expected by today, at risk; 2 milestones, 1 missed");
    expect(barLabel({ ...goal, milestones: [{ effectiveStatus: "PLANNED" }] })).toMatch(/; 1 milestone$/);
    expect(barLabel({ ...goal, milestones: [] })).toMatch(/; no milestones$/);
  });

  it("says closed instead of pace and health for a closed goal", () => {
    expect(barLabel({ ...goal, isClosed: true, health: null, progress: 1 })).toBe(
      "Launch v2: Jan 1, 2026 – Mar 31, 2026, 100% done, closed; 2 milestones, 1 missed",
    );
  });

  it("names a milestone marker by title, due date and state", () => {
    expect(markerLabel({ title: "Ship beta", dueDate: "2026-03-12", effectiveStatus: "MISSED", isCritical: false })).toBe(
      "Ship beta — due Mar 12, 2026, missed",
    );
    expect(markerLabel({ title: "Ship", dueDate: "2026-03-12", effectiveStatus: "IN_PROGRESS", isCritical: true })).toBe(
      "Ship — due Mar 12, 2026, in progress, on the critical path",
    );
  });
});
