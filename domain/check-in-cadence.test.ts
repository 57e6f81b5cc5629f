import { describe, expect, it } from "vitest";
import { checkInBadge, checkInState, nextDueDay, plusMonths } from "./check-in-cadence.ts";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const noon = (s: string) => new Date(`${s}T12:00:00.000Z`);
const open = { closed: false, startDate: day("2026-01-05") };

describe("nextDueDay", () => {
  it("adds a week, two weeks or a calendar month; none asks for nothing", () => {
    expect(nextDueDay("WEEKLY", "2026-12-28")).toBe("2027-01-04");
    expect(nextDueDay("BIWEEKLY", "2026-02-20")).toBe("2026-03-06");
    expect(nextDueDay("MONTHLY", "2026-03-15")).toBe("2026-04-15");
    expect(nextDueDay("NONE", "2026-03-15")).toBeNull();
  });

  it("clamps a month to its last day", () => {
    expect(plusMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(plusMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(plusMonths("2026-12-15", 1)).toBe("2027-01-15");
  });
});

describe("checkInState", () => {
  it("weekly: due on the day a week has passed since the latest check-in, not the day before", () => {
    const input = { ...open, cadence: "WEEKLY" as const, lastCheckInAt: noon("2026-03-02") };
    expect(checkInState(input, noon("2026-03-08"), "UTC")).toEqual({ due: false, dueSince: null, silentWeeks: 0 });
    expect(checkInState(input, noon("2026-03-09"), "UTC")).toEqual({ due: true, dueSince: day("2026-03-09"), silentWeeks: 1 });
  });

  it("biweekly and monthly wait longer", () => {
    const last = noon("2026-03-02");
    expect(checkInState({ ...open, cadence: "BIWEEKLY", lastCheckInAt: last }, noon("2026-03-15"), "UTC").due).toBe(false);
    expect(checkInState({ ...open, cadence: "BIWEEKLY", lastCheckInAt: last }, noon("2026-03-16"), "UTC").dueSince).toEqual(day("2026-03-16"));
    expect(checkInState({ ...open, cadence: "MONTHLY", lastCheckInAt: last }, noon("2026-04-01"), "UTC").due).toBe(false);
    expect(checkInState({ ...open, cadence: "MONTHLY", lastCheckInAt: last }, noon("2026-04-02"), "UTC").dueSince).toEqual(day("2026-04-02"));
  });

  it("none is never due, but the silence is still counted", () => {
    const state = checkInState({ ...open, cadence: "NONE", lastCheckInAt: noon("2026-03-02") }, noon("2026-04-02"), "UTC");
    expect(state).toEqual({ due: false, dueSince: null, silentWeeks: 4 });
  });

  it("before the first check-in, counts from the start date", () => {
    const input = { ...open, cadence: "WEEKLY" as const, lastCheckInAt: null };
    expect(checkInState(input, noon("2026-01-11"), "UTC").due).toBe(false);
    expect(checkInState(input, noon("2026-01-12"), "UTC")).toEqual({ due: true, dueSince: day("2026-01-12"), silentWeeks: 1 });
    expect(checkInState(input, noon("2026-01-27"), "UTC")).toEqual({ due: true, dueSince: day("2026-01-12"), silentWeeks: 3 });
  });

  it("a goal that has not started owes nothing, even after an early check-in", () => {
    const input = { ...open, startDate: day("2026-06-01"), cadence: "WEEKLY" as const, lastCheckInAt: noon("2026-01-01") };
    expect(checkInState(input, noon("2026-05-20"), "UTC")).toEqual({ due: false, dueSince: null, silentWeeks: 0 });
    expect(checkInState(input, noon("2026-06-08"), "UTC").dueSince).toEqual(day("2026-06-08"));
  });

  it("closed goals are never due", () => {
    expect(checkInState({ ...open, closed: true, cadence: "WEEKLY", lastCheckInAt: null }, noon("2027-01-01"), "UTC")).toEqual({
      due: false,
      dueSince: null,
      silentWeeks: 0,
    });
  });

  it("reads both the check-in and today as calendar days in the organization's time zone", () => {
    // 2026-03-02T22:30Z is already Tuesday 3 March in Sydney (UTC+11), still Monday 2 March in UTC.
    const input = { ...open, cadence: "WEEKLY" as const, lastCheckInAt: new Date("2026-03-02T22:30:00Z") };
    const mondayEveningUtc = new Date("2026-03-09T20:00:00Z"); // Tuesday 10 March, 07:00 in Sydney
    expect(checkInState(input, mondayEveningUtc, "UTC").dueSince).toEqual(day("2026-03-09"));
    expect(checkInState(input, mondayEveningUtc, "Australia/Sydney").dueSince).toEqual(day("2026-03-10"));
    expect(checkInState(input, new Date("2026-03-09T10:00:00Z"), "Australia/Sydney").due).toBe(false);
  });
});

describe("checkInBadge", () => {
  it("says due, then names the silence from three weeks, and nothing when not due", () => {
    expect(checkInBadge({ due: false, silentWeeks: 5 })).toBeNull();
    expect(checkInBadge({ due: true, silentWeeks: 2 })).toEqual({ tone: "due", label: "Check-in due" });
    expect(checkInBadge({ due: true, silentWeeks: 3 })).toEqual({ tone: "silent", label: "No check-in for 3 weeks" });
  });
});
