import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const PROBE = fileURLToPath(new URL("../../scripts/postgres-probe.mjs", import.meta.url));
const DEFAULT_SERVER = "postgresql://postgres@127.0.0.1:5432/postgres";
const serverUrl = () => process.env.E2E_POSTGRES_URL ?? process.env.DATABASE_URL ?? DEFAULT_SERVER;

/**
 * Where this run's database lives: "server" when a PostgreSQL server answers at E2E_POSTGRES_URL,
 * else DATABASE_URL, else 127.0.0.1:5432; "embedded" otherwise (a fresh machine): then
 * scripts/e2e-server.sh starts embedded PostgreSQL (scripts/pglite-server.mjs) on a Unix socket
 * for the app and this process alike. Decided once by the runner (a synchronous probe, since the
 * config is synchronous); workers inherit the answer through the environment.
 */
export function e2eDatabaseMode(): "server" | "embedded" {
  if (!process.env.E2E_DATABASE_MODE) {
    const probe = spawnSync(process.execPath, [PROBE, serverUrl()], { stdio: "ignore", timeout: 15_000 });
    process.env.E2E_DATABASE_MODE = probe.status === 0 ? "server" : "embedded";
    if (process.env.E2E_DATABASE_MODE === "embedded") {
      console.log(
        `[e2e] No PostgreSQL server answers at ${new URL(serverUrl()).host}: running on embedded PostgreSQL (PGlite) on a Unix socket in ${embeddedPostgresSocketDir()}.`,
      );
    }
  }
  return process.env.E2E_DATABASE_MODE as "server" | "embedded";
}

/** The embedded server's socket folder, one per run; null when a real server is used. */
export function embeddedPostgresSocketDir(): string | null {
  if (e2eDatabaseMode() !== "embedded") return null;
  return path.join(tmpdir(), `waymark-pglite-${e2eDatabaseName()}`);
}

/**
 * The run's database name. Fixed once by the runner process (the config is loaded there first);
 * the web server, the workers and the global teardown inherit it through the environment.
 */
export function e2eDatabaseName(): string {
  process.env.E2E_DATABASE_NAME ??= `waymark_e2e_${Date.now()}`;
  return process.env.E2E_DATABASE_NAME;
}

/**
 * A database on the e2e PostgreSQL server: E2E_POSTGRES_URL, else DATABASE_URL's server, else local.
 * Embedded PostgreSQL has one database, whatever the name asked for.
 */
export function postgresUrl(database: string): string {
  const socketDir = embeddedPostgresSocketDir();
  if (socketDir) return `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
  const url = new URL(serverUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl("postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** FORCE: the web server may still hold connections when the teardown runs. */
export async function dropDatabase(name: string): Promise<void> {
  // Embedded PostgreSQL lives in memory and goes with the web server.
  if (embeddedPostgresSocketDir()) return;
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/** Databases left behind by e2e runs that were killed before their teardown (older than maxAgeMs). */
export async function dropStaleDatabases(maxAgeMs: number): Promise<string[]> {
  if (embeddedPostgresSocketDir()) return [];
  return withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname ~ '^waymark_e2e_[0-9]+$'",
    );
    const stale = rows
      .map((r) => r.datname)
      .filter((name) => Date.now() - Number(name.slice("waymark_e2e_".length)) > maxAgeMs);
    for (const name of stale) await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
    return stale;
  });
}

/**
 * Fixture goals count as set on their start day (as prisma/factories.ts does): a goal backdated
 * through the API would otherwise sit in its health grace period (server/goals/health.ts,
 * judgeHealth) and show "Not enough data yet" instead of the pace the spec is about.
 */
export async function setOnStartDay(goalGlobalId: string): Promise<void> {
  const [, id] = Buffer.from(goalGlobalId, "base64").toString("utf8").split(":");
  const client = new pg.Client({ connectionString: postgresUrl(e2eDatabaseName()) });
  await client.connect();
  try {
    await client.query(`UPDATE "Goal" SET "createdAt" = LEAST("createdAt", "startDate") WHERE id = $1`, [id]);
  } finally {
    await client.end();
  }
}
