import "server-only";
import type { TimestampDigest } from "graphile-worker";
import { prisma } from "../db.ts";
import { parsedCronItems } from "./crontab.ts";
import { enqueueJob } from "./enqueue.ts";
import type { JobName } from "./job-types.ts";
import { completeLocalJob, dueLocalJobs, failLocalJob, setLocalRunnerWake } from "./local-queue.ts";
import { runJob } from "./tasks.ts";

// The in-process runner on the embedded database (PGlite): the one app process runs the jobs of
// waymark_jobs.job one at a time (PGlite is one session; the app's requests come first anyway),
// outside any request, and enqueues the sweeps on the same crontab as graphile-worker. Started by
// startJobRunner (server/jobs/runner.ts) when there is no DATABASE_URL.

const POLL_MS = 1_000;
const BATCH = 20;

export interface LocalRunner {
  /** Runs every job due now (and those they enqueue), then resolves: for tests and scripts. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function startLocalRunner({ crontab = true, loop = true }: { crontab?: boolean; loop?: boolean } = {}): LocalRunner {
  let stopping = false;
  let running: Promise<number> = Promise.resolve(0);

  // One pass at a time: the loop, a drain and the cron tick never run jobs side by side.
  // A pass that failed (the database refused a read) must not stop the ones after it.
  const pass = () => {
    running = running.catch(() => 0).then(() => runDueJobs(() => stopping));
    return running;
  };

  // Sleeps until the next poll, or until enqueueJob wakes it (local-queue.ts).
  let wake = () => {};
  const sleep = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, POLL_MS);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  if (loop) setLocalRunnerWake(() => wake());
  const loopDone = loop
    ? (async () => {
        while (!stopping) {
          try {
            await pass();
          } catch (error) {
            console.error("[jobs] in-process runner:", error);
          }
          if (!stopping) await sleep();
        }
      })()
    : Promise.resolve();

  // Cron: at each UTC minute, enqueue the sweeps whose pattern matches (job key per sweep, so a
  // backlog is one job). At start, every sweep once: they are idempotent, and it covers the ticks
  // missed while the app was down, as graphile-worker's backfill does on PostgreSQL.
  let cronTimer: NodeJS.Timeout | undefined;
  if (crontab) {
    const items = parsedCronItems();
    const enqueue = async (tasks: string[]) => {
      for (const task of tasks) await enqueueJob(prisma(), task as JobName, {}, { jobKey: `cron:${task}` });
    };
    const tick = () => {
      const now = new Date();
      const digest: TimestampDigest = {
        min: now.getUTCMinutes(),
        hour: now.getUTCHours(),
        date: now.getUTCDate(),
        month: now.getUTCMonth() + 1,
        dow: now.getUTCDay(),
      };
      enqueue(items.filter((item) => item.match(digest)).map((item) => item.task)).catch((error) => console.error("[jobs] cron:", error));
      cronTimer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
    };
    enqueue(items.map((item) => item.task)).catch((error) => console.error("[jobs] cron:", error));
    cronTimer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
  }

  return {
    async drain() {
      let total = 0;
      for (let ran = await pass(); ran > 0; ran = await pass()) total += ran;
      return total;
    },
    async stop() {
      stopping = true;
      clearTimeout(cronTimer);
      if (loop) setLocalRunnerWake(null);
      wake();
      await loopDone;
      await running.catch(() => {});
    },
  };
}

/** Runs the jobs due now, a batch at a time, until none is left or the runner stops; returns how many ran. */
async function runDueJobs(stopping: () => boolean): Promise<number> {
  const db = prisma();
  let ran = 0;
  while (!stopping()) {
    const jobs = await dueLocalJobs(db, BATCH);
    if (jobs.length === 0) break;
    for (const job of jobs) {
      if (stopping()) break;
      try {
        await runJob(job.task, job.payload);
        await completeLocalJob(db, job);
      } catch (error) {
        console.error(`[jobs] ${job.task}#${job.id} failed (attempt ${job.attempts + 1}):`, error);
        await failLocalJob(db, job, error);
      }
      ran++;
    }
  }
  return ran;
}
