import { describe, expect, it } from "vitest";
import { dayNumber, daysBetween, isCalendarDay, plusDays } from "./calendar.ts";

describe("calendar dates", () => {
  it("counts days across months, leap days and years", () => {
    expect(daysBetween("2026-02-28", "2026-03-01")).toBe(1);
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2026-12-31", "2027-01-01")).toBe(1);
    expect(daysBetween("2026-03-10", "2026-03-01")).toBe(-9);
  });

  it("adds days", () => {
    expect(plusDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(plusDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("rejects what is not a real date", () => {
    expect(isCalendarDay("2026-02-30")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
    expect(isCalendarDay("2026-2-3")).toBe(false);
    expect(isCalendarDay(null)).toBe(false);
    expect(Number.isNaN(dayNumber("nope"))).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
  });
});
