import type { NotificationEvent } from "../notifications/events.ts";

/**
 * Every job the queue knows, with the payload it carries (JSON: strings, numbers, booleans,
 * arrays and plain objects only; dates as ISO strings). The handler for each lives with its owner
 * and is wired up in server/jobs/tasks.ts. Handlers must be idempotent: after a crash a job runs
 * again, so whatever it produces is keyed (Notification.dedupeKey, EmailMessage.dedupeKey).
 */
export interface JobPayloads {
  /** Fan out one event to the people it concerns (server/notifications/tasks.ts). */
  notify: NotificationEvent;
  /** Send one EmailMessage of the outbox (server/email/tasks.ts). */
  "send-email": { emailId: string };
  /** Render and queue one person's weekly digest for one organization (server/email/tasks.ts). */
  "send-digest": { userId: string; organizationId: string; weekStart: string /* YYYY-MM-DD, the Monday */ };
  // The scheduled sweeps (server/jobs/crontab.ts). graphile-worker passes `_cron` when the crontab
  // enqueues them; they read the clock themselves, so they take nothing else.
  "sweep-milestones": CronPayload;
  "sweep-check-ins": CronPayload;
  "sweep-health": CronPayload;
  "schedule-digests": CronPayload;
}

export type JobName = keyof JobPayloads;

/** What graphile-worker's crontab adds to a scheduled job's payload. */
export interface CronPayload {
  _cron?: { ts: string; backfilled?: boolean };
}

export const JOB_NAMES = [
  "notify",
  "send-email",
  "send-digest",
  "sweep-milestones",
  "sweep-check-ins",
  "sweep-health",
  "schedule-digests",
] as const satisfies readonly JobName[];

export interface EnqueueOptions {
  /**
   * At most one waiting job per key: enqueueing again with the same key replaces the waiting one
   * (its payload and run time) instead of adding a second (graphile-worker's job_key, "replace").
   * A job that already ran is gone, so the same key later enqueues it anew.
   */
  jobKey?: string;
  /** Not before this instant (default: now). */
  runAt?: Date;
}
