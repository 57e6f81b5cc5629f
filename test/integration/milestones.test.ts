import { describe, expect, it } from "vitest";
import { addDependency, assign, createGoal, createMember, createMilestone, createOrg, createUser, refreshProgress } from "../../prisma/factories.ts";
import { todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

const MILESTONE_FIELDS = `id title description dueDate status position completedAt isOverdue viewerCanEdit
  goal { id } assignees { id } assignments { id user { id } }`;

const CREATE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { ${MILESTONE_FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { ${MILESTONE_FIELDS} } } }`;
const MOVE = `mutation($input: MoveMilestoneInput!) { moveMilestone(input: $input) {
  goal { milestones { edges { node { title position } } } } } }`;
const DELETE = `mutation($input: DeleteMilestoneInput!) { deleteMilestone(input: $input) {
  deletedMilestoneId goal { milestoneCount milestones { edges { node { title position } } } } } }`;
const ASSIGN = `mutation($input: AssignMilestoneInput!) { assignMilestone(input: $input) {
  milestone { id assignees { id } } assignment { id user { id } milestone { id } } } }`;
const UNASSIGN = `mutation($input: UnassignMilestoneInput!) { unassignMilestone(input: $input) { milestone { id assignees { id } } } }`;
const MILESTONE = `query($id: ID!) { milestone(id: $id) { ${MILESTONE_FIELDS} } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;

async function team(timeZone = "UTC") {
  const { org, owner } = await createOrg(undefined, { timeZone });
  const member = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  const goal = await createGoal(org, owner);
  return { org, owner, member, stakeholder, goal };
}

/** A goal with milestones A, B, C, D at positions 0..3. */
async function goalWithFour() {
  const t = await team();
  const milestones = [];
  for (const title of ["A", "B", "C", "D"]) milestones.push(await createMilestone(t.goal, { title }));
  return { ...t, milestones };
}

const positions = (goalId: string) =>
  prisma()
    .milestone.findMany({ where: { goalId }, orderBy: { position: "asc" }, select: { title: true, position: true } })
    .then((rows) => rows.map((r) => `${r.position}:${r.title}`));

const milestoneRows = (goalId: string) => prisma().milestone.findMany({ where: { goalId }, orderBy: { id: "asc" } });
const assignmentRows = (milestoneId: string) => prisma().assignment.findMany({ where: { milestoneId }, orderBy: { id: "asc" } });

function firstError(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}

describe("createMilestone", () => {
  it("appends milestones at the end of the goal, in the goal's organization", async () => {
    const { org, member, goal } = await team();
    const titles = ["First", "Second", "Third"];
    for (const [i, title] of titles.entries()) {
      const result = await run(member.id, CREATE, {
        input: { goalId: gid("Goal", goal.id), title: ` ${title} `, dueDate: "2099-03-01", description: "Notes" },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data.createMilestone.milestone).toMatchObject({
        title,
        description: "Notes",
        dueDate: "2099-03-01",
        status: "PLANNED",
        position: i,
        completedAt: null,
        isOverdue: false,
        viewerCanEdit: true,
        goal: { id: gid("Goal", goal.id) },
        assignees: [],
      });
    }
    const rows = await prisma().milestone.findMany({ where: { goalId: goal.id } });
    expect(rows.every((m) => m.organizationId === org.id)).toBe(true);
  });

  it.each([
    ["title", { title: "  " }, "title: Title is required."],
    ["title", { title: "x".repeat(201) }, "title: Title must be at most 200 characters."],
    ["description", { description: "x".repeat(5001) }, "description: Description must be at most 5000 characters."],
  ])("refuses an invalid %s and creates nothing", async (field, change, message) => {
    const { member, goal } = await team();
    const result = await run(member.id, CREATE, { input: { goalId: gid("Goal", goal.id), title: "Ok", dueDate: "2026-03-01", ...change } });
    expect(firstError(result)).toEqual({ code: "BAD_USER_INPUT", field, message });
    expect(await prisma().milestone.count({ where: { goalId: goal.id } })).toBe(0);
  });

  it("refuses an impossible due date", async () => {
    const { member, goal } = await team();
    const result = await run(member.id, CREATE, { input: { goalId: gid("Goal", goal.id), title: "Ok", dueDate: "2026-02-30" } });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(await prisma().milestone.count({ where: { goalId: goal.id } })).toBe(0);
  });
});

describe("updateMilestone", () => {
  it("records completion when DONE and clears it when reopened", async () => {
    const { member, goal } = await team();
    const milestone = await createMilestone(goal, { dueDate: "2020-01-01" });
    const id = gid("Milestone", milestone.id);

    const started = await run(member.id, UPDATE, { input: { milestoneId: id, status: "IN_PROGRESS", title: "Renamed" } });
    expect(started.data.updateMilestone.milestone).toMatchObject({ status: "IN_PROGRESS", title: "Renamed", completedAt: null, isOverdue: true });

    const done = await run(member.id, UPDATE, { input: { milestoneId: id, status: "DONE" } });
    const completedAt = done.data.updateMilestone.milestone.completedAt;
    expect(completedAt).toEqual(expect.any(String));
    expect(done.data.updateMilestone.milestone.isOverdue).toBe(false);

    const stillDone = await run(member.id, UPDATE, { input: { milestoneId: id, status: "DONE", description: "Shipped" } });
    expect(stillDone.data.updateMilestone.milestone).toMatchObject({ completedAt, description: "Shipped" });

    const reopened = await run(member.id, UPDATE, { input: { milestoneId: id, status: "PLANNED" } });
    expect(reopened.data.updateMilestone.milestone).toMatchObject({ status: "PLANNED", completedAt: null, isOverdue: true });
  });

  it("refuses invalid input, names the field and changes nothing", async () => {
    const { member, goal } = await team();
    const milestone = await createMilestone(goal);
    const before = await milestoneRows(goal.id);
    const id = gid("Milestone", milestone.id);
    expect(firstError(await run(member.id, UPDATE, { input: { milestoneId: id, title: "" } }))).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "title",
    });
    expect(codes(await run(member.id, UPDATE, { input: { milestoneId: id, status: "CANCELLED" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(codes(await run(member.id, UPDATE, { input: { milestoneId: id, dueDate: "tomorrow" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(await milestoneRows(goal.id)).toEqual(before);
  });

  it("judges overdue in the organization's time zone", async () => {
    // A date far from today in UTC is unambiguous in every zone; the zone itself is unit-tested.
    const { member, goal } = await team("America/Los_Angeles");
    const past = await createMilestone(goal, { dueDate: "2020-01-01" });
    const future = await createMilestone(goal, { dueDate: "2099-01-01" });
    expect((await run(member.id, MILESTONE, { id: gid("Milestone", past.id) })).data.milestone.isOverdue).toBe(true);
    expect((await run(member.id, MILESTONE, { id: gid("Milestone", future.id) })).data.milestone.isOverdue).toBe(false);
  });
});

describe("moveMilestone", () => {
  it("reorders and keeps positions contiguous", async () => {
    const { member, goal, milestones } = await goalWithFour();
    const [a, , , d] = milestones;

    const forward = await run(member.id, MOVE, { input: { milestoneId: gid("Milestone", a!.id), position: 2 } });
    expect(forward.errors).toBeUndefined();
    expect(forward.data.moveMilestone.goal.milestones.edges.map((e: any) => `${e.node.position}:${e.node.title}`)).toEqual([
      "0:B",
      "1:C",
      "2:A",
      "3:D",
    ]);
    await run(member.id, MOVE, { input: { milestoneId: gid("Milestone", d!.id), position: 0 } });
    expect(await positions(goal.id)).toEqual(["0:D", "1:B", "2:C", "3:A"]);
    await run(member.id, MOVE, { input: { milestoneId: gid("Milestone", d!.id), position: 3 } });
    expect(await positions(goal.id)).toEqual(["0:B", "1:C", "2:A", "3:D"]);
    await run(member.id, MOVE, { input: { milestoneId: gid("Milestone", a!.id), position: 2 } });
    expect(await positions(goal.id)).toEqual(["0:B", "1:C", "2:A", "3:D"]);
  });

  it("refuses a position outside the goal's milestones", async () => {
    const { member, goal, milestones } = await goalWithFour();
    const before = await positions(goal.id);
    for (const position of [4, -1]) {
      const result = await run(member.id, MOVE, { input: { milestoneId: gid("Milestone", milestones[0]!.id), position } });
      expect(firstError(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "position" });
    }
    expect(await positions(goal.id)).toEqual(before);
  });
});

describe("concurrent changes", () => {
  it("keep positions contiguous when milestones are created, moved and deleted at once", async () => {
    const { member, goal, milestones } = await goalWithFour();
    await Promise.all([
      ...["E", "F", "G", "H"].map((title) =>
        run(member.id, CREATE, { input: { goalId: gid("Goal", goal.id), title, dueDate: "2026-03-01" } }),
      ),
      run(member.id, MOVE, { input: { milestoneId: gid("Milestone", milestones[0]!.id), position: 3 } }),
      run(member.id, MOVE, { input: { milestoneId: gid("Milestone", milestones[3]!.id), position: 0 } }),
      run(member.id, DELETE, { input: { milestoneId: gid("Milestone", milestones[1]!.id) } }),
    ]);
    const rows = await prisma().milestone.findMany({ where: { goalId: goal.id }, orderBy: { position: "asc" } });
    expect(rows.map((m) => m.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe("deleteMilestone", () => {
  it("deletes and closes the gap in positions", async () => {
    const { member, goal, milestones } = await goalWithFour();
    const b = milestones[1]!;
    await assign(b, member);
    const result = await run(member.id, DELETE, { input: { milestoneId: gid("Milestone", b.id) } });
    expect(result.errors).toBeUndefined();
    expect(result.data.deleteMilestone.deletedMilestoneId).toBe(gid("Milestone", b.id));
    expect(result.data.deleteMilestone.goal.milestoneCount).toBe(3);
    expect(await positions(goal.id)).toEqual(["0:A", "1:C", "2:D"]);
    expect(await prisma().assignment.count({ where: { milestoneId: b.id } })).toBe(0);

    await run(member.id, DELETE, { input: { milestoneId: gid("Milestone", milestones[3]!.id) } });
    await run(member.id, DELETE, { input: { milestoneId: gid("Milestone", milestones[0]!.id) } });
    expect(await positions(goal.id)).toEqual(["0:C"]);
    const again = await run(member.id, DELETE, { input: { milestoneId: gid("Milestone", b.id) } });
    expect(codes(again)).toEqual(["NOT_FOUND"]);
  });
});

describe("assignments", () => {
  it("assigns members in order, idempotently, and unassigns them", async () => {
    const { owner, member, goal } = await team();
    const milestone = await createMilestone(goal);
    const id = gid("Milestone", milestone.id);

    const first = await run(member.id, ASSIGN, { input: { milestoneId: id, userId: gid("User", member.id) } });
    expect(first.errors).toBeUndefined();
    expect(first.data.assignMilestone.assignment).toMatchObject({ user: { id: gid("User", member.id) }, milestone: { id } });
    await run(member.id, ASSIGN, { input: { milestoneId: id, userId: gid("User", owner.id) } });
    const again = await run(member.id, ASSIGN, { input: { milestoneId: id, userId: gid("User", member.id) } });
    expect(again.data.assignMilestone.assignment.id).toBe(first.data.assignMilestone.assignment.id);
    expect(again.data.assignMilestone.milestone.assignees).toEqual([{ id: gid("User", member.id) }, { id: gid("User", owner.id) }]);

    const assignmentId = first.data.assignMilestone.assignment.id;
    expect((await run(member.id, NODE, { id: assignmentId })).data).toEqual({ node: { id: assignmentId } });

    const removed = await run(member.id, UNASSIGN, { input: { milestoneId: id, userId: gid("User", member.id) } });
    expect(removed.data.unassignMilestone.milestone.assignees).toEqual([{ id: gid("User", owner.id) }]);
    const noop = await run(member.id, UNASSIGN, { input: { milestoneId: id, userId: gid("User", member.id) } });
    expect(noop.errors).toBeUndefined();
  });

  it("refuses stakeholders and non-members as assignees, naming userId", async () => {
    const { member, stakeholder, goal } = await team();
    const outsider = (await createOrg()).owner;
    const milestone = await createMilestone(goal);
    for (const userId of [gid("User", stakeholder.id), gid("User", outsider.id), gid("User", "nobody"), "garbage"]) {
      const result = await run(member.id, ASSIGN, { input: { milestoneId: gid("Milestone", milestone.id), userId } });
      expect(firstError(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
    }
    expect(await assignmentRows(milestone.id)).toEqual([]);
  });
});

describe("stakeholders", () => {
  it("can read but every milestone and assignment mutation is FORBIDDEN and changes nothing", async () => {
    const { member, stakeholder, goal } = await team();
    const milestone = await createMilestone(goal);
    await createMilestone(goal);
    await assign(milestone, member);
    const id = gid("Milestone", milestone.id);
    const before = { milestones: await milestoneRows(goal.id), assignments: await assignmentRows(milestone.id) };

    const read = await run(stakeholder.id, MILESTONE, { id });
    expect(read.data.milestone).toMatchObject({ viewerCanEdit: false, assignees: [{ id: gid("User", member.id) }] });

    const attempts: [string, Record<string, unknown>][] = [
      [CREATE, { goalId: gid("Goal", goal.id), title: "Mine", dueDate: "2026-03-01" }],
      [UPDATE, { milestoneId: id, status: "DONE" }],
      [MOVE, { milestoneId: id, position: 1 }],
      [DELETE, { milestoneId: id }],
      [ASSIGN, { milestoneId: id, userId: gid("User", stakeholder.id) }],
      [UNASSIGN, { milestoneId: id, userId: gid("User", member.id) }],
    ];
    for (const [mutation, input] of attempts) {
      expect(codes(await run(stakeholder.id, mutation, { input })), mutation).toEqual(["FORBIDDEN"]);
    }
    expect({ milestones: await milestoneRows(goal.id), assignments: await assignmentRows(milestone.id) }).toEqual(before);
  });
});

describe("archived goals", () => {
  it("refuse every milestone and assignment change", async () => {
    const { member, goal } = await team();
    const milestone = await createMilestone(goal);
    await createMilestone(goal);
    await assign(milestone, member);
    await prisma().goal.update({ where: { id: goal.id }, data: { archivedAt: new Date() } });
    const id = gid("Milestone", milestone.id);
    const before = { milestones: await milestoneRows(goal.id), assignments: await assignmentRows(milestone.id) };
    const attempts: [string, Record<string, unknown>][] = [
      [UPDATE, { milestoneId: id, status: "DONE" }],
      [MOVE, { milestoneId: id, position: 1 }],
      [DELETE, { milestoneId: id }],
      [ASSIGN, { milestoneId: id, userId: gid("User", member.id) }],
      [UNASSIGN, { milestoneId: id, userId: gid("User", member.id) }],
    ];
    for (const [mutation, input] of attempts) {
      expect(codes(await run(member.id, mutation, { input })), mutation).toEqual(["CONFLICT"]);
    }
    expect({ milestones: await milestoneRows(goal.id), assignments: await assignmentRows(milestone.id) }).toEqual(before);
  });
});

describe("tenant isolation", () => {
  it("answers another organization's milestones and assignments exactly like missing ones", async () => {
    const mine = await team();
    const theirs = await team();
    const milestone = await createMilestone(theirs.goal);
    await createMilestone(theirs.goal);
    const assignment = await assign(milestone, theirs.member);
    const id = gid("Milestone", milestone.id);
    const missingId = gid("Milestone", "no-such-milestone");
    const before = { milestones: await milestoneRows(theirs.goal.id), assignments: await assignmentRows(milestone.id) };

    const read = await run(mine.member.id, MILESTONE, { id });
    const missing = await run(mine.member.id, MILESTONE, { id: missingId });
    expect(codes(read)).toEqual(["NOT_FOUND"]);
    expect(read.errors).toEqual(missing.errors);
    expect(codes(await run(mine.member.id, MILESTONE, { id: "not base64 at all" }))).toEqual(["NOT_FOUND"]);
    expect(codes(await run(mine.member.id, MILESTONE, { id: gid("Goal", theirs.goal.id) }))).toEqual(["NOT_FOUND"]);

    expect((await run(mine.member.id, NODE, { id })).data).toEqual({ node: null });
    expect((await run(mine.member.id, NODE, { id: gid("Assignment", assignment.id) })).data).toEqual({ node: null });
    expect((await run(theirs.member.id, NODE, { id: gid("Assignment", assignment.id) })).data).toEqual({
      node: { id: gid("Assignment", assignment.id) },
    });

    const attempts: [string, Record<string, unknown>][] = [
      [UPDATE, { milestoneId: id, title: "Hijacked" }],
      [MOVE, { milestoneId: id, position: 1 }],
      [DELETE, { milestoneId: id }],
      // Even assigning themself to it must not work.
      [ASSIGN, { milestoneId: id, userId: gid("User", mine.member.id) }],
      [ASSIGN, { milestoneId: id, userId: gid("User", theirs.member.id) }],
      [UNASSIGN, { milestoneId: id, userId: gid("User", theirs.member.id) }],
    ];
    for (const [mutation, input] of attempts) {
      const result = await run(mine.member.id, mutation, { input });
      const nonexistent = await run(mine.member.id, mutation, { input: { ...input, milestoneId: missingId } });
      expect(codes(result), mutation).toEqual(["NOT_FOUND"]);
      expect(result.errors).toEqual(nonexistent.errors);
    }
    expect({ milestones: await milestoneRows(theirs.goal.id), assignments: await assignmentRows(milestone.id) }).toEqual(before);
  });

  it("does not assign a member of another organization to your milestone", async () => {
    const mine = await team();
    const outsider = await createUser();
    await createOrg(outsider);
    const milestone = await createMilestone(mine.goal);
    const result = await run(mine.member.id, ASSIGN, {
      input: { milestoneId: gid("Milestone", milestone.id), userId: gid("User", outsider.id) },
    });
    expect(firstError(result)).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
    expect(await assignmentRows(milestone.id)).toEqual([]);
  });
});

describe("goal page", () => {
  it("costs the same number of SQL statements for 5 milestones as for 50", async () => {
    const query = `query($id: ID!) { goal(id: $id) { title progress overdueMilestoneCount milestones(first: 100) { totalCount edges { node {
      id title dueDate status isOverdue viewerCanEdit assignees { id name }
    } } } } }`;
    async function statementsFor(count: number) {
      const { org, owner, goal } = await team();
      const people = [owner, await createMember(org), await createMember(org)];
      for (let i = 0; i < count; i++) {
        const milestone = await createMilestone(goal, { dueDate: i % 2 ? "2020-01-01" : "2099-01-01" });
        await assign(milestone, people[i % 3]!);
        await assign(milestone, people[(i + 1) % 3]!);
      }
      const result = await countStatements(() => run(owner.id, query, { id: gid("Goal", goal.id) }));
      expect(result.result.errors).toBeUndefined();
      expect(result.result.data.goal.milestones.edges).toHaveLength(count);
      expect(result.result.data.goal.milestones.edges[0].node.assignees).toHaveLength(2);
      return result.count;
    }
    expect(await statementsFor(50)).toBe(await statementsFor(5));
  });
});

const PLAN_FIELDS = `id title weight durationDays owner { id } dueDate baselineDueDate slipCount slipDays status effectiveStatus
  isMissed isOverdue dependsOn { title } dependents { title } goal { id progress milestoneCount missedMilestoneCount }`;
const CREATE_PLANNED = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { ${PLAN_FIELDS} } } }`;
const UPDATE_PLANNED = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { ${PLAN_FIELDS} } } }`;
const activityOf = (goalId: string) =>
  prisma().activity.findMany({ where: { goalId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, isWin: true, data: true } });

describe("milestone owner, weight, duration and dependencies", () => {
  it("creates a milestone with an owner, a weight, a duration and dependencies", async () => {
    const { org, member, stakeholder, goal } = await team();
    const design = await createMilestone(goal, { title: "Design" });
    const build = await createMilestone(goal, { title: "Build" });
    const result = await run(member.id, CREATE_PLANNED, {
      input: {
        goalId: gid("Goal", goal.id),
        title: "Launch",
        dueDate: "2099-03-01",
        ownerId: gid("User", stakeholder.id),
        weight: 3,
        durationDays: 5,
        dependsOnIds: [gid("Milestone", build.id), gid("Milestone", design.id)],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.createMilestone.milestone).toMatchObject({
      title: "Launch",
      weight: 3,
      durationDays: 5,
      owner: { id: gid("User", stakeholder.id) },
      baselineDueDate: "2099-03-01",
      slipCount: 0,
      slipDays: 0,
      effectiveStatus: "PLANNED",
      dependsOn: [{ title: "Design" }, { title: "Build" }],
      dependents: [],
    });
    const deps = await prisma().milestoneDependency.findMany({ where: { milestone: { goalId: goal.id } } });
    expect(deps.every((d) => d.organizationId === org.id)).toBe(true);
    expect((await run(member.id, MILESTONE, { id: gid("Milestone", design.id) })).data.milestone).toBeTruthy();
    const read = await run(member.id, `query($id: ID!) { milestone(id: $id) { dependents { title } } }`, { id: gid("Milestone", design.id) });
    expect(read.data.milestone.dependents).toEqual([{ title: "Launch" }]);
    expect((await activityOf(goal.id)).map((a) => a.kind)).toEqual(["MILESTONE_CREATED"]);
  });

  it("weights milestones in the goal's progress", async () => {
    const { member, goal } = await team();
    const heavy = await createMilestone(goal, { title: "Heavy" });
    await createMilestone(goal, { title: "Light" });
    await run(member.id, UPDATE_PLANNED, { input: { milestoneId: gid("Milestone", heavy.id), weight: 3 } });
    const done = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: gid("Milestone", heavy.id), status: "DONE" } });
    expect(done.data.updateMilestone.milestone.goal.progress).toBe(0.75);
    const zero = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: gid("Milestone", heavy.id), weight: 0 } });
    expect(zero.data.updateMilestone.milestone.goal.progress).toBe(0);
  });

  it.each([
    ["ownerId", "outsider", "ownerId: The owner must be a member of this organization."],
    ["weight", -1, "weight: Weight must be 0 or more."],
    ["durationDays", -2, "durationDays: Duration must be 0 days or more."],
    ["dependsOnIds", "other goal", "dependsOnIds: A milestone can only depend on other milestones of the same goal."],
    ["dependsOnIds", "other org", "dependsOnIds: A milestone can only depend on other milestones of the same goal."],
    ["dependsOnIds", "garbage", "dependsOnIds: A milestone can only depend on other milestones of the same goal."],
  ])("refuses a bad %s (%s), naming the field, and creates nothing", async (field, kind, message) => {
    const { org, owner, member, goal } = await team();
    const elsewhere = await createMilestone(await createGoal(org, owner));
    const other = await team();
    const foreign = await createMilestone(other.goal);
    const values: Record<string, unknown> = {
      outsider: gid("User", (await createUser()).id),
      "-1": -1,
      "-2": -2,
      "other goal": [gid("Milestone", elsewhere.id)],
      "other org": [gid("Milestone", foreign.id)],
      garbage: ["garbage"],
    };
    const value = values[String(kind)];
    const before = await milestoneRows(goal.id);
    const result = await run(member.id, CREATE_PLANNED, {
      input: { goalId: gid("Goal", goal.id), title: "New", dueDate: "2099-01-01", [field]: value },
    });
    expect(firstError(result)).toEqual({ code: "BAD_USER_INPUT", field, message });
    expect(await milestoneRows(goal.id)).toEqual(before);
    expect(await prisma().milestoneDependency.count({ where: { dependsOnId: foreign.id } })).toBe(0);
  });

  it("refuses a dependency cycle with the titles in the cycle, changing nothing", async () => {
    const { member, goal } = await team();
    const a = await createMilestone(goal, { title: "A" });
    const b = await createMilestone(goal, { title: "B" });
    const c = await createMilestone(goal, { title: "C" });
    await addDependency(b, a);
    await addDependency(c, b);
    const before = await prisma().milestoneDependency.findMany({ where: { milestone: { goalId: goal.id } }, orderBy: { id: "asc" } });

    const loop = await run(member.id, UPDATE_PLANNED, {
      input: { milestoneId: gid("Milestone", a.id), dependsOnIds: [gid("Milestone", c.id)], title: "Renamed" },
    });
    expect(firstError(loop)).toEqual({
      code: "BAD_USER_INPUT",
      field: "dependsOnIds",
      message: "dependsOnIds: Dependencies can't go in a circle: “A” depends on “C”, which depends on “B”, which depends on “A”.",
    });
    const self = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: gid("Milestone", a.id), dependsOnIds: [gid("Milestone", a.id)] } });
    expect(firstError(self)).toEqual({ code: "BAD_USER_INPUT", field: "dependsOnIds", message: "dependsOnIds: A milestone can't depend on itself." });
    expect(await prisma().milestoneDependency.findMany({ where: { milestone: { goalId: goal.id } }, orderBy: { id: "asc" } })).toEqual(before);
    expect((await prisma().milestone.findUniqueOrThrow({ where: { id: a.id } })).title).toBe("A");

    // Replacing and clearing dependencies.
    const replaced = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: gid("Milestone", c.id), dependsOnIds: [gid("Milestone", a.id)] } });
    expect(replaced.data.updateMilestone.milestone.dependsOn).toEqual([{ title: "A" }]);
    const cleared = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: gid("Milestone", c.id), dependsOnIds: [] } });
    expect(cleared.data.updateMilestone.milestone.dependsOn).toEqual([]);
  });
});

describe("concurrent planning changes", () => {
  it("never let two concurrent changes close a dependency cycle, and count every completion", async () => {
    const { member, goal } = await team();
    const a = await createMilestone(goal, { title: "A" });
    const b = await createMilestone(goal, { title: "B" });
    const others = [];
    for (let i = 0; i < 4; i++) others.push(await createMilestone(goal));
    const results = await Promise.all([
      run(member.id, UPDATE_PLANNED, { input: { milestoneId: gid("Milestone", a.id), dependsOnIds: [gid("Milestone", b.id)] } }),
      run(member.id, UPDATE_PLANNED, { input: { milestoneId: gid("Milestone", b.id), dependsOnIds: [gid("Milestone", a.id)] } }),
      ...others.map((m) => run(member.id, UPDATE_PLANNED, { input: { milestoneId: gid("Milestone", m.id), status: "DONE" } })),
    ]);
    expect(results.slice(0, 2).map((r) => codes(r)).sort()).toEqual([[], ["BAD_USER_INPUT"]]);
    expect(results.slice(2).every((r) => r.errors === undefined)).toBe(true);
    expect(await prisma().milestoneDependency.count({ where: { milestone: { goalId: goal.id } } })).toBe(1);
    expect((await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } })).progress).toBeCloseTo(4 / 6);
  });
});

describe("slips and missed milestones", () => {
  it("keeps the baseline, counts slips and records each move", async () => {
    const { owner, member, goal } = await team();
    const milestone = await createMilestone(goal, { title: "Beta", dueDate: "2099-12-03" });
    const id = gid("Milestone", milestone.id);
    await prisma().user.update({ where: { id: member.id }, data: { name: "Sam" } });

    const later = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, dueDate: "2099-12-10" } });
    expect(later.data.updateMilestone.milestone).toMatchObject({ dueDate: "2099-12-10", baselineDueDate: "2099-12-03", slipCount: 1, slipDays: 7 });
    const again = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, dueDate: "2100-01-05" } });
    expect(again.data.updateMilestone.milestone).toMatchObject({ baselineDueDate: "2099-12-03", slipCount: 2, slipDays: 33 });
    const earlier = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, dueDate: "2099-12-01" } });
    expect(earlier.data.updateMilestone.milestone).toMatchObject({ baselineDueDate: "2099-12-03", slipCount: 2, slipDays: -2 });
    const same = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, dueDate: "2099-12-01", title: "Beta!" } });
    expect(same.data.updateMilestone.milestone).toMatchObject({ slipCount: 2 });

    const moves = (await activityOf(goal.id)).filter((a) => a.kind === "DUE_DATE_MOVED");
    expect(moves.map((a) => a.data)).toMatchObject([
      { from: "2099-12-03", to: "2099-12-10", slipCount: 1, slipped: true },
      { from: "2099-12-10", to: "2100-01-05", slipCount: 2, slipped: true },
      { from: "2100-01-05", to: "2099-12-01", slipCount: 2, slipped: false },
    ]);
    const feed = await run(owner.id, `query($id: ID!) { goal(id: $id) { activity(first: 1) { edges { node { summary } } } } }`, {
      id: gid("Goal", goal.id),
    });
    expect(feed.data.goal.activity.edges[0].node.summary).toBe("Sam moved the due date of “Beta” from 5 Jan 2100 to 1 Dec 2099");
    const first = await prisma().activity.findFirstOrThrow({ where: { goalId: goal.id, kind: "DUE_DATE_MOVED" }, orderBy: { createdAt: "asc" } });
    const summary = await run(owner.id, `query($id: ID!) { node(id: $id) { ... on Activity { summary } } }`, { id: gid("Activity", first.id) });
    expect(summary.data.node.summary).toBe("Sam moved the due date of “Beta” from 3 Dec to 10 Dec (slip 1)");
  });

  it("makes a past-due milestone MISSED, counts it, and clears it when done or moved", async () => {
    const { member, goal } = await team();
    const yesterday = new Date(Date.parse(`${todayIn("UTC")}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const milestone = await createMilestone(goal, { dueDate: yesterday, status: "IN_PROGRESS" });
    await createMilestone(goal, { dueDate: "2099-01-01" });
    const id = gid("Milestone", milestone.id);
    const read = await run(member.id, `query($id: ID!) { milestone(id: $id) { ${PLAN_FIELDS} } }`, { id });
    expect(read.data.milestone).toMatchObject({
      status: "IN_PROGRESS",
      effectiveStatus: "MISSED",
      isMissed: true,
      isOverdue: true,
      goal: { missedMilestoneCount: 1 },
    });
    const moved = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, dueDate: "2099-02-01" } });
    expect(moved.data.updateMilestone.milestone).toMatchObject({ effectiveStatus: "IN_PROGRESS", isMissed: false, slipCount: 1 });
    await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, dueDate: yesterday } });
    const done = await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, status: "DONE" } });
    expect(done.data.updateMilestone.milestone).toMatchObject({ effectiveStatus: "DONE", isMissed: false, goal: { missedMilestoneCount: 0 } });
  });

  it("records completion as a win and reopening, with a history point each", async () => {
    const { member, goal } = await team();
    const milestone = await createMilestone(goal, { title: "Beta with 20 teams" });
    await createMilestone(goal);
    await refreshProgress(goal);
    const id = gid("Milestone", milestone.id);
    await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, status: "DONE" } });
    await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, status: "DONE", title: "Beta with 20 teams" } });
    await run(member.id, UPDATE_PLANNED, { input: { milestoneId: id, status: "IN_PROGRESS" } });
    expect((await activityOf(goal.id)).map((a) => [a.kind, a.isWin])).toEqual([
      ["MILESTONE_DONE", true],
      ["MILESTONE_REOPENED", false],
    ]);
    const history = await prisma().progressSnapshot.findMany({ where: { goalId: goal.id }, orderBy: { recordedAt: "asc" } });
    expect(history.map((h) => h.progress)).toEqual([0.5, 0]);
  });

  it("records deletions and recomputes progress", async () => {
    const { member, goal } = await team();
    const done = await createMilestone(goal, { status: "DONE", title: "Done" });
    const open = await createMilestone(goal, { title: "Open" });
    await refreshProgress(goal);
    const result = await run(member.id, DELETE, { input: { milestoneId: gid("Milestone", open.id) } });
    expect(result.errors).toBeUndefined();
    expect((await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } })).progress).toBe(1);
    expect((await activityOf(goal.id)).map((a) => [a.kind, a.data])).toEqual([["MILESTONE_DELETED", { goalTitle: goal.title, milestoneTitle: "Open" }]]);
    expect(done).toBeTruthy();
  });
});
