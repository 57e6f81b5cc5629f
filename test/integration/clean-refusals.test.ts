import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { PrismaPg } from "@prisma/adapter-pg";
import { GET as health } from "../../app/api/health/route.ts";
import { GET, POST } from "../../app/api/graphql/route.ts";
import { MAX_COMPLEXITY } from "../../graphql/complexity.ts";
import { MAX_PAGE_SIZE } from "../../graphql/connections.ts";
import { MAX_GOALS_PER_ORG } from "../../domain/limits.ts";
import { PrismaClient } from "../../prisma/generated/client/client.ts";
import { createGoal, createOrg } from "../../prisma/factories.ts";
import { authSecret } from "../../server/auth/secret.ts";
import { prisma, setPrisma } from "../../server/db.ts";
import { gid } from "../helpers/graphql.ts";
import { serveRoutes } from "../helpers/http-server.ts";

// What a client sees, over a real socket, for each refusal of issue #9 section 4.

let app: Awaited<ReturnType<typeof serveRoutes>>;
let cookie: string;
let org: { id: string; slug: string };
let goal: { id: string };
let ownerId: string;

beforeAll(async () => {
  app = await serveRoutes({ "/api/graphql": { GET, POST }, "/api/health": { GET: health } });
  const created = await createOrg();
  org = created.org;
  goal = await createGoal(org, created.owner);
  ownerId = created.owner.id;
  cookie = `next-auth.session-token=${await encode({ token: { sub: created.owner.id }, secret: authSecret()! })}`;
});
afterAll(() => app?.close());

async function send(body: BodyInit, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.origin}/api/graphql`, { method: "POST", body, headers: { "content-type": "application/json", cookie, ...headers } });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}
const gql = (query: string, variables?: Record<string, unknown>) => send(JSON.stringify({ query, variables }));
const firstError = (r: Awaited<ReturnType<typeof send>>) => r.body.errors?.[0]?.extensions;

const GOALS = `query($slug: String!, $first: Int, $after: String) { organization(slug: $slug) { goals(first: $first, after: $after) { edges { node { id } } } } }`;
const MILESTONES = `query($id: ID!, $first: Int, $after: String) { node(id: $id) { ... on Goal { milestones(first: $first, after: $after) { edges { node { id } } } } } }`;
const MEMBERS = `query($slug: String!, $first: Int, $last: Int) { organization(slug: $slug) { members(first: $first, last: $last) { edges { node { id } } } } }`;
const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id startDate } } }`;
const goalInput = (overrides: Record<string, unknown>) => ({
  organizationId: gid("Organization", org.id),
  ownerId: gid("User", ownerId),
  title: "Refusals",
  startDate: "2026-01-01",
  targetDate: "2026-06-30",
  ...overrides,
});

