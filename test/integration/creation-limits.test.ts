import { describe, expect, it } from "vitest";
import { createCheckIn, createGoal, createMetricGoal, createOrg, createUser } from "../../prisma/factories.ts";
import { hashSecret, newSecret } from "../../server/auth/tokens.ts";
import { prisma } from "../../server/db.ts";
import { PLANNED_LINKS, PLANNED_PER_PERSON, PLANNED_PROGRESS_POINTS } from "../../domain/limits.ts";
import { gid, run } from "../helpers/graphql.ts";

// Issue #9: the stated maxima of server/limits.ts refuse the next row where it is created, race-safely.

const CREATE_LINK = `mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { shareLink { id } } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(input: { token: $token }) { membership { id } } }`;
const CREATE_TOKEN = `mutation($name: String!) { createApiToken(input: { name: $name }) { apiToken { id } } }`;
const CREATE_ORG = `mutation($name: String!) { createOrganization(input: { name: $name }) { organization { id } } }`;

const DAY = 86_400_000;
const error = (result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) => result.errors?.[0];
/** Of concurrent attempts at the last free place: how many succeeded, and the codes of the others. */
async function race(attempts: Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[] }>[]) {
  const results = await Promise.all(attempts);
  return { ok: results.filter((r) => !r.errors).length, refused: results.flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? []) };
}

describe("share links: at most PLANNED_LINKS active per organization", () => {
  async function orgWithLinks(active: number, inactive = 0) {
    const { org, owner } = await createOrg();
    const row = (i: number, dead: boolean) => ({
      organizationId: org.id,
      createdById: owner.id,
      tokenHash: hashSecret(newSecret("wms")),
      createdAt: new Date(Date.now() - (active + inactive - i) * 1000),
      ...(dead ? (i % 2 ? { revokedAt: new Date() } : { expiresAt: new Date(Date.now() - DAY) }) : {}),
    });
    await prisma().shareLink.createMany({ data: Array.from({ length: active + inactive }, (_, i) => row(i, i < inactive)) });
    return { org, owner, input: { organizationId: gid("Organization", org.id) } };
  }

  it("refuses the next active link with CONFLICT naming the limit, and creates nothing", async () => {
    const { org, owner, input } = await orgWithLinks(PLANNED_LINKS);
    const result = await run(owner.id, CREATE_LINK, { input });
    expect(error(result)?.extensions).toEqual({ code: "CONFLICT" });
    expect(error(result)?.message).toBe(`An organization can have at most ${PLANNED_LINKS} active share links. Revoke some first (or ask an admin to).`);
    expect(await prisma().shareLink.count({ where: { organizationId: org.id } })).toBe(PLANNED_LINKS);
  });

  it("lets exactly one of concurrent creations take the last place", async () => {
    const { org, owner, input } = await orgWithLinks(PLANNED_LINKS - 1);
    const { ok, refused } = await race(Array.from({ length: 4 }, () => run(owner.id, CREATE_LINK, { input })));
    expect(ok).toBe(1);
    expect(refused).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    expect(await prisma().shareLink.count({ where: { organizationId: org.id } })).toBe(PLANNED_LINKS);
  });

  it("counts only active links, and keeps the history within the limit by dropping the oldest inactive ones", async () => {
    const { org, owner, input } = await orgWithLinks(10, PLANNED_LINKS - 10);
    const oldest = await prisma().shareLink.findFirstOrThrow({ where: { organizationId: org.id }, orderBy: { createdAt: "asc" } });
    const result = await run(owner.id, CREATE_LINK, { input });
    expect(result.errors).toBeUndefined();
    expect(await prisma().shareLink.count({ where: { organizationId: org.id } })).toBe(PLANNED_LINKS);
    expect(await prisma().shareLink.findUnique({ where: { id: oldest.id } })).toBeNull();
    expect(await prisma().shareLink.count({ where: { organizationId: org.id, revokedAt: null, expiresAt: null } })).toBe(11);
  });
});

describe("invitations: at most PLANNED_LINKS pending per organization", () => {
  it("refuses the next pending invitation naming the limit; accepted, revoked and expired ones don't count; re-inviting needs no room", async () => {
    const { org, owner } = await createOrg();
    const pending = (i: number) => ({
      organizationId: org.id,
      email: `pending-${i}-${org.id}@example.com`,
      role: "MEMBER" as const,
      tokenHash: hashSecret(newSecret("wmi")),
      invitedById: owner.id,
      expiresAt: new Date(Date.now() + 7 * DAY),
    });
    await prisma().invitation.createMany({
      data: [
        ...Array.from({ length: PLANNED_LINKS }, (_, i) => pending(i)),
        { ...pending(-1), revokedAt: new Date() },
        { ...pending(-2), expiresAt: new Date(Date.now() - DAY) },
        { ...pending(-3), acceptedAt: new Date() },
      ],
    });
    const input = (email: string) => ({ input: { organizationId: gid("Organization", org.id), email, role: "MEMBER" } });

    const refused = await run(owner.id, INVITE, input(`one-more-${org.id}@example.com`));
    expect(error(refused)?.extensions).toEqual({ code: "CONFLICT", field: "email" });
    expect(error(refused)?.message).toMatch(new RegExp(`^An organization can have at most ${PLANNED_LINKS} pending invitations\\.`));
    // Inviting an address again replaces its pending invitation: no new place needed.
    expect((await run(owner.id, INVITE, input(`pending-0-${org.id}@example.com`))).errors).toBeUndefined();
    expect(await prisma().invitation.count({ where: { organizationId: org.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } })).toBe(PLANNED_LINKS);
  });
});

