import { describe, expect, it } from "vitest";
import {
  createCheckIn,
  createGoal,
  createMember,
  createMetricGoal,
  createMilestone,
  createOrg,
  createUser,
  refreshProgress,
  setParent,
} from "../../prisma/factories.ts";
import { todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

const GOAL_FIELDS = `id title description startDate targetDate archivedAt owner { id name }
  organization { id } progress milestoneCount doneMilestoneCount overdueMilestoneCount viewerCanEdit`;

const CREATE = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { ${GOAL_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { ${GOAL_FIELDS} } } }`;
const ARCHIVE = `mutation($input: ArchiveGoalInput!) { archiveGoal(input: $input) { goal { id archivedAt } } }`;
const UNARCHIVE = `mutation($input: UnarchiveGoalInput!) { unarchiveGoal(input: $input) { goal { id archivedAt } } }`;
const GOAL = `query($id: ID!) { goal(id: $id) { ${GOAL_FIELDS} } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Goal { title } } }`;
const ORG_GOALS = `query($slug: String!, $includeArchived: Boolean) {
  organization(slug: $slug) { goals(includeArchived: $includeArchived) { totalCount edges { node { title archivedAt } } } } }`;

/** An org with an owner, an editing member and a stakeholder. */
async function team() {
  const { org, owner } = await createOrg();
  const member = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  return { org, owner, member, stakeholder };
}

const goalRow = (id: string) => prisma().goal.findUnique({ where: { id } });
const goalCount = (organizationId: string) => prisma().goal.count({ where: { organizationId } });

function firstError(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}

describe("createGoal", () => {
  it("creates a goal owned by a member, with no progress yet", async () => {
    const { org, member, stakeholder } = await team();
    const result = await run(member.id, CREATE, {
      input: {
        organizationId: gid("Organization", org.id),
        title: "  Launch the beta  ",
        description: "So customers can try it.",
        ownerId: gid("User", stakeholder.id),
        startDate: "2026-01-01",
        targetDate: "2026-06-30",
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.createGoal.goal).toMatchObject({
      title: "Launch the beta",
      description: "So customers can try it.",
      startDate: "2026-01-01",
      targetDate: "2026-06-30",
      archivedAt: null,
      owner: { id: gid("User", stakeholder.id) },
      organization: { id: gid("Organization", org.id) },
      progress: 0,
      milestoneCount: 0,
      doneMilestoneCount: 0,
      overdueMilestoneCount: 0,
      viewerCanEdit: true,
    });
  });

  const base = (orgId: string, ownerId: string) => ({
    organizationId: gid("Organization", orgId),
    title: "Goal",
    ownerId: gid("User", ownerId),
    startDate: "2026-01-01",
    targetDate: "2026-06-30",
  });

  it.each([
    ["targetDate", { targetDate: "2025-12-31" }, "targetDate: Target date must be on or after the start date."],
    ["title", { title: "   " }, "title: Title is required."],
    ["title", { title: "x".repeat(201) }, "title: Title must be at most 200 characters."],
    ["description", { description: "x".repeat(5001) }, "description: Description must be at most 5000 characters."],
  ])("refuses an invalid %s and creates nothing", async (field, change, message) => {
    const { org, member } = await team();
    const result = await run(member.id, CREATE, { input: { ...base(org.id, member.id), ...change } });
    expect(firstError(result)).toEqual({ code: "BAD_USER_INPUT", field, message });
    expect(await goalCount(org.id)).toBe(0);
  });

  it("refuses an owner who is not a member, naming ownerId", async () => {
    const { org, member } = await team();
    const outsider = await createUser();
    for (const ownerId of [gid("User", outsider.id), "not-a-global-id", gid("Organization", org.id)]) {
      const result = await run(member.id, CREATE, { input: { ...base(org.id, member.id), ownerId } });
      expect(firstError(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "ownerId" });
    }
    expect(await goalCount(org.id)).toBe(0);
  });

  it("refuses an impossible calendar date", async () => {
    const { org, member } = await team();
    const result = await run(member.id, CREATE, { input: { ...base(org.id, member.id), startDate: "2026-02-30" } });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(await goalCount(org.id)).toBe(0);
  });

  it("is FORBIDDEN for a stakeholder", async () => {
    const { org, stakeholder } = await team();
    const result = await run(stakeholder.id, CREATE, { input: base(org.id, stakeholder.id) });
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(await goalCount(org.id)).toBe(0);
  });

  it("is UNAUTHENTICATED when signed out", async () => {
    const { org, owner } = await team();
    const result = await run(null, CREATE, { input: base(org.id, owner.id) });
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("updateGoal", () => {
  it("changes only the given fields", async () => {
    const { org, owner, member } = await team();
    const goal = await createGoal(org, owner, { title: "Old", description: "Keep me" });
    const result = await run(member.id, UPDATE, {
      input: { goalId: gid("Goal", goal.id), title: " New ", targetDate: "2027-01-31", ownerId: gid("User", member.id) },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.updateGoal.goal).toMatchObject({
      title: "New",
      description: "Keep me",
      startDate: "2026-01-01",
      targetDate: "2027-01-31",
      owner: { id: gid("User", member.id) },
    });
  });

  it("checks the date order against the stored dates, blaming the field that changed", async () => {
    const { org, owner } = await team();
    const goal = await createGoal(org, owner, { startDate: "2026-01-01", targetDate: "2026-06-30" });
    const before = await goalRow(goal.id);

    const start = await run(owner.id, UPDATE, { input: { goalId: gid("Goal", goal.id), startDate: "2026-07-01" } });
    expect(firstError(start)).toEqual({
      code: "BAD_USER_INPUT",
      field: "startDate",
      message: "startDate: Start date must be on or before the target date.",
    });
    const target = await run(owner.id, UPDATE, { input: { goalId: gid("Goal", goal.id), targetDate: "2025-12-31" } });
    expect(firstError(target)).toEqual({
      code: "BAD_USER_INPUT",
      field: "targetDate",
      message: "targetDate: Target date must be on or after the start date.",
    });
    const blank = await run(owner.id, UPDATE, { input: { goalId: gid("Goal", goal.id), title: "" } });
    expect(firstError(blank)).toMatchObject({ code: "BAD_USER_INPUT", field: "title" });
    const outsider = await createUser();
    const owned = await run(owner.id, UPDATE, { input: { goalId: gid("Goal", goal.id), ownerId: gid("User", outsider.id) } });
    expect(firstError(owned)).toMatchObject({ code: "BAD_USER_INPUT", field: "ownerId" });

    expect(await goalRow(goal.id)).toEqual(before);
  });

  it("is FORBIDDEN for a stakeholder", async () => {
    const { org, owner, stakeholder } = await team();
    const goal = await createGoal(org, owner);
    const before = await goalRow(goal.id);
    const result = await run(stakeholder.id, UPDATE, { input: { goalId: gid("Goal", goal.id), title: "Mine now" } });
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(await goalRow(goal.id)).toEqual(before);
  });
});

describe("archiving", () => {
  it("hides archived goals from the default list and freezes them until unarchived", async () => {
    const { org, owner, member } = await team();
    const goal = await createGoal(org, owner, { title: "B goal" });
    await createGoal(org, owner, { title: "A goal" });
    const id = gid("Goal", goal.id);

    const archived = await run(member.id, ARCHIVE, { input: { goalId: id } });
    expect(archived.errors).toBeUndefined();
    const archivedAt = archived.data.archiveGoal.goal.archivedAt;
    expect(archivedAt).toEqual(expect.any(String));
    // Archiving again is harmless and keeps the first date.
    const again = await run(member.id, ARCHIVE, { input: { goalId: id } });
    expect(again.data.archiveGoal.goal.archivedAt).toBe(archivedAt);

    const active = await run(member.id, ORG_GOALS, { slug: org.slug });
    expect(active.data.organization.goals.totalCount).toBe(1);
    expect(active.data.organization.goals.edges.map((e: any) => e.node.title)).toEqual(["A goal"]);
    const all = await run(member.id, ORG_GOALS, { slug: org.slug, includeArchived: true });
    expect(all.data.organization.goals.totalCount).toBe(2);

    const before = await goalRow(goal.id);
    const update = await run(member.id, UPDATE, { input: { goalId: id, title: "Changed" } });
    expect(firstError(update)).toMatchObject({ code: "CONFLICT", message: "Archived goals can't be changed; unarchive it first." });
    const milestone = await run(
      member.id,
      `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`,
      { input: { goalId: id, title: "Nope", dueDate: "2026-03-01" } },
    );
    expect(codes(milestone)).toEqual(["CONFLICT"]);
    expect(await goalRow(goal.id)).toEqual(before);
    expect(await prisma().milestone.count({ where: { goalId: goal.id } })).toBe(0);

    const unarchived = await run(member.id, UNARCHIVE, { input: { goalId: id } });
    expect(unarchived.data.unarchiveGoal.goal.archivedAt).toBeNull();
    const updated = await run(member.id, UPDATE, { input: { goalId: id, title: "Changed" } });
    expect(updated.data.updateGoal.goal.title).toBe("Changed");
  });

  it("is FORBIDDEN for a stakeholder", async () => {
    const { org, owner, stakeholder } = await team();
    const goal = await createGoal(org, owner);
    expect(codes(await run(stakeholder.id, ARCHIVE, { input: { goalId: gid("Goal", goal.id) } }))).toEqual(["FORBIDDEN"]);
    expect((await goalRow(goal.id))?.archivedAt).toBeNull();
    await prisma().goal.update({ where: { id: goal.id }, data: { archivedAt: new Date() } });
    expect(codes(await run(stakeholder.id, UNARCHIVE, { input: { goalId: gid("Goal", goal.id) } }))).toEqual(["FORBIDDEN"]);
    expect((await goalRow(goal.id))?.archivedAt).not.toBeNull();
  });
});

describe("goal query", () => {
  it("computes progress and counts from the milestones", async () => {
    const { org, owner, stakeholder } = await team();
    const goal = await createGoal(org, owner);
    await createMilestone(goal, { status: "DONE", dueDate: "2020-01-01" });
    await createMilestone(goal, { status: "IN_PROGRESS", dueDate: "2020-01-02" });
    await createMilestone(goal, { status: "PLANNED", dueDate: "2099-01-01" });
    await createMilestone(goal, { status: "DONE", dueDate: "2099-01-02" });
    await refreshProgress(goal);

    const result = await run(stakeholder.id, GOAL, { id: gid("Goal", goal.id) });
    expect(result.errors).toBeUndefined();
    expect(result.data.goal).toMatchObject({
      progress: 0.5,
      milestoneCount: 4,
      doneMilestoneCount: 2,
      overdueMilestoneCount: 1,
      viewerCanEdit: false,
    });
  });

  it("lists an organization's goals by target date, then title", async () => {
    const { org, owner } = await team();
    await createGoal(org, owner, { title: "Late", targetDate: "2026-12-31" });
    await createGoal(org, owner, { title: "Beta", targetDate: "2026-03-31" });
    await createGoal(org, owner, { title: "Alpha", targetDate: "2026-03-31" });
    const result = await run(owner.id, ORG_GOALS, { slug: org.slug });
    expect(result.data.organization.goals.edges.map((e: any) => e.node.title)).toEqual(["Alpha", "Beta", "Late"]);
  });

  it("costs the same number of SQL statements for 5 goals as for 50", async () => {
    const query = `query($slug: String!) { organization(slug: $slug) { goals(first: 100) { totalCount edges { node {
      id title targetDate owner { name } progress milestoneCount doneMilestoneCount overdueMilestoneCount viewerCanEdit
    } } } } }`;
    async function statementsFor(goals: number) {
      const { org, owner } = await createOrg();
      for (let i = 0; i < goals; i++) {
        const goal = await createGoal(org, owner);
        await createMilestone(goal, { status: i % 2 ? "DONE" : "PLANNED", dueDate: "2020-01-01" });
        await createMilestone(goal);
      }
      const { result, count } = await countStatements(() => run(owner.id, query, { slug: org.slug }));
      expect(result.errors).toBeUndefined();
      expect(result.data.organization.goals.edges).toHaveLength(goals);
      return count;
    }
    expect(await statementsFor(50)).toBe(await statementsFor(5));
  });
});

describe("tenant isolation", () => {
  it("answers another organization's goal exactly like a missing one", async () => {
    const { member } = await team();
    const other = await team();
    const theirs = await createGoal(other.org, other.owner);
    const before = await goalRow(theirs.id);
    const id = gid("Goal", theirs.id);

    const read = await run(member.id, GOAL, { id });
    const missing = await run(member.id, GOAL, { id: gid("Goal", "no-such-goal") });
    const malformed = await run(member.id, GOAL, { id: "%%%" });
    expect(codes(read)).toEqual(["NOT_FOUND"]);
    expect(read.errors).toEqual(missing.errors);
    expect(codes(malformed)).toEqual(["NOT_FOUND"]);
    expect((await run(member.id, NODE, { id })).data).toEqual({ node: null });
    expect((await run(other.member.id, NODE, { id })).data).toEqual({ node: { id, title: theirs.title } });

    const mutations: [string, Record<string, unknown>][] = [
      [UPDATE, { goalId: id, title: "Hijacked" }],
      [ARCHIVE, { goalId: id }],
      [UNARCHIVE, { goalId: id }],
      [
        `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`,
        { goalId: id, title: "Sneaky", dueDate: "2026-03-01" },
      ],
    ];
    for (const [mutation, input] of mutations) {
      const result = await run(member.id, mutation, { input });
      const nonexistent = await run(member.id, mutation, { input: { ...input, goalId: gid("Goal", "no-such-goal") } });
      expect(codes(result), mutation).toEqual(["NOT_FOUND"]);
      expect(result.errors).toEqual(nonexistent.errors);
    }
    expect(await goalRow(theirs.id)).toEqual(before);
    expect(await prisma().milestone.count({ where: { goalId: theirs.id } })).toBe(0);
  });

  it("refuses to create a goal in another organization", async () => {
    const { member } = await team();
    const other = await team();
    const result = await run(member.id, CREATE, {
      input: {
        organizationId: gid("Organization", other.org.id),
        title: "Planted",
        ownerId: gid("User", member.id),
        startDate: "2026-01-01",
        targetDate: "2026-02-01",
      },
    });
    expect(codes(result)).toEqual(["NOT_FOUND"]);
    expect(await goalCount(other.org.id)).toBe(0);
  });
});

const METRIC_FIELDS = `id kind unit startValue targetValue currentValue direction weight relevance rationale progress progressFormula
  parent { id } children { id title } smart { criterion met } health confidence`;
const CREATE_METRIC = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { ${METRIC_FIELDS} } } }`;
const UPDATE_METRIC = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { ${METRIC_FIELDS} } } }`;
const CLOSE = `mutation($input: CloseGoalInput!) { closeGoal(input: $input) { goal {
  id isClosed closedAt outcome closingNote health healthExplanation confidenceMismatch progress } } }`;
const REOPEN = `mutation($input: ReopenGoalInput!) { reopenGoal(input: $input) { goal { id isClosed closedAt outcome closingNote health } } }`;
const CHECK_IN = `mutation($input: CreateCheckInInput!) { createCheckIn(input: $input) { goal { id progress } } }`;
const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id status } } }`;
const PROGRESS = `query($id: ID!) { goal(id: $id) { progress progressFormula progressParts { label weight progress }
  progressHistory { progress value } children { title progress } } }`;

