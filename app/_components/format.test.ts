import { describe, expect, it } from "vitest";
import { formatDate, formatDateTimeIn, formatDayIn, formatMonth, formatWeekdayDate, shortDate, viewerLocale } from "./format";

describe("dates in the viewer's locale", () => {
  it("writes one date three ways: en-US, en-GB, de-DE", () => {
    expect(formatDate("2027-01-20", "en-US")).toBe("Jan 20, 2027");
    expect(formatDate("2027-01-20", "en-GB")).toBe("20 Jan 2027");
    expect(formatDate("2027-01-20", "de-DE")).toBe("20. Jan. 2027");
  });

  it("shortens a date next to another of the same year, and keeps the year otherwise", () => {
    expect(shortDate("2026-12-03", "2026-12-10", "en-US")).toBe("Dec 3");
    expect(shortDate("2026-12-03", "2026-12-10", "en-GB")).toBe("3 Dec");
    expect(shortDate("2026-12-03", "2026-12-10", "de-DE")).toBe("3. Dez.");
    expect(shortDate("2027-01-05", "2026-12-10", "en-US")).toBe("Jan 5, 2027");
    expect(shortDate("2027-01-05", null, "en-GB")).toBe("5 Jan 2027");
  });

  it("names weekdays and months the same way", () => {
    expect(formatWeekdayDate("2027-01-20", "en-US")).toBe("Wed, Jan 20, 2027");
    expect(formatWeekdayDate("2027-01-20", "en-GB")).toBe("Wed, 20 Jan 2027");
    expect(formatMonth("2027-01-01", true, "en-GB")).toBe("Jan 2027");
    expect(formatMonth("2027-03-01", false, "de-DE")).toBe("Mär");
  });

  it("reads a calendar date as that day whatever the machine's time zone", () => {
    const original = process.env.TZ;
    try {
      for (const zone of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
        process.env.TZ = zone;
        expect(formatDate("2027-01-01", "en-US")).toBe("Jan 1, 2027");
      }
    } finally {
      process.env.TZ = original;
    }
  });

  it("shows a dash for nothing or an unreadable value", () => {
    expect(formatDate(null, "en-US")).toBe("—");
    expect(formatDate("", "en-GB")).toBe("—");
    expect(formatDate("not a date", "en-GB")).toBe("—");
  });

  it("falls back to en-US outside a request", () => {
    expect(viewerLocale()).toBe("en-US");
    expect(formatDate("2027-01-20")).toBe("Jan 20, 2027");
  });
});

describe("timestamps in the organization's time zone", () => {
  it("shows the wall clock and the day of the zone, whatever the reader's", () => {
    expect(formatDateTimeIn("2026-11-19T17:00:00.000Z", "Pacific/Auckland", "en-GB")).toBe("20 Nov 2026, 06:00");
    expect(formatDateTimeIn("2026-11-19T17:00:00.000Z", "UTC", "en-GB")).toBe("19 Nov 2026, 17:00");
    expect(formatDateTimeIn("2026-11-19T17:00:00.000Z", "UTC", "en-US")).toBe("Nov 19, 2026, 05:00 PM");
    expect(formatDayIn("2026-11-19T23:30:00.000Z", "America/New_York", "en-US")).toBe("Nov 19, 2026");
    expect(formatDayIn("2026-11-19T23:30:00.000Z", "Europe/Berlin", "de-DE")).toBe("20. Nov. 2026");
  });

  it("falls back to UTC for an unknown zone and a dash for nothing", () => {
    expect(formatDateTimeIn("2026-01-01T00:05:00.000Z", "Mars/Olympus", "en-GB")).toBe("1 Jan 2026, 00:05");
    expect(formatDayIn(null, "UTC")).toBe("—");
  });
});