describe("per person: at most PLANNED_PER_PERSON active API tokens and memberships", () => {
  it("refuses the next active API token naming the limit; revoked tokens don't count, and the oldest of them make room", async () => {
    const user = await createUser();
    const token = (i: number, revoked: boolean) => ({
      userId: user.id,
      name: `t${i}`,
      tokenHash: hashSecret(newSecret("wmk")),
      prefix: "wmk_x",
      createdAt: new Date(Date.now() - (1000 - i) * 1000),
      revokedAt: revoked ? new Date() : null,
    });
    await prisma().apiToken.createMany({ data: Array.from({ length: PLANNED_PER_PERSON }, (_, i) => token(i, i === 0)) });
    const oldest = await prisma().apiToken.findFirstOrThrow({ where: { userId: user.id, name: "t0" } });

    expect((await run(user.id, CREATE_TOKEN, { name: "fits" })).errors).toBeUndefined();
    expect(await prisma().apiToken.findUnique({ where: { id: oldest.id } })).toBeNull();
    expect(await prisma().apiToken.count({ where: { userId: user.id } })).toBe(PLANNED_PER_PERSON);

    const refused = await run(user.id, CREATE_TOKEN, { name: "one too many" });
    expect(error(refused)?.extensions).toEqual({ code: "CONFLICT", field: "name" });
    expect(error(refused)?.message).toBe(`You can have at most ${PLANNED_PER_PERSON} active API tokens. Revoke one you no longer use first.`);
    expect(await prisma().apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(PLANNED_PER_PERSON);
  });

  async function memberOfMany(count: number) {
    const user = await createUser();
    const orgs = await prisma().organization.createManyAndReturn({
      data: Array.from({ length: count }, (_, i) => ({ name: `Many ${i}`, slug: `many-${i}-${user.id}`.toLowerCase(), timeZone: "UTC" })),
      select: { id: true },
    });
    await prisma().membership.createMany({ data: orgs.map((o) => ({ organizationId: o.id, userId: user.id, role: "MEMBER" as const })) });
    return user;
  }

  it("refuses creating one more organization, naming the limit; exactly one of concurrent creations takes the last place", async () => {
    const full = await memberOfMany(PLANNED_PER_PERSON);
    const refused = await run(full.id, CREATE_ORG, { name: "One too many" });
    expect(error(refused)?.extensions).toEqual({ code: "CONFLICT" });
    expect(error(refused)?.message).toBe(`You can belong to at most ${PLANNED_PER_PERSON} organizations. Leave one first.`);
    expect(await prisma().membership.count({ where: { userId: full.id } })).toBe(PLANNED_PER_PERSON);

    const almost = await memberOfMany(PLANNED_PER_PERSON - 1);
    const { ok, refused: codes } = await race(Array.from({ length: 3 }, (_, i) => run(almost.id, CREATE_ORG, { name: `Race ${i}` })));
    expect(ok).toBe(1);
    expect(codes).toEqual(["CONFLICT", "CONFLICT"]);
    expect(await prisma().membership.count({ where: { userId: almost.id } })).toBe(PLANNED_PER_PERSON);
  });

  it("refuses accepting an invitation past the limit, and leaves the invitation pending", async () => {
    const full = await memberOfMany(PLANNED_PER_PERSON);
    const { org, owner } = await createOrg();
    const secret = newSecret("wmi");
    const email = (await prisma().user.findUniqueOrThrow({ where: { id: full.id } })).email;
    const invitation = await prisma().invitation.create({
      data: { organizationId: org.id, email, role: "MEMBER", tokenHash: hashSecret(secret), invitedById: owner.id, expiresAt: new Date(Date.now() + DAY) },
    });
    const refused = await run(full.id, ACCEPT, { token: secret });
    expect(error(refused)?.extensions).toEqual({ code: "CONFLICT" });
    expect(error(refused)?.message).toMatch(new RegExp(`at most ${PLANNED_PER_PERSON} organizations`));
    expect(await prisma().membership.count({ where: { organizationId: org.id, userId: full.id } })).toBe(0);
    expect((await prisma().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt).toBeNull();
  });
});

describe("progress history: the newest PLANNED_PROGRESS_POINTS points per goal", () => {
  it("never refuses a check-in for its history: the oldest points go, other goals' stay", async () => {
    const { org, owner } = await createOrg();
    const goal = await createMetricGoal(org, owner);
    const other = await createGoal(org, owner);
    await prisma().progressSnapshot.deleteMany({ where: { goalId: { in: [goal.id, other.id] } } });
    const point = (goalId: string, i: number) => ({ organizationId: org.id, goalId, progress: 0.1, value: i, recordedAt: new Date(Date.now() - (5000 - i) * 1000) });
    await prisma().progressSnapshot.createMany({ data: Array.from({ length: PLANNED_PROGRESS_POINTS + 3 }, (_, i) => point(goal.id, i)) });
    // One statement of many points is trimmed as a whole.
    expect(await prisma().progressSnapshot.count({ where: { goalId: goal.id } })).toBe(PLANNED_PROGRESS_POINTS);
    await prisma().progressSnapshot.createMany({ data: [point(other.id, 0)] });

    await createCheckIn(goal, owner, { value: 42 });
    const kept = await prisma().progressSnapshot.findMany({ where: { goalId: goal.id }, orderBy: { recordedAt: "asc" }, select: { value: true } });
    expect(kept).toHaveLength(PLANNED_PROGRESS_POINTS);
    expect(kept[0]!.value).toBe(4);
    expect(kept.at(-1)!.value).toBe(42);
    expect(await prisma().progressSnapshot.count({ where: { goalId: other.id } })).toBe(1);
  });
});
