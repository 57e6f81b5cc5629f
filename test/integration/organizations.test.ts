import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createMember, createOrg, createUser } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id name slug timeZone } } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id name slug timeZone } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;

const tag = () => randomUUID().slice(0, 8);

describe("createOrganization", () => {
  it("derives the slug from the name, suffixing it when taken, and makes the creator owner", async () => {
    const user = await createUser();
    const t = tag();
    const first = await run(user.id, CREATE, { input: { name: `Acme Corp. (EU) ${t}` } });
    expect(first.errors).toBeUndefined();
    expect(first.data.createOrganization.organization).toMatchObject({ name: `Acme Corp. (EU) ${t}`, slug: `acme-corp-eu-${t}`, timeZone: "UTC" });

    const second = await run(user.id, CREATE, { input: { name: `Acme Corp EU ${t}`, timeZone: "Europe/Paris" } });
    expect(second.errors).toBeUndefined();
    expect(second.data.createOrganization.organization).toMatchObject({ slug: `acme-corp-eu-${t}-2`, timeZone: "Europe/Paris" });

    const orgId = first.data.createOrganization.organization.id;
    const membership = await prisma().membership.findMany({ where: { organization: { slug: `acme-corp-eu-${t}` } } });
    expect(membership).toEqual([expect.objectContaining({ userId: user.id, role: "OWNER" })]);

    // In a later request the creator sees it as its owner.
    const read = await run(user.id, `query($slug: String!) { organization(slug: $slug) { id viewerRole } }`, { slug: `acme-corp-eu-${t}` });
    expect(read.data.organization).toEqual({ id: orgId, viewerRole: "OWNER" });
  });

  it("refuses an explicit slug that is taken, and bad input, naming the field", async () => {
    const { org } = await createOrg();
    const user = await createUser();
    const before = await prisma().organization.count();

    const taken = await run(user.id, CREATE, { input: { name: "Copycat", slug: org.slug } });
    expect(codes(taken)).toEqual(["CONFLICT"]);
    expect(taken.errors![0]!.extensions!.field).toBe("slug");

    const zone = await run(user.id, CREATE, { input: { name: "Zoned", timeZone: "Mars/Olympus_Mons" } });
    expect(codes(zone)).toEqual(["BAD_USER_INPUT"]);
    expect(zone.errors![0]!.extensions!.field).toBe("timeZone");

    const slug = await run(user.id, CREATE, { input: { name: "Sluggy", slug: "Not A Slug!" } });
    expect(codes(slug)).toEqual(["BAD_USER_INPUT"]);
    expect(slug.errors![0]!.extensions!.field).toBe("slug");

    const name = await run(user.id, CREATE, { input: { name: "   " } });
    expect(codes(name)).toEqual(["BAD_USER_INPUT"]);
    expect(name.errors![0]!.extensions!.field).toBe("name");

    expect(codes(await run(null, CREATE, { input: { name: "Anonymous" } }))).toEqual(["UNAUTHENTICATED"]);
    expect(await prisma().organization.count()).toBe(before);
  });
});

