// Applies the committed migrations: to DATABASE_URL when set (creating that database if it does
// not exist yet), else to the embedded PGlite database the app uses.
//   npx tsx scripts/db/migrate.ts
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { applyMigrations, pgliteRunner, pgRunner } from "../../server/db/migrate.ts";
import { installGraphileWorker, installLocalQueue } from "../../server/jobs/install.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const migrationsDir = path.join(root, "prisma", "migrations");

/** CREATE DATABASE for the URL's database unless it exists, via `postgres` on the same server. */
async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name || name === "postgres") return;
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) {
      // Identifiers cannot be parameters: quote it by hand.
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`Created database ${name}`);
    }
  } catch (error) {
    // Another process may have created it between our check and our CREATE: PostgreSQL says
    // duplicate_database, or unique_violation when both CREATEs ran at the same moment.
    const code = (error as { code?: string }).code;
    if (code !== "42P04" && code !== "23505") throw error;
  } finally {
    await client.end();
  }
}

async function main(): Promise<string[]> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await ensureDatabase(url);
    const runner = await pgRunner(url);
    try {
      console.log(`Migrating ${new URL(url).pathname.slice(1)} on ${new URL(url).host}`);
      const applied = await applyMigrations(runner, { migrationsDir });
      // The job queue's own schema (graphile_worker), which Prisma neither manages nor sees.
      await installGraphileWorker(url);
      return applied;
    } finally {
      await runner.close();
    }
  }
  // Same default and variable as server/env.ts (not imported: it also validates app settings).
  const dataDir = path.resolve(root, process.env.PGLITE_DIR ?? ".data/pglite");
  mkdirSync(dataDir, { recursive: true });
  const db = new PGlite(dataDir);
  try {
    console.log(`Migrating PGlite at ${dataDir}`);
    const applied = await applyMigrations(pgliteRunner(db), { migrationsDir });
    // The in-process job queue's table (waymark_jobs), outside Prisma's schema.
    await installLocalQueue(pgliteRunner(db));
    return applied;
  } finally {
    await db.close();
  }
}

try {
  const applied = await main();
  if (applied.length === 0) console.log("No pending migrations");
  for (const name of applied) console.log(`Applied ${name}`);
  process.exit(0); // explicit: PGlite's WASM runtime would otherwise keep the process alive
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
