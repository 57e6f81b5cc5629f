import { describe, expect, it } from "vitest";
import { projectMetric, SMART_MIN_DESCRIPTION, smartCheck, type SmartInput } from "./smart.ts";

const DESCRIPTION = "Grow weekly active teams to 300 so that the product pays for itself.";

/** A goal meeting every criterion; each test changes what it is about. */
const goal = (over: Partial<SmartInput> = {}): SmartInput => ({
  description: DESCRIPTION,
  kind: "MILESTONE",
  startValue: null,
  targetValue: null,
  direction: null,
  ownerId: "user-1",
  parentId: null,
  relevance: "Company objective for the year.",
  rationale: "",
  startDate: "2026-01-01",
  targetDate: "2026-12-31",
  createdOn: "2026-01-01",
  milestoneCount: 3,
  checkIns: [],
  ...over,
});

const metricGoal = (over: Partial<SmartInput> = {}) =>
  goal({ kind: "METRIC", startValue: 120, targetValue: 300, direction: "INCREASE", milestoneCount: 0, ...over });

// The details' dates as an en-GB reader sees them; "in the reader's locale" below checks en-US.
const item = (g: SmartInput, criterion: string, locale = "en-GB") => {
  const found = smartCheck(g, locale).find((i) => i.criterion === criterion);
  if (!found) throw new Error(`no ${criterion}`);
  return found;
};

describe("projectMetric", () => {
  it("is null with fewer than 2 check-ins", () => {
    expect(projectMetric([], "2026-12-31")).toBeNull();
    expect(projectMetric([{ value: 10, on: "2026-01-01" }], "2026-12-31")).toBeNull();
  });

  it("is null when every check-in is on the same day (no pace)", () => {
    expect(projectMetric([{ value: 10, on: "2026-01-01" }, { value: 12, on: "2026-01-01" }], "2026-12-31")).toBeNull();
  });

  it("extends the line through two check-ins", () => {
    // +10 per 10 days
    expect(projectMetric([{ value: 100, on: "2026-01-01" }, { value: 110, on: "2026-01-11" }], "2026-02-10")).toBeCloseTo(140);
    // decreasing
    expect(projectMetric([{ value: 800, on: "2026-01-01" }, { value: 700, on: "2026-01-11" }], "2026-01-31")).toBeCloseTo(500);
  });

  it("fits a least-squares line through several check-ins, in any order", () => {
    const checkIns = [
      { value: 4, on: "2026-01-03" },
      { value: 0, on: "2026-01-01" },
      { value: 2, on: "2026-01-02" },
      { value: 6, on: "2026-01-04" },
    ];
    expect(projectMetric(checkIns, "2026-01-11")).toBeCloseTo(20);
    // Noisy points: slope Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 3/5, through (1.5, 1.5); on day 4: 1.5 + 0.6 × 2.5 = 3.
    const noisy = [
      { value: 1, on: "2026-01-01" },
      { value: 0, on: "2026-01-02" },
      { value: 3, on: "2026-01-03" },
      { value: 2, on: "2026-01-04" },
    ];
    expect(projectMetric(noisy, "2026-01-05")).toBeCloseTo(3);
  });

  it("is flat when the values do not move", () => {
    expect(projectMetric([{ value: 5, on: "2026-01-01" }, { value: 5, on: "2026-03-01" }], "2027-01-01")).toBe(5);
  });

  it("skips invalid check-ins and dates", () => {
    expect(projectMetric([{ value: 1, on: "2026-01-01" }, { value: Number.NaN, on: "2026-01-02" }], "2026-02-01")).toBeNull();
    expect(projectMetric([{ value: 1, on: "2026-01-01" }, { value: 2, on: "2026-02-30" }], "2026-03-01")).toBeNull();
    expect(projectMetric([{ value: 1, on: "2026-01-01" }, { value: 2, on: "2026-01-02" }], "someday")).toBeNull();
  });
});

