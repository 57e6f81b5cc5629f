import "server-only";
import type { PrismaClient, Tx } from "../db.ts";
import { env } from "../env.ts";
import type { EnqueueOptions, JobName, JobPayloads } from "./job-types.ts";
import { enqueueLocalJob, enqueueLocalJobs } from "./local-queue.ts";

/**
 * Adds a job to the queue as part of `db`'s transaction: pass the write transaction (`tx`), so a
 * write that rolls back never runs its job and one that commits never loses it. One statement.
 *
 * - On PostgreSQL (DATABASE_URL): graphile-worker's own `graphile_worker.add_job(...)`, in this
 *   transaction; its runners (server/jobs/runner.ts) are woken by its NOTIFY at commit.
 * - On the embedded database (PGlite): a row of `waymark_jobs.job` (server/jobs/local-queue.ts),
 *   in this transaction, which the one app process runs in-process. A table rather than a list in
 *   memory released after commit: it is rolled back with the write for free, needs no commit hook
 *   in every caller, and a job committed just before a crash or a restart still runs.
 */
export async function enqueueJob<N extends JobName>(
  db: Tx | PrismaClient,
  name: N,
  payload: JobPayloads[N],
  options: EnqueueOptions = {},
): Promise<void> {
  if (!env().DATABASE_URL) return enqueueLocalJob(db, name, payload, options);
  const json = JSON.stringify(payload);
  // Named arguments: add_job(identifier, payload, queue_name, run_at, max_attempts, job_key, ...).
  await db.$executeRaw`SELECT graphile_worker.add_job(
    ${name}::text,
    payload => ${json}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    job_key => ${options.jobKey ?? null}::text
  )`;
}

/**
 * Adds many jobs of one kind in one statement (the sweeps enqueue a batch at a time, so their
 * statement count stays constant in the number of rows). Same transaction rules as enqueueJob.
 */
export async function enqueueJobs<N extends JobName>(
  db: Tx | PrismaClient,
  name: N,
  jobs: ReadonlyArray<{ payload: JobPayloads[N]; jobKey?: string }>,
): Promise<void> {
  if (jobs.length === 0) return;
  const payloads = jobs.map((job) => JSON.stringify(job.payload));
  const keys = jobs.map((job) => job.jobKey ?? null);
  if (!env().DATABASE_URL) return enqueueLocalJobs(db, name, payloads, keys);
  await db.$executeRaw`SELECT 1 FROM graphile_worker.add_jobs(ARRAY(
    SELECT ROW(${name}::text, t.payload::json, NULL, NULL, NULL, t.job_key, NULL, NULL)::graphile_worker.job_spec
    FROM unnest(${payloads}::text[], ${keys}::text[]) AS t(payload, job_key)
  ))`;
}