describe("updateOrganization", () => {
  it("owners and admins rename it and change slug and time zone", async () => {
    const { org } = await createOrg();
    const admin = await createMember(org, "ADMIN");
    const t = tag();
    const result = await run(admin.id, UPDATE, {
      input: { organizationId: gid("Organization", org.id), name: "Renamed", slug: `renamed-${t}`, timeZone: "Asia/Tokyo" },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.updateOrganization.organization).toEqual({
      id: gid("Organization", org.id),
      name: "Renamed",
      slug: `renamed-${t}`,
      timeZone: "Asia/Tokyo",
    });
  });

  it("refuses a taken slug and an invalid time zone", async () => {
    const { org, owner } = await createOrg();
    const { org: other } = await createOrg();
    const id = gid("Organization", org.id);
    const taken = await run(owner.id, UPDATE, { input: { organizationId: id, slug: other.slug } });
    expect(codes(taken)).toEqual(["CONFLICT"]);
    expect(taken.errors![0]!.extensions!.field).toBe("slug");
    const zone = await run(owner.id, UPDATE, { input: { organizationId: id, timeZone: "Nowhere/Special" } });
    expect(codes(zone)).toEqual(["BAD_USER_INPUT"]);
    expect(zone.errors![0]!.extensions!.field).toBe("timeZone");
    // Keeping its own slug is not a conflict.
    expect((await run(owner.id, UPDATE, { input: { organizationId: id, slug: org.slug } })).errors).toBeUndefined();
    expect(await prisma().organization.findUnique({ where: { id: org.id } })).toEqual(org);
  });

  it("members and stakeholders are FORBIDDEN; non-members get NOT_FOUND as for a missing id", async () => {
    const { org } = await createOrg();
    const member = await createMember(org, "MEMBER");
    const stakeholder = await createMember(org, "STAKEHOLDER");
    const { owner: outsider } = await createOrg();
    const input = { organizationId: gid("Organization", org.id), name: "Hijacked" };

    expect(codes(await run(member.id, UPDATE, { input }))).toEqual(["FORBIDDEN"]);
    expect(codes(await run(stakeholder.id, UPDATE, { input }))).toEqual(["FORBIDDEN"]);
    const theirs = await run(outsider.id, UPDATE, { input });
    const missing = await run(outsider.id, UPDATE, { input: { ...input, organizationId: gid("Organization", "does-not-exist") } });
    expect(codes(theirs)).toEqual(["NOT_FOUND"]);
    expect(theirs.errors).toEqual(missing.errors);
    expect(codes(await run(outsider.id, UPDATE, { input: { ...input, organizationId: gid("Goal", org.id) } }))).toEqual(["NOT_FOUND"]);
    expect(codes(await run(null, UPDATE, { input }))).toEqual(["UNAUTHENTICATED"]);

    expect(await prisma().organization.findUnique({ where: { id: org.id } })).toEqual(org);
  });
});

describe("tenant isolation for organizations and users", () => {
  it("another organization and its people are invisible through node, organization(slug) and User fields", async () => {
    const { org: orgA, owner: ownerA } = await createOrg();
    const { org: orgB, owner: ownerB } = await createOrg();
    const loner = await createUser();
    // Someone in both organizations: visible to A, but only their A membership.
    const shared = await createMember(orgA, "MEMBER");
    await prisma().membership.create({ data: { organizationId: orgB.id, userId: shared.id, role: "ADMIN" } });

    for (const [theirs, missing] of [
      [gid("Organization", orgB.id), gid("Organization", "does-not-exist")],
      [gid("User", ownerB.id), gid("User", "does-not-exist")],
      [gid("User", loner.id), gid("User", "does-not-exist")],
    ] as const) {
      const a = await run(ownerA.id, NODE, { id: theirs });
      const b = await run(ownerA.id, NODE, { id: missing });
      expect(a).toEqual(b);
      expect(a.errors).toBeUndefined();
      expect(a.data.node).toBeNull();
    }

    const bySlug = await run(ownerA.id, `query($slug: String!) { organization(slug: $slug) { id } }`, { slug: orgB.slug });
    expect(codes(bySlug)).toEqual(["NOT_FOUND"]);

    const sharedNode = await run(ownerA.id, `query($id: ID!) { node(id: $id) { ... on User { memberships { role organization { id } } apiTokens { id } } } }`, {
      id: gid("User", shared.id),
    });
    expect(sharedNode.errors).toBeUndefined();
    expect(sharedNode.data.node).toEqual({
      memberships: [{ role: "MEMBER", organization: { id: gid("Organization", orgA.id) } }],
      apiTokens: [],
    });

    // You always see yourself.
    const me = await run(loner.id, NODE, { id: gid("User", loner.id) });
    expect(me.data.node).toEqual({ id: gid("User", loner.id) });
  });
});
