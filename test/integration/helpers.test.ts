import { describe, expect, it } from "vitest";
import { createGoal, createMember, createMilestone, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";

// One accountable owner (Milestone.ownerId) plus helpers (Assignment rows): server/milestones/assignments.ts.
const ADD = `mutation($input: AddMilestoneHelperInput!) { addMilestoneHelper(input: $input) {
  milestone { id owner { id } helpers { id } assignees { id } } assignment { id } } }`;
const REMOVE = `mutation($input: RemoveMilestoneHelperInput!) { removeMilestoneHelper(input: $input) { milestone { id helpers { id } } } }`;
const ASSIGN = `mutation($input: AssignMilestoneInput!) { assignMilestone(input: $input) { milestone { id helpers { id } assignees { id } } } }`;
const UNASSIGN = `mutation($input: UnassignMilestoneInput!) { unassignMilestone(input: $input) { milestone { id helpers { id } } } }`;
const UPDATE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id owner { id } helpers { id } } } }`;

function firstError(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  const error = result.errors?.[0];
  return error && { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

async function team() {
  const { org, owner } = await createOrg();
  const member = await createMember(org, "MEMBER");
  const other = await createMember(org, "MEMBER");
  const goal = await createGoal(org, owner);
  const milestone = await createMilestone(goal);
  return { org, owner, member, other, goal, milestone, id: gid("Milestone", milestone.id) };
}

describe("milestone helpers", () => {
  it("refuses the owner as a helper, naming userId, and adds nothing", async () => {
    const { member, other, milestone, id } = await team();
    await prisma().milestone.update({ where: { id: milestone.id }, data: { ownerId: member.id } });
    for (const mutation of [ADD, ASSIGN]) {
      const refused = await run(other.id, mutation, { input: { milestoneId: id, userId: gid("User", member.id) } });
      expect(firstError(refused)).toEqual({
        code: "BAD_USER_INPUT",
        field: "userId",
        message: "userId: This person owns the milestone; the owner can't also be a helper.",
      });
    }
    expect(await prisma().assignment.count({ where: { milestoneId: milestone.id } })).toBe(0);
  });

  it("takes a helper off the helpers when they become the owner", async () => {
    const { member, other, milestone, id } = await team();
    await run(member.id, ADD, { input: { milestoneId: id, userId: gid("User", other.id) } });
    await run(member.id, ADD, { input: { milestoneId: id, userId: gid("User", member.id) } });
    const promoted = await run(member.id, UPDATE, { input: { milestoneId: id, ownerId: gid("User", other.id) } });
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data.updateMilestone.milestone).toEqual({ id, owner: { id: gid("User", other.id) }, helpers: [{ id: gid("User", member.id) }] });
    expect(await prisma().assignment.findMany({ where: { milestoneId: milestone.id }, select: { userId: true } })).toEqual([{ userId: member.id }]);
  });

  it("allows helpers without an owner", async () => {
    const { member, id } = await team();
    const added = await run(member.id, ADD, { input: { milestoneId: id, userId: gid("User", member.id) } });
    expect(added.errors).toBeUndefined();
    expect(added.data.addMilestoneHelper.milestone).toMatchObject({ owner: null, helpers: [{ id: gid("User", member.id) }] });
  });

  it("keeps the deprecated assignees API as the same thing as helpers", async () => {
    const { member, other, milestone, id } = await team();
    const assigned = await run(member.id, ASSIGN, { input: { milestoneId: id, userId: gid("User", other.id) } });
    expect(assigned.data.assignMilestone.milestone.helpers).toEqual([{ id: gid("User", other.id) }]);
    expect(assigned.data.assignMilestone.milestone.assignees).toEqual(assigned.data.assignMilestone.milestone.helpers);
    const added = await run(member.id, ADD, { input: { milestoneId: id, userId: gid("User", member.id) } });
    expect(added.data.addMilestoneHelper.milestone.assignees).toEqual(added.data.addMilestoneHelper.milestone.helpers);
    const unassigned = await run(member.id, UNASSIGN, { input: { milestoneId: id, userId: gid("User", other.id) } });
    expect(unassigned.data.unassignMilestone.milestone.helpers).toEqual([{ id: gid("User", member.id) }]);
    const removed = await run(member.id, REMOVE, { input: { milestoneId: id, userId: gid("User", member.id) } });
    expect(removed.data.removeMilestoneHelper.milestone.helpers).toEqual([]);
    expect(await prisma().assignment.count({ where: { milestoneId: milestone.id } })).toBe(0);
  });

  it("answers another organization's milestone exactly like a missing one", async () => {
    const { member, id } = await team();
    const stranger = await createOrg();
    const strangersMember = await createMember(stranger.org, "MEMBER");
    for (const mutation of [ADD, REMOVE]) {
      const walled = await run(strangersMember.id, mutation, { input: { milestoneId: id, userId: gid("User", strangersMember.id) } });
      const missing = await run(strangersMember.id, mutation, { input: { milestoneId: gid("Milestone", "nope"), userId: gid("User", strangersMember.id) } });
      expect(codes(walled)).toEqual(["NOT_FOUND"]);
      expect(walled.errors).toEqual(missing.errors);
    }
    // Nor can a member add someone from another organization as a helper.
    const outsider = await run(member.id, ADD, { input: { milestoneId: id, userId: gid("User", strangersMember.id) } });
    expect(firstError(outsider)).toMatchObject({ code: "BAD_USER_INPUT", field: "userId" });
  });

  it("refuses stakeholders, who can't edit", async () => {
    const { org, member, id } = await team();
    const stakeholder = await createMember(org, "STAKEHOLDER");
    const asStakeholder = await run(stakeholder.id, ADD, { input: { milestoneId: id, userId: gid("User", member.id) } });
    expect(codes(asStakeholder)).toEqual(["FORBIDDEN"]);
  });
});
