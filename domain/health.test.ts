import { describe, expect, it } from "vitest";
import { confidenceMismatch, describeGap, expectedProgress, HEALTH_GRACE_DAYS, HEALTH_THRESHOLDS, healthFromGap, judgeHealth, paceHealth } from "./health.ts";

describe("HEALTH_THRESHOLDS", () => {
  it("are 10 and 25 points behind pace", () => {
    expect(HEALTH_THRESHOLDS).toEqual({ atRisk: 0.1, offTrack: 0.25 });
  });
});

describe("expectedProgress", () => {
  it("is the elapsed share of the start → target window", () => {
    expect(expectedProgress("2026-01-01", "2026-01-11", "2026-01-01")).toBe(0);
    expect(expectedProgress("2026-01-01", "2026-01-11", "2026-01-04")).toBeCloseTo(0.3);
    expect(expectedProgress("2026-01-01", "2026-01-11", "2026-01-06")).toBe(0.5);
    expect(expectedProgress("2026-01-01", "2026-01-11", "2026-01-11")).toBe(1);
  });

  it("is 0 before the start date", () => {
    expect(expectedProgress("2026-03-01", "2026-04-01", "2026-02-01")).toBe(0);
  });

  it("is 1 once the target date has passed", () => {
    expect(expectedProgress("2026-01-01", "2026-02-01", "2026-06-01")).toBe(1);
    expect(expectedProgress("2025-01-01", "2025-12-31", "2027-01-01")).toBe(1);
  });

  it("when start = target, is 0 before that day and 1 on and after it", () => {
    expect(expectedProgress("2026-05-01", "2026-05-01", "2026-04-30")).toBe(0);
    expect(expectedProgress("2026-05-01", "2026-05-01", "2026-05-01")).toBe(1);
    expect(expectedProgress("2026-05-01", "2026-05-01", "2026-05-02")).toBe(1);
  });

  it("counts calendar days across DST changes, month ends and leap days", () => {
    // 2024 is a leap year: Feb has 29 days; the window Feb 1 → Mar 2 has 30 days.
    expect(expectedProgress("2024-02-01", "2024-03-02", "2024-02-16")).toBe(0.5);
    // Across the US and EU DST switches.
    expect(expectedProgress("2026-03-01", "2026-03-31", "2026-03-16")).toBe(0.5);
    expect(expectedProgress("2026-10-15", "2026-11-14", "2026-10-30")).toBe(0.5);
  });

  it("is 0 for invalid dates rather than NaN", () => {
    expect(expectedProgress("not a date", "2026-01-01", "2026-01-01")).toBe(0);
  });
});

describe("healthFromGap and describeGap", () => {
  it("uses the thresholds on whole percentage points", () => {
    expect(healthFromGap(0.2)).toBe("ON_TRACK");
    expect(healthFromGap(0)).toBe("ON_TRACK");
    expect(healthFromGap(-0.1)).toBe("ON_TRACK");
    expect(healthFromGap(0.3 - 0.4)).toBe("ON_TRACK"); // −0.10000000000000003
    expect(healthFromGap(0.4 - 0.5)).toBe("ON_TRACK"); // −0.09999999999999998
    expect(healthFromGap(-0.11)).toBe("AT_RISK");
    expect(healthFromGap(-0.25)).toBe("AT_RISK");
    expect(healthFromGap(-0.26)).toBe("OFF_TRACK");
    expect(healthFromGap(-1)).toBe("OFF_TRACK");
  });

  it("agrees with the number shown", () => {
    // 10.4 points behind shows as "10% behind pace", so it is still on track.
    expect(describeGap(-0.104)).toBe("10% behind pace");
    expect(healthFromGap(-0.104)).toBe("ON_TRACK");
    expect(describeGap(-0.106)).toBe("11% behind pace");
    expect(healthFromGap(-0.106)).toBe("AT_RISK");
  });

  it("describes the gap", () => {
    expect(describeGap(0)).toBe("on pace");
    expect(describeGap(-0.001)).toBe("on pace");
    expect(describeGap(0.12)).toBe("12% ahead of pace");
    expect(describeGap(-0.3)).toBe("30% behind pace");
  });
});

