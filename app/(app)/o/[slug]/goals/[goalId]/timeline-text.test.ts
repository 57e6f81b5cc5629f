import { describe, expect, it } from "vitest";
import { baselineText, hasPlanBar, type TimelineMilestone, timelineRowLabel } from "./timeline-text";

const base: TimelineMilestone = {
  title: "Ship beta",
  dueDate: "2026-03-12",
  baselineDueDate: "2026-03-12",
  slipCount: 0,
  effectiveStatus: "PLANNED",
  latestStart: null,
  isCritical: false,
  dependsOn: [],
};

describe("timelineRowLabel", () => {
  it("names a plain milestone by its due date and state", () => {
    expect(timelineRowLabel(base)).toBe("Ship beta: due Mar 12, 2026, planned");
  });

  it("states the baseline and slips, the plan, the dependencies and the critical path", () => {
    expect(
      timelineRowLabel({
        ...base,
        baselineDueDate: "2026-03-01",
        slipCount: 1,
        effectiveStatus: "MISSED",
        latestStart: "2026-02-20",
        isCritical: true,
        dependsOn: [{ title: "Design review" }, { title: "Legal" }],
      }),
    ).toBe(
      "Ship beta: due Mar 12, 2026 (baseline Mar 1, slipped once), missed, start by Feb 20, depends on Design review and Legal, on the critical path",
    );
  });

  it("leaves the plan out once done", () => {
    expect(timelineRowLabel({ ...base, effectiveStatus: "DONE", latestStart: "2026-03-01" })).toBe("Ship beta: due Mar 12, 2026, done");
  });
});

describe("baselineText", () => {
  it("is nothing while the due date has not moved", () => {
    expect(baselineText(base)).toBeNull();
  });

  it("counts slips, and says when a date moved earlier", () => {
    expect(baselineText({ ...base, baselineDueDate: "2025-12-20", slipCount: 3 })).toBe("baseline Dec 20, 2025, slipped 3 times");
    expect(baselineText({ ...base, baselineDueDate: "2026-03-20", slipCount: 0 })).toBe("baseline Mar 20, moved earlier");
  });
});

describe("hasPlanBar", () => {
  it("draws a bar only for a latest start before the due date", () => {
    expect(hasPlanBar(base)).toBe(false);
    expect(hasPlanBar({ ...base, latestStart: "2026-03-12" })).toBe(false);
    expect(hasPlanBar({ ...base, latestStart: "2026-03-02" })).toBe(true);
  });
});
