// The benchmark's own database on DATABASE_URL's server (local PostgreSQL by default), migrated
// with the project's own migration applier, and dropped at the end whatever happens.
import pg from "pg";
import { applyMigrations, pgRunner } from "../../server/db/migrate.ts";

export interface BenchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const adminUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `waymark_bench_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  let dropped = false;
  const db: BenchDatabase = {
    name,
    url: url.toString(),
    async drop() {
      if (dropped) return;
      dropped = true;
      // FORCE: the app server's pool may still hold connections when we get here after a failure.
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
  try {
    const runner = await pgRunner(db.url);
    try {
      await applyMigrations(runner);
    } finally {
      await runner.close();
    }
  } catch (error) {
    await db.drop();
    throw error;
  }
  return db;
}