describe("paceHealth", () => {
  it("is on track on or ahead of pace", () => {
    expect(paceHealth({ progress: 0.5, expected: 0.5, missedMilestones: 0 })).toEqual({
      health: "ON_TRACK",
      gap: 0,
      explanation: "Progress 50%, expected 50% by now: on pace.",
    });
    expect(paceHealth({ progress: 0.7, expected: 0.5, missedMilestones: 0 })).toEqual({
      health: "ON_TRACK",
      gap: 0.2,
      explanation: "Progress 70%, expected 50% by now: 20% ahead of pace.",
    });
  });

  it("is on track within the 10-point margin", () => {
    expect(paceHealth({ progress: 0.45, expected: 0.5, missedMilestones: 0 })).toEqual({
      health: "ON_TRACK",
      gap: -0.05,
      explanation: "Progress 45%, expected 50% by now: 5% behind pace — within the 10% margin.",
    });
    expect(paceHealth({ progress: 0.4, expected: 0.5, missedMilestones: 0 }).health).toBe("ON_TRACK");
    expect(paceHealth({ progress: 0.4, expected: 0.5, missedMilestones: 0 }).gap).toBe(-0.1);
  });

  it("is at risk more than 10 points behind", () => {
    expect(paceHealth({ progress: 0.35, expected: 0.5, missedMilestones: 0 })).toEqual({
      health: "AT_RISK",
      gap: -0.15,
      explanation: "Progress 35%, expected 50% by now: 15% behind pace — more than 10% behind is at risk.",
    });
    expect(paceHealth({ progress: 0.25, expected: 0.5, missedMilestones: 0 }).health).toBe("AT_RISK");
  });

  it("is off track more than 25 points behind", () => {
    expect(paceHealth({ progress: 0.3, expected: 0.6, missedMilestones: 0 })).toEqual({
      health: "OFF_TRACK",
      gap: -0.3,
      explanation: "Progress 30%, expected 60% by now: 30% behind pace — more than 25% behind is off track.",
    });
    expect(paceHealth({ progress: 0, expected: 1, missedMilestones: 0 }).health).toBe("OFF_TRACK");
  });

  it("is lowered one level per missed milestone", () => {
    expect(paceHealth({ progress: 0.6, expected: 0.5, missedMilestones: 1 })).toMatchObject({
      health: "AT_RISK",
      explanation: "Progress 60%, expected 50% by now: 10% ahead of pace. 1 missed milestone lowers it to at risk.",
    });
    expect(paceHealth({ progress: 0.35, expected: 0.5, missedMilestones: 1 })).toMatchObject({
      health: "OFF_TRACK",
      explanation:
        "Progress 35%, expected 50% by now: 15% behind pace — more than 10% behind is at risk. 1 missed milestone lowers it to off track.",
    });
  });

  it("is lowered at most to off track", () => {
    expect(paceHealth({ progress: 0.6, expected: 0.5, missedMilestones: 2 })).toMatchObject({
      health: "OFF_TRACK",
      explanation: "Progress 60%, expected 50% by now: 10% ahead of pace. 2 missed milestones lower it to off track.",
    });
    expect(paceHealth({ progress: 0.6, expected: 0.5, missedMilestones: 7 }).health).toBe("OFF_TRACK");
    expect(paceHealth({ progress: 0.1, expected: 0.9, missedMilestones: 1 })).toMatchObject({
      health: "OFF_TRACK",
      explanation: "Progress 10%, expected 90% by now: 80% behind pace — more than 25% behind is off track. Also 1 missed milestone.",
    });
  });

  it("is on track at 100% progress, whatever the date or missed milestones", () => {
    expect(paceHealth({ progress: 1, expected: 1, missedMilestones: 3 })).toEqual({
      health: "ON_TRACK",
      gap: 0,
      explanation: "Done: 100% of the goal is achieved.",
    });
    expect(paceHealth({ progress: 1, expected: 0.2, missedMilestones: 0 }).gap).toBe(0.8);
  });

  it("is on track before the start date (nothing expected yet)", () => {
    expect(paceHealth({ progress: 0, expected: 0, missedMilestones: 0 }).health).toBe("ON_TRACK");
  });

  it("is off track at 0% after a past target date", () => {
    const expected = expectedProgress("2025-01-01", "2025-06-30", "2026-01-01");
    expect(paceHealth({ progress: 0.2, expected, missedMilestones: 0 })).toMatchObject({ health: "OFF_TRACK", gap: -0.8 });
  });

  it("never shows an unfinished goal as 100%", () => {
    expect(paceHealth({ progress: 0.998, expected: 1, missedMilestones: 0 }).explanation).toBe(
      "Progress 99%, expected 100% by now: on pace.",
    );
  });

  it("treats non-numbers as 0 and ignores negative missed counts", () => {
    expect(paceHealth({ progress: Number.NaN, expected: 0, missedMilestones: -2 })).toMatchObject({ health: "ON_TRACK", gap: 0 });
  });
});

