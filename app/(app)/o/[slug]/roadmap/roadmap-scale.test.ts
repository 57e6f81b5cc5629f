import { describe, expect, it } from "vitest";
import { percent, roadmapScale } from "./roadmap-scale.ts";

describe("roadmapScale", () => {
  it("spans whole months from the earliest to the latest day", () => {
    const scale = roadmapScale(["2026-03-15", "2026-01-10", "2026-02-28"])!;
    expect(scale.start).toBe("2026-01-01");
    expect(scale.end).toBe("2026-04-01");
    expect(scale.days).toBe(31 + 28 + 31);
  });

  it("maps days linearly: axis start at 0, the day after the axis at 1", () => {
    const scale = roadmapScale(["2026-01-01", "2026-01-31"])!;
    expect(scale.x("2026-01-01")).toBe(0);
    expect(scale.x("2026-02-01")).toBe(1);
    expect(scale.x("2026-01-16")).toBeCloseTo(15 / 31);
    expect(scale.xMid("2026-01-01")).toBeCloseTo(0.5 / 31);
  });

  it("spans a bar over whole days, target day included", () => {
    const scale = roadmapScale(["2026-01-01", "2026-01-31"])!;
    const { left, width } = scale.span("2026-01-11", "2026-01-20");
    expect(left).toBeCloseTo(10 / 31);
    expect(width).toBeCloseTo(10 / 31);
    expect(scale.span("2026-01-05", "2026-01-05").width).toBeCloseTo(1 / 31);
  });

  it("has a tick per month, years on the first tick and on January, quarters emphasised", () => {
    const scale = roadmapScale(["2026-11-20", "2027-04-02"])!;
    expect(scale.months.map((m) => m.label)).toEqual(["Nov 2026", "Dec", "Jan 2027", "Feb", "Mar", "Apr"]);
    expect(scale.months.filter((m) => m.quarterStart).map((m) => m.quarter)).toEqual(["Q1 2027", "Q2 2027"]);
    expect(scale.months[0]!.x).toBe(0);
    expect(scale.months[1]!.x).toBeCloseTo(30 / (30 + 31 + 31 + 28 + 31 + 30));
  });

  it("knows which days are on the axis", () => {
    const scale = roadmapScale(["2026-05-10"])!;
    expect(scale.contains("2026-05-01")).toBe(true);
    expect(scale.contains("2026-05-31")).toBe(true);
    expect(scale.contains("2026-06-01")).toBe(false);
    expect(scale.contains("2026-04-30")).toBe(false);
  });

  it("is null without a valid day, and ignores invalid ones", () => {
    expect(roadmapScale([])).toBeNull();
    expect(roadmapScale(["2026-02-30", "nope"])).toBeNull();
    expect(roadmapScale(["2026-02-30", "2026-07-04"])!.start).toBe("2026-07-01");
  });

  it("formats fractions as CSS percentages", () => {
    expect(percent(0.5)).toBe("50.000%");
    expect(percent(1 / 3)).toBe("33.333%");
  });
});
