import "server-only";
import { runMigrations } from "graphile-worker";
import type { MigrationRunner } from "../db/migrate.ts";
import { jobLogger } from "./logger.ts";
import { LOCAL_QUEUE_DDL } from "./local-queue.ts";

// The job queue's tables live outside Prisma's `public` schema, which is all Prisma manages and
// sees: `graphile_worker` on PostgreSQL (graphile-worker's own migrations, tracked in
// graphile_worker.migrations), `waymark_jobs` on PGlite. Both are installed right after our own
// migrations, by `npm run db:migrate` (so by `npm start`) and by the test database setup, so the
// first enqueueJob (which runs inside a write transaction) finds them. Both steps are idempotent
// and safe to run from several processes at once.

/** graphile-worker's migrations on PostgreSQL (it takes its own lock and skips what is applied). */
export async function installGraphileWorker(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: jobLogger });
}

/** The in-process queue's table on the embedded database. */
export async function installLocalQueue(runner: MigrationRunner): Promise<void> {
  await runner.exec(LOCAL_QUEUE_DDL);
}