describe("confidenceMismatch", () => {
  it("is null when there is no confidence yet or they agree", () => {
    expect(confidenceMismatch(null, "OFF_TRACK", -0.5)).toBeNull();
    expect(confidenceMismatch(undefined, "AT_RISK", -0.15)).toBeNull();
    expect(confidenceMismatch("ON_TRACK", "ON_TRACK", 0)).toBeNull();
    expect(confidenceMismatch("AT_RISK", "AT_RISK", -0.15)).toBeNull();
    expect(confidenceMismatch("OFF_TRACK", "OFF_TRACK", -0.3)).toBeNull();
  });

  it("flags an owner more hopeful than the pace", () => {
    expect(confidenceMismatch("ON_TRACK", "OFF_TRACK", -0.3)).toBe("Marked on track, but 30% behind pace");
    expect(confidenceMismatch("ON_TRACK", "AT_RISK", -0.15)).toBe("Marked on track, but 15% behind pace");
    expect(confidenceMismatch("AT_RISK", "OFF_TRACK", -0.4)).toBe("Marked at risk, but 40% behind pace");
  });

  it("names missed milestones when they, not the pace, lowered the health", () => {
    expect(confidenceMismatch("ON_TRACK", "AT_RISK", 0.1)).toBe("Marked on track, but milestones were missed");
    expect(confidenceMismatch("ON_TRACK", "AT_RISK", 0)).toBe("Marked on track, but milestones were missed");
    expect(confidenceMismatch("ON_TRACK", "AT_RISK", -0.05)).toBe("Marked on track, but 5% behind pace and milestones were missed");
    expect(confidenceMismatch("ON_TRACK", "OFF_TRACK", -0.15)).toBe("Marked on track, but 15% behind pace and milestones were missed");
  });

  it("flags an owner more worried than the pace", () => {
    expect(confidenceMismatch("OFF_TRACK", "ON_TRACK", 0)).toBe("Marked off track, but on pace");
    expect(confidenceMismatch("OFF_TRACK", "ON_TRACK", 0.12)).toBe("Marked off track, but 12% ahead of pace");
    expect(confidenceMismatch("AT_RISK", "ON_TRACK", -0.05)).toBe("Marked at risk, but only 5% behind pace");
    expect(confidenceMismatch("OFF_TRACK", "AT_RISK", -0.15)).toBe("Marked off track, but only 15% behind pace");
  });

  it("works with paceHealth's output", () => {
    const { health, gap } = paceHealth({ progress: 0.2, expected: 0.5, missedMilestones: 0 });
    expect(confidenceMismatch("ON_TRACK", health, gap)).toBe("Marked on track, but 30% behind pace");
  });
});

