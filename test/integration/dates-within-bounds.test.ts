import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { windowWithinLimit } from "../../domain/schemas/goal.ts";
import { run } from "../helpers/graphql.ts";

// Issue #9: goals and milestones saved before dates were bounded are brought within the bounds by
// a committed migration, which records what it replaced in each goal's activity.

const MIGRATION = new URL("../../prisma/migrations/20261206233100_dates_within_bounds/migration.sql", import.meta.url);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("migration dates_within_bounds", () => {
  it("clamps out-of-range goals and milestones, leaves valid ones alone, and records the old dates", async () => {
    const { org, owner } = await createOrg();
    const goal = (title: string, startDate: string, targetDate: string) =>
      prisma().goal.create({ data: { organizationId: org.id, ownerId: owner.id, title, startDate: day(startDate), targetDate: day(targetDate) } });
    const ancient = await goal("Ancient to far future", "1900-01-01", "9999-12-31");
    const exactTen = await goal("Exactly ten years", "2026-01-01", "2036-01-01");
    const leapStart = await goal("Leap start", "2024-02-29", "2034-03-01");
    const tooLong = await goal("Too long", "2010-01-01", "2096-02-29");
    const future = await goal("Far future", "2200-01-01", "2300-06-30");
    const milestone = await prisma().milestone.create({
      data: { organizationId: org.id, goalId: ancient.id, title: "Old step", position: 0, dueDate: day("1950-06-01"), baselineDueDate: day("1940-01-01") },
    });

    await prisma().$executeRawUnsafe(readFileSync(MIGRATION, "utf8"));

    const dates = async (id: string) => {
      const g = await prisma().goal.findUniqueOrThrow({ where: { id } });
      return [iso(g.startDate), iso(g.targetDate)];
    };
    expect(await dates(ancient.id)).toEqual(["2090-12-31", "2100-12-31"]);
    expect(await dates(exactTen.id)).toEqual(["2026-01-01", "2036-01-01"]);
    expect(await dates(leapStart.id)).toEqual(["2024-02-29", "2034-03-01"]);
    expect(await dates(tooLong.id)).toEqual(["2086-03-01", "2096-02-29"]);
    expect(await dates(future.id)).toEqual(["2100-12-31", "2100-12-31"]);
    for (const id of [ancient.id, tooLong.id, future.id]) {
      const g = await prisma().goal.findUniqueOrThrow({ where: { id } });
      expect(windowWithinLimit(g.startDate, g.targetDate)).toBe(true);
    }
    const m = await prisma().milestone.findUniqueOrThrow({ where: { id: milestone.id } });
    expect([iso(m.dueDate), iso(m.baselineDueDate)]).toEqual(["2000-01-01", "2000-01-01"]);

    const activity = await prisma().activity.findMany({ where: { organizationId: org.id }, orderBy: { kind: "asc" } });
    expect(activity.map((a) => [a.kind, a.goalId])).toEqual(
      expect.arrayContaining([
        ["GOAL_UPDATED", ancient.id],
        ["GOAL_UPDATED", tooLong.id],
        ["GOAL_UPDATED", future.id],
        ["DUE_DATE_MOVED", ancient.id],
      ]),
    );
    expect(activity).toHaveLength(4);
    expect(activity.find((a) => a.goalId === ancient.id && a.kind === "GOAL_UPDATED")!.data).toMatchObject({
      goalTitle: "Ancient to far future",
      fields: ["startDate", "targetDate"],
      boundedDates: { startDate: { from: "1900-01-01", to: "2090-12-31" }, targetDate: { from: "9999-12-31", to: "2100-12-31" } },
    });
    expect(activity.find((a) => a.kind === "DUE_DATE_MOVED")!.data).toMatchObject({
      milestoneTitle: "Old step",
      from: "1950-06-01",
      to: "2000-01-01",
      boundedDates: { baselineDueDate: { from: "1940-01-01", to: "2000-01-01" } },
    });

    // Run again: nothing left to change.
    await prisma().$executeRawUnsafe(readFileSync(MIGRATION, "utf8"));
    expect(await prisma().activity.count({ where: { organizationId: org.id } })).toBe(4);

    // The roadmap now draws the goal like any other.
    const roadmap = await run(owner.id, `query($slug: String!) { organization(slug: $slug) { roadmap { title startDate targetDate } } }`, { slug: org.slug });
    expect(roadmap.errors).toBeUndefined();
  });
});
