import { describe, expect, it } from "vitest";
import { FACTORY_PASSWORD, addMember, createCheckIn, createGoal, createMember, createMilestone, createOrg, createUser, assign } from "../../prisma/factories.ts";
import { verifyPassword } from "../../server/auth/passwords.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run, runWithToken } from "../helpers/graphql.ts";
import { createApiToken } from "../../server/tokens/api-tokens.ts";
import { viewerForUser } from "../../server/auth/viewer.ts";

const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { name } } }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { sessionRenewal } }`;
const DELETE_ACCOUNT = `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { deleted } }`;
const PLAN = `{ accountDeletionPlan { organizationName outcome ownedGoalCount newGoalOwnerName } }`;
const TRANSFER = `mutation($input: TransferOwnershipInput!) { transferOwnership(input: $input) { organization { viewerRole } } }`;
const DELETE_ORG = `mutation($input: DeleteOrganizationInput!) { deleteOrganization(input: $input) { deletedOrganizationId } }`;

const passwordHashOf = async (id: string) => (await prisma().user.findUniqueOrThrow({ where: { id } })).passwordHash;

describe("account settings", () => {
  it("changes the name; a blank name is refused, naming the field, and changes nothing", async () => {
    const user = await createUser({ name: "Old Name" });
    expect((await run(user.id, UPDATE_PROFILE, { input: { name: "  New Name " } })).data).toEqual({ updateProfile: { user: { name: "New Name" } } });
    const blank = await run(user.id, UPDATE_PROFILE, { input: { name: "   " } });
    expect(codes(blank)).toEqual(["BAD_USER_INPUT"]);
    expect(blank.errors![0]!.extensions!.field).toBe("name");
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("New Name");
  });

  it("a password change needs the current password; a wrong one or a short new one changes nothing", async () => {
    const user = await createUser();
    const before = await passwordHashOf(user.id);

    const wrong = await run(user.id, CHANGE_PASSWORD, { input: { currentPassword: "not my password", newPassword: "a brand new passphrase" } });
    expect(codes(wrong)).toEqual(["BAD_USER_INPUT"]);
    expect(wrong.errors![0]!.extensions!.field).toBe("currentPassword");
    expect(wrong.errors![0]!.message).toBe("currentPassword: The current password is incorrect.");

    const short = await run(user.id, CHANGE_PASSWORD, { input: { currentPassword: FACTORY_PASSWORD, newPassword: "short" } });
    expect(short.errors![0]!.extensions!.field).toBe("newPassword");

    expect(await passwordHashOf(user.id)).toBe(before);
    expect((await prisma().user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);

    const ok = await run(user.id, CHANGE_PASSWORD, { input: { currentPassword: FACTORY_PASSWORD, newPassword: "a brand new passphrase" } });
    expect(typeof ok.data!.changePassword.sessionRenewal).toBe("string");
    expect(await verifyPassword("a brand new passphrase", await passwordHashOf(user.id))).toBe(true);
  });

  it("an API token can neither change the password, end sessions nor delete the account", async () => {
    const user = await createUser();
    const { token } = await createApiToken(await viewerForUser(user.id), { name: "script" });
    const attempts = [
      await runWithToken(token, CHANGE_PASSWORD, { input: { currentPassword: FACTORY_PASSWORD, newPassword: "a brand new passphrase" } }),
      await runWithToken(token, `mutation { signOutEverywhere { signedOut } }`),
      await runWithToken(token, DELETE_ACCOUNT, { input: { confirmation: user.email } }),
    ];
    expect(attempts.map(codes)).toEqual([["FORBIDDEN"], ["FORBIDDEN"], ["FORBIDDEN"]]);
    expect(await verifyPassword(FACTORY_PASSWORD, await passwordHashOf(user.id))).toBe(true);
  });
});

describe("deleting an account", () => {
  it("says beforehand, and then does: solo organizations go, goals elsewhere pass to an owner, history stays as Deleted user", async () => {
    const leaver = await createUser({ name: "Leaving Lee" });
    const { org: solo } = await createOrg(leaver, { name: "Lee's sandbox" });
    const { org: team, owner: teamOwner } = await createOrg(undefined, { name: "Team org" });
    await prisma().user.update({ where: { id: teamOwner.id }, data: { name: "Olivia Owner" } });
    await addMember(team, leaver, "ADMIN");
    const goal = await createGoal(team, leaver, { title: "Lee's goal" });
    const milestone = await createMilestone(goal);
    await prisma().milestone.update({ where: { id: milestone.id }, data: { ownerId: leaver.id } });
    await assign(milestone, leaver);
    const checkIn = await createCheckIn(goal, leaver, { note: "Going well" });

    const plan = await run(leaver.id, PLAN);
    expect(plan.data!.accountDeletionPlan).toEqual([
      { organizationName: "Lee's sandbox", outcome: "ORGANIZATION_DELETED", ownedGoalCount: 0, newGoalOwnerName: null },
      { organizationName: "Team org", outcome: "MEMBERSHIP_REMOVED", ownedGoalCount: 1, newGoalOwnerName: "Olivia Owner" },
    ]);

    const mistyped = await run(leaver.id, DELETE_ACCOUNT, { input: { confirmation: "someone@else.test" } });
    expect(codes(mistyped)).toEqual(["BAD_USER_INPUT"]);
    expect(mistyped.errors![0]!.extensions!.field).toBe("confirmation");
    expect(await prisma().organization.count({ where: { id: solo.id } })).toBe(1);

    expect((await run(leaver.id, DELETE_ACCOUNT, { input: { confirmation: leaver.email.toUpperCase() } })).data).toEqual({
      deleteAccount: { deleted: true },
    });

    expect(await prisma().organization.count({ where: { id: solo.id } })).toBe(0);
    expect((await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } })).ownerId).toBe(teamOwner.id);
    expect((await prisma().milestone.findUniqueOrThrow({ where: { id: milestone.id } })).ownerId).toBeNull();
    expect(await prisma().assignment.count({ where: { userId: leaver.id } })).toBe(0);
    expect(await prisma().membership.count({ where: { userId: leaver.id } })).toBe(0);

    // The team still reads the check-in, now by "Deleted user"; the email is free again.
    const history = await run(teamOwner.id, `query($id: ID!) { node(id: $id) { ... on CheckIn { note author { name email } } } }`, {
      id: gid("CheckIn", checkIn.id),
    });
    expect(history.data!.node).toMatchObject({ note: "Going well", author: { name: "Deleted user" } });
    expect(history.data!.node.author.email).not.toContain(leaver.email);
    expect(await createUser({ email: leaver.email })).toMatchObject({ email: leaver.email });
  });

  it("is refused while the person is the only owner of an organization with other members", async () => {
    const owner = await createUser();
    const { org } = await createOrg(owner, { name: "Needs an owner" });
    await createMember(org, "ADMIN");
    const plan = await run(owner.id, PLAN);
    expect(plan.data!.accountDeletionPlan[0]).toMatchObject({ outcome: "BLOCKED_SOLE_OWNER" });

    const res = await run(owner.id, DELETE_ACCOUNT, { input: { confirmation: owner.email } });
    expect(codes(res)).toEqual(["CONFLICT"]);
    expect(res.errors![0]!.message).toBe("You are the only owner of Needs an owner: transfer ownership or delete it first.");
    expect((await prisma().user.findUniqueOrThrow({ where: { id: owner.id } })).deletedAt).toBeNull();
  });
});

describe("organization ownership", () => {
  it("an owner transfers ownership to a member and becomes an admin", async () => {
    const { org, owner } = await createOrg();
    const member = await createMember(org, "MEMBER");
    const membership = await prisma().membership.findFirstOrThrow({ where: { organizationId: org.id, userId: member.id } });

    const res = await run(owner.id, TRANSFER, { input: { membershipId: gid("Membership", membership.id) } });
    expect(res.data).toEqual({ transferOwnership: { organization: { viewerRole: "ADMIN" } } });
    const roles = await prisma().membership.findMany({ where: { organizationId: org.id }, select: { userId: true, role: true } });
    expect(new Map(roles.map((r) => [r.userId, r.role]))).toEqual(new Map([[owner.id, "ADMIN"], [member.id, "OWNER"]]));
  });

  it("an admin cannot transfer ownership; another org's membership answers like a missing one", async () => {
    const { org, owner } = await createOrg();
    const admin = await createMember(org, "ADMIN");
    const ownerMembership = await prisma().membership.findFirstOrThrow({ where: { organizationId: org.id, userId: owner.id } });
    const adminMembership = await prisma().membership.findFirstOrThrow({ where: { organizationId: org.id, userId: admin.id } });
    expect(codes(await run(admin.id, TRANSFER, { input: { membershipId: gid("Membership", ownerMembership.id) } }))).toEqual(["FORBIDDEN"]);

    const { owner: stranger } = await createOrg();
    const foreign = await run(stranger.id, TRANSFER, { input: { membershipId: gid("Membership", adminMembership.id) } });
    const missing = await run(stranger.id, TRANSFER, { input: { membershipId: gid("Membership", "no-such-id") } });
    expect(foreign.errors).toEqual(missing.errors);
    expect(codes(missing)).toEqual(["NOT_FOUND"]);
    expect((await prisma().membership.findUniqueOrThrow({ where: { id: adminMembership.id } })).role).toBe("ADMIN");
  });

  it("the sole owner cannot leave; after transferring ownership they can", async () => {
    const { org, owner } = await createOrg();
    const member = await createMember(org, "MEMBER");
    const mine = await prisma().membership.findFirstOrThrow({ where: { organizationId: org.id, userId: owner.id } });
    const theirs = await prisma().membership.findFirstOrThrow({ where: { organizationId: org.id, userId: member.id } });
    const leave = () => run(owner.id, `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { removedMembershipId } }`, {
      input: { membershipId: gid("Membership", mine.id) },
    });
    expect(codes(await leave())).toEqual(["CONFLICT"]);
    await run(owner.id, TRANSFER, { input: { membershipId: gid("Membership", theirs.id) } });
    expect(codes(await leave())).toEqual([]);
  });

  it("only an owner deletes an organization, and only with its slug typed", async () => {
    const { org, owner } = await createOrg();
    const admin = await createMember(org, "ADMIN");
    await createGoal(org, owner);
    const input = (confirmation: string) => ({ input: { organizationId: gid("Organization", org.id), confirmation } });

    expect(codes(await run(admin.id, DELETE_ORG, input(org.slug)))).toEqual(["FORBIDDEN"]);
    const { owner: stranger } = await createOrg();
    expect(codes(await run(stranger.id, DELETE_ORG, input(org.slug)))).toEqual(["NOT_FOUND"]);
    const wrong = await run(owner.id, DELETE_ORG, input(org.name));
    expect(codes(wrong)).toEqual(["BAD_USER_INPUT"]);
    expect(wrong.errors![0]!.extensions!.field).toBe("confirmation");
    expect(await prisma().goal.count({ where: { organizationId: org.id } })).toBe(1);

    expect((await run(owner.id, DELETE_ORG, input(` ${org.slug.toUpperCase()} `))).data).toEqual({
      deleteOrganization: { deletedOrganizationId: gid("Organization", org.id) },
    });
    expect(await prisma().organization.count({ where: { id: org.id } })).toBe(0);
    expect(await prisma().goal.count({ where: { organizationId: org.id } })).toBe(0);
    expect(codes(await run(owner.id, `query($slug: String!) { organization(slug: $slug) { name } }`, { slug: org.slug }))).toEqual(["NOT_FOUND"]);
  });
});
