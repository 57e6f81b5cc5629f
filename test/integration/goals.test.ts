import { describe, expect, it } from "vitest";
import { createGoal, createMember, createMilestone, createOrg, createUser } from "../../prisma/factories.ts";
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
