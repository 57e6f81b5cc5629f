// The baseline: what the overview costs when done by hand. A plain node:http server answers each
// POST with ONE SQL statement that checks the Bearer token and builds the whole response JSON in
// PostgreSQL; the server only writes out the string it gets back. It runs in a worker thread so
// that it has an event loop of its own, as `next start` has, instead of sharing one with autocannon.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import pg from "pg";
import { hashSecret } from "../../server/auth/tokens.ts";
import { PLANNER_OPTIONS } from "../../server/db/planner.ts";

/**
 * The overview query's answer, shaped exactly as GraphQL answers it. The rules are those of the
 * app, restated in SQL:
 * - today is the calendar date in the organization's time zone (server/dates.ts todayIn);
 * - expectedProgress: elapsed share of the start → target window, clamped to 0..1; an empty window
 *   is 0 before the target date and 1 from it on (server/goals/health.ts expectedProgress);
 * - health: null once closed; ON_TRACK at 100%; otherwise the pace gap rounded to 1e-9 and compared
 *   in whole percentage points (more than 25 behind: OFF_TRACK, more than 10: AT_RISK), then one
 *   level lower per missed milestone of the whole goal (paceHealth); Math.round(x) is floor(x + 0.5);
 * - effectiveStatus: DONE, else MISSED when due before today, else the stored status
 *   (server/milestones/schedule.ts);
 * - ids are Relay global ids: base64 of "Type:id" (PostgreSQL wraps base64 at 76 characters).
 * $1: sha256 hex of the Bearer token; $2: the organization's slug.
 */
export const OVERVIEW_SQL = `
WITH org AS (
  SELECT o.id, (now() AT TIME ZONE o."timeZone")::date AS today
  FROM "ApiToken" t
  JOIN "Membership" mb ON mb."userId" = t."userId"
  JOIN "Organization" o ON o.id = mb."organizationId"
  WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL AND o.slug = lower($2)
),
page AS (
  SELECT g.*, org.today
  FROM org JOIN "Goal" g ON g."organizationId" = org.id AND g."archivedAt" IS NULL
  ORDER BY g."closedAt" NULLS FIRST, g."targetDate", g.title, g.id
  LIMIT 200
)
SELECT json_build_object('data', json_build_object('organization', json_build_object('goals', json_build_object(
  'totalCount', (SELECT count(*) FROM "Goal" g WHERE g."organizationId" = org.id AND g."archivedAt" IS NULL),
  'edges', coalesce((
    SELECT json_agg(json_build_object('node', json_build_object(
      'id', translate(encode(convert_to('Goal:' || p.id, 'UTF8'), 'base64'), E'\\n', ''),
      'title', p.title,
      'progress', p.progress,
      'expectedProgress', e.expected,
      'health', CASE
        WHEN p."closedAt" IS NOT NULL THEN NULL
        WHEN p.progress >= 1 THEN 'ON_TRACK'
        ELSE (ARRAY['ON_TRACK', 'AT_RISK', 'OFF_TRACK'])[1 + least(2,
          CASE WHEN -pts.gap_points > 25 THEN 2 WHEN -pts.gap_points > 10 THEN 1 ELSE 0 END + missed.n)]
      END,
      'targetDate', p."targetDate",
      'owner', (SELECT json_build_object('name', u.name) FROM "User" u WHERE u.id = p."ownerId"),
      'milestones', json_build_object('edges', coalesce((
        SELECT json_agg(json_build_object('node', json_build_object(
          'id', translate(encode(convert_to('Milestone:' || m.id, 'UTF8'), 'base64'), E'\\n', ''),
          'title', m.title,
          'dueDate', m."dueDate",
          'effectiveStatus', CASE WHEN m.status = 'DONE' THEN 'DONE' WHEN m."dueDate" < p.today THEN 'MISSED' ELSE m.status::text END,
          'owner', (SELECT json_build_object('name', u.name) FROM "User" u WHERE u.id = m."ownerId"),
          'assignees', coalesce((
            SELECT json_agg(json_build_object('name', u.name) ORDER BY a."createdAt", a.id)
            FROM "Assignment" a JOIN "User" u ON u.id = a."userId"
            WHERE a."milestoneId" = m.id AND a."organizationId" = p."organizationId"), '[]')
        )) ORDER BY m.position, m.id)
        FROM (SELECT * FROM "Milestone" m
              WHERE m."goalId" = p.id AND m."organizationId" = p."organizationId"
              ORDER BY m.position, m.id LIMIT 10) m), '[]'))
    )) ORDER BY p."closedAt" NULLS FIRST, p."targetDate", p.title, p.id)
    FROM page p
    CROSS JOIN LATERAL (SELECT CASE
      WHEN p."targetDate" - p."startDate" <= 0 THEN CASE WHEN p.today >= p."targetDate" THEN 1 ELSE 0 END::float8
      ELSE least(1, greatest(0, (p.today - p."startDate")::float8 / (p."targetDate" - p."startDate")))
    END AS expected) e
    CROSS JOIN LATERAL (SELECT floor((p.progress - e.expected) * 1e9::float8 + 0.5) / 1e9::float8 AS gap) gp
    CROSS JOIN LATERAL (SELECT floor(floor(gp.gap * 1e6::float8 + 0.5) / 1e4::float8 + 0.5) AS gap_points) pts
    CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM "Milestone" m
      WHERE m."goalId" = p.id AND m."organizationId" = p."organizationId"
        AND m.status <> 'DONE' AND m."dueDate" < p.today) missed
  ), '[]')
))))::text AS body
FROM org`;

const NOT_FOUND = JSON.stringify({
  errors: [{ message: "Not found.", path: ["organization"], extensions: { code: "NOT_FOUND" } }],
  data: null,
});

/** Serves POST { variables: { slug } } with the overview (worker side). */
async function serve(databaseUrl: string, poolSize: number) {
  // JIT off, as one would for OLTP: with a million milestones in the database the planner's cost
  // estimate for this statement passes jit_above_cost, and compiling it (~50 ms) cost more than
  // running it. The app's planner settings too, for a like-for-like comparison.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: `-c jit=off ${PLANNER_OPTIONS}` });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const started = performance.now();
      try {
        const slug = String(JSON.parse(Buffer.concat(chunks).toString("utf8"))?.variables?.slug ?? "");
        const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
        const db = performance.now();
        const { rows } = await pool.query<{ body: string }>(OVERVIEW_SQL, [hashSecret(token), slug]);
        const dbMs = performance.now() - db;
        const body = rows[0]?.body ?? NOT_FOUND;
        res.writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "server-timing": `db;dur=${dbMs.toFixed(1)};desc="1 statements", total;dur=${(performance.now() - started).toFixed(1)}`,
        });
        res.end(body);
      } catch (error) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => parentPort!.postMessage((server.address() as AddressInfo).port));
}

if (!isMainThread && workerData?.role === "baseline") {
  await serve(workerData.databaseUrl as string, workerData.poolSize as number);
}

export interface BaselineServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the baseline server in a worker thread; resolves with its URL once it listens. A pool of 10, as the app's (server/db.ts). */
export function startBaselineServer(databaseUrl: string, poolSize = 10): Promise<BaselineServer> {
  // tsx's loader hooks do not reach worker threads: the worker registers them before loading this file.
  const bootstrap = [
    `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};`,
    "register();",
    `await import(${JSON.stringify(import.meta.url)});`,
  ].join("\n");
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), {
    workerData: { role: "baseline", databaseUrl, poolSize },
  });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (port: number) =>
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: async () => {
          await worker.terminate();
        },
      }),
    );
  });
}
