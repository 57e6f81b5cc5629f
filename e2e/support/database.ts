import pg from "pg";

/**
 * The run's database name. Fixed once by the runner process (the config is loaded there first);
 * the web server, the workers and the global teardown inherit it through the environment.
 */
export function e2eDatabaseName(): string {
  process.env.E2E_DATABASE_NAME ??= `waymark_e2e_${Date.now()}`;
  return process.env.E2E_DATABASE_NAME;
}

/** A database on the e2e PostgreSQL server: E2E_POSTGRES_URL, else DATABASE_URL's server, else local. */
export function postgresUrl(database: string): string {
  const url = new URL(
    process.env.E2E_POSTGRES_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  );
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
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/** Databases left behind by e2e runs that were killed before their teardown (older than maxAgeMs). */
export async function dropStaleDatabases(maxAgeMs: number): Promise<string[]> {
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
