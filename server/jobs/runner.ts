import "server-only";
import { run, runOnce, type Task, type TaskList } from "graphile-worker";
import { env } from "../env.ts";
import { parsedCronItems } from "./crontab.ts";
import { JOB_NAMES, type JobName } from "./job-types.ts";
import { startLocalRunner } from "./local-runner.ts";
import { jobLogger } from "./logger.ts";
import { runJob } from "./tasks.ts";

// Starts what runs the jobs in this process: graphile-worker on PostgreSQL (any number of
// processes may run it on one database: each job is locked by one runner, each cron tick is
// enqueued once), or the in-process runner on the embedded database (one process owns PGlite).
// Where it runs: the web server (instrumentation.ts, unless JOBS_IN_WEB=0) or `npm run worker`.

export interface JobRunnerOptions {
  /** Jobs run side by side in this process (PostgreSQL only; default JOBS_CONCURRENCY or 2). */
  concurrency?: number;
  /** Schedule the sweeps (default true; JOBS_CRONTAB=0 turns them off, as the e2e server does). */
  crontab?: boolean;
  /** Only these jobs (default all): a test's runner leaves other jobs to others. */
  only?: readonly JobName[];
  /** The database (default DATABASE_URL): tests give theirs. */
  connectionString?: string;
}

export interface JobRunner {
  /** Finishes the running jobs (their locks released), then stops. */
  stop(): Promise<void>;
  /**
   * Settles when the runner has stopped, by stop() or on its own: it rejects when graphile-worker
   * gave up after an error (e.g. the database went away for good), so the owner can start anew.
   */
  done: Promise<void>;
}

function taskList(only: readonly JobName[] = JOB_NAMES): TaskList {
  const list: TaskList = {};
  for (const name of only) list[name] = ((payload: unknown) => runJob(name, payload)) satisfies Task;
  return list;
}

const defaultConcurrency = () => Number(process.env.JOBS_CONCURRENCY) || 2;

export async function startJobRunner(options: JobRunnerOptions = {}): Promise<JobRunner> {
  const DATABASE_URL = options.connectionString ?? env().DATABASE_URL;
  const crontab = options.crontab ?? process.env.JOBS_CRONTAB !== "0";
  if (!DATABASE_URL) {
    const local = startLocalRunner({ crontab });
    let stopped!: () => void;
    const done = new Promise<void>((resolve) => (stopped = resolve));
    return { stop: () => local.stop().finally(stopped), done };
  }
  const concurrency = options.concurrency ?? defaultConcurrency();
  const runner = await run({
    connectionString: DATABASE_URL,
    // One connection per running job, one to listen for new jobs, one spare.
    maxPoolSize: concurrency + 2,
    concurrency,
    // New jobs arrive by LISTEN/NOTIFY at once; polling only backs that up (and finds retries).
    pollInterval: 2_000,
    // Signals belong to whoever started us (Next's server, scripts/worker.ts): they call stop().
    noHandleSignals: true,
    // Behind a pooler that shares sessions (PgBouncer in transaction mode, the e2e suite's
    // embedded server) named prepared statements collide.
    noPreparedStatements: process.env.JOBS_NO_PREPARED_STATEMENTS === "1",
    logger: jobLogger,
    taskList: taskList(options.only),
    parsedCronItems: crontab ? parsedCronItems() : [],
  });
  // Handled here too, so a failure never becomes an unhandled rejection that ends the process.
  runner.promise.catch(() => {});
  return { stop: () => runner.stop(), done: runner.promise };
}

/**
 * Runs every job waiting now, then returns: for tests and one-off scripts. On PostgreSQL only the
 * `only` jobs are taken (others' jobs stay for their own runners).
 */
export async function runQueuedJobs(options: { only?: readonly JobName[]; connectionString?: string } = {}): Promise<void> {
  const DATABASE_URL = options.connectionString ?? env().DATABASE_URL;
  if (!DATABASE_URL) {
    const local = startLocalRunner({ crontab: false, loop: false });
    await local.drain();
    await local.stop();
    return;
  }
  await runOnce({ connectionString: DATABASE_URL, maxPoolSize: 3, noHandleSignals: true, logger: jobLogger, taskList: taskList(options.only) });
}
