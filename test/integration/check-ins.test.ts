import { describe, expect, it } from "vitest";
import { createCheckIn, createGoal, createMember, createMetricGoal, createMilestone, createOrg, refreshProgress } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";

const CHECK_IN = `mutation($input: CreateCheckInInput!) { createCheckIn(input: $input) {
  checkIn { id value confidence note createdAt author { id } goal { id } }
  goal { id currentValue confidence progress progressFormula progressHistory { progress value expectedProgress recordedAt }
    checkIns(first: 10) { totalCount edges { node { value note } } } }
} }`;
const CHECK_INS = `query($id: ID!, $first: Int, $after: String) { goal(id: $id) {
  checkIns(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { note confidence author { name } } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on CheckIn { note } } }`;

async function team() {
  const { org, owner } = await createOrg();
  const member = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  return { org, owner, member, stakeholder };
}

function firstError(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}

const snapshot = async (goalId: string) => ({
  goal: await prisma().goal.findUnique({ where: { id: goalId } }),
  checkIns: await prisma().checkIn.count({ where: { goalId } }),
  snapshots: await prisma().progressSnapshot.count({ where: { goalId } }),
  activity: await prisma().activity.count({ where: { goalId } }),
});

describe("createCheckIn", () => {
  it("records a metric check-in: current value, confidence, progress, history and activity", async () => {
    const { org, owner, member } = await team();
    await prisma().user.update({ where: { id: member.id }, data: { name: "Dana" } });
    const goal = await createMetricGoal(org, owner, { title: "Active teams", unit: "teams", startValue: 120, targetValue: 300 });
    const id = gid("Goal", goal.id);

    const first = await run(member.id, CHECK_IN, { input: { goalId: id, value: 140, confidence: "ON_TRACK", note: " Good week " } });
    expect(first.errors).toBeUndefined();
    expect(first.data.createCheckIn.checkIn).toMatchObject({
      value: 140,
      confidence: "ON_TRACK",
      note: "Good week",
      author: { id: gid("User", member.id) },
      goal: { id },
    });
    expect(first.data.createCheckIn.goal).toMatchObject({
      currentValue: 140,
      confidence: "ON_TRACK",
      progressFormula: "(140 − 120) / (300 − 120) = 11%",
    });
    expect(first.data.createCheckIn.goal.progress).toBeCloseTo(20 / 180);

    const second = await run(member.id, CHECK_IN, { input: { goalId: id, value: 210, confidence: "AT_RISK" } });
    const goalAfter = second.data.createCheckIn.goal;
    expect(goalAfter).toMatchObject({ currentValue: 210, confidence: "AT_RISK", progress: 0.5 });
    expect(goalAfter.progressHistory.map((p: any) => [p.progress, p.value])).toEqual([
      [20 / 180, 140],
      [0.5, 210],
    ]);
    expect(goalAfter.progressHistory[0].expectedProgress).toEqual(expect.any(Number));
    expect(goalAfter.checkIns.totalCount).toBe(2);
    expect(goalAfter.checkIns.edges.map((e: any) => e.node.value)).toEqual([210, 140]);

    const activity = await prisma().activity.findMany({ where: { goalId: goal.id }, orderBy: { createdAt: "asc" } });
    expect(activity.map((a) => a.kind)).toEqual(["CHECK_IN", "CHECK_IN"]);
    const summary = await run(member.id, `query($id: ID!) { node(id: $id) { ... on Activity { summary } } }`, { id: gid("Activity", activity[0]!.id) });
    expect(summary.data.node.summary).toBe("Dana checked in on “Active teams”: 140 teams, on track");
  });

  it("records a confidence-only check-in on a milestone goal, still a point in its history", async () => {
    const { org, owner, member } = await team();
    const goal = await createGoal(org, owner);
    await createMilestone(goal, { status: "DONE" });
    await createMilestone(goal);
    await refreshProgress(goal);
    const result = await run(member.id, CHECK_IN, { input: { goalId: gid("Goal", goal.id), confidence: "OFF_TRACK", note: "Blocked on legal." } });
    expect(result.errors).toBeUndefined();
    expect(result.data.createCheckIn.checkIn).toMatchObject({ value: null, confidence: "OFF_TRACK", note: "Blocked on legal." });
    expect(result.data.createCheckIn.goal).toMatchObject({ currentValue: null, confidence: "OFF_TRACK", progress: 0.5 });
    // One point when the milestone was done, one for the check-in.
    expect(result.data.createCheckIn.goal.progressHistory.map((p: any) => [p.progress, p.value])).toEqual([
      [0.5, null],
      [0.5, null],
    ]);
  });

  it("requires a value on metric goals and refuses one on milestone goals, naming value and changing nothing", async () => {
    const { org, owner, member } = await team();
    const metric = await createMetricGoal(org, owner, { unit: "ms" });
    const milestones = await createGoal(org, owner);
    const before = { metric: await snapshot(metric.id), milestones: await snapshot(milestones.id) };

    const missing = await run(member.id, CHECK_IN, { input: { goalId: gid("Goal", metric.id), confidence: "ON_TRACK" } });
    expect(firstError(missing)).toEqual({ code: "BAD_USER_INPUT", field: "value", message: "value: Enter the current value in ms." });
    const extra = await run(member.id, CHECK_IN, { input: { goalId: gid("Goal", milestones.id), value: 3, confidence: "ON_TRACK" } });
    expect(firstError(extra)).toEqual({
      code: "BAD_USER_INPUT",
      field: "value",
      message: "value: This goal's progress comes from its milestones; leave the value empty.",
    });
    const note = await run(member.id, CHECK_IN, {
      input: { goalId: gid("Goal", metric.id), value: 3, confidence: "ON_TRACK", note: "x".repeat(5001) },
    });
    expect(firstError(note)).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    const confidence = await run(member.id, CHECK_IN, { input: { goalId: gid("Goal", metric.id), value: 3, confidence: "GREAT" } });
    expect(codes(confidence)).toEqual(["BAD_USER_INPUT"]);

    expect({ metric: await snapshot(metric.id), milestones: await snapshot(milestones.id) }).toEqual(before);
  });

  it("is FORBIDDEN for a stakeholder and changes nothing", async () => {
    const { org, owner, stakeholder } = await team();
    const goal = await createMetricGoal(org, owner);
    const before = await snapshot(goal.id);
    const result = await run(stakeholder.id, CHECK_IN, { input: { goalId: gid("Goal", goal.id), value: 5, confidence: "ON_TRACK" } });
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(await snapshot(goal.id)).toEqual(before);
  });

  it("lists check-ins newest first, paginated, with a total count", async () => {
    const { org, owner } = await team();
    const goal = await createGoal(org, owner);
    for (let i = 1; i <= 3; i++) {
      await createCheckIn(goal, owner, { note: `Week ${i}`, createdAt: new Date(Date.UTC(2026, 0, i * 7)) });
    }
    const page1 = await run(owner.id, CHECK_INS, { id: gid("Goal", goal.id), first: 2 });
    expect(page1.data.goal.checkIns.totalCount).toBe(3);
    expect(page1.data.goal.checkIns.edges.map((e: any) => e.node.note)).toEqual(["Week 3", "Week 2"]);
    expect(page1.data.goal.checkIns.pageInfo.hasNextPage).toBe(true);
    const page2 = await run(owner.id, CHECK_INS, { id: gid("Goal", goal.id), first: 2, after: page1.data.goal.checkIns.pageInfo.endCursor });
    expect(page2.data.goal.checkIns.edges.map((e: any) => e.node.note)).toEqual(["Week 1"]);
  });
});

