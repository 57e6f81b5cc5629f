import { describe, expect, it } from "vitest";
import { assign, createGoal, createMember, createMilestone, createOrg } from "../../prisma/factories.ts";
import { mentionToken } from "../../domain/mentions.ts";
import { prisma } from "../../server/db.ts";
import { runQueuedJobs } from "../../server/jobs/runner.ts";
import { deliver, type NewNotification } from "../../server/notifications/deliver.ts";
import { announceHealthChanges } from "../../server/notifications/health.ts";
import { notifyTask } from "../../server/notifications/tasks.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

// Fan-out of the notify job (server/notifications/tasks.ts) from real mutations, the tenant walls,
// and the inbox API. Mutations enqueue jobs in their transaction; runQueuedJobs runs them as the
// worker would.

const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }`;
const CREATE_MILESTONE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }`;
const ASSIGN = `mutation($input: AssignMilestoneInput!) { assignMilestone(input: $input) { milestone { id } } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const CLOSE = `mutation($input: CloseGoalInput!) { closeGoal(input: $input) { goal { id } } }`;
const CHECK_IN = `mutation($input: CreateCheckInInput!) { createCheckIn(input: $input) { goal { id } } }`;
const FOLLOW = `mutation($input: FollowGoalInput!) { followGoal(input: $input) { goal { id viewerFollows } } }`;
const UNFOLLOW = `mutation($input: FollowGoalInput!) { unfollowGoal(input: $input) { goal { id viewerFollows } } }`;
const INBOX = `query { viewer { id unreadNotificationCount notifications(first: 50) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id count unreadCount read latestAt latest { id kind summary excerpt actor { name } organization { slug } goal { id title } milestone { id title } }
  notifications { id kind read } } } } } }`;
const MARK_READ = `mutation($input: MarkNotificationReadInput!) { markNotificationRead(input: $input) { notifications { id read } viewer { unreadNotificationCount } } }`;
const MARK_ALL = `mutation { markAllNotificationsRead { marked viewer { unreadNotificationCount } } }`;

async function team() {
  const { org, owner } = await createOrg();
  const actor = await createMember(org, "MEMBER");
  const bea = await createMember(org, "MEMBER");
  const cal = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  const { org: otherOrg } = await createOrg();
  const outsider = await createMember(otherOrg, "MEMBER");
  return { org, owner, actor, bea, cal, stakeholder, otherOrg, outsider };
}

const runNotify = () => runQueuedJobs({ only: ["notify"] });
const received = async (userIds: string[], where: Record<string, unknown> = {}) => {
  const rows = await prisma().notification.findMany({ where: { recipientId: { in: userIds }, ...where }, select: { recipientId: true, kind: true } });
  return rows.map((r) => `${userIds.indexOf(r.recipientId)}:${r.kind}`).sort();
};

describe("notification fan-out", () => {
  it("tells people they were made owner or assignee, never the actor, exactly once", async () => {
    const { org, actor, bea, cal } = await team();
    const created = await run(actor.id, CREATE_GOAL, {
      input: { organizationId: gid("Organization", org.id), title: "Launch", ownerId: gid("User", bea.id), startDate: "2026-11-01", targetDate: "2027-06-30" },
    });
    expect(created.errors).toBeUndefined();
    const goalId = created.data.createGoal.goal.id;
    const milestone = await run(actor.id, CREATE_MILESTONE, { input: { goalId, title: "Beta", dueDate: "2027-02-01", ownerId: gid("User", cal.id) } });
    const milestoneId = milestone.data.createMilestone.milestone.id;
    await run(actor.id, ASSIGN, { input: { milestoneId, userId: gid("User", bea.id) } });
    await run(actor.id, ASSIGN, { input: { milestoneId, userId: gid("User", actor.id) } });
    await runNotify();
    await runNotify(); // a second run finds nothing new to do

    const people = [actor.id, bea.id, cal.id];
    expect(await received(people)).toEqual(["1:ASSIGNEE_ADDED", "1:OWNER_ASSIGNED", "2:OWNER_ASSIGNED"]);
    const inbox = await run(bea.id, INBOX);
    const summaries = inbox.data.viewer.notifications.edges.flatMap((e: { node: { latest: { summary: string } } }) => e.node.latest.summary);
    // Both are about "Launch" within 10 minutes: one entry, the newest first.
    expect(summaries).toEqual([`${actor.name} assigned you to “Beta” in “Launch”`]);
    expect(inbox.data.viewer.notifications.edges[0].node).toMatchObject({ count: 2, unreadCount: 2, read: false });
    expect(inbox.data.viewer.unreadNotificationCount).toBe(2);
  });

  it("tells a goal's followers about a comment, mentioned people once (as a mention), nobody in another organization", async () => {
    const { org, owner, actor, bea, cal, stakeholder, outsider } = await team();
    const goal = await createGoal(org, bea, { title: "Launch" });
    const milestone = await createMilestone(goal, { title: "Beta" });
    await assign(milestone, cal);
    // Owner of the organization, not involved: hears nothing unless following.
    await run(stakeholder.id, FOLLOW, { input: { goalId: gid("Goal", goal.id) } });
    const mentioned = await createMember(org, "MEMBER");

    const body = `Looks good ${mentionToken(mentioned)} and ${mentionToken(cal)} — see ${mentionToken(outsider)}`;
    const result = await run(actor.id, COMMENT, { input: { goalId: gid("Goal", goal.id), body } });
    expect(result.errors).toBeUndefined();
    await runNotify();

    const people = [actor.id, bea.id, cal.id, stakeholder.id, mentioned.id, owner.id, outsider.id];
    expect(await received(people)).toEqual(["1:COMMENTED", "2:MENTIONED", "3:COMMENTED", "4:MENTIONED"]);
  });

  it("keeps an explicit unfollow over being owner or assignee", async () => {
    const { org, actor, bea, cal } = await team();
    const goal = await createGoal(org, bea);
    const milestone = await createMilestone(goal);
    await assign(milestone, cal);
    const unfollowed = await run(cal.id, UNFOLLOW, { input: { goalId: gid("Goal", goal.id) } });
    expect(unfollowed.data.unfollowGoal.goal.viewerFollows).toBe(false);
    await run(actor.id, ASSIGN, { input: { milestoneId: gid("Milestone", milestone.id), userId: gid("User", cal.id) } });
    await run(actor.id, COMMENT, { input: { goalId: gid("Goal", goal.id), body: "Update" } });
    await runNotify();
    expect(await received([bea.id, cal.id], { kind: "COMMENTED" })).toEqual(["0:COMMENTED"]);
    const followed = await run(cal.id, FOLLOW, { input: { goalId: gid("Goal", goal.id) } });
    expect(followed.data.followGoal.goal.viewerFollows).toBe(true);
  });

  it("tells followers when a goal's health changes (not the first judgement, once per change) and when it is closed", async () => {
    const { org, actor, bea, cal, outsider } = await team();
    // Started eleven months ago with no progress: off track.
    const goal = await createGoal(org, bea, { title: "Launch", startDate: "2026-01-01", targetDate: "2026-12-31" });
    const milestone = await createMilestone(goal, { dueDate: "2026-12-30" });
    await assign(milestone, cal);
    await prisma().goal.update({ where: { id: goal.id }, data: { announcedHealth: "ON_TRACK" } });

    await run(actor.id, CHECK_IN, { input: { goalId: gid("Goal", goal.id), confidence: "ON_TRACK", note: "fine" } });
    await runNotify();
    expect(await received([actor.id, bea.id, cal.id, outsider.id])).toEqual(["1:HEALTH_CHANGED", "2:HEALTH_CHANGED"]);
    expect((await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } })).announcedHealth).toBe("OFF_TRACK");
    const [n] = await prisma().notification.findMany({ where: { recipientId: bea.id } });
    expect(n.data).toMatchObject({ from: "ON_TRACK", to: "OFF_TRACK", goalTitle: "Launch" });
    // Nothing changed since: the hourly sweep's call says nothing.
    expect(await announceHealthChanges(prisma(), [goal.id])).toEqual({ announced: 0 });

    // A goal never announced is recorded silently.
    const fresh = await createGoal(org, bea, { startDate: "2026-01-01", targetDate: "2026-12-31" });
    await createMilestone(fresh, { dueDate: "2026-12-30" });
    expect(await announceHealthChanges(prisma(), [fresh.id])).toEqual({ announced: 0 });
    expect((await prisma().goal.findUniqueOrThrow({ where: { id: fresh.id } })).announcedHealth).toBe("OFF_TRACK");

    await run(actor.id, CLOSE, { input: { goalId: gid("Goal", goal.id), outcome: "MISSED", note: "" } });
    await runNotify();
    expect(await received([actor.id, bea.id, cal.id], { kind: "GOAL_CLOSED" })).toEqual(["1:GOAL_CLOSED", "2:GOAL_CLOSED"]);
  });

  it("fans a comment out in the same statements to 2 followers as to 20", async () => {
    const statementsFor = async (followers: number) => {
      const { org, actor, bea } = await team();
      const goal = await createGoal(org, bea);
      for (let i = 1; i < followers; i++) {
        const member = await createMember(org, "MEMBER");
        await prisma().goalFollower.create({ data: { organizationId: org.id, goalId: goal.id, userId: member.id } });
        // Half of them want comments by email too, so the email path is measured as well.
        if (i % 2) await prisma().notificationPreference.create({ data: { userId: member.id, kind: "COMMENTED", inApp: true, email: true } });
      }
      const comment = await prisma().comment.create({ data: { organizationId: org.id, goalId: goal.id, authorId: actor.id, body: "Hello" } });
      const { count } = await countStatements(() =>
        notifyTask({ type: "COMMENTED", organizationId: org.id, actorId: actor.id, goalId: goal.id, commentId: comment.id }),
      );
      expect(await prisma().notification.count({ where: { commentId: comment.id } })).toBe(followers);
      return count;
    };
    expect(await statementsFor(20)).toBe(await statementsFor(2));
  });

  it("deliver() drops recipients outside the organization and applies preferences", async () => {
    const { org, bea, cal, outsider } = await team();
    const goal = await createGoal(org, bea);
    await prisma().notificationPreference.create({ data: { userId: cal.id, kind: "GOAL_CLOSED", inApp: false, email: false } });
    const item = (recipientId: string): NewNotification => ({
      organizationId: org.id,
      recipientId,
      kind: "GOAL_CLOSED",
      goalId: goal.id,
      data: {},
      dedupeKey: `GOAL_CLOSED:${goal.id}:test`,
    });
    await deliver(prisma(), [item(bea.id), item(cal.id), item(outsider.id), item(bea.id)]);
    await deliver(prisma(), [item(bea.id)]);
    expect(await received([bea.id, cal.id, outsider.id])).toEqual(["0:GOAL_CLOSED"]);
  });
});

describe("inbox API", () => {
  async function inboxOf(count: number) {
    const { org, actor, bea, outsider } = await team();
    const items: NewNotification[] = [];
    for (let i = 0; i < count; i++) {
      const goal = await createGoal(org, bea, { title: `Goal ${i}` });
      const milestone = await createMilestone(goal, { title: `Step ${i}` });
      items.push(
        { organizationId: org.id, recipientId: bea.id, kind: "ASSIGNEE_ADDED", goalId: goal.id, milestoneId: milestone.id, actorId: actor.id, data: { goalTitle: goal.title, milestoneTitle: milestone.title }, dedupeKey: `a:${i}` },
        { organizationId: org.id, recipientId: bea.id, kind: "COMMENTED", goalId: goal.id, milestoneId: milestone.id, actorId: actor.id, data: { goalTitle: goal.title, excerpt: "Hi" }, dedupeKey: `c:${i}` },
      );
    }
    await deliver(prisma(), items);
    return { org, actor, bea, outsider };
  }

  it("costs the same statements for 2 notifications as for 40", async () => {
    const small = await inboxOf(1);
    const large = await inboxOf(20);
    const a = await countStatements(() => run(small.bea.id, INBOX));
    const b = await countStatements(() => run(large.bea.id, INBOX));
    expect(a.result.errors).toBeUndefined();
    expect(b.result.data.viewer.notifications.totalCount).toBe(20);
    expect(b.count).toBe(a.count);
  });

  it("marks an entry read as a whole, all read at once; someone else's id is NOT_FOUND like a missing one", async () => {
    const { bea, actor, outsider } = await inboxOf(2);
    const inbox = (await run(bea.id, INBOX)).data.viewer;
    expect(inbox.unreadNotificationCount).toBe(4);
    const entry = inbox.notifications.edges[0].node;
    const marked = await run(bea.id, MARK_READ, { input: { id: entry.notifications[1].id } });
    expect(marked.errors).toBeUndefined();
    expect(marked.data.markNotificationRead.notifications.map((n: { read: boolean }) => n.read)).toEqual([true, true]);
    expect(marked.data.markNotificationRead.viewer.unreadNotificationCount).toBe(2);

    for (const stranger of [actor.id, outsider.id]) {
      expect(codes(await run(stranger, MARK_READ, { input: { id: entry.id } }))).toEqual(["NOT_FOUND"]);
      expect(codes(await run(stranger, MARK_READ, { input: { id: gid("Notification", "missing") } }))).toEqual(["NOT_FOUND"]);
      expect((await run(stranger, `query($id: ID!) { node(id: $id) { id } }`, { id: entry.id })).data.node).toBeNull();
    }
    expect((await run(bea.id, MARK_ALL)).data.markAllNotificationsRead).toEqual({ marked: 2, viewer: { unreadNotificationCount: 0 } });
  });

  it("hides an organization's notifications from someone who left it", async () => {
    const { org, bea } = await inboxOf(1);
    await prisma().membership.deleteMany({ where: { organizationId: org.id, userId: bea.id } });
    const inbox = (await run(bea.id, INBOX)).data.viewer;
    expect(inbox).toMatchObject({ unreadNotificationCount: 0, notifications: { totalCount: 0 } });
  });

  it("asks for a sign-in", async () => {
    const result = await run(null as unknown as string, INBOX);
    expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
  });
});
