import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "../../prisma/generated/client/client.ts";
import { setPrisma } from "../../server/db.ts";
import { applyMigrations, pgliteRunner } from "../../server/db/migrate.ts";
import { enqueueJob } from "../../server/jobs/enqueue.ts";
import { installLocalQueue } from "../../server/jobs/install.ts";
import { runQueuedJobs, startJobRunner } from "../../server/jobs/runner.ts";
import type { NotificationEvent } from "../../server/notifications/events.ts";

// The queue on the embedded database (no DATABASE_URL): jobs are rows of waymark_jobs.job written
// in the caller's transaction and run by the app process itself. Runs whatever the test database
// is: this file brings its own PGlite and reads the environment as `npm start` without
// DATABASE_URL would.

vi.mock("../../server/env.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/env.ts")>();
  return { ...original, env: () => ({ ...original.env(), DATABASE_URL: undefined }) };
});

// The notify job's handler records what it was given, and fails while `failures` is positive.
const notified = vi.hoisted(() => ({ events: [] as unknown[], failures: 0 }));
vi.mock("../../server/notifications/tasks.ts", () => ({
  notifyTask: async (event: unknown) => {
    if (notified.failures > 0) {
      notified.failures--;
      throw new Error("handler failed (test)");
    }
    notified.events.push(event);
  },
}));

let db: PGlite;
let client: PrismaClient;

beforeAll(async () => {
  db = new PGlite();
  await applyMigrations(pgliteRunner(db));
  await installLocalQueue(pgliteRunner(db));
  client = new PrismaClient({ adapter: new PrismaPGlite(db) });
  setPrisma(client);
});
afterAll(async () => {
  await client.$disconnect();
  await db.close();
});
beforeEach(async () => {
  notified.events = [];
  notified.failures = 0;
  await db.exec("DELETE FROM waymark_jobs.job");
});

const event = (goalId: string): NotificationEvent => ({ type: "GOAL_CHANGED", organizationId: "org", goalId });
const queued = async () => (await db.query<{ task: string; attempts: number; job_key: string | null }>("SELECT task, attempts, job_key FROM waymark_jobs.job ORDER BY id")).rows;

describe("the in-process queue (PGlite)", () => {
  it("runs a job enqueued in a committed transaction, never one whose transaction rolled back", async () => {
    await client.$transaction(async (tx) => {
      await enqueueJob(tx, "notify", event("committed"));
    });
    await client
      .$transaction(async (tx) => {
        await enqueueJob(tx, "notify", event("rolled-back"));
        throw new Error("the write fails");
      })
      .catch(() => {});
    expect(await queued()).toEqual([{ task: "notify", attempts: 0, job_key: null }]);
    await runQueuedJobs();
    expect(notified.events).toEqual([event("committed")]);
    expect(await queued()).toEqual([]);
  });

  it("keeps a failed job and tries it again later, with a growing pause", async () => {
    notified.failures = 1;
    await enqueueJob(client, "notify", event("flaky"));
    await runQueuedJobs();
    expect(notified.events).toEqual([]);
    expect(await queued()).toEqual([{ task: "notify", attempts: 1, job_key: null }]);
    const { rows } = await db.query<{ wait: number }>("SELECT extract(epoch FROM run_at - now())::float AS wait FROM waymark_jobs.job");
    expect(rows[0].wait).toBeGreaterThan(1);
    // Its time comes: it runs, and is gone.
    await db.exec("UPDATE waymark_jobs.job SET run_at = now()");
    await runQueuedJobs();
    expect(notified.events).toEqual([event("flaky")]);
    expect(await queued()).toEqual([]);
  });

  it("keeps one waiting job per job key, with the latest payload", async () => {
    await enqueueJob(client, "notify", event("first"), { jobKey: "k" });
    await enqueueJob(client, "notify", event("second"), { jobKey: "k" });
    expect(await queued()).toEqual([{ task: "notify", attempts: 0, job_key: "k" }]);
    await runQueuedJobs();
    expect(notified.events).toEqual([event("second")]);
  });

  it("leaves a job for later when its time has not come", async () => {
    await enqueueJob(client, "notify", event("later"), { runAt: new Date(Date.now() + 60_000) });
    await runQueuedJobs();
    expect(notified.events).toEqual([]);
    expect(await queued()).toHaveLength(1);
  });

  it("the running runner picks a job up soon after its commit, and stops cleanly", async () => {
    const runner = await startJobRunner({ crontab: false });
    try {
      await client.$transaction(async (tx) => {
        await enqueueJob(tx, "notify", event("live"));
        // Not before the commit: the runner's read waits for this transaction.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(notified.events).toEqual([]);
      });
      await vi.waitFor(() => expect(notified.events).toEqual([event("live")]), { timeout: 3_000, interval: 50 });
    } finally {
      await runner.stop();
    }
    expect(await queued()).toEqual([]);
  });

  it("runs the sweeps in-process as soon as it starts (covering the time it was down)", async () => {
    const owner = await client.user.create({ data: { name: "Owner", email: `owner-${Date.now()}@local.test`, passwordHash: "x" } });
    const org = await client.organization.create({
      data: { name: "Local", slug: `local-${Date.now()}`, memberships: { create: { userId: owner.id, role: "OWNER" } } },
    });
    const goal = await client.goal.create({
      data: { organizationId: org.id, ownerId: owner.id, title: "Goal", startDate: new Date("2020-01-01"), targetDate: new Date("2099-01-01") },
    });
    const yesterday = new Date(`${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}T00:00:00.000Z`);
    const milestone = await client.milestone.create({
      data: { organizationId: org.id, goalId: goal.id, title: "Late", dueDate: yesterday, baselineDueDate: yesterday, position: 0, ownerId: owner.id },
    });
    const runner = await startJobRunner({ crontab: true });
    try {
      await vi.waitFor(
        async () => {
          expect(await client.notification.findMany({ where: { milestoneId: milestone.id }, select: { kind: true, recipientId: true } })).toEqual([
            { kind: "MILESTONE_MISSED", recipientId: owner.id },
          ]);
          expect(await client.activity.count({ where: { milestoneId: milestone.id, kind: "MILESTONE_MISSED" } })).toBe(1);
        },
        { timeout: 10_000, interval: 100 },
      );
    } finally {
      await runner.stop();
    }
  });
});
