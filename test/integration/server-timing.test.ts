import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { POST } from "../../app/api/graphql/route.ts";
import { PrismaClient } from "../../prisma/generated/client/client.ts";
import { createGoal, createMilestone, createOrg } from "../../prisma/factories.ts";
import { authSecret } from "../../server/auth/secret.ts";
import { prisma } from "../../server/db.ts";
import { newRequestMetrics, requestMetrics, warnIfSlow, withRequestMetrics } from "../../server/request-metrics.ts";
import { countStatements } from "../helpers/statements.ts";

const url = "http://localhost:3000/api/graphql";
const TIMING = /^db;dur=(\d+\.\d);desc="(\d+) statements", gql;dur=(\d+\.\d), total;dur=(\d+\.\d)$/;

async function post(body: unknown, userId?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (userId) headers.cookie = `next-auth.session-token=${await encode({ token: { sub: userId }, secret: authSecret()! })}`;
  return POST(new NextRequest(url, { method: "POST", body: JSON.stringify(body), headers }));
}

function timing(response: Response) {
  const header = response.headers.get("server-timing");
  const match = header && TIMING.exec(header);
  if (!match) throw new Error(`Server-Timing not in the expected format: ${header}`);
  const [, db, statements, gql, total] = match.map(Number);
  return { db: db!, statements: statements!, gql: gql!, total: total! };
}

async function orgWithGoals() {
  const { org, owner } = await createOrg();
  for (let i = 0; i < 3; i++) {
    const goal = await createGoal(org, owner, { title: `Goal ${i}` });
    await createMilestone(goal, { title: `Milestone ${i}` });
  }
  return { org, owner };
}

const GOALS = `query Goals($slug: String!) { organization(slug: $slug) {
  goals(first: 10) { edges { node { title owner { name } milestones(first: 10) { edges { node { title } } } } } }
} }`;

afterEach(() => vi.restoreAllMocks());

describe("Server-Timing on /api/graphql", () => {
  it("names as many statements as the request issued (counted independently by Prisma's query log)", async () => {
    const { org, owner } = await orgWithGoals();
    const { result: response, count } = await countStatements(() =>
      post({ query: GOALS, variables: { slug: org.slug }, operationName: "Goals" }, owner.id),
    );
    expect(response.status).toBe(200);
    expect((await response.json()).data.organization.goals.edges).toHaveLength(3);
    const t = timing(response);
    expect(count).toBeGreaterThan(1);
    expect(t.statements).toBe(count);
    expect(t.db).toBeGreaterThan(0);
    expect(t.gql).toBeGreaterThan(0);
    expect(t.gql).toBeLessThanOrEqual(t.total);
    expect(t.db).toBeLessThanOrEqual(t.total);
  });

  it("counts a mutation's statements inside its transaction, transaction control left out", async () => {
    const { owner } = await createOrg();
    const { result: response, statements } = await countStatements(() =>
      post({ query: `mutation { createOrganization(input: { name: "Timed" }) { organization { slug } } }` }, owner.id),
    );
    expect((await response.json()).errors).toBeUndefined();
    expect(statements.some((s) => /^\s*INSERT/i.test(s))).toBe(true);
    // On PGlite, Prisma logs the commit as `-- Implicit "COMMIT" query via underlying driver`: no statement.
    const sent = statements.filter((s) => !s.trim().startsWith("--"));
    expect(timing(response).statements).toBe(sent.length);
  });

  it("accounts concurrent requests separately", async () => {
    const { org, owner } = await orgWithGoals();
    const alone = timing(await post({ query: GOALS, variables: { slug: org.slug } }, owner.id)).statements;
    const [anonymous, goals, again] = await Promise.all([
      post({ query: "{ me { name } }" }),
      post({ query: GOALS, variables: { slug: org.slug } }, owner.id),
      post({ query: GOALS, variables: { slug: org.slug } }, owner.id),
    ]);
    expect(timing(anonymous).statements).toBe(0);
    expect(timing(goals).statements).toBe(alone);
    expect(timing(again).statements).toBe(alone);
  });

  it("still answers with timings when the operation fails validation", async () => {
    const response = await post({ query: "{ nope }" });
    // application/json: the GraphQL over HTTP spec answers validation errors with 200.
    expect(response.status).toBe(200);
    expect((await response.json()).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(timing(response).statements).toBe(0);
  });
});

describe("request metrics", () => {
  it("count statements only inside a request, in and out of transactions", async () => {
    await prisma().user.count();
    expect(requestMetrics()).toBeUndefined();

    const metrics = newRequestMetrics();
    await withRequestMetrics(async () => {
      await prisma().user.count();
      await prisma().$transaction(async (tx) => {
        await tx.user.count();
        await tx.organization.count();
      });
      await prisma().$transaction([prisma().user.count(), prisma().goal.count()]);
    }, metrics);
    expect(metrics.statements).toBe(5);
    expect(metrics.db.ms()).toBeGreaterThan(0);
  });

  it("log one [slow] line past SLOW_REQUEST_MS or SLOW_REQUEST_STATEMENTS (defaults 1000 ms, 100)", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const fast = newRequestMetrics();
    warnIfSlow(fast, "/o/acme", fast.start + 999);
    expect(warn).not.toHaveBeenCalled();

    const slow = newRequestMetrics();
    warnIfSlow(slow, "/o/acme", slow.start + 1812.44);
    const chatty = { ...newRequestMetrics(), statements: 143, operation: "Overview" };
    warnIfSlow(chatty, "/api/graphql", chatty.start + 20);
    expect(warn.mock.calls).toEqual([["[slow] /o/acme 1812.4 ms, 0 SQL statements"], ["[slow] Overview 20.0 ms, 143 SQL statements"]]);
  });

  it("append each statement to WAYMARK_SQL_LOG as a JSON line when it is set", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "waymark-sql-")), "statements.jsonl");
    vi.stubEnv("WAYMARK_SQL_LOG", file);
    vi.resetModules(); // env() is read once per process; a fresh copy reads the stubbed variable
    try {
      const { countingAdapter } = await import("../../server/request-metrics.ts");
      const base = process.env.DATABASE_URL ? new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 1 }) : new PrismaPGlite(new PGlite());
      const client = new PrismaClient({ adapter: countingAdapter(base) });
      try {
        await client.$queryRaw`SELECT ${41}::int + 1 AS answer`;
      } finally {
        await client.$disconnect();
      }
    } finally {
      vi.unstubAllEnvs();
    }
    const lines = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(lines).toEqual([{ query: "SELECT $1::int + 1 AS answer", params: [41] }]);
  });
});
