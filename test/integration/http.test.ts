import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { POST, GET } from "../../app/api/graphql/route.ts";
import { createOrg, createUser } from "../../prisma/factories.ts";
import { authSecret } from "../../server/auth/secret.ts";
import { MAX_COMPLEXITY } from "../../graphql/complexity.ts";

const url = "http://localhost:3000/api/graphql";

function post(body: unknown, headers: Record<string, string> = {}) {
  return POST(new NextRequest(url, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", ...headers } }));
}

async function sessionCookie(userId: string) {
  const token = await encode({ token: { sub: userId }, secret: authSecret()! });
  return `next-auth.session-token=${token}`;
}

describe("POST /api/graphql", () => {
  it("reads the next-auth session cookie", async () => {
    const user = await createUser({ name: "Cookie Monster" });
    const res = await post({ query: "{ me { name } }" }, { cookie: await sessionCookie(user.id) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: { name: "Cookie Monster" } } });
  });

  it("accepts application/json with a charset parameter", async () => {
    const res = await post({ query: "{ me { name } }" }, { "content-type": "application/json; charset=utf-8" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null } });
  });

  it("answers UNAUTHENTICATED for an unknown Bearer token", async () => {
    const { org } = await createOrg();
    const res = await post(
      { query: "query($slug: String!) { organization(slug: $slug) { name } }", variables: { slug: org.slug } },
      { authorization: "Bearer wmk_not-a-real-token" },
    );
    const body = await res.json();
    expect(res.status).toBe(401);
    expect(body.errors).toEqual([{ message: "The API token is invalid or has been revoked.", extensions: { code: "UNAUTHENTICATED" } }]);

    // Even for fields anonymous visitors may read.
    const me = await post({ query: "{ me { name } }" }, { authorization: "Bearer wmk_not-a-real-token" });
    expect(me.status).toBe(401);
    expect((await me.json()).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a GET that could be a cross-site request (CSRF prevention)", async () => {
    const res = await GET(new NextRequest(`${url}?query=${encodeURIComponent("{ me { name } }")}`));
    expect(res.status).toBe(400);
  });

  it("rejects queries deeper than the limit", async () => {
    const deep = "{ me { memberships { organization { members { edges { node { user { memberships { organization { members { edges { node { user { name } } } } } } } } } } } } } }";
    const res = await post({ query: deep });
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("rejects queries whose pages multiply past the complexity limit, naming the numbers", async () => {
    const huge = `{ me { memberships { organization { goals(first: 200) { edges { node { title
      milestones(first: 200) { edges { node { title dueDate assignees { name } } } } } } } } } } }`;
    const res = await post({ query: huge });
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.errors[0].extensions).toEqual({ code: "COMPLEXITY_LIMIT_EXCEEDED", limit: MAX_COMPLEXITY });
    expect(body.errors[0].message).toMatch(new RegExp(`^Query is too complex \\(\\d+; the limit is ${MAX_COMPLEXITY}\\)`));
  });
});
