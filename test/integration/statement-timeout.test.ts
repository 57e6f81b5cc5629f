import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { GET, POST } from "../../app/api/graphql/route.ts";
import { MAX_EXECUTION_MS } from "../../graphql/budget.ts";
import { PrismaClient } from "../../prisma/generated/client/client.ts";
import { newSecret } from "../../server/auth/tokens.ts";
import { isStatementCanceled, prisma, setPrisma } from "../../server/db.ts";
import { connectionOptions, STATEMENT_TIMEOUT_MS } from "../../server/db/planner.ts";
import { serveRoutes } from "../helpers/http-server.ts";

// Issue #9: the request budget is checked between resolvers, so one slow statement would run on;
// PostgreSQL's statement_timeout on the app's pool stops it, and the client gets a clean answer.

const url = process.env.DATABASE_URL;
const SHORT_MS = 300;

describe.skipIf(!url)("statement_timeout on the app's pool", () => {
  let app: Awaited<ReturnType<typeof serveRoutes>>;
  // The app's connection options, with a short timeout so the test need not wait 12 s.
  const short = new PrismaClient({ adapter: new PrismaPg({ connectionString: url!, max: 2, options: connectionOptions(SHORT_MS) }) });

  beforeAll(async () => {
    app = await serveRoutes({ "/api/graphql": { GET, POST } });
  });
  afterAll(async () => {
    await app?.close();
    await short.$disconnect();
  });

  it("is set on every connection, a little above the request budget", async () => {
    expect(STATEMENT_TIMEOUT_MS).toBeGreaterThan(MAX_EXECUTION_MS);
    expect(STATEMENT_TIMEOUT_MS).toBeLessThanOrEqual(MAX_EXECUTION_MS + 5_000);
    const client = new pg.Client({ connectionString: url, options: connectionOptions() });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT current_setting('statement_timeout') AS timeout, current_setting('random_page_cost') AS cost");
      expect(rows[0]).toEqual({ timeout: `${STATEMENT_TIMEOUT_MS / 1000}s`, cost: "1.1" });
    } finally {
      await client.end();
    }
  });

  it("cancels a slow statement through the app's client (pg_sleep), recognisably", async () => {
    const started = performance.now();
    const error = await short.$queryRaw`SELECT pg_sleep(5)`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(isStatementCanceled(error)).toBe(true);
    expect(isStatementCanceled(new Error("boom"))).toBe(false);
  });

  it("answers a request whose statement was canceled with 503, Retry-After and QUERY_TIMEOUT, no internal text", async () => {
    // Another session holds the share-link table, so the app's read waits on the lock until canceled.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    const up = prisma();
    try {
      await holder.query("BEGIN");
      await holder.query('LOCK TABLE "ShareLink" IN ACCESS EXCLUSIVE MODE');
      setPrisma(short);
      const res = await fetch(`${app.origin}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ sharedView(token: "${newSecret("wms")}") { status } }` }),
      });
      const body = await res.json();
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toEqual({ code: "QUERY_TIMEOUT", limit: STATEMENT_TIMEOUT_MS });
      expect(body.errors[0].message).toMatch(/ran longer than 12 s, the limit/);
      expect(JSON.stringify(body)).not.toMatch(/57014|canceling|prisma|ShareLink/i);
    } finally {
      setPrisma(up);
      await holder.query("ROLLBACK").catch(() => {});
      await holder.end();
    }
  });
});
