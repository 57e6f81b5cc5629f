import { describe, expect, it } from "vitest";
import { formatDateTimeIn, formatDayIn } from "./format";

describe("timestamps in the organization's time zone", () => {
  it("shows the wall clock and the day of the zone, whatever the reader's", () => {
    expect(formatDateTimeIn("2026-11-19T17:00:00.000Z", "Pacific/Auckland")).toBe("20 Nov 2026, 06:00");
    expect(formatDateTimeIn("2026-11-19T17:00:00.000Z", "UTC")).toBe("19 Nov 2026, 17:00");
    expect(formatDayIn("2026-11-19T23:30:00.000Z", "America/New_York")).toBe("19 Nov 2026");
    expect(formatDayIn("2026-11-19T23:30:00.000Z", "Europe/Berlin")).toBe("20 Nov 2026");
  });

  it("falls back to UTC for an unknown zone and a dash for nothing", () => {
    expect(formatDateTimeIn("2026-01-01T00:05:00.000Z", "Mars/Olympus")).toBe("1 Jan 2026, 00:05");
    expect(formatDayIn(null, "UTC")).toBe("—");
  });
});
