import { describe, expect, it } from "vitest";
import { calendarDateSchema, dateKey, parseCalendarDate, todayIn } from "./dates.ts";
import { effectiveStatus } from "./schedule.ts";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("parseCalendarDate", () => {
  it("accepts real YYYY-MM-DD dates as UTC midnight", () => {
    expect(parseCalendarDate("2026-11-25")?.toISOString()).toBe("2026-11-25T00:00:00.000Z");
    expect(parseCalendarDate("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });

  it("rejects impossible and malformed dates", () => {
    for (const bad of ["2026-02-30", "2027-02-29", "2026-13-01", "2026-1-5", "26-11-25", "2026-11-25T00:00:00Z", ""]) {
      expect(parseCalendarDate(bad), bad).toBeNull();
    }
    expect(parseCalendarDate(new Date(NaN))).toBeNull();
  });

  it("reads a Date by its UTC day", () => {
    expect(parseCalendarDate(new Date("2026-11-25T23:59:59.999Z"))?.toISOString()).toBe("2026-11-25T00:00:00.000Z");
  });
});

describe("todayIn", () => {
  const now = new Date("2026-11-26T02:00:00Z");

  it("is the calendar date in the given zone", () => {
    expect(todayIn("UTC", now)).toBe("2026-11-26");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-11-25");
    expect(todayIn("Pacific/Kiritimati", new Date("2026-11-25T11:00:00Z"))).toBe("2026-11-26");
  });

  it("falls back to UTC for an unknown zone", () => {
    expect(todayIn("Not/A_Zone", now)).toBe("2026-11-26");
  });
});

// The missed state (server/milestones/schedule.ts) judged on today's date in the org's time zone.
const missed = (due: string, status: "PLANNED" | "IN_PROGRESS" | "DONE", timeZone: string, now: string) =>
  effectiveStatus(status, due, todayIn(timeZone, new Date(now))) === "MISSED";

describe("missed milestones by the organization's calendar", () => {
  it("is missed the day after the due date in UTC", () => {
    expect(missed("2026-11-25", "PLANNED", "UTC", "2026-11-26T00:00:00Z")).toBe(true);
    expect(missed("2026-11-25", "IN_PROGRESS", "UTC", "2026-11-26T02:00:00Z")).toBe(true);
  });

  it("is not missed on the due date itself", () => {
    expect(missed("2026-11-25", "PLANNED", "UTC", "2026-11-25T23:59:59Z")).toBe(false);
  });

  it("judges by the organization's time zone", () => {
    // 02:00 UTC on the 26th is still the evening of the 25th in Los Angeles.
    expect(missed("2026-11-25", "PLANNED", "America/Los_Angeles", "2026-11-26T02:00:00Z")).toBe(false);
    expect(missed("2026-11-25", "PLANNED", "America/Los_Angeles", "2026-11-26T08:00:00Z")).toBe(true);
    // East of UTC, the 26th starts earlier.
    expect(missed("2026-11-25", "PLANNED", "Asia/Tokyo", "2026-11-25T15:00:00Z")).toBe(true);
  });

  it("is never missed when done", () => {
    expect(missed("2020-01-01", "DONE", "UTC", "2026-11-26T00:00:00Z")).toBe(false);
  });
});

describe("calendarDateSchema", () => {
  const schema = calendarDateSchema("Due date");

  it("parses strings and Dates", () => {
    expect(dateKey(schema.parse("2026-11-25"))).toBe("2026-11-25");
    expect(dateKey(schema.parse(day("2026-11-25")))).toBe("2026-11-25");
  });

  it("names the field in its messages", () => {
    const bad = schema.safeParse("2026-02-30");
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe("Due date must be a real date in YYYY-MM-DD form.");
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe("Due date is required, as a date in YYYY-MM-DD form.");
  });
});
