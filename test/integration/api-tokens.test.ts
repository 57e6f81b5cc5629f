import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST } from "../../app/api/graphql/route.ts";
import { createMember, createOrg, createUser } from "../../prisma/factories.ts";
import { hashSecret } from "../../server/auth/tokens.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run, runWithToken } from "../helpers/graphql.ts";

const CREATE = `mutation($name: String!) { createApiToken(input: { name: $name }) { token apiToken { id name prefix createdAt lastUsedAt revokedAt } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { apiToken { id revokedAt } } }`;
const MY_TOKENS = `{ me { apiTokens { id name prefix revokedAt } } }`;
const ORG = `query($slug: String!) { organization(slug: $slug) { name viewerRole } }`;

async function createToken(userId: string, name = "CI") {
  const result = await run(userId, CREATE, { name });
  expect(result.errors).toBeUndefined();
  return result.data.createApiToken as { token: string; apiToken: { id: string; name: string; prefix: string } };
}

function postHttp(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new NextRequest("http://localhost:3000/api/graphql", {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", ...headers },
    }),
  );
}

describe("API tokens", () => {
  it("creates a token shown once, stores only its hash, and lists it newest first for its owner", async () => {
    const user = await createUser();
    const first = await createToken(user.id, "  Laptop script ");
    const second = await createToken(user.id, "CI deploy");

    expect(first.token).toMatch(/^wmk_[A-Za-z0-9_-]{40,}$/);
    expect(first.apiToken).toMatchObject({ name: "Laptop script", prefix: first.token.slice(0, 12) });
    expect(first.apiToken.prefix).toHaveLength(12);
    const stored = await prisma().apiToken.findFirstOrThrow({ where: { userId: user.id, name: "Laptop script" } });
    expect(stored.tokenHash).toBe(hashSecret(first.token));
    expect(JSON.stringify(stored)).not.toContain(first.token);

    const mine = await run(user.id, MY_TOKENS);
    expect(mine.errors).toBeUndefined();
    expect(mine.data.me.apiTokens.map((t: { id: string }) => t.id)).toEqual([second.apiToken.id, first.apiToken.id]);
  });

  it("validates the name", async () => {
    const user = await createUser();
    for (const name of ["", "   ", "x".repeat(101)]) {
      const result = await run(user.id, CREATE, { name });
      expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors![0]!.extensions!.field).toBe("name");
    }
    expect((await run(user.id, CREATE, { name: "x".repeat(100) })).errors).toBeUndefined();
    expect(await prisma().apiToken.count({ where: { userId: user.id } })).toBe(1);
  });

  it("needs a signed-in user", async () => {
    expect(codes(await run(null, CREATE, { name: "anon" }))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await run(null, REVOKE, { id: gid("ApiToken", "x") }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("a token acts as its user with their roles, and stops working once revoked", async () => {
    const { org, owner } = await createOrg();
    const { token, apiToken } = await createToken(owner.id);

    const asToken = await runWithToken(token, ORG, { slug: org.slug });
    expect(asToken.errors).toBeUndefined();
    expect(asToken.data.organization).toEqual({ name: org.name, viewerRole: "OWNER" });
    expect((await prisma().apiToken.findUniqueOrThrow({ where: { tokenHash: hashSecret(token) } })).lastUsedAt).not.toBeNull();

    const revoked = await run(owner.id, REVOKE, { id: apiToken.id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeApiToken.apiToken.revokedAt).toEqual(expect.any(String));
    // Revoking again changes nothing.
    const again = await run(owner.id, REVOKE, { id: apiToken.id });
    expect(again.data.revokeApiToken.apiToken.revokedAt).toBe(revoked.data.revokeApiToken.apiToken.revokedAt);

    expect(codes(await runWithToken(token, ORG, { slug: org.slug }))).toEqual(["UNAUTHENTICATED"]);
    expect((await runWithToken(token, `{ me { id } }`)).data).toEqual({ me: null });
    const mine = await run(owner.id, MY_TOKENS);
    expect(mine.data.me.apiTokens).toEqual([expect.objectContaining({ id: apiToken.id, revokedAt: expect.any(String) })]);
  });

  it("works over HTTP as `Authorization: Bearer <token>` and is refused once revoked", async () => {
    const { org, owner } = await createOrg();
    const { token, apiToken } = await createToken(owner.id);
    const body = { query: ORG, variables: { slug: org.slug } };

    const ok = await postHttp(body, { authorization: `Bearer ${token}` });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { organization: { name: org.name, viewerRole: "OWNER" } } });

    // A token may revoke itself.
    const revoke = await postHttp({ query: REVOKE, variables: { id: apiToken.id } }, { authorization: `Bearer ${token}` });
    expect((await revoke.json()).errors).toBeUndefined();

    const refused = await postHttp(body, { authorization: `Bearer ${token}` });
    const json = await refused.json();
    expect(refused.status).toBe(401);
    expect(json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
    expect(json.data).toBeUndefined();
  });
});

describe("tenant isolation for API tokens", () => {
  it("another user's token is unknown: not listed, not loadable, not revocable", async () => {
    const owner = await createUser();
    const { org } = await createOrg(owner);
    const colleague = await createMember(org, "ADMIN");
    const { token, apiToken } = await createToken(owner.id, "owner's");
    const before = await prisma().apiToken.findMany({ where: { userId: owner.id } });

    const node = await run(colleague.id, `query($id: ID!) { node(id: $id) { id } }`, { id: apiToken.id });
    expect(node.errors).toBeUndefined();
    expect(node.data.node).toBeNull();
    expect((await run(owner.id, `query($id: ID!) { node(id: $id) { id ... on ApiToken { name } } }`, { id: apiToken.id })).data.node).toEqual({
      id: apiToken.id,
      name: "owner's",
    });

    // A colleague can see the owner as a User, but not their tokens.
    const userNode = await run(colleague.id, `query($id: ID!) { node(id: $id) { ... on User { name apiTokens { id } } } }`, {
      id: gid("User", owner.id),
    });
    expect(userNode.errors).toBeUndefined();
    expect(userNode.data.node).toEqual({ name: owner.name, apiTokens: [] });

    const theirs = await run(colleague.id, REVOKE, { id: apiToken.id });
    const missing = await run(colleague.id, REVOKE, { id: gid("ApiToken", "does-not-exist") });
    expect(codes(theirs)).toEqual(["NOT_FOUND"]);
    expect(theirs.errors).toEqual(missing.errors);
    expect(codes(await run(colleague.id, REVOKE, { id: gid("Membership", "x") }))).toEqual(["NOT_FOUND"]);

    expect(await prisma().apiToken.findMany({ where: { userId: owner.id } })).toEqual(before);
    expect((await runWithToken(token, `{ me { id } }`)).data.me).toEqual({ id: gid("User", owner.id) });
  });

  it("an API token cannot create more tokens", async () => {
    const { owner } = await createOrg();
    const { token } = await createToken(owner.id);
    const result = await runWithToken(token, CREATE, { name: "minted by a token" });
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(result.errors![0]!.message).toBe("API tokens can only be created from a signed-in session.");
    expect(await prisma().apiToken.count({ where: { userId: owner.id } })).toBe(1);
  });
});