describe("time zones", () => {
  it("gives the same expected progress whatever the machine's time zone", () => {
    const original = process.env.TZ;
    const cases: [string, string, string][] = [
      ["2026-03-01", "2026-04-10", "2026-03-09"],
      ["2026-10-20", "2026-11-10", "2026-10-25"],
      ["2026-09-01", "2026-09-11", "2026-09-06"],
    ];
    try {
      process.env.TZ = "UTC";
      const utc = cases.map(([s, t, d]) => expectedProgress(s, t, d));
      for (const zone of ["Pacific/Kiritimati", "America/Santiago", "Pacific/Pago_Pago", "Asia/Tehran"]) {
        process.env.TZ = zone;
        expect(cases.map(([s, t, d]) => expectedProgress(s, t, d))).toEqual(utc);
      }
      expect(utc).toEqual([8 / 40, 5 / 21, 5 / 10]);
    } finally {
      process.env.TZ = original;
    }
  });
});

describe("judgeHealth (a new goal's grace period)", () => {
  // Issue #12: a goal started 10 days ago, set today, with no milestone yet was born "Off track".
  const fresh = {
    progress: 0,
    expected: 0.5,
    missedMilestones: 0,
    startDate: "2026-03-01",
    createdOn: "2026-03-11",
    today: "2026-03-11",
    checkedIn: false,
    milestoneDueDates: [] as string[],
  };

  it("is NOT_ENOUGH_DATA for a backdated goal with nothing to judge, and says until when", () => {
    expect(judgeHealth(fresh)).toEqual({
      health: "NOT_ENOUGH_DATA",
      gap: 0,
      explanation:
        "Not enough data yet: health is judged from the first check-in, progress or milestone due date, or in 14 days (a new goal's 14-day grace period).",
    });
    expect(HEALTH_GRACE_DAYS).toBe(14);
  });

  it("counts the grace from the later of the start date and the day the goal was set", () => {
    expect(judgeHealth({ ...fresh, today: "2026-03-24" }).explanation).toMatch(/in 1 day /);
    expect(judgeHealth({ ...fresh, today: "2026-03-25" }).health).toBe("OFF_TRACK");
    // Set long before it starts: the grace runs from the start date.
    const planned = { ...fresh, startDate: "2026-04-01", createdOn: "2026-03-01", expected: 0.2 };
    expect(judgeHealth({ ...planned, today: "2026-04-10" }).health).toBe("NOT_ENOUGH_DATA");
    expect(judgeHealth({ ...planned, today: "2026-04-15" }).health).toBe("AT_RISK");
  });

  it("judges pace as soon as there is evidence: progress, a check-in, or a milestone due", () => {
    expect(judgeHealth({ ...fresh, progress: 0.1 }).health).toBe("OFF_TRACK");
    expect(judgeHealth({ ...fresh, checkedIn: true }).health).toBe("OFF_TRACK");
    expect(judgeHealth({ ...fresh, milestoneDueDates: ["2026-03-11"] }).health).toBe("OFF_TRACK");
    expect(judgeHealth({ ...fresh, missedMilestones: 1, milestoneDueDates: ["2026-03-05"] }).health).toBe("OFF_TRACK");
    // A milestone due later is not yet evidence.
    expect(judgeHealth({ ...fresh, milestoneDueDates: ["2026-04-01"] }).health).toBe("NOT_ENOUGH_DATA");
  });

  it("gives the same answer as paceHealth once judged", () => {
    const judged = { ...fresh, progress: 0.45, expected: 0.5 };
    expect(judgeHealth(judged)).toEqual(paceHealth(judged));
  });

  it("never flags a confidence mismatch while not judged", () => {
    expect(confidenceMismatch("OFF_TRACK", "NOT_ENOUGH_DATA", 0)).toBeNull();
  });
});
