import { describe, expect, it } from "vitest";
import { addMember, assign, createGoal, createMember, createMilestone, createOrg, createUser } from "../../prisma/factories.ts";
import { hashSecret } from "../../server/auth/tokens.ts";
import { prisma } from "../../server/db.ts";
import { LAST_OWNER_MESSAGE } from "../../server/members/members.ts";
import { codes, gid, run } from "../helpers/graphql.ts";

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) { invitation { id email role status invitedBy { id } organization { id } } invitePath inviteUrl }
}`;
const PREVIEW = `query($token: String!) { invitation(token: $token) { organizationName email role invitedByName expiresAt status } }`;
const ACCEPT = `mutation($token: String!) {
  acceptInvitation(input: { token: $token }) { membership { id role user { id } organization { id name viewerRole } } }
}`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(input: { invitationId: $id }) { invitation { id status } } }`;
const PENDING = `query($slug: String!) { organization(slug: $slug) { invitations { id email role } } }`;
const UPDATE_ROLE = `mutation($id: ID!, $role: Role!) { updateMemberRole(input: { membershipId: $id, role: $role }) { membership { id role } } }`;
const REMOVE = `mutation($id: ID!) { removeMember(input: { membershipId: $id }) { removedMembershipId organization { id } } }`;

type Org = { id: string; slug: string };

async function invite(userId: string, org: Org, email: string, role = "MEMBER") {
  const result = await run(userId, INVITE, { input: { organizationId: gid("Organization", org.id), email, role } });
  const path: string | undefined = result.data?.inviteMember?.invitePath;
  return { result, token: path ? decodeURIComponent(path.replace("/invitations/", "")) : "" };
}

async function membershipOf(orgId: string, userId: string) {
  return prisma().membership.findUnique({ where: { organizationId_userId: { organizationId: orgId, userId } } });
}

