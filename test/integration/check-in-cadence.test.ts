import { describe, expect, it } from "vitest";
import { createCheckIn, createGoal, createMember, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

const CHECK_IN = `query($id: ID!) { goal(id: $id) { checkInCadence checkIn { due dueSince silentWeeks lastCheckInAt } } }`;
const LIST = `query($slug: String!) { organization(slug: $slug) { goals(first: 100) { edges { node { id checkInCadence checkIn { due silentWeeks } } } } } }`;
const CREATE = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id checkInCadence } } }`;
const UPDATE = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { checkInCadence checkIn { due } } } }`;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

describe("Goal.checkInCadence and Goal.checkIn", () => {
  it("is set on creation (weekly by default) and changed by updateGoal", async () => {
    const { org, owner } = await createOrg();
    const input = { organizationId: gid("Organization", org.id), title: "Ship", ownerId: gid("User", owner.id), startDate: "2026-01-01", targetDate: "2026-12-31" };
    expect((await run(owner.id, CREATE, { input })).data?.createGoal.goal.checkInCadence).toBe("WEEKLY");
    const monthly = await run(owner.id, CREATE, { input: { ...input, checkInCadence: "MONTHLY" } });
    expect(monthly.data?.createGoal.goal.checkInCadence).toBe("MONTHLY");
    const goalId = monthly.data!.createGoal.goal.id;
    const updated = await run(owner.id, UPDATE, { input: { goalId, checkInCadence: "NONE" } });
    expect(updated.data?.updateGoal.goal).toEqual({ checkInCadence: "NONE", checkIn: { due: false } });
    const activity = await prisma().activity.findFirst({ where: { kind: "GOAL_UPDATED", organizationId: org.id } });
    expect(activity?.data).toMatchObject({ fields: ["checkInCadence"] });
  });

  it("refuses a stakeholder's change like any other edit", async () => {
    const { org, owner } = await createOrg();
    const stakeholder = await createMember(org, "STAKEHOLDER");
    const goal = await createGoal(org, owner);
    expect(codes(await run(stakeholder.id, UPDATE, { input: { goalId: gid("Goal", goal.id), checkInCadence: "NONE" } }))).toEqual(["FORBIDDEN"]);
  });

  it("says a goal whose latest check-in is a month old is due and silent for 4 weeks", async () => {
    const { org, owner } = await createOrg();
    const goal = await createGoal(org, owner, { startDate: "2026-01-01", targetDate: "2099-12-31" });
    await createCheckIn(goal, owner, { createdAt: daysAgo(60) });
    const last = await createCheckIn(goal, owner, { createdAt: daysAgo(30) });
    // Written after the newer one (an import, say): the latest stays the latest.
    await createCheckIn(goal, owner, { createdAt: daysAgo(45) });
    const result = await run(owner.id, CHECK_IN, { id: gid("Goal", goal.id) });
    expect(result.data?.goal).toMatchObject({
      checkInCadence: "WEEKLY",
      checkIn: { due: true, silentWeeks: 4, lastCheckInAt: last.createdAt.toISOString() },
    });
    expect(result.data?.goal.checkIn.dueSince).toBe(daysAgo(23).toISOString().slice(0, 10));
  });

  it("is not due right after a check-in, nor once the goal is closed", async () => {
    const { org, owner } = await createOrg();
    const goal = await createGoal(org, owner, { startDate: "2026-01-01", targetDate: "2099-12-31" });
    await createCheckIn(goal, owner, { createdAt: daysAgo(1) });
    expect((await run(owner.id, CHECK_IN, { id: gid("Goal", goal.id) })).data?.goal.checkIn).toMatchObject({ due: false, silentWeeks: 0 });
    const old = await createGoal(org, owner, { startDate: "2026-01-01", targetDate: "2099-12-31" });
    await prisma().goal.update({ where: { id: old.id }, data: { closedAt: new Date(), outcome: "DROPPED" } });
    expect((await run(owner.id, CHECK_IN, { id: gid("Goal", old.id) })).data?.goal.checkIn).toMatchObject({ due: false, silentWeeks: 0 });
  });

  it("costs the goals list the same statements for 2 goals as for 20", async () => {
    const count = async (goals: number) => {
      const { org, owner } = await createOrg();
      for (let i = 0; i < goals; i++) {
        const goal = await createGoal(org, owner, { targetDate: "2099-12-31" });
        if (i % 2) await createCheckIn(goal, owner, { createdAt: daysAgo(i) });
      }
      const { result, count } = await countStatements(() => run(owner.id, LIST, { slug: org.slug }));
      expect(result.data?.organization.goals.edges).toHaveLength(goals);
      return count;
    };
    expect(await count(20)).toBe(await count(2));
  });
});
