import pg from "pg";
import { embeddedNotice, postgresAnswers } from "../scripts/postgres-probe.mjs";
import { applyMigrations, pgRunner } from "../server/db/migrate.ts";
import { installGraphileWorker } from "../server/jobs/install.ts";

/**
 * With DATABASE_URL (any database on the target PostgreSQL server), the run gets a database of
 * its own, migrated here and dropped afterwards. Without it, or when no server answers there (a
 * fresh machine), each test file migrates an in-memory PGlite instead (test/setup-db.ts), and the
 * tests that need a real server skip themselves (they check DATABASE_URL).
 */
export default async function setup() {
  const base = process.env.DATABASE_URL;
  if (!base || !(await postgresAnswers(base))) {
    console.log(embeddedNotice(base, "vitest"));
    // Workers are forked after global setup and inherit this.
    delete process.env.DATABASE_URL;
    return;
  }
  const name = `waymark_test_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(base);
  url.pathname = `/${name}`;
  const runner = await pgRunner(url.toString());
  await applyMigrations(runner);
  await runner.close();
  // The job queue's schema: enqueueJob runs graphile_worker.add_job inside write transactions.
  await installGraphileWorker(url.toString());
  // Workers are forked after global setup and inherit this.
  process.env.DATABASE_URL = url.toString();

  return async () => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
}