const metricInput = (orgId: string, ownerId: string) => ({
  organizationId: gid("Organization", orgId),
  title: "Grow weekly active teams",
  description: "More teams using Waymark every week means the product is working for them.",
  ownerId: gid("User", ownerId),
  startDate: "2026-01-01",
  targetDate: "2035-12-31",
  kind: "METRIC",
  unit: "teams",
  startValue: 120,
  targetValue: 300,
  direction: "INCREASE",
});

const daysFromToday = (days: number) => {
  const date = new Date(`${todayIn("UTC")}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

describe("metric goals", () => {
  it("creates a metric goal standing at its start value, with the SMART checklist", async () => {
    const { org, member } = await team();
    const parent = await createGoal(org, member);
    const result = await run(member.id, CREATE_METRIC, {
      input: { ...metricInput(org.id, member.id), parentId: gid("Goal", parent.id), weight: 2, rationale: "Last quarter grew 40%." },
    });
    expect(result.errors).toBeUndefined();
    const goal = result.data.createGoal.goal;
    expect(goal).toMatchObject({
      kind: "METRIC",
      unit: "teams",
      startValue: 120,
      targetValue: 300,
      currentValue: 120,
      direction: "INCREASE",
      weight: 2,
      rationale: "Last quarter grew 40%.",
      progress: 0,
      progressFormula: "(120 − 120) / (300 − 120) = 0%",
      parent: { id: gid("Goal", parent.id) },
      confidence: null,
    });
    expect(goal.smart).toEqual([
      { criterion: "SPECIFIC", met: true },
      { criterion: "MEASURABLE", met: true },
      { criterion: "ACHIEVABLE", met: true },
      { criterion: "RELEVANT", met: true },
      { criterion: "TIME_BOUND", met: true },
    ]);
    const activity = await prisma().activity.findMany({ where: { goalId: idOfGoal(goal.id) } });
    expect(activity.map((a) => a.kind)).toEqual(["GOAL_CREATED"]);
  });

  it.each([
    ["unit", { unit: null }],
    ["unit", { unit: "  " }],
    ["startValue", { startValue: null }],
    ["targetValue", { targetValue: null }],
    ["direction", { direction: null }],
    ["targetValue", { targetValue: 100 }],
    ["weight", { weight: -1 }],
    ["relevance", { relevance: "x".repeat(2001) }],
  ])("refuses a metric goal with a bad %s, naming the field, and creates nothing", async (field, change) => {
    const { org, member } = await team();
    const result = await run(member.id, CREATE_METRIC, { input: { ...metricInput(org.id, member.id), ...change } });
    expect(firstError(result)).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(firstError(result).message).toMatch(new RegExp(`^${field}: `));
    expect(await goalCount(org.id)).toBe(0);
  });

  it("refuses a parent from another organization or a missing one, naming parentId", async () => {
    const { org, member } = await team();
    const other = await team();
    const theirs = await createGoal(other.org, other.owner);
    for (const parentId of [gid("Goal", theirs.id), gid("Goal", "nope"), "garbage"]) {
      const result = await run(member.id, CREATE_METRIC, { input: { ...metricInput(org.id, member.id), parentId } });
      expect(firstError(result)).toEqual({
        code: "BAD_USER_INPUT",
        field: "parentId",
        message: "parentId: Choose a parent goal in this organization.",
      });
    }
    expect(await goalCount(org.id)).toBe(0);
    expect(await prisma().goal.count({ where: { parentId: theirs.id } })).toBe(0);
  });

  it("keeps the metric complete on update and follows the start value until the first check-in", async () => {
    const { org, owner, member } = await team();
    const goal = await createMetricGoal(org, owner, { startValue: 10, targetValue: 20 });
    const id = gid("Goal", goal.id);
    const before = await goalRow(goal.id);
    for (const [field, change] of [
      ["unit", { unit: null }],
      ["direction", { direction: null }],
      ["targetValue", { targetValue: 5 }],
      ["startValue", { startValue: 30 }],
    ] as const) {
      const result = await run(member.id, UPDATE_METRIC, { input: { goalId: id, ...change } });
      expect(firstError(result), field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await goalRow(goal.id)).toEqual(before);

    const moved = await run(member.id, UPDATE_METRIC, { input: { goalId: id, startValue: 12 } });
    expect(moved.data.updateGoal.goal).toMatchObject({ startValue: 12, currentValue: 12, progress: 0 });
    await createCheckIn(goal, owner, { value: 15 });
    const measured = await run(member.id, UPDATE_METRIC, { input: { goalId: id, startValue: 10 } });
    expect(measured.data.updateGoal.goal).toMatchObject({ startValue: 10, currentValue: 15, progress: 0.5 });

    const toMilestones = await run(member.id, UPDATE_METRIC, { input: { goalId: id, kind: "MILESTONE" } });
    expect(toMilestones.data.updateGoal.goal).toMatchObject({ kind: "MILESTONE", progress: 0 });
  });
});

const idOfGoal = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;

describe("nesting and roll-up", () => {
  /** grand ← parent (weight 1) ← child (metric 0 → 100, weight 3); parent and grand each have one milestone. */
  async function tree() {
    const t = await team();
    const grand = await createGoal(t.org, t.owner, { title: "Grand" });
    const parent = await createGoal(t.org, t.owner, { title: "Parent" });
    const child = await createMetricGoal(t.org, t.owner, { title: "Child", startValue: 0, targetValue: 100 });
    await setParent(parent, grand, 1);
    await setParent(child, parent, 3);
    const grandMilestone = await createMilestone(grand, { title: "G1", dueDate: "2099-01-01" });
    const parentMilestone = await createMilestone(parent, { title: "P1", dueDate: "2099-01-01" });
    await refreshProgress(grand);
    await refreshProgress(parent);
    return { ...t, grand, parent, child, grandMilestone, parentMilestone };
  }
  const progressOf = async (id: string) => (await goalRow(id))!.progress;

  it("rolls check-ins and milestone completions up through two levels, with history on each", async () => {
    const { member, grand, parent, child, parentMilestone } = await tree();
    const checkIn = await run(member.id, CHECK_IN, { input: { goalId: gid("Goal", child.id), value: 50, confidence: "ON_TRACK" } });
    expect(checkIn.errors).toBeUndefined();
    expect(await progressOf(child.id)).toBeCloseTo(0.5);
    expect(await progressOf(parent.id)).toBeCloseTo((3 * 0.5 + 0) / 4);
    expect(await progressOf(grand.id)).toBeCloseTo((0.375 + 0) / 2);

    const done = await run(member.id, UPDATE_MILESTONE, { input: { milestoneId: gid("Milestone", parentMilestone.id), status: "DONE" } });
    expect(done.errors).toBeUndefined();
    expect(await progressOf(parent.id)).toBeCloseTo((1.5 + 1) / 4);
    expect(await progressOf(grand.id)).toBeCloseTo(0.625 / 2);

    const page = await run(member.id, PROGRESS, { id: gid("Goal", grand.id) });
    expect(page.data.goal.children).toEqual([{ title: "Parent", progress: 0.625 }]);
    expect(page.data.goal.progressParts).toEqual([
      { label: "Parent", weight: 1, progress: 0.625 },
      { label: "G1", weight: 1, progress: 0 },
    ]);
    expect(page.data.goal.progressFormula).toContain("(63% + 0%) / 2 = 31%");
    expect(page.data.goal.progressHistory.map((p: any) => p.progress)).toEqual([0.1875, 0.3125]);
    const parentPage = await run(member.id, PROGRESS, { id: gid("Goal", parent.id) });
    expect(parentPage.data.goal.progressHistory.map((p: any) => p.progress)).toEqual([0.375, 0.625]);
    const childPage = await run(member.id, PROGRESS, { id: gid("Goal", child.id) });
    expect(childPage.data.goal.progressHistory).toEqual([{ progress: 0.5, value: 50 }]);
  });

  it("moves a goal to another parent, recomputing the old parent and the new one", async () => {
    const { member, grand, parent, child } = await tree();
    await createCheckIn(child, member, { value: 50 });
    const moved = await run(member.id, UPDATE_METRIC, { input: { goalId: gid("Goal", child.id), parentId: gid("Goal", grand.id) } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data.updateGoal.goal.parent).toEqual({ id: gid("Goal", grand.id) });
    expect(await progressOf(parent.id)).toBe(0);
    expect(await progressOf(grand.id)).toBeCloseTo((0 + 3 * 0.5 + 0) / 5);

    const detached = await run(member.id, UPDATE_METRIC, { input: { goalId: gid("Goal", child.id), parentId: null } });
    expect(detached.data.updateGoal.goal.parent).toBeNull();
    expect(await progressOf(grand.id)).toBe(0);

    // A child's weight counts in its parent's roll-up; 0 leaves it out.
    await run(member.id, UPDATE_METRIC, { input: { goalId: gid("Goal", child.id), parentId: gid("Goal", parent.id), weight: 0 } });
    expect(await progressOf(parent.id)).toBe(0);
    await run(member.id, UPDATE_METRIC, { input: { goalId: gid("Goal", child.id), weight: 1 } });
    expect(await progressOf(parent.id)).toBeCloseTo(0.25);
  });

  it("refuses cycles and self-parenting, naming parentId and changing nothing", async () => {
    const { member, grand, parent, child } = await tree();
    const before = await prisma().goal.findMany({ where: { id: { in: [grand.id, parent.id, child.id] } }, orderBy: { id: "asc" } });
    const self = await run(member.id, UPDATE_METRIC, { input: { goalId: gid("Goal", grand.id), parentId: gid("Goal", grand.id) } });
    expect(firstError(self)).toEqual({ code: "BAD_USER_INPUT", field: "parentId", message: "parentId: A goal can't be its own parent." });
    const loop = await run(member.id, UPDATE_METRIC, { input: { goalId: gid("Goal", grand.id), parentId: gid("Goal", child.id) } });
    expect(firstError(loop)).toEqual({
      code: "BAD_USER_INPUT",
      field: "parentId",
      message: "parentId: “Child” is already under this goal, so it can't also be its parent.",
    });
    const after = await prisma().goal.findMany({ where: { id: { in: [grand.id, parent.id, child.id] } }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  });

  it("rolls up concurrent check-ins on sibling goals without losing any", async () => {
    const { org, owner, member } = await team();
    const parent = await createGoal(org, owner);
    const children = [];
    for (let i = 0; i < 4; i++) children.push(await createMetricGoal(org, owner, { parentId: parent.id, startValue: 0, targetValue: 10 }));
    await refreshProgress(parent);
    const results = await Promise.all(
      children.map((c) => run(member.id, CHECK_IN, { input: { goalId: gid("Goal", c.id), value: 10, confidence: "ON_TRACK" } })),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(await progressOf(parent.id)).toBe(1);
    const history = await prisma().progressSnapshot.findMany({ where: { goalId: parent.id }, orderBy: { recordedAt: "asc" } });
    expect(history.map((h) => h.progress)).toEqual([0.25, 0.5, 0.75, 1]);
  });

  it("never lets two concurrent moves make a cycle", async () => {
    const { org, owner, member } = await team();
    const one = await createGoal(org, owner);
    const two = await createGoal(org, owner);
    const results = await Promise.all([
      run(member.id, UPDATE_METRIC, { input: { goalId: gid("Goal", one.id), parentId: gid("Goal", two.id) } }),
      run(member.id, UPDATE_METRIC, { input: { goalId: gid("Goal", two.id), parentId: gid("Goal", one.id) } }),
    ]);
    expect(results.map((r) => codes(r)).sort()).toEqual([[], ["BAD_USER_INPUT"]]);
    const rows = await prisma().goal.findMany({ where: { id: { in: [one.id, two.id] } } });
    expect(rows.filter((g) => g.parentId !== null)).toHaveLength(1);
  });

  it("leaves archived sub-goals out of the roll-up", async () => {
    const { member, parent, child } = await tree();
    await createCheckIn(child, member, { value: 100 });
    expect(await progressOf(parent.id)).toBeCloseTo(0.75);
    await run(member.id, ARCHIVE, { input: { goalId: gid("Goal", child.id) } });
    expect(await progressOf(parent.id)).toBe(0);
    expect((await run(member.id, PROGRESS, { id: gid("Goal", parent.id) })).data.goal.children).toEqual([]);
    await run(member.id, UNARCHIVE, { input: { goalId: gid("Goal", child.id) } });
    expect(await progressOf(parent.id)).toBeCloseTo(0.75);
  });
});

describe("health", () => {
  const HEALTH = `query($id: ID!) { goal(id: $id) { progress expectedProgress health healthExplanation confidence confidenceMismatch
    missedMilestoneCount overdueMilestoneCount } }`;

  it("compares progress with the expected pace, lowers health for missed milestones and flags a disagreeing confidence", async () => {
    const { org, owner, member } = await team();
    const goal = await createMetricGoal(org, owner, {
      startDate: daysFromToday(-50),
      targetDate: daysFromToday(50),
      startValue: 0,
      targetValue: 100,
    });
    await run(member.id, CHECK_IN, { input: { goalId: gid("Goal", goal.id), value: 45, confidence: "ON_TRACK" } });
    const onPace = await run(member.id, HEALTH, { id: gid("Goal", goal.id) });
    expect(onPace.data.goal).toMatchObject({
      progress: 0.45,
      expectedProgress: 0.5,
      health: "ON_TRACK",
      confidence: "ON_TRACK",
      confidenceMismatch: null,
      missedMilestoneCount: 0,
    });
    expect(onPace.data.goal.healthExplanation).toBe("Progress 45%, expected 50% by now: 5% behind pace — within the 10% margin.");

    await createMilestone(goal, { dueDate: daysFromToday(-1) });
    const missed = await run(member.id, HEALTH, { id: gid("Goal", goal.id) });
    expect(missed.data.goal).toMatchObject({ health: "AT_RISK", missedMilestoneCount: 1, overdueMilestoneCount: 1 });
    expect(missed.data.goal.confidenceMismatch).toBe("Marked on track, but 5% behind pace and milestones were missed");

    await run(member.id, CHECK_IN, { input: { goalId: gid("Goal", goal.id), value: 10, confidence: "ON_TRACK" } });
    const behind = await run(member.id, HEALTH, { id: gid("Goal", goal.id) });
    expect(behind.data.goal).toMatchObject({ health: "OFF_TRACK" });
    expect(behind.data.goal.confidenceMismatch).toBe("Marked on track, but 40% behind pace");
  });
});

describe("closing goals", () => {
  it("closes with an outcome and a note, freezes the goal and reopens it", async () => {
    const { org, owner, member } = await team();
    const goal = await createGoal(org, owner, { title: "Ship it" });
    const milestone = await createMilestone(goal, { status: "DONE" });
    await refreshProgress(goal);
    const id = gid("Goal", goal.id);

    const closed = await run(member.id, CLOSE, { input: { goalId: id, outcome: "ACHIEVED", note: " Shipped on time. " } });
    expect(closed.errors).toBeUndefined();
    expect(closed.data.closeGoal.goal).toMatchObject({
      isClosed: true,
      closedAt: expect.any(String),
      outcome: "ACHIEVED",
      closingNote: "Shipped on time.",
      health: null,
      healthExplanation: null,
      confidenceMismatch: null,
      progress: 1,
    });
    const activity = await prisma().activity.findFirstOrThrow({ where: { goalId: goal.id, kind: "GOAL_CLOSED" } });
    expect(activity.isWin).toBe(true);

    const before = { goal: await goalRow(goal.id), milestones: await prisma().milestone.findMany({ where: { goalId: goal.id } }) };
    const attempts: [string, Record<string, unknown>][] = [
      [UPDATE, { goalId: id, title: "Changed" }],
      [CLOSE, { goalId: id, outcome: "MISSED" }],
      [CHECK_IN, { goalId: id, confidence: "ON_TRACK" }],
      [UPDATE_MILESTONE, { milestoneId: gid("Milestone", milestone.id), status: "PLANNED" }],
      [`mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`, { goalId: id, title: "More", dueDate: "2099-01-01" }],
      [`mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, { goalId: id, body: "Late thought" }],
      [`mutation($input: AssignMilestoneInput!) { assignMilestone(input: $input) { milestone { id } } }`, { milestoneId: gid("Milestone", milestone.id), userId: gid("User", member.id) }],
      [`mutation($input: DeleteMilestoneInput!) { deleteMilestone(input: $input) { deletedMilestoneId } }`, { milestoneId: gid("Milestone", milestone.id) }],
    ];
    for (const [mutation, input] of attempts) {
      expect(firstError(await run(member.id, mutation, { input })), mutation).toMatchObject({
        code: "CONFLICT",
        message: "Closed goals can't be changed; reopen it first.",
      });
    }
    expect({ goal: await goalRow(goal.id), milestones: await prisma().milestone.findMany({ where: { goalId: goal.id } }) }).toEqual(before);

    const reopened = await run(member.id, REOPEN, { input: { goalId: id } });
    expect(reopened.data.reopenGoal.goal).toMatchObject({ isClosed: false, closedAt: null, outcome: null, closingNote: "", health: "ON_TRACK" });
    expect((await run(member.id, UPDATE, { input: { goalId: id, title: "Changed" } })).data.updateGoal.goal.title).toBe("Changed");
    // Reopening an open goal is harmless.
    expect((await run(member.id, REOPEN, { input: { goalId: id } })).errors).toBeUndefined();
  });

  it("only records a win for ACHIEVED, and validates the outcome and note", async () => {
    const { org, owner, member } = await team();
    const goal = await createGoal(org, owner);
    const id = gid("Goal", goal.id);
    const tooLong = await run(member.id, CLOSE, { input: { goalId: id, outcome: "DROPPED", note: "x".repeat(5001) } });
    expect(firstError(tooLong)).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    expect((await goalRow(goal.id))?.closedAt).toBeNull();
    const dropped = await run(member.id, CLOSE, { input: { goalId: id, outcome: "DROPPED" } });
    expect(dropped.data.closeGoal.goal).toMatchObject({ outcome: "DROPPED", closingNote: "" });
    const activity = await prisma().activity.findFirstOrThrow({ where: { goalId: goal.id, kind: "GOAL_CLOSED" } });
    expect(activity.isWin).toBe(false);
  });

  it("is FORBIDDEN for stakeholders and NOT_FOUND across organizations", async () => {
    const { org, owner, stakeholder } = await team();
    const other = await team();
    const goal = await createGoal(org, owner);
    const closedGoal = await createGoal(org, owner);
    await prisma().goal.update({ where: { id: closedGoal.id }, data: { closedAt: new Date(), outcome: "MISSED" } });
    const before = await prisma().goal.findMany({ where: { organizationId: org.id }, orderBy: { id: "asc" } });

    expect(codes(await run(stakeholder.id, CLOSE, { input: { goalId: gid("Goal", goal.id), outcome: "ACHIEVED" } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await run(stakeholder.id, REOPEN, { input: { goalId: gid("Goal", closedGoal.id) } }))).toEqual(["FORBIDDEN"]);
    for (const [mutation, input] of [
      [CLOSE, { goalId: gid("Goal", goal.id), outcome: "ACHIEVED" }],
      [REOPEN, { goalId: gid("Goal", closedGoal.id) }],
    ] as const) {
      const result = await run(other.member.id, mutation, { input });
      const missing = await run(other.member.id, mutation, { input: { ...input, goalId: gid("Goal", "missing") } });
      expect(codes(result)).toEqual(["NOT_FOUND"]);
      expect(result.errors).toEqual(missing.errors);
    }
    expect(await prisma().goal.findMany({ where: { organizationId: org.id }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("asks to unarchive an archived goal before reopening it", async () => {
    const { org, owner, member } = await team();
    const goal = await createGoal(org, owner);
    await prisma().goal.update({ where: { id: goal.id }, data: { closedAt: new Date(), outcome: "MISSED", archivedAt: new Date() } });
    const result = await run(member.id, REOPEN, { input: { goalId: gid("Goal", goal.id) } });
    expect(firstError(result)).toMatchObject({ code: "CONFLICT", message: "Archived goals can't be changed; unarchive it first." });
    expect((await goalRow(goal.id))?.closedAt).not.toBeNull();
  });
});
