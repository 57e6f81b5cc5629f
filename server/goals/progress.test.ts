import { describe, expect, it } from "vitest";
import { doneCount, milestoneProgress, overdueCount } from "./progress.ts";

const day = (s: string) => new Date(`${s}T00:00:00.000Z`);

describe("milestoneProgress", () => {
  it("is 0 without milestones", () => {
    expect(milestoneProgress([])).toBe(0);
  });

  it("is the share of milestones done", () => {
    expect(milestoneProgress([{ status: "DONE" }, { status: "IN_PROGRESS" }, { status: "PLANNED" }, { status: "DONE" }])).toBe(0.5);
    expect(milestoneProgress([{ status: "PLANNED" }, { status: "IN_PROGRESS" }])).toBe(0);
  });

  it("is 1 when all are done", () => {
    expect(milestoneProgress([{ status: "DONE" }, { status: "DONE" }])).toBe(1);
  });
});

describe("doneCount", () => {
  it("counts done milestones", () => {
    expect(doneCount([])).toBe(0);
    expect(doneCount([{ status: "DONE" }, { status: "PLANNED" }])).toBe(1);
  });
});

describe("overdueCount", () => {
  const milestones = [
    { status: "PLANNED" as const, dueDate: day("2026-11-25") },
    { status: "IN_PROGRESS" as const, dueDate: day("2026-11-01") },
    { status: "DONE" as const, dueDate: day("2026-10-01") },
    { status: "PLANNED" as const, dueDate: day("2026-11-26") },
  ];

  it("is 0 without milestones", () => {
    expect(overdueCount([], "UTC", new Date("2026-11-26T12:00:00Z"))).toBe(0);
  });

  it("counts past-due milestones that are not done", () => {
    expect(overdueCount(milestones, "UTC", new Date("2026-11-26T02:00:00Z"))).toBe(2);
  });

  it("uses the organization's calendar day", () => {
    expect(overdueCount(milestones, "America/Los_Angeles", new Date("2026-11-26T02:00:00Z"))).toBe(1);
  });

  it("is 0 when all are done", () => {
    expect(overdueCount(milestones.map((m) => ({ ...m, status: "DONE" as const })), "UTC", new Date("2030-01-01T00:00:00Z"))).toBe(0);
  });
});
