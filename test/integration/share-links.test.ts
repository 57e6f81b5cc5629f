import { type GraphQLNamedType, getNamedType, isInterfaceType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../graphql/schema.ts";
import {
  addDependency,
  createActivity,
  createCheckIn,
  createGoal,
  createMember,
  createMilestone,
  createOrg,
  planMilestone,
  refreshProgress,
  setParent,
} from "../../prisma/factories.ts";
import { hashSecret, newSecret } from "../../server/auth/tokens.ts";
import { plusDays } from "../../domain/calendar.ts";
import { todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";

const LINK_FIELDS = `id scope status createdAt expiresAt revokedAt lastViewedAt viewerCanRevoke goal { id title } createdBy { id name }`;
const CREATE = `mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { url path shareLink { ${LINK_FIELDS} } } }`;
const REVOKE = `mutation($id: ID!) { revokeShareLink(input: { shareLinkId: $id }) { shareLink { id status revokedAt } } }`;
const ORG_LINKS = `query($slug: String!, $all: Boolean) { organization(slug: $slug) { shareLinks(includeInactive: $all) { id scope status goal { title } } } }`;
const GOAL_LINKS = `query($id: ID!) { goal(id: $id) { shareLinks(includeInactive: true) { id status } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on ShareLink { status } } }`;

const SHARED_GOAL = `title description ownerName startDate targetDate kind unit startValue targetValue currentValue direction
  progress progressFormula expectedProgress health healthExplanation confidence outcome isClosed
  milestones { title dueDate baselineDueDate slipCount effectiveStatus isCritical }
  recentCheckIns { date createdAt value confidence note authorName }
  progressHistory { recordedAt progress value expectedProgress }`;
const VIEW = `query($token: String!) { sharedView(token: $token) { status scope organizationName expiresAt
  healthCounts { onTrack atRisk offTrack closed } goal { ${SHARED_GOAL} } goals { ${SHARED_GOAL} } } }`;

const today = todayIn("UTC");
const inDays = (n: number) => plusDays(today, n);

/** An org with an owner, an admin, two editing members and a stakeholder; `member` owns `goal`. */
async function team() {
  const { org, owner } = await createOrg(undefined, { name: "Acme Rockets" });
  const admin = await createMember(org, "ADMIN");
  const member = await createMember(org, "MEMBER");
  const other = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  const goal = await createGoal(org, member, { title: "Launch the beta" });
  return { org, owner, admin, member, other, stakeholder, goal };
}

async function share(userId: string, input: Record<string, unknown>) {
  const result = await run(userId, CREATE, { input });
  expect(result.errors).toBeUndefined();
  const { url, path, shareLink } = result.data.createShareLink;
  return { url: url as string, path: path as string, token: decodeURIComponent(path.replace("/shared/", "")), link: shareLink };
}

const view = (token: string) => run(null, VIEW, { token });

/** A link written straight to the database, e.g. one that has already expired. */
async function rawLink(data: { organizationId: string; goalId?: string | null; createdById: string; expiresAt?: Date | null; revokedAt?: Date | null }) {
  const token = newSecret("wms");
  await prisma().shareLink.create({ data: { ...data, tokenHash: hashSecret(token) } });
  return token;
}

describe("createShareLink", () => {
  it("lets the goal's owner share their goal: a secret link shown once, stored hashed", async () => {
    const { org, member, goal } = await team();
    const { url, path, token, link } = await share(member.id, { organizationId: gid("Organization", org.id), goalId: gid("Goal", goal.id) });
    expect(token).toMatch(/^wms_[A-Za-z0-9_-]{40,}$/);
    expect(path).toBe(`/shared/${token}`);
    expect(url.endsWith(path)).toBe(true);
    expect(link).toMatchObject({
      scope: "GOAL",
      status: "ACTIVE",
      expiresAt: null,
      revokedAt: null,
      lastViewedAt: null,
      viewerCanRevoke: true,
      goal: { id: gid("Goal", goal.id), title: "Launch the beta" },
      createdBy: { id: gid("User", member.id) },
    });
    const stored = await prisma().shareLink.findFirstOrThrow({ where: { goalId: goal.id } });
    expect(stored.tokenHash).toBe(hashSecret(token));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("lets admins share any goal and the dashboard, with an expiry", async () => {
    const { org, owner, admin, goal } = await team();
    const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const goalLink = await share(admin.id, { organizationId: gid("Organization", org.id), goalId: gid("Goal", goal.id), expiresAt });
    expect(goalLink.link).toMatchObject({ scope: "GOAL", expiresAt, createdBy: { id: gid("User", admin.id) } });
    const board = await share(owner.id, { organizationId: gid("Organization", org.id) });
    expect(board.link).toMatchObject({ scope: "DASHBOARD", goal: null, status: "ACTIVE" });
  });

  it("refuses members who don't own the goal, stakeholders, and non-admins sharing the dashboard", async () => {
    const { org, member, other, stakeholder, goal } = await team();
    const orgId = gid("Organization", org.id);
    expect(codes(await run(other.id, CREATE, { input: { organizationId: orgId, goalId: gid("Goal", goal.id) } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await run(member.id, CREATE, { input: { organizationId: orgId } }))).toEqual(["FORBIDDEN"]);
    // A stakeholder changes nothing, even on a goal they own.
    const theirs = await createGoal(org, stakeholder);
    expect(codes(await run(stakeholder.id, CREATE, { input: { organizationId: orgId, goalId: gid("Goal", theirs.id) } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await run(null, CREATE, { input: { organizationId: orgId } }))).toEqual(["UNAUTHENTICATED"]);
    expect(await prisma().shareLink.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("answers NOT_FOUND for another organization, or another organization's goal", async () => {
    const { org, goal } = await team();
    const { org: otherOrg, owner: otherOwner } = await createOrg();
    expect(codes(await run(otherOwner.id, CREATE, { input: { organizationId: gid("Organization", org.id) } }))).toEqual(["NOT_FOUND"]);
    expect(
      codes(await run(otherOwner.id, CREATE, { input: { organizationId: gid("Organization", otherOrg.id), goalId: gid("Goal", goal.id) } })),
    ).toEqual(["NOT_FOUND"]);
    expect(
      codes(await run(otherOwner.id, CREATE, { input: { organizationId: gid("Organization", otherOrg.id), goalId: "not-an-id" } })),
    ).toEqual(["NOT_FOUND"]);
  });

  it("refuses an expiry in the past", async () => {
    const { org, owner } = await team();
    const result = await run(owner.id, CREATE, {
      input: { organizationId: gid("Organization", org.id), expiresAt: new Date(Date.now() - 1000).toISOString() },
    });
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0]!.extensions!.field).toBe("expiresAt");
  });
});

describe("listing and revoking share links", () => {
  it("shows admins every link, a goal's owner the links to their goal, and others nothing", async () => {
    const { org, owner, admin, member, other, stakeholder, goal } = await team();
    const orgId = gid("Organization", org.id);
    const mine = await share(member.id, { organizationId: orgId, goalId: gid("Goal", goal.id) });
    const adminsGoal = await createGoal(org, admin, { title: "Admin goal" });
    const adminLink = await share(admin.id, { organizationId: orgId, goalId: gid("Goal", adminsGoal.id) });
    const board = await share(owner.id, { organizationId: orgId });

    const ids = async (userId: string) => {
      const result = await run(userId, ORG_LINKS, { slug: org.slug });
      expect(result.errors).toBeUndefined();
      return result.data.organization.shareLinks.map((l: { id: string }) => l.id);
    };
    expect(await ids(admin.id)).toEqual([board.link.id, adminLink.link.id, mine.link.id]);
    expect(await ids(owner.id)).toEqual([board.link.id, adminLink.link.id, mine.link.id]);
    expect(await ids(member.id)).toEqual([mine.link.id]);
    expect(await ids(other.id)).toEqual([]);
    expect(await ids(stakeholder.id)).toEqual([]);

    expect((await run(member.id, GOAL_LINKS, { id: gid("Goal", goal.id) })).data.goal.shareLinks).toEqual([{ id: mine.link.id, status: "ACTIVE" }]);
    expect((await run(other.id, GOAL_LINKS, { id: gid("Goal", goal.id) })).data.goal.shareLinks).toEqual([]);
    expect((await run(member.id, NODE, { id: mine.link.id })).data.node).toEqual({ id: mine.link.id, status: "ACTIVE" });
    expect((await run(other.id, NODE, { id: mine.link.id })).data.node).toBeNull();
    expect((await run(member.id, NODE, { id: board.link.id })).data.node).toBeNull();
  });

  it("lets the goal's owner and admins revoke; revoked links leave the default list", async () => {
    const { org, admin, member, other, goal } = await team();
    const orgId = gid("Organization", org.id);
    const first = await share(member.id, { organizationId: orgId, goalId: gid("Goal", goal.id) });
    const second = await share(member.id, { organizationId: orgId, goalId: gid("Goal", goal.id) });

    expect(codes(await run(other.id, REVOKE, { id: first.link.id }))).toEqual(["NOT_FOUND"]);
    const revoked = await run(member.id, REVOKE, { id: first.link.id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeShareLink.shareLink).toMatchObject({ id: first.link.id, status: "REVOKED" });
    expect(revoked.data.revokeShareLink.shareLink.revokedAt).not.toBeNull();
    // Twice is harmless and keeps the first revocation time.
    const again = await run(member.id, REVOKE, { id: first.link.id });
    expect(again.data.revokeShareLink.shareLink.revokedAt).toBe(revoked.data.revokeShareLink.shareLink.revokedAt);

    expect((await run(admin.id, REVOKE, { id: second.link.id })).data.revokeShareLink.shareLink.status).toBe("REVOKED");

    const active = await run(member.id, ORG_LINKS, { slug: org.slug });
    expect(active.data.organization.shareLinks).toEqual([]);
    const all = await run(member.id, ORG_LINKS, { slug: org.slug, all: true });
    expect(all.data.organization.shareLinks.map((l: { status: string }) => l.status)).toEqual(["REVOKED", "REVOKED"]);
  });

  it("keeps tenants apart: another organization's link ids are unknown", async () => {
    const { org, owner } = await team();
    const board = await share(owner.id, { organizationId: gid("Organization", org.id) });
    const { owner: stranger } = await createOrg();
    expect(codes(await run(stranger.id, REVOKE, { id: board.link.id }))).toEqual(["NOT_FOUND"]);
    expect((await run(stranger.id, NODE, { id: board.link.id })).data.node).toBeNull();
    expect(codes(await run(stranger.id, REVOKE, { id: gid("ShareLink", "nope") }))).toEqual(["NOT_FOUND"]);
    expect((await prisma().shareLink.findFirstOrThrow({ where: { organizationId: org.id } })).revokedAt).toBeNull();
  });
});

/** A goal with a parent, a sub-goal, milestones (one missed, one slipped), check-ins and history. */
async function richGoal() {
  const t = await team();
  const { org, member, other, goal } = t;
  await prisma().user.update({ where: { id: member.id }, data: { name: "Dana Owner" } });
  await prisma().user.update({ where: { id: other.id }, data: { name: "Lee Other" } });
  const parent = await createGoal(org, other, { title: "Company secret parent" });
  await setParent(goal, parent);
  const child = await createGoal(org, other, { title: "Hidden sub-goal" });
  await setParent(child, goal);
  await prisma().goal.update({ where: { id: goal.id }, data: { startDate: new Date(`${inDays(-30)}T00:00:00Z`), targetDate: new Date(`${inDays(60)}T00:00:00Z`) } });
  const done = await createMilestone(goal, { title: "Design", status: "DONE", dueDate: inDays(-10) });
  const missed = await createMilestone(goal, { title: "Private beta", dueDate: inDays(-2) });
  const next = await createMilestone(goal, { title: "Public beta", dueDate: inDays(20) });
  await prisma().milestone.update({ where: { id: next.id }, data: { baselineDueDate: new Date(`${inDays(10)}T00:00:00Z`), slipCount: 1 } });
  await planMilestone(next, { durationDays: 5, ownerId: other.id });
  await addDependency(next, missed);
  await createCheckIn(goal, member, { confidence: "AT_RISK", note: "Slower than hoped" });
  await createCheckIn(goal, other, { confidence: "ON_TRACK", note: "Back on it" });
  await prisma().comment.create({ data: { organizationId: org.id, goalId: goal.id, authorId: other.id, body: "Internal comment" } });
  await createActivity(org, other, { kind: "MILESTONE_DONE", goalId: goal.id, milestoneId: done.id, isWin: true });
  const fresh = await refreshProgress(goal);
  return { ...t, goal: fresh, parent, child, done, missed, next };
}

describe("sharedView", () => {
  it("shows a shared goal to anyone with the link: progress, health, milestones, check-ins and history", async () => {
    const { org, member, goal } = await richGoal();
    const { token } = await share(member.id, { organizationId: gid("Organization", org.id), goalId: gid("Goal", goal.id) });
    const result = await view(token);
    expect(result.errors).toBeUndefined();
    const shared = result.data.sharedView;
    expect(shared).toMatchObject({ status: "ACTIVE", scope: "GOAL", organizationName: "Acme Rockets", expiresAt: null, healthCounts: null, goals: [] });
    expect(shared.goal).toMatchObject({
      title: "Launch the beta",
      ownerName: "Dana Owner",
      kind: "MILESTONE",
      startDate: inDays(-30),
      targetDate: inDays(60),
      confidence: "ON_TRACK",
      outcome: null,
      isClosed: false,
    });
    expect(shared.goal.progress).toBeCloseTo(goal.progress);
    expect(shared.goal.progressFormula).toMatch(/sub-goal/);
    expect(shared.goal.expectedProgress).toBeCloseTo(30 / 90);
    // 1 of 4 parts done (25%) against 33% expected is on pace by itself; the missed milestone lowers it.
    expect(shared.goal.health).toBe("AT_RISK");
    expect(shared.goal.healthExplanation).toMatch(/missed/i);
    expect(shared.goal.milestones).toEqual([
      { title: "Design", dueDate: inDays(-10), baselineDueDate: inDays(-10), slipCount: 0, effectiveStatus: "DONE", isCritical: false },
      // Its own (past) due date leaves it the least slack: it is the critical one.
      { title: "Private beta", dueDate: inDays(-2), baselineDueDate: inDays(-2), slipCount: 0, effectiveStatus: "MISSED", isCritical: true },
      { title: "Public beta", dueDate: inDays(20), baselineDueDate: inDays(10), slipCount: 1, effectiveStatus: "PLANNED", isCritical: false },
    ]);
    expect(shared.goal.recentCheckIns.map((c: { note: string; authorName: string; date: string }) => [c.note, c.authorName, c.date])).toEqual([
      ["Back on it", "Lee Other", today],
      ["Slower than hoped", "Dana Owner", today],
    ]);
    expect(shared.goal.progressHistory.length).toBeGreaterThanOrEqual(2);
  });

  it("never shows emails, ids, other goals, comments or activity", async () => {
    const { org, owner, admin, member, other, stakeholder, goal } = await richGoal();
    const elsewhere = await createGoal(org, admin, { title: "Unrelated roadmap" });
    await createMilestone(elsewhere, { title: "Unrelated milestone" });
    const { token } = await share(member.id, { organizationId: gid("Organization", org.id), goalId: gid("Goal", goal.id) });
    const json = JSON.stringify(await view(token));
    const users = await prisma().user.findMany({ where: { id: { in: [owner.id, admin.id, member.id, other.id, stakeholder.id] } } });
    expect(users).toHaveLength(5);
    for (const user of users) {
      expect(json).not.toContain(user.email);
      expect(json).not.toContain(user.id);
    }
    expect(json).not.toContain("@");
    for (const hidden of ["Company secret parent", "Hidden sub-goal", "Unrelated roadmap", "Unrelated milestone", "Internal comment", org.id, org.slug, goal.id]) {
      expect(json).not.toContain(hidden);
    }
  });

  it("shows a shared dashboard: open goals, worst health first, with counts; nothing archived or closed", async () => {
    const { org, owner } = await createOrg(undefined, { name: "Board Co" });
    await createGoal(org, owner, { title: "On track", startDate: inDays(-14), targetDate: inDays(200) }); // past the new-goal grace period
    await createGoal(org, owner, { title: "At risk", startDate: inDays(-20), targetDate: inDays(80) });
    const offTrack = await createGoal(org, owner, { title: "Off track", startDate: inDays(-90), targetDate: inDays(10) });
    const closed = await createGoal(org, owner, { title: "Closed one" });
    await prisma().goal.update({ where: { id: closed.id }, data: { closedAt: new Date(), outcome: "ACHIEVED" } });
    const archived = await createGoal(org, owner, { title: "Archived one" });
    await prisma().goal.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await createMilestone(offTrack, { title: "Late", dueDate: inDays(-1) });

    const { token } = await share(owner.id, { organizationId: gid("Organization", org.id) });
    const result = await view(token);
    expect(result.errors).toBeUndefined();
    const shared = result.data.sharedView;
    expect(shared).toMatchObject({ status: "ACTIVE", scope: "DASHBOARD", organizationName: "Board Co", goal: null });
    expect(shared.healthCounts).toEqual({ onTrack: 1, atRisk: 1, offTrack: 1, closed: 1 });
    expect(shared.goals.map((g: { title: string; health: string }) => [g.title, g.health])).toEqual([
      ["Off track", "OFF_TRACK"],
      ["At risk", "AT_RISK"],
      ["On track", "ON_TRACK"],
    ]);
    expect(shared.goals[0].milestones[0]).toMatchObject({ title: "Late", effectiveStatus: "MISSED" });
    const json = JSON.stringify(result);
    expect(json).not.toContain("@");
    expect(json).not.toContain(owner.id);
  });

  it("shows only the status of an expired or revoked link", async () => {
    const { org, owner, member, goal } = await richGoal();
    const expiresAt = new Date(Date.now() - 60_000);
    const expired = await rawLink({ organizationId: org.id, goalId: goal.id, createdById: member.id, expiresAt });
    const revokedGoal = await rawLink({ organizationId: org.id, goalId: goal.id, createdById: member.id, revokedAt: new Date() });
    const revokedBoard = await rawLink({ organizationId: org.id, createdById: owner.id, revokedAt: new Date(), expiresAt });

    const empty = { scope: null, organizationName: null, healthCounts: null, goal: null, goals: [] };
    const expiredView = await view(expired);
    expect(expiredView.errors).toBeUndefined();
    expect(expiredView.data.sharedView).toEqual({ status: "EXPIRED", expiresAt: expiresAt.toISOString(), ...empty });
    for (const token of [revokedGoal, revokedBoard]) {
      const result = await view(token);
      expect(result.data.sharedView).toEqual({ status: "REVOKED", expiresAt: null, ...empty });
      expect(JSON.stringify(result)).not.toContain("Launch the beta");
    }
    expect(JSON.stringify(expiredView)).not.toContain("Acme");
    // Viewing an inactive link records nothing.
    expect((await prisma().shareLink.findFirstOrThrow({ where: { tokenHash: hashSecret(expired) } })).lastViewedAt).toBeNull();
  });

  it("answers NOT_FOUND for an unknown or malformed token", async () => {
    for (const token of ["wms_nope", "", "x".repeat(500)]) {
      const result = await view(token);
      expect(result.errors).toBeUndefined();
      expect(result.data.sharedView).toMatchObject({ status: "NOT_FOUND", goal: null, goals: [], organizationName: null });
    }
  });

  it("records when a link was last viewed, at most once a minute", async () => {
    const { org, owner } = await createOrg();
    const { token } = await share(owner.id, { organizationId: gid("Organization", org.id) });
    const row = () => prisma().shareLink.findFirstOrThrow({ where: { tokenHash: hashSecret(token) } });
    await view(token);
    const first = (await row()).lastViewedAt;
    expect(first).not.toBeNull();
    await view(token);
    expect((await row()).lastViewedAt).toEqual(first);
    await prisma().shareLink.update({ where: { tokenHash: hashSecret(token) }, data: { lastViewedAt: new Date(Date.now() - 120_000) } });
    await view(token);
    expect((await row()).lastViewedAt!.getTime()).toBeGreaterThan(Date.now() - 10_000);
  });

  it("stops showing a goal once its link is revoked", async () => {
    const { org, member, goal } = await team();
    const { token, link } = await share(member.id, { organizationId: gid("Organization", org.id), goalId: gid("Goal", goal.id) });
    expect((await view(token)).data.sharedView.goal.title).toBe("Launch the beta");
    await run(member.id, REVOKE, { id: link.id });
    expect((await view(token)).data.sharedView).toMatchObject({ status: "REVOKED", goal: null });
  });
});

describe("shared types", () => {
  it("reach no Node, no id and no email: nothing else of the organization is reachable", () => {
    const seen = new Set<string>();
    const queue: GraphQLNamedType[] = [schema.getType("SharedView")!];
    while (queue.length) {
      const type = queue.shift()!;
      if (seen.has(type.name) || !(isObjectType(type) || isInterfaceType(type))) continue;
      seen.add(type.name);
      if (isObjectType(type)) expect(type.getInterfaces().map((i) => i.name), type.name).not.toContain("Node");
      for (const field of Object.values(type.getFields())) {
        expect(["id", "email"], `${type.name}.${field.name}`).not.toContain(field.name);
        queue.push(getNamedType(field.type));
      }
    }
    expect([...seen].sort()).toEqual(["HealthCounts", "ProgressPoint", "SharedApprovalStep", "SharedCheckIn", "SharedGoal", "SharedMilestone", "SharedView"]);
  });
});
