import { describe, expect, it } from "vitest";
import { todayIn } from "./dates.ts";
import { milestoneReminder } from "./milestone-reminders.ts";

const open = (dueDate: string, missedDueDate: string | null = null) => ({ status: "PLANNED" as const, dueDate, missedDueDate });

describe("milestoneReminder", () => {
  it("calls a milestone due soon from 3 days before its due date through the due date itself", () => {
    expect(milestoneReminder(open("2026-12-11"), "2026-12-07")).toBeNull();
    expect(milestoneReminder(open("2026-12-10"), "2026-12-07")).toEqual({ kind: "DUE_SOON", daysLeft: 3 });
    expect(milestoneReminder(open("2026-12-08"), "2026-12-07")).toEqual({ kind: "DUE_SOON", daysLeft: 1 });
    expect(milestoneReminder(open("2026-12-07"), "2026-12-07")).toEqual({ kind: "DUE_SOON", daysLeft: 0 });
  });

  it("calls it missed the day after its due date, once per due date", () => {
    expect(milestoneReminder(open("2026-12-06"), "2026-12-07")).toEqual({ kind: "MISSED", announce: true });
    // Already recorded for this due date: nothing more.
    expect(milestoneReminder(open("2026-12-06", "2026-12-06"), "2026-12-07")).toBeNull();
    // Moved to a later date that has passed too: a new miss.
    expect(milestoneReminder(open("2026-12-06", "2026-12-01"), "2026-12-07")).toEqual({ kind: "MISSED", announce: true });
  });

  it("records old misses without announcing them", () => {
    expect(milestoneReminder(open("2026-11-30"), "2026-12-07")).toEqual({ kind: "MISSED", announce: true });
    expect(milestoneReminder(open("2026-11-29"), "2026-12-07")).toEqual({ kind: "MISSED", announce: false });
  });

  it("says nothing about a milestone that is done, whatever its dates", () => {
    expect(milestoneReminder({ status: "DONE", dueDate: "2026-12-08", missedDueDate: null }, "2026-12-07")).toBeNull();
    expect(milestoneReminder({ status: "DONE", dueDate: "2026-12-01", missedDueDate: null }, "2026-12-07")).toBeNull();
    expect(milestoneReminder({ status: "IN_PROGRESS", dueDate: "2026-12-09", missedDueDate: null }, "2026-12-07")).toEqual({ kind: "DUE_SOON", daysLeft: 2 });
  });

  it("judges by today in the organization's time zone", () => {
    // 2026-12-07 20:00 UTC is already 2026-12-08 in Sydney and still 2026-12-07 in New York.
    const now = new Date("2026-12-07T20:00:00Z");
    const dueToday = open("2026-12-07");
    expect(milestoneReminder(dueToday, todayIn("Australia/Sydney", now))).toEqual({ kind: "MISSED", announce: true });
    expect(milestoneReminder(dueToday, todayIn("America/New_York", now))).toEqual({ kind: "DUE_SOON", daysLeft: 0 });
    // Due in 4 days in New York, 3 in Sydney.
    expect(milestoneReminder(open("2026-12-11"), todayIn("America/New_York", now))).toBeNull();
    expect(milestoneReminder(open("2026-12-11"), todayIn("Australia/Sydney", now))).toEqual({ kind: "DUE_SOON", daysLeft: 3 });
  });
});
