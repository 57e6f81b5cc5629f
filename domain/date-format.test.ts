import { describe, expect, it } from "vitest";
import { formatIn, formatShortDay } from "./date-format.ts";

describe("the one date rule, in two locales", () => {
  it("writes a calendar day as en-US and en-GB readers write it", () => {
    expect(formatIn("2027-01-20", "date", "en-US")).toBe("Jan 20, 2027");
    expect(formatIn("2027-01-20", "date", "en-GB")).toBe("20 Jan 2027");
    expect(formatIn("2027-01-20", "weekdayDate", "en-US")).toBe("Wed, Jan 20, 2027");
    expect(formatIn("2027-01-20", "weekdayDate", "en-GB")).toBe("Wed, 20 Jan 2027");
    expect(formatIn("2027-03-02", "dayMonth", "en-US")).toBe("Mar 2");
    expect(formatIn("2027-03-02", "dayMonth", "en-GB")).toBe("2 Mar");
  });

  it("drops the year only next to a day of the same year", () => {
    expect(formatShortDay("2026-12-03", "2026-12-10", "en-US")).toBe("Dec 3");
    expect(formatShortDay("2026-12-03", "2026-12-10", "en-GB")).toBe("3 Dec");
    expect(formatShortDay("2027-01-05", "2026-12-30", "en-US")).toBe("Jan 5, 2027");
    expect(formatShortDay("2027-01-05", null, "en-GB")).toBe("5 Jan 2027");
  });

  it("keeps a calendar day whatever the machine's zone, and an instant in the zone asked", () => {
    const original = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      expect(formatIn("2027-01-01", "date", "en-GB")).toBe("1 Jan 2027");
    } finally {
      process.env.TZ = original;
    }
    expect(formatIn("2026-11-19T23:30:00.000Z", "date", "en-US", "America/New_York")).toBe("Nov 19, 2026");
    expect(formatIn("2026-11-19T23:30:00.000Z", "date", "en-GB", "Europe/London")).toBe("19 Nov 2026");
  });

  it("shows a dash for nothing or an unreadable value", () => {
    expect(formatIn(null, "date", "en-US")).toBe("—");
    expect(formatIn("not a date", "date", "en-GB")).toBe("—");
  });
});
