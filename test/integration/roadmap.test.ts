import { describe, expect, it } from "vitest";
import { addDependency, createGoal, createUser, createMember, createMilestone, createOrg, planMilestone, setParent } from "../../prisma/factories.ts";
import { plusDays } from "../../domain/calendar.ts";
import { todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { roadmapRows } from "../../domain/roadmap.ts";
import { codes, run } from "../helpers/graphql.ts";
import { bulkOrg } from "../helpers/bulk-org.ts";
import { countStatements } from "../helpers/statements.ts";

// What the roadmap page asks for (app/(app)/o/[slug]/roadmap/roadmap-view.tsx), in one query.
const ROADMAP = `query($slug: String!, $includeClosed: Boolean) { organization(slug: $slug) { id name viewerRole
  roadmap(includeClosed: $includeClosed) {
    id title startDate targetDate progress expectedProgress health isClosed outcome
    owner { id name } parent { id }
    allMilestones { id title dueDate effectiveStatus isCritical }
  } } }`;

interface RoadmapGoal {
  id: string;
  title: string;
  startDate: string;
  targetDate: string;
  progress: number;
  expectedProgress: number;
  health: string | null;
  isClosed: boolean;
  owner: { name: string };
  parent: { id: string } | null;
  allMilestones: { title: string; dueDate: string; effectiveStatus: string; isCritical: boolean }[];
}

async function roadmap(userId: string, slug: string, includeClosed?: boolean) {
  const result = await run(userId, ROADMAP, { slug, includeClosed });
  expect(result.errors).toBeUndefined();
  return result.data.organization.roadmap as RoadmapGoal[];
}

const titlesOf = (goals: { title: string }[]) => goals.map((g) => g.title);

async function roadmapOrg() {
  const owner = await createUser({ name: "Olivia Owner" });
  const { org } = await createOrg(owner);
  const stakeholder = await createMember(org, "STAKEHOLDER");
  const today = todayIn("UTC");
  const d = (n: number) => plusDays(today, n);
  const parent = await createGoal(org, owner, { title: "Grow revenue", startDate: d(-30), targetDate: d(60) });
  const child = await createGoal(org, owner, { title: "Launch partner program", startDate: d(-10), targetDate: d(40) });
  await setParent(child, parent);
  const solo = await createGoal(org, owner, { title: "Hire a designer", startDate: d(-60), targetDate: d(10) });
  const closed = await createGoal(org, owner, { title: "Old goal", startDate: d(-90), targetDate: d(-5) });
  await prisma().goal.update({ where: { id: closed.id }, data: { closedAt: new Date(), outcome: "ACHIEVED" } });
  const archivedParent = await createGoal(org, owner, { title: "Archived parent", startDate: d(-20), targetDate: d(20) });
  await prisma().goal.update({ where: { id: archivedParent.id }, data: { archivedAt: new Date() } });
  const orphan = await createGoal(org, owner, { title: "Orphaned sub-goal", startDate: d(-5), targetDate: d(30) });
  await setParent(orphan, archivedParent);
  const missed = await createMilestone(child, { title: "Sign first partner", dueDate: d(-2) });
  const later = await createMilestone(child, { title: "Ten partners", dueDate: d(30) });
  await createMilestone(child, { title: "Partner kit", dueDate: d(-8), status: "DONE" });
  await planMilestone(later, { durationDays: 5 });
  await addDependency(later, missed);
  return { org, owner, stakeholder, today, d, goals: { parent, child, solo, closed, orphan } };
}

describe("Organization.roadmap", () => {
  it("lists non-archived goals with their dates, progress, health, owner, parent and milestones", async () => {
    const { org, owner, d } = await roadmapOrg();
    const list = await roadmap(owner.id, org.slug);
    expect(list.map((g) => g.title)).toEqual(["Old goal", "Hire a designer", "Grow revenue", "Launch partner program", "Orphaned sub-goal"]);

    const child = list.find((g) => g.title === "Launch partner program")!;
    expect(child).toMatchObject({ startDate: d(-10), targetDate: d(40), isClosed: false, owner: { name: "Olivia Owner" } });
    expect(child.parent).not.toBeNull();
    expect(child.parent!.id).toBe(list.find((g) => g.title === "Grow revenue")!.id);
    expect(child.expectedProgress).toBeCloseTo(10 / 50, 2);
    expect(child.health).toBe("OFF_TRACK"); // behind pace and a missed milestone
    expect(child.allMilestones.map((m) => [m.title, m.dueDate, m.effectiveStatus])).toEqual([
      ["Sign first partner", d(-2), "MISSED"],
      ["Ten partners", d(30), "PLANNED"],
      ["Partner kit", d(-8), "DONE"],
    ]);
    expect(child.allMilestones.some((m) => m.isCritical)).toBe(true);

    const closed = list.find((g) => g.title === "Old goal")!;
    expect(closed).toMatchObject({ isClosed: true, health: null });

    // The page's grouping: the sub-goal under its parent, the orphan (parent archived) at the top.
    expect(roadmapRows(list.map((g) => ({ ...g, parentId: g.parent?.id ?? null }))).map((r) => [r.goal.title, r.depth])).toEqual([
      ["Old goal", 0],
      ["Hire a designer", 0],
      ["Grow revenue", 0],
      ["Launch partner program", 1],
      ["Orphaned sub-goal", 0],
    ]);
  });

  it("leaves closed goals out when asked", async () => {
    const { org, owner } = await roadmapOrg();
    const open = await roadmap(owner.id, org.slug, false);
    expect(open.map((g) => g.title)).not.toContain("Old goal");
    expect(open).toHaveLength(4);
  });

  it("is readable by a stakeholder", async () => {
    const { org, stakeholder } = await roadmapOrg();
    expect(await roadmap(stakeholder.id, org.slug)).toHaveLength(5);
  });

  it("answers another organization's slug exactly as an unknown one", async () => {
    const { org } = await roadmapOrg();
    const { owner: outsider } = await createOrg();
    const theirs = await run(outsider.id, ROADMAP, { slug: org.slug });
    const unknown = await run(outsider.id, ROADMAP, { slug: "no-such-org" });
    expect(codes(theirs)).toEqual(["NOT_FOUND"]);
    expect(theirs.errors).toEqual(unknown.errors);
    expect(theirs.data).toEqual(unknown.data);

    const anonymous = await run(null, ROADMAP, { slug: org.slug });
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
  });

  it("gives a large roadmap's first rows, parents with their sub-goals, and the count of all", async () => {
    const { org, owner } = await roadmapOrg();
    const FIRST = `query($slug: String!, $first: Int, $includeClosed: Boolean) { organization(slug: $slug) {
      roadmapGoalCount(includeClosed: $includeClosed) roadmap(first: $first, includeClosed: $includeClosed) { title parent { id } } } }`;
    const page = async (first: number, includeClosed = true) => {
      const result = await run(owner.id, FIRST, { slug: org.slug, first, includeClosed });
      expect(result.errors).toBeUndefined();
      return result.data.organization;
    };
    // Rows: Old goal, Hire a designer, Grow revenue ↳ Launch partner program, Orphaned sub-goal.
    expect(titlesOf((await page(4)).roadmap).sort()).toEqual(["Grow revenue", "Hire a designer", "Launch partner program", "Old goal"]);
    expect((await page(4)).roadmapGoalCount).toBe(5);
    expect(titlesOf((await page(1, false)).roadmap)).toEqual(["Hire a designer"]);
    expect((await page(1, false)).roadmapGoalCount).toBe(4);
    expect((await page(0)).roadmap).toEqual([]);
    expect(codes(await run(owner.id, FIRST, { slug: org.slug, first: -1 }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("an empty organization has an empty roadmap", async () => {
    const { org, owner } = await createOrg();
    expect(await roadmap(owner.id, org.slug)).toEqual([]);
  });
});

describe("statement count: roadmap", () => {
  it("costs the same for 20 goals / 160 milestones as for 200 / 1600, within the complexity limit", async () => {
    async function statementsFor(goals: number) {
      const { org, owner } = await bulkOrg(goals);
      const { result, count } = await countStatements(() => run(owner.id, ROADMAP, { slug: org.slug }));
      expect(result.errors).toBeUndefined();
      const list = result.data.organization.roadmap as RoadmapGoal[];
      expect(list.length).toBeGreaterThan(goals * 0.9);
      expect(list.filter((g) => g.parent).length).toBeGreaterThan(goals / 4);
      expect(list[1]!.allMilestones).toHaveLength(8);
      expect(list.some((g) => g.allMilestones.some((m) => m.isCritical))).toBe(true);
      return count;
    }
    const few = await statementsFor(20);
    const many = await statementsFor(200);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(15); // 13 when written: viewer, org, goals, owners, parents, milestones, plan
  });
});
