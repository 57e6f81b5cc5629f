import "server-only";
import { sendDigestTask, sendEmailTask } from "../email/tasks.ts";
import { notifyTask } from "../notifications/tasks.ts";
import type { CronPayload, JobName, JobPayloads } from "./job-types.ts";
import { scheduleDigests } from "./sweeps/digests.ts";
import { sweepCheckIns } from "./sweeps/check-ins.ts";
import { sweepHealth } from "./sweeps/health.ts";
import { sweepMilestones } from "./sweeps/milestones.ts";

// Every job's handler, by name: the one list both runners use (graphile-worker on PostgreSQL,
// the in-process runner on PGlite). A handler that throws is retried later with a growing pause,
// so each must be idempotent (see job-types.ts).
export type JobHandler<N extends JobName> = (payload: JobPayloads[N]) => Promise<unknown>;

/**
 * A sweep judges the clock as of its cron tick (graphile-worker's `_cron.ts`), so a tick delayed
 * or backfilled after downtime still counts for its own hour (Monday 08:00 stays Monday 08:00).
 */
export function sweepTime(payload: CronPayload | null | undefined): Date {
  const ts = payload?._cron?.ts ? new Date(payload._cron.ts) : null;
  return ts && !Number.isNaN(ts.getTime()) ? ts : new Date();
}

export const jobHandlers: { [N in JobName]: JobHandler<N> } = {
  notify: notifyTask,
  "send-email": sendEmailTask,
  "send-digest": sendDigestTask,
  "sweep-milestones": (payload) => sweepMilestones(sweepTime(payload)),
  "sweep-check-ins": (payload) => sweepCheckIns(sweepTime(payload)),
  "sweep-health": (payload) => sweepHealth(sweepTime(payload)),
  "schedule-digests": (payload) => scheduleDigests(sweepTime(payload)),
};

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(jobHandlers, name);
}

/** Runs one job by name; an unknown name is an error (a job from a newer version of the app). */
export async function runJob(name: string, payload: unknown): Promise<void> {
  if (!isJobName(name)) throw new Error(`Unknown job "${name}"`);
  await (jobHandlers[name] as JobHandler<JobName>)(payload as never);
}