describe("request bodies", () => {
  it("answers malformed JSON with 400 and a GraphQL error", async () => {
    const res = await send("{nope");
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("refuses a body past 1 MB with 413, with or without a content-length", async () => {
    const big = JSON.stringify({ query: "{ me { name } }", variables: { pad: "x".repeat(2 * 1024 * 1024) } });
    const res = await send(big);
    expect(res.status).toBe(413);
    expect(firstError(res)).toEqual({ code: "PAYLOAD_TOO_LARGE" });

    const chunks = new Blob([big]).stream();
    const streamed = await fetch(`${app.origin}/api/graphql`, { method: "POST", body: chunks, duplex: "half", headers: { "content-type": "application/json" } } as RequestInit);
    expect(streamed.status).toBe(413);
  });
});

describe("limits answer 400 with a code naming the limit", () => {
  it("token limit", async () => {
    const res = await gql(`{ ${"me { name } ".repeat(2000)} }`);
    expect(res.status).toBe(400);
    expect(firstError(res)).toEqual({ code: "TOKEN_LIMIT_EXCEEDED", limit: 4000 });
  });

  it("cost limit", async () => {
    const res = await gql(`query($slug: String!) { organization(slug: $slug) { goals(first: 200) { edges { node { id title
      milestones(first: 200) { edges { node { id title comments(first: 200) { edges { node { id body createdAt author { name } } } } } } } } } } } }`, { slug: org.slug });
    expect(res.status).toBe(400);
    expect(firstError(res)).toEqual({ code: "COMPLEXITY_LIMIT_EXCEEDED", limit: MAX_COMPLEXITY });
  });

  it.each([
    ["a Prisma connection with its own maximum", GOALS, () => ({ slug: org.slug }), "first", MAX_GOALS_PER_ORG],
    ["an in-memory page", MILESTONES, () => ({ id: gid("Goal", goal.id) }), "first", MAX_PAGE_SIZE],
    ["a Prisma connection, last", MEMBERS, () => ({ slug: org.slug }), "last", MAX_PAGE_SIZE],
  ])("first/last: 1000000 on %s is 400 naming the argument and the maximum, before anything runs", async (_, query, vars, argument, max) => {
    const res = await gql(query, { ...vars(), [argument]: 1_000_000 });
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(firstError(res)).toEqual({ code: "PAGE_SIZE_LIMIT_EXCEEDED", field: argument, limit: max });
    expect(res.body.errors?.[0]?.message).toMatch(new RegExp(`^${argument} on \\w+ is 1000000; a page holds at most ${max}\\.`));
    // The maximum itself is a page.
    const atMax = await gql(query, { ...vars(), [argument]: max });
    expect(atMax.status).toBe(200);
    expect(atMax.body.errors).toBeUndefined();
  });

  it("refuses an over-size page written as a literal, nested in another connection", async () => {
    const res = await gql(`query($slug: String!) { organization(slug: $slug) { goals(first: 5) { edges { node { milestones(first: 201) { totalCount } } } } } }`, { slug: org.slug });
    expect(res.status).toBe(400);
    expect(firstError(res)).toEqual({ code: "PAGE_SIZE_LIMIT_EXCEEDED", field: "first", limit: MAX_PAGE_SIZE });
  });
});

describe("connection arguments are BAD_USER_INPUT naming the argument", () => {
  it.each([
    ["a Prisma connection", GOALS, () => ({ slug: org.slug })],
    ["an in-memory page", MILESTONES, () => ({ id: gid("Goal", goal.id) })],
  ])("%s: garbage cursor and first: -5", async (_, query, vars) => {
    const cursor = await gql(query, { ...vars(), after: "garbage" });
    expect(cursor.body.errors?.map((e) => e.extensions)).toEqual([{ code: "BAD_USER_INPUT", field: "after" }]);
    const negative = await gql(query, { ...vars(), first: -5 });
    expect(negative.body.errors?.map((e) => e.extensions)).toEqual([{ code: "BAD_USER_INPUT", field: "first" }]);
  });
});

describe("values the database cannot hold are BAD_USER_INPUT naming the field", () => {
  it.each([
    ["a NUL byte", { title: "a\u0000b" }, "input.title"],
    ["1.797e308", { kind: "METRIC", unit: "x", direction: "INCREASE", startValue: 0, targetValue: 1.797e308 }, "input.targetValue"],
    ["-1.797e308", { kind: "METRIC", unit: "x", direction: "INCREASE", startValue: -1.797e308, targetValue: 1 }, "input.startValue"],
  ])("%s in a variable", async (_, overrides, field) => {
    const before = await prisma().goal.count({ where: { organizationId: org.id } });
    const res = await gql(CREATE_GOAL, { input: goalInput(overrides) });
    expect(res.body.errors?.map((e) => e.extensions)).toEqual([{ code: "BAD_USER_INPUT", field }]);
    expect(await prisma().goal.count({ where: { organizationId: org.id } })).toBe(before);
  });

  it("a NUL byte or a huge float written in the query", async () => {
    const nul = await gql(`{ organization(slug: "a\\u0000b") { name } }`);
    expect(nul.body.errors?.map((e) => e.extensions)).toEqual([{ code: "BAD_USER_INPUT", field: "slug" }]);
    const huge = await gql(`mutation { createGoal(input: { organizationId: "x", ownerId: "y", title: "t", startDate: "2026-01-01", targetDate: "2026-02-01", weight: 1.797e308 }) { goal { id } } }`);
    expect(huge.body.errors?.map((e) => e.extensions)).toEqual([{ code: "BAD_USER_INPUT", field: "input.weight" }]);
  });
});

describe("dates", () => {
  it("refuses year 0026 instead of storing 1926", async () => {
    const res = await gql(CREATE_GOAL, { input: goalInput({ startDate: "0026-01-01" }) });
    expect(firstError(res)?.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors?.[0]?.message).toMatch(/1900 and 2999/);
  });

  it("refuses a share link expiring in year 99999, and one more than a year ahead", async () => {
    const CREATE_LINK = `mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { shareLink { id } } }`;
    for (const expiresAt of ["+099999-01-01T00:00:00Z", "99999-01-01T00:00:00Z", new Date(Date.now() + 400 * 86_400_000).toISOString()]) {
      const res = await gql(CREATE_LINK, { input: { organizationId: gid("Organization", org.id), expiresAt } });
      expect(firstError(res)?.code, expiresAt).toBe("BAD_USER_INPUT");
    }
    expect(await prisma().shareLink.count({ where: { organizationId: org.id } })).toBe(0);
  });
});

describe("database down", () => {
  const down = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 500 }) });
  async function whileDown<T>(fn: () => Promise<T>): Promise<T> {
    const up = prisma();
    setPrisma(down);
    try {
      return await fn();
    } finally {
      setPrisma(up);
    }
  }

  it("answers 503 with Retry-After and SERVICE_UNAVAILABLE, signed in or not", async () => {
    for (const headers of [{}, { cookie: "" }] as Record<string, string>[]) {
      const res = await whileDown(() => send(JSON.stringify({ query: "{ me { name } sharedView(token: \"wms_x\") { status } }" }), headers));
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(res.body.errors?.map((e) => e.extensions.code)).toContain("SERVICE_UNAVAILABLE");
      expect(JSON.stringify(res.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|prisma/i);
    }
  });

  it("/api/health: 200 {status: ok} while the database answers, 503 when it does not", async () => {
    const ok = await fetch(`${app.origin}/api/health`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "ok" });
    const res = await whileDown(() => fetch(`${app.origin}/api/health`));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
  });
});
