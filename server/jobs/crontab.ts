import "server-only";
import { parseCronItems, type CronItem } from "graphile-worker";
import type { JobName } from "./job-types.ts";

// The scheduled sweeps. Times are UTC minutes (graphile-worker's cron is UTC); each sweep judges
// due dates, cadences and Monday mornings in each organization's own time zone, so running hourly
// is what makes "08:00 in Sydney" and "08:00 in New York" both happen.
//
// graphile-worker schedules each tick once across all runners on the database (its
// known_crontabs table and a job key per tick), and after downtime enqueues the ticks missed
// within backfillPeriod. A jobKey per sweep collapses a backlog (backfilled ticks, a slow run) into
// one waiting job. Each sweep is idempotent, so a tick that runs twice after a crash is harmless.
const MINUTE = 60_000;

interface Sweep {
  task: JobName;
  /** Cron pattern, UTC. */
  match: string;
  backfillPeriod: number;
}

export const SWEEPS: readonly Sweep[] = [
  { task: "sweep-milestones", match: "*/15 * * * *", backfillPeriod: 15 * MINUTE },
  { task: "sweep-check-ins", match: "5 * * * *", backfillPeriod: 60 * MINUTE },
  { task: "sweep-health", match: "10 * * * *", backfillPeriod: 60 * MINUTE },
  // On the hour: Monday 08:00 is on the hour in every zone but a few (e.g. India, +05:30), where
  // it comes at the next hour, 08:30.
  { task: "schedule-digests", match: "0 * * * *", backfillPeriod: 60 * MINUTE },
];

export function cronItems(): CronItem[] {
  return SWEEPS.map(({ task, match, backfillPeriod }) => ({
    task,
    match,
    identifier: task,
    options: { backfillPeriod, jobKey: `cron:${task}`, jobKeyMode: "replace", maxAttempts: 5 },
  }));
}

export const parsedCronItems = () => parseCronItems(cronItems());
