import { describe, expect, it } from "vitest";
import { createGoal, createMember, createMilestone, createOrg } from "../../prisma/factories.ts";
import { todayIn } from "../../domain/dates.ts";
import { gid, run } from "../helpers/graphql.ts";

const day = (offset: number) => {
  const date = new Date(`${todayIn("UTC")}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

const CREATE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`;
const UPDATE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id } } }`;
const PLAN = `query($id: ID!) { goal(id: $id) {
  criticalPath { title }
  milestones { edges { node { title latestStart slackDays isCritical startAtRisk dependsOn { title } dependents { title } } } }
} }`;

async function plan(userId: string, goalId: string) {
  const result = await run(userId, PLAN, { id: gid("Goal", goalId) });
  expect(result.errors).toBeUndefined();
  const byTitle = Object.fromEntries(result.data.goal.milestones.edges.map((e: any) => [e.node.title, e.node]));
  return { criticalPath: result.data.goal.criticalPath.map((m: any) => m.title), byTitle };
}

describe("backward planning", () => {
  /**
   * A diamond inside a 17-day window that started 10 days ago:
   * A (5 days) → B (10 days) → D (2 days), and A → C (3 days) → D. A-B-D fills the window exactly.
   */
  async function diamond() {
    const { org, owner } = await createOrg();
    const member = await createMember(org);
    const goal = await createGoal(org, owner, { startDate: day(-10), targetDate: day(7) });
    const ids: Record<string, string> = {};
    const add = async (title: string, durationDays: number, after: string[]) => {
      const result = await run(member.id, CREATE, {
        input: {
          goalId: gid("Goal", goal.id),
          title,
          dueDate: day(7),
          durationDays,
          dependsOnIds: after.map((t) => gid("Milestone", ids[t]!)),
        },
      });
      expect(result.errors).toBeUndefined();
      ids[title] = Buffer.from(result.data.createMilestone.milestone.id, "base64").toString().split(":")[1]!;
    };
    await add("A", 5, []);
    await add("B", 10, ["A"]);
    await add("C", 3, ["A"]);
    await add("D", 2, ["B", "C"]);
    return { member, goal, ids };
  }

  it("finds the critical path, latest starts and slack on a diamond", async () => {
    const { member, goal } = await diamond();
    const { criticalPath, byTitle } = await plan(member.id, goal.id);
    expect(criticalPath).toEqual(["A", "B", "D"]);
    // Nothing has started and A-B-D needs all 17 days from today, when 7 are left: 10 days over
    // (slack counts from today, not from the goal's start 10 days ago).
    expect(byTitle.A).toMatchObject({ latestStart: day(-10), slackDays: -10, isCritical: true, startAtRisk: true, dependents: [{ title: "B" }, { title: "C" }] });
    expect(byTitle.B).toMatchObject({ latestStart: day(-5), slackDays: -10, isCritical: true, startAtRisk: true });
    expect(byTitle.C).toMatchObject({ latestStart: day(2), slackDays: -3, isCritical: false, startAtRisk: false });
    expect(byTitle.D).toMatchObject({ latestStart: day(5), slackDays: -10, isCritical: true, startAtRisk: false, dependsOn: [{ title: "B" }, { title: "C" }] });
  });

  it("updates the plan as work starts, finishes and estimates change", async () => {
    const { member, goal, ids } = await diamond();
    await run(member.id, UPDATE, { input: { milestoneId: gid("Milestone", ids.A!), status: "DONE" } });
    await run(member.id, UPDATE, { input: { milestoneId: gid("Milestone", ids.B!), status: "IN_PROGRESS" } });
    let { criticalPath, byTitle } = await plan(member.id, goal.id);
    expect(criticalPath).toEqual(["B", "D"]);
    expect(byTitle.A).toMatchObject({ latestStart: null, slackDays: null, isCritical: false, startAtRisk: false });
    // Started, so no longer at risk of starting late.
    expect(byTitle.B).toMatchObject({ isCritical: true, startAtRisk: false });

    // C now takes longer than B: the critical path moves to it, and the plan no longer fits (C has
    // not started, so its 14 days run from today).
    await run(member.id, UPDATE, { input: { milestoneId: gid("Milestone", ids.C!), durationDays: 14 } });
    ({ criticalPath, byTitle } = await plan(member.id, goal.id));
    expect(criticalPath).toEqual(["C", "D"]);
    expect(byTitle.C).toMatchObject({ slackDays: -9, isCritical: true });
    expect(byTitle.B).toMatchObject({ slackDays: 0, isCritical: false });
  });

  it("has no critical path without durations", async () => {
    const { org, owner } = await createOrg();
    const goal = await createGoal(org, owner, { startDate: day(-10), targetDate: day(30) });
    await createMilestone(goal, { title: "Unestimated", dueDate: day(20) });
    const { criticalPath, byTitle } = await plan(owner.id, goal.id);
    expect(criticalPath).toEqual([]);
    // Without a duration it can start as late as its own due date: 20 days from today.
    expect(byTitle.Unestimated).toMatchObject({ latestStart: day(20), slackDays: 20, isCritical: false, startAtRisk: false });
  });
});
