import { describe, expect, it } from "vitest";
import { createActivity, createGoal, createMember, createOrg, createUser } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";

const FEED = `query($slug: String!, $winsOnly: Boolean, $first: Int, $after: String) { organization(slug: $slug) {
  activity(winsOnly: $winsOnly, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind isWin summary createdAt actor { name } goal { title } milestone { title } } } } } }`;
const GOAL_FEED = `query($id: ID!) { goal(id: $id) { activity(first: 50) { totalCount edges { node { kind summary } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Activity { summary } } }`;

const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function team() {
  const dana = await createUser({ name: "Dana" });
  const { org, owner } = await createOrg(dana);
  const sam = await createMember(org, "MEMBER");
  await prisma().user.update({ where: { id: sam.id }, data: { name: "Sam" } });
  const stakeholder = await createMember(org, "STAKEHOLDER");
  return { org, owner, sam, stakeholder };
}

/** Drives a goal through its life through the API, as people would. */
async function story(t: Awaited<ReturnType<typeof team>>) {
  const goal = await run(t.owner.id, `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }`, {
    input: {
      organizationId: gid("Organization", t.org.id),
      title: "Launch onboarding",
      ownerId: gid("User", t.owner.id),
      startDate: dayFromNow(-10),
      targetDate: dayFromNow(60),
    },
  });
  const goalId = goal.data.createGoal.goal.id;
  const milestone = await run(t.sam.id, `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`, {
    input: { goalId, title: "Beta with 20 teams", dueDate: "2099-12-03" },
  });
  const milestoneId = milestone.data.createMilestone.milestone.id;
  const update = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id } } }`;
  await run(t.sam.id, update, { input: { milestoneId, dueDate: "2099-12-10" } });
  await run(t.owner.id, update, { input: { milestoneId, status: "DONE" } });
  await run(t.sam.id, `mutation($input: CreateCheckInInput!) { createCheckIn(input: $input) { goal { id } } }`, {
    input: { goalId, confidence: "AT_RISK", note: "Slow week" },
  });
  await run(t.owner.id, `mutation($input: CloseGoalInput!) { closeGoal(input: $input) { goal { id } } }`, {
    input: { goalId, outcome: "ACHIEVED", note: "Done" },
  });
  return { goalId, milestoneId };
}

describe("activity feed", () => {
  it("tells who did what, newest first, written by every mutation", async () => {
    const t = await team();
    const { goalId } = await story(t);
    const feed = await run(t.stakeholder.id, FEED, { slug: t.org.slug });
    expect(feed.errors).toBeUndefined();
    const nodes = feed.data.organization.activity.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => [n.kind, n.isWin, n.summary])).toEqual([
      ["GOAL_CLOSED", true, "Dana closed “Launch onboarding” as achieved"],
      ["CHECK_IN", false, "Sam checked in on “Launch onboarding”: at risk"],
      ["MILESTONE_DONE", true, "Dana marked “Beta with 20 teams” done"],
      ["DUE_DATE_MOVED", false, "Sam moved the due date of “Beta with 20 teams” from 3 Dec to 10 Dec (slip 1)"],
      ["MILESTONE_CREATED", false, "Sam added the milestone “Beta with 20 teams” to “Launch onboarding”"],
      ["GOAL_CREATED", false, "Dana created the goal “Launch onboarding”"],
    ]);
    expect(nodes[2]).toMatchObject({ actor: { name: "Dana" }, goal: { title: "Launch onboarding" }, milestone: { title: "Beta with 20 teams" } });
    expect(nodes[5].milestone).toBeNull();
    expect(feed.data.organization.activity.totalCount).toBe(6);

    const wins = await run(t.stakeholder.id, FEED, { slug: t.org.slug, winsOnly: true });
    expect(wins.data.organization.activity.edges.map((e: any) => e.node.kind)).toEqual(["GOAL_CLOSED", "MILESTONE_DONE"]);
    expect(wins.data.organization.activity.totalCount).toBe(2);

    const goalFeed = await run(t.sam.id, GOAL_FEED, { id: goalId });
    expect(goalFeed.data.goal.activity.totalCount).toBe(6);
  });

  it("paginates newest first", async () => {
    const t = await team();
    for (let i = 0; i < 5; i++) {
      await createActivity(t.org, t.sam, { kind: "GOAL_CREATED", data: { goalTitle: `Goal ${i}` } });
    }
    const first = await run(t.owner.id, FEED, { slug: t.org.slug, first: 3 });
    const titles = (r: any) => r.data.organization.activity.edges.map((e: any) => e.node.summary.replace("Sam created the goal ", ""));
    expect(titles(first)).toEqual(["“Goal 4”", "“Goal 3”", "“Goal 2”"]);
    const next = await run(t.owner.id, FEED, { slug: t.org.slug, first: 3, after: first.data.organization.activity.pageInfo.endCursor });
    expect(titles(next)).toEqual(["“Goal 1”", "“Goal 0”"]);
  });

  it("is not written when a change is refused", async () => {
    const t = await team();
    const goal = await createGoal(t.org, t.owner);
    await run(t.stakeholder.id, `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`, {
      input: { goalId: gid("Goal", goal.id), title: "Nope", dueDate: "2099-01-01" },
    });
    await run(t.sam.id, `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`, {
      input: { goalId: gid("Goal", goal.id), title: "", dueDate: "2099-01-01" },
    });
    expect(await prisma().activity.count({ where: { organizationId: t.org.id } })).toBe(0);
  });

  it("records members joining through an invitation", async () => {
    const t = await team();
    const invite = await run(t.owner.id, `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitePath } }`, {
      input: { organizationId: gid("Organization", t.org.id), email: "pat@example.test", role: "STAKEHOLDER" },
    });
    const token = decodeURIComponent(invite.data.inviteMember.invitePath.replace("/invitations/", ""));
    const pat = await createUser({ name: "Pat", email: "pat@example.test" });
    const accepted = await run(pat.id, `mutation($token: String!) { acceptInvitation(input: { token: $token }) { membership { id } } }`, { token });
    expect(accepted.errors).toBeUndefined();
    const feed = await run(pat.id, FEED, { slug: t.org.slug });
    expect(feed.data.organization.activity.edges.map((e: any) => [e.node.kind, e.node.summary])).toEqual([
      ["MEMBER_JOINED", "Pat joined as a stakeholder"],
    ]);
  });
});

describe("tenant isolation", () => {
  it("keeps another organization's activity invisible", async () => {
    const mine = await team();
    const theirs = await team();
    const { goalId } = await story(theirs);
    const activity = await prisma().activity.findFirstOrThrow({ where: { organizationId: theirs.org.id } });

    expect((await run(mine.sam.id, NODE, { id: gid("Activity", activity.id) })).data).toEqual({ node: null });
    expect((await run(theirs.sam.id, NODE, { id: gid("Activity", activity.id) })).data.node.id).toBe(gid("Activity", activity.id));
    const feed = await run(mine.sam.id, FEED, { slug: theirs.org.slug });
    const missing = await run(mine.sam.id, FEED, { slug: "no-such-org" });
    expect(codes(feed)).toEqual(["NOT_FOUND"]);
    expect(feed.errors).toEqual(missing.errors);
    expect(codes(await run(mine.sam.id, GOAL_FEED, { id: goalId }))).toEqual(["NOT_FOUND"]);
    const own = await run(mine.sam.id, FEED, { slug: mine.org.slug });
    expect(own.data.organization.activity.totalCount).toBe(0);
  });
});
