import "server-only";
import type { PrismaClient, Tx } from "../db.ts";
import type { EnqueueOptions, JobName } from "./job-types.ts";

// The queue on the embedded database (PGlite), where graphile-worker cannot run: it needs a pool
// of real connections and LISTEN/NOTIFY, and PGlite is one in-process session. A table outside
// Prisma's `public` schema (like graphile_worker on PostgreSQL), created by the migrate step
// (server/jobs/install.ts), written in the caller's transaction and run by the one app process
// (server/jobs/local-runner.ts). Same semantics as graphile-worker where it matters: a job key
// replaces the waiting job, a failure is retried later with a growing pause, 25 attempts at most.

export const LOCAL_QUEUE_DDL = `
CREATE SCHEMA IF NOT EXISTS waymark_jobs;
CREATE TABLE IF NOT EXISTS waymark_jobs.job (
  id          bigserial PRIMARY KEY,
  task        text NOT NULL,
  payload     jsonb NOT NULL,
  job_key     text UNIQUE,
  run_at      timestamptz NOT NULL DEFAULT now(),
  attempts    integer NOT NULL DEFAULT 0,
  -- Bumped when a job key replaces the job, so finishing an older version never deletes a newer one.
  revision    integer NOT NULL DEFAULT 0,
  last_error  text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS job_run_at_idx ON waymark_jobs.job (run_at) WHERE attempts < 25;
`;

export const MAX_ATTEMPTS = 25;

// The in-process runner's wake-up: it looks for due jobs now instead of at its next poll. Safe to
// call before the caller's commit: PGlite runs one transaction at a time, so the runner's read
// waits for the commit (or the rollback) and never sees an uncommitted job.
let wakeRunner: (() => void) | null = null;
export function setLocalRunnerWake(wake: (() => void) | null) {
  wakeRunner = wake;
}

export async function enqueueLocalJob(db: Tx | PrismaClient, name: JobName, payload: unknown, options: EnqueueOptions): Promise<void> {
  const json = JSON.stringify(payload);
  const runAt = options.runAt ?? new Date();
  await db.$executeRaw`INSERT INTO waymark_jobs.job (task, payload, job_key, run_at)
    VALUES (${name}, ${json}::jsonb, ${options.jobKey ?? null}, ${runAt}::timestamptz)
    ON CONFLICT (job_key) DO UPDATE
    SET payload = excluded.payload, run_at = excluded.run_at, attempts = 0, last_error = NULL,
        revision = waymark_jobs.job.revision + 1`;
  wakeRunner?.();
}

/** Many jobs of one kind in one statement (payloads already JSON). */
export async function enqueueLocalJobs(db: Tx | PrismaClient, name: JobName, payloads: string[], keys: (string | null)[]): Promise<void> {
  await db.$executeRaw`INSERT INTO waymark_jobs.job (task, payload, job_key)
    SELECT ${name}, t.payload::jsonb, t.job_key FROM unnest(${payloads}::text[], ${keys}::text[]) AS t(payload, job_key)
    ON CONFLICT (job_key) DO UPDATE
    SET payload = excluded.payload, run_at = excluded.run_at, attempts = 0, last_error = NULL,
        revision = waymark_jobs.job.revision + 1`;
  wakeRunner?.();
}

export interface LocalJob {
  id: bigint;
  task: string;
  payload: unknown;
  revision: number;
  attempts: number;
}

/** The jobs due now, oldest first (at most `limit`). */
export function dueLocalJobs(db: PrismaClient, limit: number): Promise<LocalJob[]> {
  return db.$queryRaw<LocalJob[]>`SELECT id, task, payload, revision, attempts FROM waymark_jobs.job
    WHERE run_at <= now() AND attempts < ${MAX_ATTEMPTS} ORDER BY run_at, id LIMIT ${limit}`;
}

/** Done: removed, unless a job key replaced it meanwhile (then the new version still runs). */
export async function completeLocalJob(db: PrismaClient, job: LocalJob): Promise<void> {
  await db.$executeRaw`DELETE FROM waymark_jobs.job WHERE id = ${job.id} AND revision = ${job.revision}`;
}

/** Failed: tried again after exp(attempts) seconds (graphile-worker's back-off), kept after the last attempt. */
export async function failLocalJob(db: PrismaClient, job: LocalJob, error: unknown): Promise<void> {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const delaySeconds = Math.exp(Math.min(job.attempts + 1, 10));
  await db.$executeRaw`UPDATE waymark_jobs.job
    SET attempts = attempts + 1, last_error = ${message.slice(0, 4000)},
        run_at = now() + ${delaySeconds} * interval '1 second'
    WHERE id = ${job.id} AND revision = ${job.revision}`;
}
