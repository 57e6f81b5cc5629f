import { describe, expect, it } from "vitest";
import { completedAtFor, createMilestoneInput, moveMilestoneInput, reorder, updateMilestoneInput } from "./milestone.ts";

const now = new Date("2026-11-26T10:00:00Z");
const earlier = new Date("2026-11-20T10:00:00Z");

describe("completedAtFor", () => {
  it("sets completedAt when a milestone becomes DONE", () => {
    expect(completedAtFor({ status: "IN_PROGRESS", completedAt: null }, "DONE", now)).toBe(now);
  });

  it("keeps the original completion time while it stays DONE", () => {
    expect(completedAtFor({ status: "DONE", completedAt: earlier }, "DONE", now)).toBe(earlier);
    expect(completedAtFor({ status: "DONE", completedAt: earlier }, undefined, now)).toBe(earlier);
  });

  it("clears completedAt when reopened", () => {
    expect(completedAtFor({ status: "DONE", completedAt: earlier }, "PLANNED", now)).toBeNull();
    expect(completedAtFor({ status: "DONE", completedAt: earlier }, "IN_PROGRESS", now)).toBeNull();
  });
});

describe("reorder", () => {
  const ids = ["a", "b", "c", "d"];

  it("moves forward and backward", () => {
    expect(reorder(ids, "a", 2)).toEqual(["b", "c", "a", "d"]);
    expect(reorder(ids, "d", 0)).toEqual(["d", "a", "b", "c"]);
    expect(reorder(ids, "b", 3)).toEqual(["a", "c", "d", "b"]);
  });

  it("leaves the order alone when moved to its own index", () => {
    expect(reorder(ids, "c", 2)).toEqual(ids);
  });

  it("clamps out-of-range targets", () => {
    expect(reorder(ids, "a", 99)).toEqual(["b", "c", "d", "a"]);
    expect(reorder(ids, "d", -3)).toEqual(["d", "a", "b", "c"]);
  });
});

describe("milestone input schemas", () => {
  it("trims titles and requires one", () => {
    expect(createMilestoneInput.parse({ title: "  Ship beta  ", dueDate: "2026-12-01" }).title).toBe("Ship beta");
    const blank = createMilestoneInput.safeParse({ title: "   ", dueDate: "2026-12-01" });
    expect(blank.error?.issues[0]).toMatchObject({ path: ["title"], message: "Title is required." });
  });

  it("limits titles to 200 characters and descriptions to 5000", () => {
    expect(createMilestoneInput.safeParse({ title: "x".repeat(200), dueDate: "2026-12-01" }).success).toBe(true);
    expect(createMilestoneInput.safeParse({ title: "x".repeat(201), dueDate: "2026-12-01" }).error?.issues[0]?.path).toEqual(["title"]);
    expect(
      updateMilestoneInput.safeParse({ description: "x".repeat(5001) }).error?.issues[0]?.path,
    ).toEqual(["description"]);
  });

  it("rejects unknown statuses and impossible dates", () => {
    expect(updateMilestoneInput.safeParse({ status: "CANCELLED" }).error?.issues[0]?.path).toEqual(["status"]);
    expect(updateMilestoneInput.safeParse({ dueDate: "2026-02-30" }).error?.issues[0]?.path).toEqual(["dueDate"]);
  });

  it("requires a non-negative whole position", () => {
    expect(moveMilestoneInput.safeParse({ position: -1 }).success).toBe(false);
    expect(moveMilestoneInput.safeParse({ position: 1.5 }).success).toBe(false);
    expect(moveMilestoneInput.parse({ position: 0 }).position).toBe(0);
  });
});

describe("planning fields", () => {
  const base = { title: "Beta", dueDate: "2026-12-01" };

  it("defaults weight to 1 and dependencies to none", () => {
    expect(createMilestoneInput.parse(base)).toMatchObject({ weight: 1, dependsOnIds: [] });
  });

  it("validates duration, weight and dependencies, naming the field", () => {
    expect(createMilestoneInput.safeParse({ ...base, durationDays: 1.5 }).error?.issues[0]?.path).toEqual(["durationDays"]);
    expect(createMilestoneInput.safeParse({ ...base, durationDays: -1 }).error?.issues[0]?.path).toEqual(["durationDays"]);
    expect(createMilestoneInput.safeParse({ ...base, weight: -1 }).error?.issues[0]?.path).toEqual(["weight"]);
    expect(createMilestoneInput.safeParse({ ...base, dependsOnIds: "a" }).error?.issues[0]?.path).toEqual(["dependsOnIds"]);
    expect(updateMilestoneInput.parse({ durationDays: null, ownerId: null })).toEqual({ durationDays: null, ownerId: null });
  });
});