describe("smartCheck", () => {
  it("lists the five criteria in order with labels", () => {
    const items = smartCheck(goal());
    expect(items.map((i) => [i.criterion, i.label])).toEqual([
      ["SPECIFIC", "Specific"],
      ["MEASURABLE", "Measurable"],
      ["ACHIEVABLE", "Achievable"],
      ["RELEVANT", "Relevant"],
      ["TIME_BOUND", "Time-bound"],
    ]);
    expect(items.every((i) => i.met)).toBe(true);
  });

  describe("Specific", () => {
    it("is met by a description of reasonable length", () => {
      expect(item(goal(), "SPECIFIC")).toMatchObject({ met: true, detail: "The description says what and why." });
      expect(item(goal({ description: "x".repeat(SMART_MIN_DESCRIPTION) }), "SPECIFIC").met).toBe(true);
    });

    it("is unmet without a description", () => {
      expect(item(goal({ description: "" }), "SPECIFIC")).toMatchObject({
        met: false,
        detail: "Add a description: what you will achieve and why.",
      });
      expect(item(goal({ description: "   \n " }), "SPECIFIC").met).toBe(false);
      expect(item(goal({ description: null }), "SPECIFIC").met).toBe(false);
    });

    it("is unmet with a description too short, counting collapsed spaces", () => {
      expect(item(goal({ description: "More users" }), "SPECIFIC")).toMatchObject({
        met: false,
        detail: "The description is short (10 characters): say what you will achieve and why in at least 30.",
      });
      expect(item(goal({ description: `  ${"word      ".repeat(5)}  ` }), "SPECIFIC").met).toBe(false);
    });
  });

  describe("Measurable", () => {
    it("is met by a complete metric", () => {
      expect(item(metricGoal(), "MEASURABLE")).toMatchObject({ met: true, detail: "Measured by a metric: from 120 to 300." });
      expect(item(metricGoal({ direction: "DECREASE", startValue: 800, targetValue: 200.5 }), "MEASURABLE").detail).toBe(
        "Measured by a metric: from 800 to 200.5.",
      );
    });

    it("accepts stay-above / stay-below metrics without a start value", () => {
      expect(item(metricGoal({ direction: "STAY_ABOVE", startValue: null, targetValue: 95 }), "MEASURABLE")).toMatchObject({
        met: true,
        detail: "Measured by a metric: stay at or above 95.",
      });
      expect(item(metricGoal({ direction: "STAY_BELOW", startValue: null, targetValue: 200 }), "MEASURABLE").detail).toBe(
        "Measured by a metric: stay at or below 200.",
      );
    });

    it("is met by at least one milestone", () => {
      expect(item(goal({ milestoneCount: 1 }), "MEASURABLE")).toMatchObject({ met: true, detail: "Measured by 1 milestone." });
      expect(item(goal({ milestoneCount: 4 }), "MEASURABLE").detail).toBe("Measured by 4 milestones.");
      expect(item(metricGoal({ targetValue: null, milestoneCount: 2 }), "MEASURABLE").met).toBe(true);
    });

    it("is unmet with neither", () => {
      expect(item(goal({ milestoneCount: 0 }), "MEASURABLE")).toMatchObject({
        met: false,
        detail: "Add at least one milestone, or measure the goal with a metric.",
      });
      expect(item(metricGoal({ direction: null }), "MEASURABLE")).toMatchObject({
        met: false,
        detail: "Set the metric's start value, target value and direction, or add a milestone.",
      });
      expect(item(metricGoal({ startValue: null }), "MEASURABLE").met).toBe(false);
      expect(item(metricGoal({ targetValue: null }), "MEASURABLE").met).toBe(false);
    });

    it("ignores a metric's values on a milestone goal", () => {
      expect(item(goal({ startValue: 1, targetValue: 2, direction: "INCREASE", milestoneCount: 0 }), "MEASURABLE").met).toBe(false);
    });
  });

  describe("Achievable", () => {
    it("is met for a milestone goal with an owner", () => {
      expect(item(goal(), "ACHIEVABLE")).toMatchObject({ met: true, detail: "Has an owner." });
    });

    it("is unmet without an owner", () => {
      expect(item(goal({ ownerId: null }), "ACHIEVABLE")).toMatchObject({ met: false, detail: "Choose an owner." });
      expect(item(goal({ ownerId: "" }), "ACHIEVABLE").met).toBe(false);
      expect(item(metricGoal({ ownerId: null, rationale: "We doubled last year." }), "ACHIEVABLE")).toMatchObject({
        met: false,
        detail: "Choose an owner.",
      });
    });

    it("is met for a metric whose recorded pace reaches the target by the target date", () => {
      const checkIns = [
        { value: 120, on: "2026-01-01" },
        { value: 150, on: "2026-02-01" },
      ];
      expect(item(metricGoal({ checkIns }), "ACHIEVABLE")).toMatchObject({
        met: true,
        detail: "Has an owner, and at the recorded pace it reaches 472.26 by 31 Dec 2026 (target 300).",
      });
    });

    it("is unmet for a metric whose recorded pace falls short, unless a rationale is stated", () => {
      const checkIns = [
        { value: 120, on: "2026-01-01" },
        { value: 121, on: "2026-02-01" },
      ];
      expect(item(metricGoal({ checkIns }), "ACHIEVABLE")).toMatchObject({
        met: false,
        detail: "At the recorded pace it would be 131.74 by 31 Dec 2026, short of 300: state why the target is reachable.",
      });
      expect(item(metricGoal({ checkIns, rationale: "A launch in June will bring most of the growth." }), "ACHIEVABLE")).toMatchObject({
        met: true,
        detail: "Has an owner and a stated reason why the target is reachable.",
      });
    });

    it("needs a rationale with fewer than 2 check-ins", () => {
      const detail =
        "Fewer than 2 check-ins on different days, so there is no pace to project yet: state why the target is reachable.";
      expect(item(metricGoal(), "ACHIEVABLE")).toMatchObject({ met: false, detail });
      expect(item(metricGoal({ checkIns: [{ value: 200, on: "2026-02-01" }] }), "ACHIEVABLE")).toMatchObject({ met: false, detail });
      expect(item(metricGoal({ rationale: "   " }), "ACHIEVABLE").met).toBe(false);
      expect(item(metricGoal({ rationale: "Same team hit 310 last year." }), "ACHIEVABLE").met).toBe(true);
      expect(item(metricGoal({ ownerId: null }), "ACHIEVABLE").detail).toBe(`Choose an owner. ${detail}`);
    });

    it("judges decreasing metrics", () => {
      const g = { direction: "DECREASE" as const, startValue: 800, targetValue: 200 };
      const fast = [
        { value: 800, on: "2026-01-01" },
        { value: 700, on: "2026-02-01" },
      ];
      const slow = [
        { value: 800, on: "2026-01-01" },
        { value: 790, on: "2026-02-01" },
      ];
      expect(item(metricGoal({ ...g, checkIns: fast }), "ACHIEVABLE").met).toBe(true);
      expect(item(metricGoal({ ...g, checkIns: slow }), "ACHIEVABLE").met).toBe(false);
    });

    it("counts a target already reached as plausible", () => {
      const checkIns = [
        { value: 310, on: "2026-02-01" },
        { value: 305, on: "2026-03-01" },
      ];
      expect(item(metricGoal({ checkIns }), "ACHIEVABLE")).toMatchObject({
        met: true,
        detail: "Has an owner, and the target 300 is already reached.",
      });
    });

    it("judges stay-above and stay-below by the projected value on the target date", () => {
      const falling = [
        { value: 99, on: "2026-01-01" },
        { value: 98, on: "2026-02-01" },
      ];
      const above = { direction: "STAY_ABOVE" as const, startValue: null, targetValue: 95 };
      expect(item(metricGoal({ ...above, checkIns: falling }), "ACHIEVABLE").met).toBe(false);
      expect(item(metricGoal({ ...above, targetValue: 80, checkIns: falling }), "ACHIEVABLE").met).toBe(true);
      const below = { direction: "STAY_BELOW" as const, startValue: null, targetValue: 200 };
      const rising = [
        { value: 150, on: "2026-01-01" },
        { value: 160, on: "2026-02-01" },
      ];
      expect(item(metricGoal({ ...below, checkIns: rising }), "ACHIEVABLE").met).toBe(false);
      expect(item(metricGoal({ ...below, targetValue: 300, checkIns: rising }), "ACHIEVABLE").met).toBe(true);
    });

    it("needs a rationale for an incomplete metric", () => {
      expect(item(metricGoal({ targetValue: null }), "ACHIEVABLE")).toMatchObject({
        met: false,
        detail: "The target can't be judged until the metric and target date are set: state why the target is reachable.",
      });
      expect(item(metricGoal({ targetValue: null, rationale: "Because." }), "ACHIEVABLE").met).toBe(true);
    });
  });

  describe("Relevant", () => {
    it("is met by a parent goal or a stated reason", () => {
      expect(item(goal({ parentId: "goal-0", relevance: "" }), "RELEVANT")).toMatchObject({ met: true, detail: "Supports a parent goal." });
      expect(item(goal(), "RELEVANT")).toMatchObject({ met: true, detail: "States why it matters." });
    });

    it("is unmet with neither", () => {
      expect(item(goal({ relevance: "  " }), "RELEVANT")).toMatchObject({
        met: false,
        detail: "Link a parent goal, or say why this goal matters.",
      });
      expect(item(goal({ relevance: null, parentId: null }), "RELEVANT").met).toBe(false);
    });
  });

  describe("Time-bound", () => {
    it("is met by a target date in the future at creation", () => {
      expect(item(goal(), "TIME_BOUND")).toMatchObject({ met: true, detail: "Due 31 Dec 2026, 364 days after the goal was set." });
      expect(item(goal({ targetDate: "2026-01-02" }), "TIME_BOUND").detail).toBe("Due 2 Jan 2026, 1 day after the goal was set.");
    });

    it("writes its dates in the reader's locale", () => {
      expect(item(goal(), "TIME_BOUND", "en-US").detail).toBe("Due Dec 31, 2026, 364 days after the goal was set.");
      expect(item(goal({ startDate: "2026-06-01", targetDate: "2026-05-01" }), "TIME_BOUND", "en-US").detail).toBe(
        "The target date (May 1, 2026) is before the start date (Jun 1, 2026).",
      );
    });

    it("stays met after the target date has passed, judged at creation", () => {
      expect(item(goal({ startDate: "2024-01-01", createdOn: "2024-01-01", targetDate: "2024-06-30" }), "TIME_BOUND").met).toBe(true);
    });

    it("is unmet for a target date not after the creation date", () => {
      expect(item(goal({ targetDate: "2026-01-01" }), "TIME_BOUND")).toMatchObject({
        met: false,
        detail: "The target date (1 Jan 2026) was not in the future when the goal was set (1 Jan 2026): pick a later date.",
      });
      expect(item(goal({ startDate: "2025-01-01", targetDate: "2025-12-31", createdOn: "2026-03-01" }), "TIME_BOUND").met).toBe(false);
    });

    it("is unmet without a target date or with one before the start date", () => {
      expect(item(goal({ targetDate: null }), "TIME_BOUND")).toMatchObject({ met: false, detail: "Set a target date." });
      expect(item(goal({ targetDate: "2026-13-01" }), "TIME_BOUND").met).toBe(false);
      expect(item(goal({ startDate: "2026-06-01", targetDate: "2026-05-01" }), "TIME_BOUND")).toMatchObject({
        met: false,
        detail: "The target date (1 May 2026) is before the start date (1 Jun 2026).",
      });
    });
  });

  it("reports everything missing for an empty draft", () => {
    const draft = smartCheck({
      description: "",
      kind: "MILESTONE",
      startValue: null,
      targetValue: null,
      direction: null,
      ownerId: null,
      parentId: null,
      relevance: "",
      rationale: "",
      startDate: null,
      targetDate: null,
      createdOn: "2026-01-01",
      milestoneCount: 0,
      checkIns: [],
    });
    expect(draft.map((i) => i.met)).toEqual([false, false, false, false, false]);
    expect(draft.every((i) => i.detail.length > 0)).toBe(true);
  });

  it("gives the same answers whatever the machine's time zone", () => {
    const original = process.env.TZ;
    const g = metricGoal({
      checkIns: [
        { value: 120, on: "2026-03-01" },
        { value: 160, on: "2026-04-01" },
      ],
      targetDate: "2026-11-01",
    });
    try {
      process.env.TZ = "UTC";
      const utc = JSON.stringify(smartCheck(g));
      for (const zone of ["Pacific/Kiritimati", "America/Santiago", "Pacific/Pago_Pago"]) {
        process.env.TZ = zone;
        expect(JSON.stringify(smartCheck(g))).toBe(utc);
      }
    } finally {
      process.env.TZ = original;
    }
  });
});

