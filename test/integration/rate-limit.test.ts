import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { POST } from "../../app/api/graphql/route.ts";
import { createUser } from "../../prisma/factories.ts";
import { createApolloServer } from "../../graphql/server.ts";
import { viewerForUser } from "../../server/auth/viewer.ts";
import { prisma } from "../../server/db.ts";
import { limits } from "../../server/rate-limit/config.ts";
import { type LimiterStore, postgresStore, setLimiterStore } from "../../server/rate-limit/limiters.ts";
import { withRequestScope } from "../../server/rate-limit/request-scope.ts";

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;
const CREATE_TOKEN = `mutation($name: String!) { createApiToken(input: { name: $name }) { token } }`;
const SHARED_VIEW = `query($token: String!) { sharedView(token: $token) { status } }`;

const uniqueAddress = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join(".")}`;
const uniqueEmail = () => `rl-${randomUUID().slice(0, 8)}@example.test`;

/** POST /api/graphql through the real route handler, as a client at `address`. */
function postGraphql(address: string, query: string, variables: Record<string, unknown>) {
  return withRequestScope(address, () =>
    POST(
      new NextRequest("http://localhost:3000/api/graphql", {
        method: "POST",
        body: JSON.stringify({ query, variables }),
        headers: { "content-type": "application/json" },
      }),
    ),
  );
}

const signUp = (address: string, email = uniqueEmail()) =>
  postGraphql(address, SIGN_UP, { input: { name: "Rate Test", email, password: "a long enough password" } });

async function expectRateLimited(response: Response) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  const body = await response.json();
  expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["RATE_LIMITED"]);
  expect(body.errors[0].message).toMatch(/^Too many attempts\. Try again in \d+ (minutes|seconds|minute)\.$/);
  return retryAfter;
}

describe("rate limits over /api/graphql", () => {
  it("sign-up: past the per-address limit the answer is 429 with Retry-After and code RATE_LIMITED, and nothing is written", async () => {
    const address = uniqueAddress();
    for (let i = 0; i < limits.signUp.address.points; i++) expect((await signUp(address)).status).toBe(200);
    const email = uniqueEmail();
    const retryAfter = await expectRateLimited(await signUp(address, email));
    expect(retryAfter).toBeLessThanOrEqual(limits.signUp.address.seconds);
    expect(await prisma().user.count({ where: { email } })).toBe(0);
    // Another address is not affected.
    expect((await signUp(uniqueAddress())).status).toBe(200);
  });

  it("sign-up: probing one email from many addresses is limited per email, taken or not", async () => {
    const email = uniqueEmail();
    const first = await signUp(uniqueAddress(), email);
    expect(first.status).toBe(200);
    for (let i = 1; i < limits.signUp.account.points; i++) {
      const body = await (await signUp(uniqueAddress(), email)).json();
      expect(body.errors[0].extensions.code).toBe("CONFLICT");
    }
    await expectRateLimited(await signUp(uniqueAddress(), email));
  });

  it("share-link views: limited per address (the sharedView entry the /shared page reads through)", async () => {
    const address = uniqueAddress();
    const token = `wms_${randomUUID()}`;
    for (let i = 0; i < limits.shareView.address.points; i++) {
      const response = await postGraphql(address, SHARED_VIEW, { token });
      expect(response.status).toBe(200);
    }
    await expectRateLimited(await postGraphql(address, SHARED_VIEW, { token }));
  });

  it("API token creation: limited per user", async () => {
    const user = await createUser();
    const server = createApolloServer();
    const create = async () =>
      server.executeOperation({ query: CREATE_TOKEN, variables: { name: "script" } }, { contextValue: { viewer: await viewerForUser(user.id), locale: "en-GB" } });
    for (let i = 0; i < limits.createApiToken.account.points; i++) expect((await create()).http.status ?? 200).toBe(200);
    const refused = await create();
    expect(refused.http.status).toBe(429);
    expect(Number(refused.http.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body.kind === "single" && refused.body.singleResult.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(await prisma().apiToken.count({ where: { userId: user.id } })).toBe(limits.createApiToken.account.points);
  });

  it("invitation accept: guessing tokens is limited per user", async () => {
    const user = await createUser();
    const server = createApolloServer();
    const accept = async () =>
      server.executeOperation(
        { query: `mutation($token: String!) { acceptInvitation(input: { token: $token }) { __typename } }`, variables: { token: `wmi_${randomUUID()}` } },
        { contextValue: { viewer: await viewerForUser(user.id), locale: "en-GB" } },
      );
    const code = (r: Awaited<ReturnType<typeof accept>>) => r.body.kind === "single" && r.body.singleResult.errors?.[0]?.extensions?.code;
    for (let i = 0; i < limits.acceptInvitation.account.points; i++) expect(code(await accept())).toBe("NOT_FOUND");
    const refused = await accept();
    expect(refused.http.status).toBe(429);
    expect(Number(refused.http.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(code(refused)).toBe("RATE_LIMITED");
  });
});

// Two app instances on one database: each has its own pool and its own limiter objects, as two
// `next start` processes would. The handler-level test swaps which instance serves each request.
describe.skipIf(!process.env.DATABASE_URL)("counters shared through PostgreSQL", () => {
  const instances: LimiterStore[] = [];
  const instance = () => {
    const store = postgresStore(process.env.DATABASE_URL!, 2);
    instances.push(store);
    return store;
  };
  afterAll(async () => {
    setLimiterStore(undefined);
    await Promise.all(instances.map((s) => s.close()));
  });

  it("two limiter instances on two pools count as one", async () => {
    const [a, b] = [instance(), instance()];
    const key = randomUUID();
    const { points } = limits.signIn.account;
    for (let i = 0; i < points; i++) await (i % 2 ? a : b).limiter("signIn", "account").consume(key);
    await expect(a.limiter("signIn", "account").consume(key)).rejects.toMatchObject({ msBeforeNext: expect.any(Number) });
    await expect(b.limiter("signIn", "account").consume(key)).rejects.toMatchObject({ msBeforeNext: expect.any(Number) });
    // The counters are rows of our migrated table, not in either process.
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "RateLimit" WHERE key LIKE 'signIn:account:%'`);
    await pool.end();
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it("sign-ups through two instances: the per-address limit holds across them", async () => {
    const [a, b] = [instance(), instance()];
    const address = uniqueAddress();
    for (let i = 0; i < limits.signUp.address.points; i++) {
      setLimiterStore(i % 2 ? a : b);
      expect((await signUp(address)).status).toBe(200);
    }
    setLimiterStore(a);
    await expectRateLimited(await signUp(address));
    setLimiterStore(b);
    await expectRateLimited(await signUp(address));
  });
});