describe("invitations", () => {
  it("an admin invites an email, anyone with the link previews it, the invitee accepts with the invited role", async () => {
    const { org, owner } = await createOrg(await createUser({ name: "Olive Owner" }));
    const admin = await createMember(org, "ADMIN");
    const member = await createMember(org, "MEMBER");

    const { result, token } = await invite(admin.id, org, "  Newbie@Example.TEST ", "STAKEHOLDER");
    expect(result.errors).toBeUndefined();
    const payload = result.data.inviteMember;
    expect(payload.invitation).toMatchObject({
      email: "newbie@example.test",
      role: "STAKEHOLDER",
      status: "PENDING",
      invitedBy: { id: gid("User", admin.id) },
      organization: { id: gid("Organization", org.id) },
    });
    expect(payload.invitePath).toBe(`/invitations/${token}`);
    expect(payload.inviteUrl.endsWith(payload.invitePath)).toBe(true);
    expect(token.startsWith("wmi_")).toBe(true);

    // Only the hash of the secret is stored; the invitation lives 14 days.
    const stored = await prisma().invitation.findUniqueOrThrow({ where: { tokenHash: hashSecret(token) } });
    expect(stored.tokenHash).not.toContain(token);
    const days = (stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(14, 2);

    const preview = await run(null, PREVIEW, { token });
    expect(preview.errors).toBeUndefined();
    expect(preview.data.invitation).toEqual({
      organizationName: org.name,
      email: "newbie@example.test",
      role: "STAKEHOLDER",
      invitedByName: admin.name,
      expiresAt: stored.expiresAt.toISOString(),
      status: "PENDING",
    });

    // Pending invitations are listed for admins only.
    const forOwner = await run(owner.id, PENDING, { slug: org.slug });
    expect(forOwner.data.organization.invitations).toEqual([{ id: payload.invitation.id, email: "newbie@example.test", role: "STAKEHOLDER" }]);
    const forMember = await run(member.id, PENDING, { slug: org.slug });
    expect(forMember.errors).toBeUndefined();
    expect(forMember.data.organization.invitations).toEqual([]);

    const invitee = await createUser({ email: "newbie@example.test" });
    const accepted = await run(invitee.id, ACCEPT, { token });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptInvitation.membership).toMatchObject({
      role: "STAKEHOLDER",
      user: { id: gid("User", invitee.id) },
      organization: { id: gid("Organization", org.id), name: org.name, viewerRole: "STAKEHOLDER" },
    });
    expect((await membershipOf(org.id, invitee.id))?.role).toBe("STAKEHOLDER");
    expect((await run(null, PREVIEW, { token })).data.invitation.status).toBe("ACCEPTED");
    expect((await run(owner.id, PENDING, { slug: org.slug })).data.organization.invitations).toEqual([]);

    const again = await run(invitee.id, ACCEPT, { token });
    expect(codes(again)).toEqual(["CONFLICT"]);
    expect(again.errors![0]!.message).toMatch(/already been accepted/);
  });

  it("refuses an invitee signed in with another email, naming the invited one", async () => {
    const { org, owner } = await createOrg();
    const { token } = await invite(owner.id, org, "right@example.test");
    const wrong = await createUser({ email: "wrong@example.test" });
    const result = await run(wrong.id, ACCEPT, { token });
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(result.errors![0]!.message).toContain("right@example.test");
    expect(await membershipOf(org.id, wrong.id)).toBeNull();
    expect((await run(null, PREVIEW, { token })).data.invitation.status).toBe("PENDING");
  });

  it("refuses an expired invitation", async () => {
    const { org, owner } = await createOrg();
    const email = `late-${Date.now()}@example.test`;
    const { token } = await invite(owner.id, org, email);
    await prisma().invitation.update({ where: { tokenHash: hashSecret(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const invitee = await createUser({ email });

    expect((await run(null, PREVIEW, { token })).data.invitation.status).toBe("EXPIRED");
    const result = await run(invitee.id, ACCEPT, { token });
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(result.errors![0]!.message).toMatch(/expired/);
    expect(await membershipOf(org.id, invitee.id)).toBeNull();
    expect((await run(owner.id, PENDING, { slug: org.slug })).data.organization.invitations).toEqual([]);
  });

  it("refuses a revoked invitation; revoking is for admins and idempotent", async () => {
    const { org, owner } = await createOrg();
    const member = await createMember(org, "MEMBER");
    const email = `revoked-${Date.now()}@example.test`;
    const { result, token } = await invite(owner.id, org, email);
    const invitationId = result.data.inviteMember.invitation.id;

    expect(codes(await run(member.id, REVOKE, { id: invitationId }))).toEqual(["FORBIDDEN"]);
    const revoked = await run(owner.id, REVOKE, { id: invitationId });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeInvitation.invitation).toEqual({ id: invitationId, status: "REVOKED" });
    expect((await run(owner.id, REVOKE, { id: invitationId })).data.revokeInvitation.invitation.status).toBe("REVOKED");

    expect((await run(null, PREVIEW, { token })).data.invitation.status).toBe("REVOKED");
    expect((await run(owner.id, PENDING, { slug: org.slug })).data.organization.invitations).toEqual([]);
    const invitee = await createUser({ email });
    const accepted = await run(invitee.id, ACCEPT, { token });
    expect(codes(accepted)).toEqual(["CONFLICT"]);
    expect(accepted.errors![0]!.message).toMatch(/revoked/);
    expect(await membershipOf(org.id, invitee.id)).toBeNull();
  });

  it("an accepted invitation cannot be revoked", async () => {
    const { org, owner } = await createOrg();
    const invitee = await createUser();
    const { result, token } = await invite(owner.id, org, invitee.email);
    expect((await run(invitee.id, ACCEPT, { token })).errors).toBeUndefined();
    expect(codes(await run(owner.id, REVOKE, { id: result.data.inviteMember.invitation.id }))).toEqual(["CONFLICT"]);
  });

  it("re-inviting a pending address replaces the old link", async () => {
    const { org, owner } = await createOrg();
    const invitee = await createUser();
    const first = await invite(owner.id, org, invitee.email, "MEMBER");
    const second = await invite(owner.id, org, invitee.email.toUpperCase(), "ADMIN");
    expect(second.result.errors).toBeUndefined();

    expect((await run(null, PREVIEW, { token: first.token })).data.invitation.status).toBe("REVOKED");
    expect((await run(owner.id, PENDING, { slug: org.slug })).data.organization.invitations).toEqual([
      { id: second.result.data.inviteMember.invitation.id, email: invitee.email, role: "ADMIN" },
    ]);
    expect(codes(await run(invitee.id, ACCEPT, { token: first.token }))).toEqual(["CONFLICT"]);
    const accepted = await run(invitee.id, ACCEPT, { token: second.token });
    expect(accepted.data.acceptInvitation.membership.role).toBe("ADMIN");
  });

  it("refuses to invite an existing member", async () => {
    const { org, owner } = await createOrg();
    const member = await createMember(org, "MEMBER");
    const { result } = await invite(owner.id, org, member.email.toUpperCase());
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(result.errors![0]!.extensions!.field).toBe("email");
    expect(await prisma().invitation.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("accepting while already a member marks the invitation accepted and keeps the role", async () => {
    const { org, owner } = await createOrg();
    const invitee = await createUser();
    const { token } = await invite(owner.id, org, invitee.email, "ADMIN");
    await addMember(org, invitee, "STAKEHOLDER");
    const accepted = await run(invitee.id, ACCEPT, { token });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.acceptInvitation.membership.role).toBe("STAKEHOLDER");
    expect((await prisma().invitation.findUniqueOrThrow({ where: { tokenHash: hashSecret(token) } })).acceptedAt).not.toBeNull();
  });

  it("only admins invite, and only owners invite owners", async () => {
    const { org, owner } = await createOrg();
    const admin = await createMember(org, "ADMIN");
    const member = await createMember(org, "MEMBER");
    const stakeholder = await createMember(org, "STAKEHOLDER");

    expect(codes((await invite(stakeholder.id, org, "a@example.test")).result)).toEqual(["FORBIDDEN"]);
    expect(codes((await invite(member.id, org, "a@example.test")).result)).toEqual(["FORBIDDEN"]);
    expect(codes((await invite(admin.id, org, "a@example.test", "OWNER")).result)).toEqual(["FORBIDDEN"]);
    expect(await prisma().invitation.count({ where: { organizationId: org.id } })).toBe(0);

    expect((await invite(admin.id, org, "a@example.test", "ADMIN")).result.errors).toBeUndefined();
    expect((await invite(owner.id, org, "b@example.test", "OWNER")).result.errors).toBeUndefined();
  });

  it("validates the email", async () => {
    const { org, owner } = await createOrg();
    const { result } = await invite(owner.id, org, "not-an-email");
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors![0]!.extensions!.field).toBe("email");
  });

  it("needs a signed-in user to accept; unknown tokens preview as null and accept as NOT_FOUND", async () => {
    const { org, owner } = await createOrg();
    const { token } = await invite(owner.id, org, "anon@example.test");
    expect(codes(await run(null, ACCEPT, { token }))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await run(null, INVITE, { input: { organizationId: gid("Organization", org.id), email: "x@example.test", role: "MEMBER" } }))).toEqual([
      "UNAUTHENTICATED",
    ]);

    const unknown = await run(null, PREVIEW, { token: "wmi_unknown" });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.invitation).toBeNull();
    expect((await run(null, PREVIEW, { token: "" })).data.invitation).toBeNull();
    const user = await createUser();
    expect(codes(await run(user.id, ACCEPT, { token: "wmi_unknown" }))).toEqual(["NOT_FOUND"]);
  });
});

describe("member roles", () => {
  it("admins change roles below owner; only owners grant or take away OWNER", async () => {
    const { org, owner } = await createOrg();
    const admin = await createMember(org, "ADMIN");
    const member = await createMember(org, "MEMBER");
    const ownerMembership = (await membershipOf(org.id, owner.id))!;
    const memberMembership = (await membershipOf(org.id, member.id))!;
    const memberId = gid("Membership", memberMembership.id);

    const promoted = await run(admin.id, UPDATE_ROLE, { id: memberId, role: "ADMIN" });
    expect(promoted.errors).toBeUndefined();
    expect(promoted.data.updateMemberRole.membership).toEqual({ id: memberId, role: "ADMIN" });
    expect((await run(admin.id, UPDATE_ROLE, { id: memberId, role: "STAKEHOLDER" })).data.updateMemberRole.membership.role).toBe("STAKEHOLDER");

    const grant = await run(admin.id, UPDATE_ROLE, { id: memberId, role: "OWNER" });
    expect(codes(grant)).toEqual(["FORBIDDEN"]);
    const demoteOwner = await run(admin.id, UPDATE_ROLE, { id: gid("Membership", ownerMembership.id), role: "MEMBER" });
    expect(codes(demoteOwner)).toEqual(["FORBIDDEN"]);
    expect((await membershipOf(org.id, member.id))!.role).toBe("STAKEHOLDER");
    expect((await membershipOf(org.id, owner.id))!.role).toBe("OWNER");

    const byOwner = await run(owner.id, UPDATE_ROLE, { id: memberId, role: "OWNER" });
    expect(byOwner.data.updateMemberRole.membership.role).toBe("OWNER");
  });

  it("members and stakeholders cannot change roles", async () => {
    const { org } = await createOrg();
    const member = await createMember(org, "MEMBER");
    const stakeholder = await createMember(org, "STAKEHOLDER");
    const target = (await membershipOf(org.id, stakeholder.id))!;
    expect(codes(await run(member.id, UPDATE_ROLE, { id: gid("Membership", target.id), role: "MEMBER" }))).toEqual(["FORBIDDEN"]);
    const own = (await membershipOf(org.id, stakeholder.id))!;
    expect(codes(await run(stakeholder.id, UPDATE_ROLE, { id: gid("Membership", own.id), role: "ADMIN" }))).toEqual(["FORBIDDEN"]);
    expect((await membershipOf(org.id, stakeholder.id))!.role).toBe("STAKEHOLDER");
  });

  it("the last owner cannot be demoted; with two owners one may step down", async () => {
    const { org, owner } = await createOrg();
    const ownerMembershipId = gid("Membership", (await membershipOf(org.id, owner.id))!.id);

    const alone = await run(owner.id, UPDATE_ROLE, { id: ownerMembershipId, role: "ADMIN" });
    expect(codes(alone)).toEqual(["CONFLICT"]);
    expect(alone.errors![0]!.message).toBe(LAST_OWNER_MESSAGE);
    expect(alone.errors![0]!.message).toBe("An organization needs at least one owner.");

    const second = await createMember(org, "OWNER");
    const stepDown = await run(
      owner.id,
      `mutation($id: ID!) { updateMemberRole(input: { membershipId: $id, role: ADMIN }) { membership { role organization { viewerRole } } } }`,
      { id: ownerMembershipId },
    );
    expect(stepDown.errors).toBeUndefined();
    // The payload answers with the viewer's role as it is after the change.
    expect(stepDown.data.updateMemberRole.membership).toEqual({ role: "ADMIN", organization: { viewerRole: "ADMIN" } });

    // Now an admin: can neither take OWNER from the remaining owner nor take it back.
    const secondMembershipId = gid("Membership", (await membershipOf(org.id, second.id))!.id);
    expect(codes(await run(owner.id, UPDATE_ROLE, { id: secondMembershipId, role: "ADMIN" }))).toEqual(["FORBIDDEN"]);
    expect(codes(await run(owner.id, UPDATE_ROLE, { id: ownerMembershipId, role: "OWNER" }))).toEqual(["FORBIDDEN"]);
    expect(codes(await run(second.id, UPDATE_ROLE, { id: secondMembershipId, role: "MEMBER" }))).toEqual(["CONFLICT"]);
  });

  it("two owners demoting each other at the same time leave one owner", async () => {
    const { org, owner } = await createOrg();
    const other = await createMember(org, "OWNER");
    const a = gid("Membership", (await membershipOf(org.id, owner.id))!.id);
    const b = gid("Membership", (await membershipOf(org.id, other.id))!.id);
    const results = await Promise.all([
      run(owner.id, UPDATE_ROLE, { id: b, role: "ADMIN" }),
      run(other.id, UPDATE_ROLE, { id: a, role: "ADMIN" }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(await prisma().membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
  });

  it("two owners stepping down at the same time leave one owner", async () => {
    const { org, owner } = await createOrg();
    const other = await createMember(org, "OWNER");
    const a = gid("Membership", (await membershipOf(org.id, owner.id))!.id);
    const b = gid("Membership", (await membershipOf(org.id, other.id))!.id);
    const results = await Promise.all([
      run(owner.id, UPDATE_ROLE, { id: a, role: "MEMBER" }),
      run(other.id, UPDATE_ROLE, { id: b, role: "MEMBER" }),
    ]);
    expect(results.map(codes).flat()).toEqual(["CONFLICT"]);
    expect(await prisma().membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
  });
});

describe("removing members", () => {
  it("an admin removes a member, whose assignments in that organization go too", async () => {
    const { org, owner } = await createOrg();
    const admin = await createMember(org, "ADMIN");
    const member = await createMember(org, "MEMBER");
    const { org: elsewhere } = await createOrg();
    await addMember(elsewhere, member, "MEMBER");
    const here = await createMilestone(await createGoal(org, owner));
    const there = await createMilestone(await createGoal(elsewhere, member));
    await assign(here, member);
    await assign(here, owner);
    await assign(there, member);

    const membership = (await membershipOf(org.id, member.id))!;
    const result = await run(admin.id, REMOVE, { id: gid("Membership", membership.id) });
    expect(result.errors).toBeUndefined();
    expect(result.data.removeMember).toEqual({
      removedMembershipId: gid("Membership", membership.id),
      organization: { id: gid("Organization", org.id) },
    });
    expect(await membershipOf(org.id, member.id)).toBeNull();
    expect(await prisma().assignment.count({ where: { organizationId: org.id, userId: member.id } })).toBe(0);
    expect(await prisma().assignment.count({ where: { organizationId: org.id, userId: owner.id } })).toBe(1);
    expect(await prisma().assignment.count({ where: { organizationId: elsewhere.id, userId: member.id } })).toBe(1);
    expect(await membershipOf(elsewhere.id, member.id)).not.toBeNull();
  });

  it("refuses to remove someone who still owns open goals, and changes nothing", async () => {
    const { org, owner } = await createOrg();
    const member = await createMember(org, "MEMBER");
    await createGoal(org, member, { title: "Theirs" });
    const membership = (await membershipOf(org.id, member.id))!;

    const result = await run(owner.id, REMOVE, { id: gid("Membership", membership.id) });
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(result.errors![0]!.message).toBe("They still own 1 open goal; give it a new owner first.");
    expect(await membershipOf(org.id, member.id)).not.toBeNull();
  });

  it("anyone may leave; members cannot remove others; admins cannot remove owners", async () => {
    const { org, owner } = await createOrg();
    const admin = await createMember(org, "ADMIN");
    const member = await createMember(org, "MEMBER");
    const stakeholder = await createMember(org, "STAKEHOLDER");
    const id = async (userId: string) => gid("Membership", (await membershipOf(org.id, userId))!.id);

    expect(codes(await run(member.id, REMOVE, { id: await id(stakeholder.id) }))).toEqual(["FORBIDDEN"]);
    expect(codes(await run(admin.id, REMOVE, { id: await id(owner.id) }))).toEqual(["FORBIDDEN"]);
    expect(await membershipOf(org.id, stakeholder.id)).not.toBeNull();
    expect(await membershipOf(org.id, owner.id)).not.toBeNull();

    const left = await run(stakeholder.id, REMOVE, { id: await id(stakeholder.id) });
    expect(left.errors).toBeUndefined();
    expect(await membershipOf(org.id, stakeholder.id)).toBeNull();
    expect(codes(await run(stakeholder.id, `query($slug: String!) { organization(slug: $slug) { id } }`, { slug: org.slug }))).toEqual(["NOT_FOUND"]);
  });

  it("the last owner can neither leave nor be removed; another owner can", async () => {
    const { org, owner } = await createOrg();
    const ownerId = gid("Membership", (await membershipOf(org.id, owner.id))!.id);
    const leave = await run(owner.id, REMOVE, { id: ownerId });
    expect(codes(leave)).toEqual(["CONFLICT"]);
    expect(leave.errors![0]!.message).toBe("An organization needs at least one owner.");

    const second = await createMember(org, "OWNER");
    const removed = await run(second.id, REMOVE, { id: ownerId });
    expect(removed.errors).toBeUndefined();
    const secondId = gid("Membership", (await membershipOf(org.id, second.id))!.id);
    expect(codes(await run(second.id, REMOVE, { id: secondId }))).toEqual(["CONFLICT"]);
    expect(await prisma().membership.count({ where: { organizationId: org.id, role: "OWNER" } })).toBe(1);
  });
});

describe("tenant isolation for memberships and invitations", () => {
  it("a member of org A sees org B's memberships and invitations as nonexistent, and cannot change them", async () => {
    const { org: orgA, owner: ownerA } = await createOrg();
    const { org: orgB, owner: ownerB } = await createOrg();
    const memberB = await createMember(orgB, "MEMBER");
    const membershipB = (await membershipOf(orgB.id, memberB.id))!;
    const ownerMembershipB = (await membershipOf(orgB.id, ownerB.id))!;
    const { result } = await invite(ownerB.id, orgB, "someone@example.test");
    const invitationB = result.data.inviteMember.invitation.id;
    const before = await snapshot(orgB.id);

    const nodeQuery = `query($id: ID!) { node(id: $id) { id } }`;
    const missingMembership = gid("Membership", "does-not-exist");
    const missingInvitation = gid("Invitation", "does-not-exist");
    for (const id of [gid("Membership", membershipB.id), invitationB]) {
      const r = await run(ownerA.id, nodeQuery, { id });
      expect(r.errors).toBeUndefined();
      expect(r.data.node).toBeNull();
    }

    const same = async (query: string, theirs: Record<string, unknown>, missing: Record<string, unknown>) => {
      const a = await run(ownerA.id, query, theirs);
      const b = await run(ownerA.id, query, missing);
      expect(codes(a)).toEqual(["NOT_FOUND"]);
      expect(a.errors).toEqual(b.errors);
    };
    await same(UPDATE_ROLE, { id: gid("Membership", membershipB.id), role: "ADMIN" }, { id: missingMembership, role: "ADMIN" });
    await same(UPDATE_ROLE, { id: gid("Membership", ownerMembershipB.id), role: "MEMBER" }, { id: missingMembership, role: "MEMBER" });
    await same(REMOVE, { id: gid("Membership", membershipB.id) }, { id: missingMembership });
    await same(REVOKE, { id: invitationB }, { id: missingInvitation });
    await same(
      INVITE,
      { input: { organizationId: gid("Organization", orgB.id), email: "spy@example.test", role: "ADMIN" } },
      { input: { organizationId: gid("Organization", "nope"), email: "spy@example.test", role: "ADMIN" } },
    );
    // An id of the wrong type is just as unknown.
    await same(REMOVE, { id: gid("Organization", orgA.id) }, { id: "garbage" });
    await same(PENDING, { slug: orgB.slug }, { slug: "no-such-org" });

    expect(await snapshot(orgB.id)).toEqual(before);
  });

  it("Membership and Invitation nodes: members of the org see memberships; only its admins see invitations", async () => {
    const { org, owner } = await createOrg();
    const member = await createMember(org, "MEMBER");
    const { result } = await invite(owner.id, org, "pending@example.test");
    const invitationId = result.data.inviteMember.invitation.id;
    const membershipId = gid("Membership", (await membershipOf(org.id, owner.id))!.id);
    const q = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await run(member.id, q, { id: membershipId })).data.node).toEqual({ id: membershipId });
    expect((await run(member.id, q, { id: invitationId })).data.node).toBeNull();
    expect((await run(owner.id, q, { id: invitationId })).data.node).toEqual({ id: invitationId });
    expect((await run(null, q, { id: invitationId })).data.node).toBeNull();
  });
});

async function snapshot(orgId: string) {
  const [memberships, invitations, org] = await Promise.all([
    prisma().membership.findMany({ where: { organizationId: orgId }, orderBy: { id: "asc" } }),
    prisma().invitation.findMany({ where: { organizationId: orgId }, orderBy: { id: "asc" } }),
    prisma().organization.findUnique({ where: { id: orgId } }),
  ]);
  return { memberships, invitations, org };
}