describe("SMART Relevant: the organization's mission", () => {
  const draft = {
    description: "Grow the number of teams that plan their week in Waymark.",
    kind: "MILESTONE" as const,
    startValue: null,
    targetValue: null,
    direction: null,
    ownerId: "u1",
    parentId: null,
    relevance: "",
    rationale: null,
    startDate: "2027-01-01",
    targetDate: "2027-03-01",
    createdOn: "2026-12-01",
    milestoneCount: 1,
    checkIns: [],
  };
  const relevantOf = (extra: Partial<typeof draft> & { mission?: string | null }) =>
    smartCheck({ ...draft, ...extra }).find((i) => i.criterion === "RELEVANT")!;

  it("accepts a goal whose description shares meaningful words with the mission, and says so", () => {
    const item = relevantOf({ mission: "Help every team plan its week." });
    expect(item.met).toBe(true);
    expect(item.detail).toBe("Serves the mission: “Help every team plan its week.” (shares “team”, “plan”, “week”).");
  });

  it("reads the relevance too, and ignores common words", () => {
    expect(relevantOf({ description: "", mission: "Make onboarding delightful", relevance: "Onboarding is slow." }).met).toBe(true);
    const common = relevantOf({ mission: "This would be about that", description: "This would be about that goal" });
    expect(common.met).toBe(false);
    expect(common.detail).toBe("Link a parent goal, say why this goal matters, or how it serves the mission.");
  });

  it("does not accept a goal on another subject, and without a mission keeps the old rule", () => {
    expect(relevantOf({ mission: "Carbon-neutral shipping by 2030" }).met).toBe(false);
    expect(relevantOf({ mission: null }).detail).toBe("Link a parent goal, or say why this goal matters.");
  });
});
