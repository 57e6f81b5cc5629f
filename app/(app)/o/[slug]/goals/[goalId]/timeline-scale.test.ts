import { describe, expect, it } from "vitest";
import { flagLayout, labelAlign, tickUnit, timelineDomain, timelineTicks, timelineX } from "./timeline-scale";

describe("timelineDomain", () => {
  it("is the goal's start → target window when every date falls inside it", () => {
    expect(timelineDomain("2026-01-01", "2026-03-01", ["2026-02-01", null, undefined])).toEqual({
      from: "2026-01-01",
      to: "2026-03-01",
      days: 59,
    });
  });

  it("stretches to include dates before the start and after the target", () => {
    expect(timelineDomain("2026-01-10", "2026-03-01", ["2026-01-03", "2026-04-15", "2026-02-01"])).toEqual({
      from: "2026-01-03",
      to: "2026-04-15",
      days: 102,
    });
  });

  it("gives a one-day window at least, and tolerates a target before the start", () => {
    expect(timelineDomain("2026-05-05", "2026-05-05")).toEqual({ from: "2026-05-05", to: "2026-05-06", days: 1 });
    expect(timelineDomain("2026-05-10", "2026-05-01")).toMatchObject({ from: "2026-05-01", to: "2026-05-10", days: 9 });
  });

  it("counts calendar days across a daylight-saving change", () => {
    // Europe and the US move their clocks in March; calendar days must not come out as 30.96.
    expect(timelineDomain("2026-03-01", "2026-04-01").days).toBe(31);
  });
});

describe("timelineX", () => {
  const domain = timelineDomain("2026-01-01", "2026-01-11");

  it("maps the first day to 0, the last to 100 and days in between linearly", () => {
    expect(timelineX(domain, "2026-01-01")).toBe(0);
    expect(timelineX(domain, "2026-01-06")).toBe(50);
    expect(timelineX(domain, "2026-01-11")).toBe(100);
    expect(timelineX(domain, "2026-01-02")).toBeCloseTo(10);
  });

  it("clamps dates outside the domain to its ends", () => {
    expect(timelineX(domain, "2025-12-01")).toBe(0);
    expect(timelineX(domain, "2026-02-01")).toBe(100);
  });
});

describe("ticks", () => {
  it("uses weeks for short windows, then months, quarters and years", () => {
    expect(tickUnit(14)).toBe("week");
    expect(tickUnit(84)).toBe("week");
    expect(tickUnit(85)).toBe("month");
    expect(tickUnit(366)).toBe("month");
    expect(tickUnit(400)).toBe("quarter");
    expect(tickUnit(2000)).toBe("year");
  });

  it("labels Mondays for a short goal, all inside the window", () => {
    // 2026-03-02 is a Monday.
    const ticks = timelineTicks(timelineDomain("2026-03-01", "2026-03-20"), "en-GB");
    expect(ticks.map((t) => t.date)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(ticks.map((t) => t.label)).toEqual(["2 Mar", "9 Mar", "16 Mar"]);
    expect(timelineTicks(timelineDomain("2026-03-01", "2026-03-20"), "en-US").map((t) => t.label)).toEqual(["Mar 2", "Mar 9", "Mar 16"]);
    expect(ticks.every((t) => t.year === null)).toBe(true);
    expect(ticks[0]!.x).toBeCloseTo((1 / 19) * 100);
  });

  it("labels month starts, with the year on the first tick and on January", () => {
    const ticks = timelineTicks(timelineDomain("2025-10-15", "2026-03-31"), "en-GB");
    expect(ticks.map((t) => t.label)).toEqual(["Nov", "Dec", "Jan", "Feb", "Mar"]);
    expect(timelineTicks(timelineDomain("2026-02-15", "2026-06-15"), "de-DE").map((t) => t.label)).toEqual(["Mär", "Apr", "Mai", "Jun"]);
    expect(ticks.map((t) => t.year)).toEqual(["2025", null, "2026", null, null]);
    expect(ticks.every((t) => t.x > 0 && t.x < 100)).toBe(true);
  });

  it("includes a tick that falls exactly on the first day", () => {
    const ticks = timelineTicks(timelineDomain("2026-01-01", "2026-06-30"));
    expect(ticks[0]).toEqual({ date: "2026-01-01", label: "Jan", year: "2026", x: 0 });
    expect(ticks).toHaveLength(6);
  });

  it("labels quarters and years for long goals", () => {
    const quarters = timelineTicks(timelineDomain("2026-02-01", "2027-12-31"));
    expect(quarters.map((t) => t.label)).toEqual(["Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4"]);
    expect(quarters.map((t) => t.year)).toEqual(["2026", null, null, "2027", null, null, null]);
    expect(timelineTicks(timelineDomain("2026-06-01", "2030-01-01")).map((t) => t.label)).toEqual([
      "2027",
      "2028",
      "2029",
      "2030",
    ]);
  });
});

describe("labels", () => {
  it("centres a label on its mark except near an edge", () => {
    expect(labelAlign(50)).toBe("center");
    expect(labelAlign(2)).toBe("start");
    expect(labelAlign(97)).toBe("end");
  });

  it("places Today and Target like other labels when they are far apart", () => {
    expect(flagLayout(30, 90)).toEqual({ today: { align: "center", line: 0 }, target: { align: "center", line: 0 }, lines: 1 });
    expect(flagLayout(null, 100)).toMatchObject({ target: { align: "end", line: 0 }, lines: 1 });
  });

  it("puts close Today and Target labels on either side of their marks", () => {
    expect(flagLayout(60, 65)).toEqual({ today: { align: "end", line: 0 }, target: { align: "start", line: 0 }, lines: 1 });
    expect(flagLayout(70, 65)).toEqual({ today: { align: "start", line: 0 }, target: { align: "end", line: 0 }, lines: 1 });
  });

  it("drops Today to a second line when the two are close at an edge", () => {
    expect(flagLayout(95, 100)).toEqual({ today: { align: "end", line: 1 }, target: { align: "end", line: 0 }, lines: 2 });
  });
});