describe("tenant isolation", () => {
  it("answers another organization's check-ins and goals exactly like missing ones", async () => {
    const mine = await team();
    const theirs = await team();
    const goal = await createMetricGoal(theirs.org, theirs.owner);
    const checkIn = await createCheckIn(goal, theirs.owner, { value: 5, note: "Secret" });
    const before = await snapshot(goal.id);

    expect((await run(mine.member.id, NODE, { id: gid("CheckIn", checkIn.id) })).data).toEqual({ node: null });
    expect((await run(mine.member.id, NODE, { id: gid("CheckIn", "missing") })).data).toEqual({ node: null });
    expect((await run(theirs.member.id, NODE, { id: gid("CheckIn", checkIn.id) })).data).toEqual({
      node: { id: gid("CheckIn", checkIn.id), note: "Secret" },
    });
    const list = await run(mine.member.id, CHECK_INS, { id: gid("Goal", goal.id) });
    const missingList = await run(mine.member.id, CHECK_INS, { id: gid("Goal", "missing") });
    expect(codes(list)).toEqual(["NOT_FOUND"]);
    expect(list.errors).toEqual(missingList.errors);

    const result = await run(mine.member.id, CHECK_IN, { input: { goalId: gid("Goal", goal.id), value: 1, confidence: "OFF_TRACK" } });
    const missing = await run(mine.member.id, CHECK_IN, { input: { goalId: gid("Goal", "missing"), value: 1, confidence: "OFF_TRACK" } });
    expect(codes(result)).toEqual(["NOT_FOUND"]);
    expect(result.errors).toEqual(missing.errors);
    expect(await snapshot(goal.id)).toEqual(before);
  });
});
