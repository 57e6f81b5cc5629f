import { describe, expect, it } from "vitest";
import { digestTime } from "./digest-schedule.ts";

// 2026-12-07 is a Monday.
describe("digestTime", () => {
  it("is due on Monday from 08:00 local until the day ends", () => {
    expect(digestTime(new Date("2026-12-07T07:59:59Z"), "UTC")).toEqual({ due: false, weekStart: "2026-12-07" });
    expect(digestTime(new Date("2026-12-07T08:00:00Z"), "UTC")).toEqual({ due: true, weekStart: "2026-12-07" });
    // A server down at 08:00 still sends the week's digest later that Monday.
    expect(digestTime(new Date("2026-12-07T15:30:00Z"), "UTC")).toEqual({ due: true, weekStart: "2026-12-07" });
    expect(digestTime(new Date("2026-12-07T23:59:59Z"), "UTC")).toEqual({ due: true, weekStart: "2026-12-07" });
  });

  it("is not due on the other days, which still belong to their Monday's week", () => {
    expect(digestTime(new Date("2026-12-08T00:00:00Z"), "UTC")).toEqual({ due: false, weekStart: "2026-12-07" });
    expect(digestTime(new Date("2026-12-10T09:00:00Z"), "UTC")).toEqual({ due: false, weekStart: "2026-12-07" });
    expect(digestTime(new Date("2026-12-13T12:00:00Z"), "UTC")).toEqual({ due: false, weekStart: "2026-12-07" });
  });

  it("reads Monday and the hour in the organization's time zone", () => {
    // Sydney (UTC+11 in December): Monday 08:00 is Sunday 21:00 UTC.
    expect(digestTime(new Date("2026-12-06T20:59:00Z"), "Australia/Sydney")).toEqual({ due: false, weekStart: "2026-12-07" });
    expect(digestTime(new Date("2026-12-06T21:00:00Z"), "Australia/Sydney")).toEqual({ due: true, weekStart: "2026-12-07" });
    // ...and Monday has ended there by Monday 13:00 UTC.
    expect(digestTime(new Date("2026-12-07T13:00:00Z"), "Australia/Sydney").due).toBe(false);
    // New York (UTC−5): 08:00 local is 13:00 UTC; at 07:00 UTC on Monday it is still Monday 02:00 there.
    expect(digestTime(new Date("2026-12-07T12:59:00Z"), "America/New_York")).toEqual({ due: false, weekStart: "2026-12-07" });
    expect(digestTime(new Date("2026-12-07T13:00:00Z"), "America/New_York")).toEqual({ due: true, weekStart: "2026-12-07" });
    // Tuesday 03:00 UTC is still Monday 22:00 in New York.
    expect(digestTime(new Date("2026-12-08T03:00:00Z"), "America/New_York")).toEqual({ due: true, weekStart: "2026-12-07" });
  });

  it("follows daylight saving time", () => {
    // Berlin moved to CEST (UTC+2) on Sunday 2026-03-29: Monday 08:00 is 06:00 UTC.
    expect(digestTime(new Date("2026-03-30T05:59:00Z"), "Europe/Berlin").due).toBe(false);
    expect(digestTime(new Date("2026-03-30T06:00:00Z"), "Europe/Berlin")).toEqual({ due: true, weekStart: "2026-03-30" });
  });

  it("counts an unknown time zone as UTC", () => {
    expect(digestTime(new Date("2026-12-07T08:00:00Z"), "Not/AZone")).toEqual({ due: true, weekStart: "2026-12-07" });
  });
});
