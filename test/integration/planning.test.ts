import { describe, expect, it } from "vitest";
import { assign, createGoal, createMember, createMilestone, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { gid, run } from "../helpers/graphql.ts";

const PLANNING = `skills interests availability viewerCanEditPlanning timeOff { id startDate endDate note }`;
const UPDATE = `mutation($input: UpdateMemberPlanningInput!) { updateMemberPlanning(input: $input) { membership { ${PLANNING} } } }`;
const ADD = `mutation($input: AddTimeOffInput!) { addTimeOff(input: $input) { timeOffId membership { ${PLANNING} } } }`;
const REMOVE = `mutation($input: RemoveTimeOffInput!) { removeTimeOff(input: $input) { timeOffId membership { ${PLANNING} } } }`;
const SUGGEST = `query($id: ID!, $first: Int) { milestone(id: $id) { skills ownerSuggestions(first: $first) { user { id name } matchedSkills matchedInterests openInWindow daysOff load reason } } }`;

function firstError(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}

const forMember = (org: { id: string }, user: { id: string }, rest: Record<string, unknown>) => ({
  input: { organizationId: gid("Organization", org.id), userId: gid("User", user.id), ...rest },
});

describe("planning: skills, interests, availability and time off", () => {
  it("a member edits their own (tags trimmed, de-duplicated without case), not another's; an admin edits anyone's", async () => {
    const { org, owner } = await createOrg();
    const alex = await createMember(org, "MEMBER");
    const sam = await createMember(org, "MEMBER");
    const pat = await createMember(org, "STAKEHOLDER");

    const own = await run(alex.id, UPDATE, forMember(org, alex, { skills: [" Design ", "design", "Research", "  "], interests: ["Go"], availability: 60 }));
    expect(own.errors).toBeUndefined();
    expect(own.data.updateMemberPlanning.membership).toMatchObject({ skills: ["Design", "Research"], interests: ["Go"], availability: 60, viewerCanEditPlanning: true });

    const other = await run(alex.id, UPDATE, forMember(org, sam, { skills: ["x"] }));
    expect(firstError(other).code).toBe("FORBIDDEN");
    expect(firstError(await run(alex.id, ADD, forMember(org, sam, { startDate: "2027-01-04", endDate: "2027-01-08" }))).code).toBe("FORBIDDEN");
    // Stakeholders change nothing, their own planning included.
    expect(firstError(await run(pat.id, UPDATE, forMember(org, pat, { skills: ["x"] }))).code).toBe("FORBIDDEN");

    const byAdmin = await run(owner.id, UPDATE, forMember(org, sam, { skills: ["Ops"], availability: 0 }));
    expect(byAdmin.data.updateMemberPlanning.membership).toMatchObject({ skills: ["Ops"], availability: 0 });
    const stored = await prisma().membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId: org.id, userId: sam.id } } });
    expect(stored).toMatchObject({ skills: ["Ops"], availability: 0 });

    const added = await run(owner.id, ADD, forMember(org, sam, { startDate: "2027-01-04", endDate: "2027-01-08", note: "Ski trip" }));
    expect(added.errors).toBeUndefined();
    expect(added.data.addTimeOff.membership.timeOff).toEqual([{ id: added.data.addTimeOff.timeOffId, startDate: "2027-01-04", endDate: "2027-01-08", note: "Ski trip" }]);
    expect(firstError(await run(alex.id, REMOVE, { input: { timeOffId: added.data.addTimeOff.timeOffId } })).code).toBe("FORBIDDEN");
    const removed = await run(sam.id, REMOVE, { input: { timeOffId: added.data.addTimeOff.timeOffId } });
    expect(removed.data.removeTimeOff.membership.timeOff).toEqual([]);
  });

  it("milestones take skills on create and update", async () => {
    const { org, owner } = await createOrg();
    const goal = await createGoal(org, owner);
    const created = await run(owner.id, `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id skills } } }`, {
      input: { goalId: gid("Goal", goal.id), title: "Tagged", dueDate: "2099-01-01", skills: [" Design", "design", "Research"] },
    });
    expect(created.data.createMilestone.milestone.skills).toEqual(["Design", "Research"]);
    const UPDATE_SKILLS = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { skills } } }`;
    const id = created.data.createMilestone.milestone.id;
    expect((await run(owner.id, UPDATE_SKILLS, { input: { milestoneId: id, title: "Renamed" } })).data.updateMilestone.milestone.skills).toEqual(["Design", "Research"]);
    expect((await run(owner.id, UPDATE_SKILLS, { input: { milestoneId: id, skills: ["Ops"] } })).data.updateMilestone.milestone.skills).toEqual(["Ops"]);
    expect((await run(owner.id, UPDATE_SKILLS, { input: { milestoneId: id, skills: [] } })).data.updateMilestone.milestone.skills).toEqual([]);
  });

  it("validation messages name the field", async () => {
    const { org, owner } = await createOrg();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ availability: 101 }, "availability", "availability: Availability must be a whole number from 0 to 100 (percent of a full week)."],
      [{ availability: -1 }, "availability", "availability: Availability must be a whole number from 0 to 100 (percent of a full week)."],
      [{ skills: ["x".repeat(41)] }, "skills.0", "skills.0: Skills: each must be at most 40 characters."],
      [{ interests: Array.from({ length: 31 }, (_, i) => `t${i}`) }, "interests", "interests: Interests: at most 30."],
    ];
    for (const [input, field, message] of cases) {
      expect(firstError(await run(owner.id, UPDATE, forMember(org, owner, input)))).toEqual({ code: "BAD_USER_INPUT", field, message });
    }
    const backwards = await run(owner.id, ADD, forMember(org, owner, { startDate: "2027-01-08", endDate: "2027-01-04" }));
    expect(firstError(backwards)).toEqual({ code: "BAD_USER_INPUT", field: "endDate", message: "endDate: End date must be on or after the start date." });
    const long = await run(owner.id, ADD, forMember(org, owner, { startDate: "2027-01-01", endDate: "2028-06-01" }));
    expect(firstError(long)).toMatchObject({ code: "BAD_USER_INPUT", field: "endDate" });
    const goal = await createGoal(org, owner);
    const milestone = await run(owner.id, `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { skills } } }`, {
      input: { goalId: gid("Goal", goal.id), title: "Tagged", dueDate: "2099-01-01", skills: ["Design", " design ", "y".repeat(41)] },
    });
    expect(firstError(milestone)).toEqual({ code: "BAD_USER_INPUT", field: "skills.1", message: "skills.1: Skills: each must be at most 40 characters." });
  });

  it("ranks owner suggestions through the API: skills first, then load; time off counts; stakeholders are not suggested", async () => {
    const { org, owner } = await createOrg();
    await prisma().user.update({ where: { id: owner.id }, data: { name: "Zed Owner" } });
    const ada = await createMember(org, "MEMBER");
    const bob = await createMember(org, "MEMBER");
    const cy = await createMember(org, "MEMBER");
    await createMember(org, "STAKEHOLDER");
    for (const [user, name] of [[ada, "Ada"], [bob, "Bob"], [cy, "Cy"]] as const) await prisma().user.update({ where: { id: user.id }, data: { name } });
    const setSkills = (user: { id: string }, skills: string[], interests: string[] = []) =>
      prisma().membership.update({ where: { organizationId_userId: { organizationId: org.id, userId: user.id } }, data: { skills, interests } });
    await setSkills(ada, ["Design"]);
    await setSkills(bob, ["design"]);
    await setSkills(cy, [], ["Design"]);

    const goal = await createGoal(org, owner);
    const target = await createMilestone(goal, { dueDate: "2099-03-12" });
    await prisma().milestone.update({ where: { id: target.id }, data: { skills: ["Design"], durationDays: 10 } });
    // Ada is busy in the window (owns one open milestone, helps with another); Bob is free.
    const busy = await createMilestone(goal, { dueDate: "2099-03-10" });
    await prisma().milestone.update({ where: { id: busy.id }, data: { ownerId: ada.id, durationDays: 5 } });
    await assign(await createMilestone(goal, { dueDate: "2099-03-11" }), ada);
    // Done work and work far outside the window do not count.
    await prisma().milestone.update({ where: { id: (await createMilestone(goal, { dueDate: "2099-03-10", status: "DONE" })).id }, data: { ownerId: bob.id } });
    await prisma().milestone.update({ where: { id: (await createMilestone(goal, { dueDate: "2099-06-01" })).id }, data: { ownerId: bob.id } });

    const first = await run(owner.id, SUGGEST, { id: gid("Milestone", target.id), first: 10 });
    expect(first.errors).toBeUndefined();
    const list = first.data.milestone.ownerSuggestions;
    expect(list.map((s: { user: { name: string } }) => s.user.name)).toEqual(["Bob", "Ada", "Cy", "Zed Owner"]);
    expect(list[0]).toMatchObject({ matchedSkills: ["design"], openInWindow: 0, daysOff: 0, load: 0, reason: "has design · free in these weeks" });
    expect(list[1]).toMatchObject({ openInWindow: 2, reason: "has design · 2 open milestones in these weeks" });
    expect(list[1].load).toBeCloseTo((5 + 7) / 10);
    expect(list[2]).toMatchObject({ matchedSkills: [], matchedInterests: ["design"] });

    // Bob away the whole window: infinite load (null), ranked after Ada's.
    const away = await run(bob.id, ADD, forMember(org, bob, { startDate: "2099-03-01", endDate: "2099-03-14" }));
    expect(away.errors).toBeUndefined();
    await prisma().milestone.update({ where: { id: busy.id }, data: { ownerId: bob.id } });
    const second = (await run(owner.id, SUGGEST, { id: gid("Milestone", target.id), first: 2 })).data.milestone.ownerSuggestions;
    expect(second.map((s: { user: { name: string } }) => s.user.name)).toEqual(["Ada", "Bob"]);
    expect(second[1]).toMatchObject({ load: null, daysOff: 10, reason: "has design · 1 open milestone in these weeks · 10 days off" });

    expect(firstError(await run(owner.id, SUGGEST, { id: gid("Milestone", target.id), first: 0 }))).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("shows the workload per week from this week's Monday, over-allocated weeks flagged with their milestones, filtered by skill", async () => {
    const { org, owner } = await createOrg(undefined, { timeZone: "UTC" });
    const ada = await createMember(org, "MEMBER");
    await prisma().membership.update({ where: { organizationId_userId: { organizationId: org.id, userId: ada.id } }, data: { skills: ["Design"], availability: 50 } });
    const today = new Date().toISOString().slice(0, 10);
    const dayNo = Math.floor(Date.parse(today) / 86_400_000);
    const monday = new Date((dayNo - ((dayNo + 3) % 7)) * 86_400_000).toISOString().slice(0, 10);
    const sunday = new Date((dayNo - ((dayNo + 3) % 7) + 6) * 86_400_000).toISOString().slice(0, 10);
    const goal = await createGoal(org, owner);
    const m = await createMilestone(goal, { title: "Week-long", dueDate: sunday });
    await prisma().milestone.update({ where: { id: m.id }, data: { ownerId: ada.id, durationDays: 7 } });

    const Q = `query($slug: String!, $skill: String) { organization(slug: $slug) { workload(weeks: 3, skill: $skill) { user { id } availability weeks { weekStart load overallocated openMilestones milestones { id title } } } } }`;
    const all = await run(owner.id, Q, { slug: org.slug });
    expect(all.errors).toBeUndefined();
    const rows = all.data.organization.workload;
    expect(rows).toHaveLength(2);
    const adaRow = rows.find((r: { user: { id: string } }) => r.user.id === gid("User", ada.id));
    expect(adaRow.weeks[0]).toEqual({ weekStart: monday, load: 2, overallocated: true, openMilestones: 1, milestones: [{ id: gid("Milestone", m.id), title: "Week-long" }] });
    expect(adaRow.weeks[1]).toMatchObject({ load: 0, overallocated: false, milestones: [] });
    const filtered = await run(owner.id, Q, { slug: org.slug, skill: " DESIGN " });
    expect(filtered.data.organization.workload.map((r: { user: { id: string } }) => r.user.id)).toEqual([gid("User", ada.id)]);
    expect(firstError(await run(owner.id, `query($slug: String!) { organization(slug: $slug) { workload(weeks: 27) { availability } } }`, { slug: org.slug }))).toMatchObject({ field: "weeks" });
  });

  it("lists the organization's tags once each, sorted, from members and milestones", async () => {
    const { org, owner } = await createOrg();
    const other = await createOrg();
    await prisma().membership.update({ where: { organizationId_userId: { organizationId: org.id, userId: owner.id } }, data: { skills: ["research", "Design"], interests: ["Go"] } });
    const goal = await createGoal(org, owner);
    await prisma().milestone.update({ where: { id: (await createMilestone(goal)).id }, data: { skills: ["design", "Budget"] } });
    await prisma().membership.update({ where: { organizationId_userId: { organizationId: other.org.id, userId: other.owner.id } }, data: { skills: ["Secret"] } });
    const result = await run(owner.id, `query($slug: String!) { organization(slug: $slug) { tags } }`, { slug: org.slug });
    expect(result.data.organization.tags).toEqual(["Budget", "Design", "Go", "research"]);
  });

  it("keeps the tenant walls: another organization's member, time off and milestone answer like missing ids", async () => {
    const { org, owner } = await createOrg();
    const theirs = await createOrg();
    const goal = await createGoal(theirs.org, theirs.owner);
    const milestone = await createMilestone(goal);
    const timeOff = await prisma().timeOff.create({ data: { organizationId: theirs.org.id, userId: theirs.owner.id, startDate: new Date("2099-01-01"), endDate: new Date("2099-01-02") } });

    const missing = { code: "NOT_FOUND" };
    expect(firstError(await run(owner.id, UPDATE, forMember(theirs.org, theirs.owner, { skills: ["x"] })))).toMatchObject(missing);
    expect(firstError(await run(owner.id, UPDATE, forMember(org, theirs.owner, { skills: ["x"] })))).toMatchObject(missing);
    expect(firstError(await run(owner.id, UPDATE, forMember({ id: "nope" }, owner, { skills: ["x"] })))).toMatchObject(missing);
    expect(firstError(await run(owner.id, ADD, forMember(theirs.org, theirs.owner, { startDate: "2099-01-01", endDate: "2099-01-02" })))).toMatchObject(missing);
    const removeTheirs = firstError(await run(owner.id, REMOVE, { input: { timeOffId: gid("TimeOff", timeOff.id) } }));
    const removeNone = firstError(await run(owner.id, REMOVE, { input: { timeOffId: gid("TimeOff", "nope") } }));
    expect(removeTheirs).toEqual(removeNone);
    expect(removeTheirs.code).toBe("NOT_FOUND");
    expect(await prisma().timeOff.count({ where: { id: timeOff.id } })).toBe(1);

    const node = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await run(owner.id, node, { id: gid("TimeOff", timeOff.id) })).data.node).toBeNull();
    const theirSuggestions = await run(owner.id, SUGGEST, { id: gid("Milestone", milestone.id) });
    const noSuggestions = await run(owner.id, SUGGEST, { id: gid("Milestone", "nope") });
    expect(theirSuggestions).toEqual(noSuggestions);
    // Their members' planning and time off never show in our suggestions, tags or workload.
    const ours = await createMilestone(await createGoal(org, owner));
    const names = (await run(owner.id, SUGGEST, { id: gid("Milestone", ours.id), first: 20 })).data.milestone.ownerSuggestions.map((s: { user: { id: string } }) => s.user.id);
    expect(names).toEqual([gid("User", owner.id)]);
  });
});
