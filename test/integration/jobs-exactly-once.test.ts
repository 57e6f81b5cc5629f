import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { plusDays } from "../../domain/calendar.ts";
import { dayNumber } from "../../domain/calendar.ts";
import { PrismaClient } from "../../prisma/generated/client/client.ts";
import { setPrisma } from "../../server/db.ts";
import { applyMigrations, pgRunner } from "../../server/db/migrate.ts";
import { enqueueJob } from "../../server/jobs/enqueue.ts";
import { installGraphileWorker } from "../../server/jobs/install.ts";
import type { JobName } from "../../server/jobs/job-types.ts";
import { startJobRunner, type JobRunner } from "../../server/jobs/runner.ts";

// Exactly once (#10 §5) on real PostgreSQL: two graphile-worker runners at once over one database,
// each running the same sweeps side by side, then a handler that fails after doing part of its
// work and is retried. Afterwards: one notification per (person, kind, object, period), one email
// per notification and per digest, one activity per missed milestone.
//
// The runners get a database of their own: they run every kind of job, and must not take the
// jobs other test files enqueue on the shared one (an email sent by another process's settings).

// "A crash in the middle": deliver() and the digest job do their work, then throw, while the flag is set.
const crash = vi.hoisted(() => ({ afterDeliver: 0, afterDigest: 0 }));
vi.mock("../../server/notifications/deliver.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/notifications/deliver.ts")>();
  return {
    ...original,
    deliver: async (...args: Parameters<typeof original.deliver>) => {
      await original.deliver(...args);
      if (crash.afterDeliver > 0 && args[1].length > 0) {
        crash.afterDeliver--;
        throw new Error("crash after delivering (test)");
      }
    },
  };
});
vi.mock("../../server/email/tasks.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/email/tasks.ts")>();
  return {
    ...original,
    sendDigestTask: async (payload: Parameters<typeof original.sendDigestTask>[0]) => {
      await original.sendDigestTask(payload);
      if (crash.afterDigest > 0) {
        crash.afterDigest--;
        throw new Error("crash after the digest (test)");
      }
    },
  };
});

const base = process.env.DATABASE_URL;
const name = `waymark_jobs_${Date.now()}_${process.pid}`;
let url = "";
let client: PrismaClient;
let sql: pg.Client;

// The sweeps judge the clock of their cron tick: a Monday 11:00 UTC, the latest one before now.
// Then it is digest time in UTC (Monday from 08:00) and already Tuesday 01:00 in Kiritimati (UTC+14).
const realToday = new Date().toISOString().slice(0, 10);
const monday = plusDays(realToday, -((dayNumber(realToday) + 3) % 7));
const tick = new Date(`${monday}T11:00:00.000Z`) > new Date() ? new Date(`${plusDays(monday, -7)}T11:00:00.000Z`) : new Date(`${monday}T11:00:00.000Z`);
const today = tick.toISOString().slice(0, 10);
const weekStart = today;
const day = (offset: number) => new Date(`${plusDays(today, offset)}T00:00:00.000Z`);

describe.skipIf(!base)("jobs run exactly once (PostgreSQL)", () => {
  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const target = new URL(base!);
    target.pathname = `/${name}`;
    url = target.toString();
    const runner = await pgRunner(url);
    await applyMigrations(runner);
    await runner.close();
    await installGraphileWorker(url);
    client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 8 }) });
    setPrisma(client);
    sql = new pg.Client({ connectionString: url });
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await client?.$disconnect();
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  let seq = 0;
  async function user(label: string) {
    seq++;
    return client.user.create({ data: { name: label, email: `${label.toLowerCase()}-${seq}-${Date.now()}@jobs.test`, passwordHash: "x" } });
  }
  async function org(timeZone: string, members: { id: string }[], owner: { id: string }) {
    seq++;
    return client.organization.create({
      data: {
        name: `Jobs ${seq}`,
        slug: `jobs-${seq}-${Date.now()}`,
        timeZone,
        memberships: { create: [{ userId: owner.id, role: "OWNER" }, ...members.map((m) => ({ userId: m.id, role: "MEMBER" as const }))] },
      },
    });
  }
  async function goal(orgId: string, ownerId: string, extra: { archivedAt?: Date } = {}) {
    return client.goal.create({
      data: { organizationId: orgId, ownerId, title: `Goal ${++seq}`, startDate: day(-60), targetDate: day(60), createdAt: day(-60), ...extra },
    });
  }
  async function milestone(g: { id: string; organizationId: string }, dueOffset: number, extra: { ownerId?: string; status?: "DONE"; missedDueDate?: Date; assignees?: string[] } = {}) {
    const m = await client.milestone.create({
      data: {
        organizationId: g.organizationId,
        goalId: g.id,
        title: `Milestone ${++seq}`,
        dueDate: day(dueOffset),
        baselineDueDate: day(dueOffset),
        position: seq,
        ownerId: extra.ownerId ?? null,
        status: extra.status ?? "PLANNED",
        missedDueDate: extra.missedDueDate ?? null,
      },
    });
    for (const userId of extra.assignees ?? []) await client.assignment.create({ data: { organizationId: g.organizationId, milestoneId: m.id, userId } });
    return m;
  }

  /** Waits until no job is waiting or running (failed jobs wait for their retry, so count too). */
  async function settled(timeoutMs = 25_000) {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE attempts < max_attempts");
      if (rows[0].n === 0) return;
      if (Date.now() > until) {
        const { rows: left } = await sql.query("SELECT task_identifier, attempts, locked_by, run_at, last_error FROM graphile_worker.jobs");
        throw new Error(`${rows[0].n} jobs still queued: ${JSON.stringify(left, null, 1)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async function enqueueSweeps(tasks: JobName[], copies: number) {
    for (let i = 0; i < copies; i++) {
      // No job key: separate jobs, so both runners run the same sweep at the same time.
      for (const task of tasks) await enqueueJob(client, task, { _cron: { ts: tick.toISOString() } } as never);
    }
  }

  const notificationsOf = async (orgIds: string[]) =>
    (
      await client.notification.findMany({
        where: { organizationId: { in: orgIds } },
        select: { recipientId: true, kind: true, milestoneId: true, goalId: true, dedupeKey: true, id: true },
      })
    )
      .map((n) => `${n.recipientId} ${n.kind} ${n.milestoneId ?? n.goalId}`)
      .sort();

  it("two runners at once: one notification per person, kind, object and period; one email each; one activity per miss", { timeout: 90_000 }, async () => {
    const [olivia, ann, bob, sam, otto, bea] = await Promise.all(["Olivia", "Ann", "Bob", "Sam", "Otto", "Bea"].map(user));
    const orgA = await org("UTC", [ann, bob, sam], olivia);
    const orgB = await org("Pacific/Kiritimati", [bea], otto);
    const g1 = await goal(orgA.id, olivia.id);
    const archived = await goal(orgA.id, olivia.id, { archivedAt: new Date() });
    const gB = await goal(orgB.id, otto.id);

    const dueSoon = await milestone(g1, 2, { ownerId: bob.id, assignees: [ann.id] });
    const missed = await milestone(g1, -1, { ownerId: bob.id, assignees: [ann.id, bob.id] });
    await milestone(g1, -1, { ownerId: bob.id, status: "DONE" });
    await milestone(g1, 10, { ownerId: bob.id });
    const oldMiss = await milestone(g1, -30, { ownerId: bob.id }); // recorded silently
    await milestone(g1, -2, { ownerId: bob.id, missedDueDate: day(-2) }); // already recorded
    await milestone(archived, -1, { ownerId: bob.id });
    // Due today in UTC, but in Kiritimati it is already tomorrow: missed there.
    const missedB = await milestone(gB, 0, { ownerId: bea.id });

    await enqueueSweeps(["sweep-milestones", "sweep-check-ins", "schedule-digests"], 2);
    const runners: JobRunner[] = await Promise.all([
      startJobRunner({ connectionString: url, crontab: false, concurrency: 3 }),
      startJobRunner({ connectionString: url, crontab: false, concurrency: 3 }),
    ]);
    try {
      await settled();
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }

    const expected = [
      `${bob.id} MILESTONE_DUE_SOON ${dueSoon.id}`,
      `${ann.id} MILESTONE_DUE_SOON ${dueSoon.id}`,
      `${bob.id} MILESTONE_MISSED ${missed.id}`,
      `${ann.id} MILESTONE_MISSED ${missed.id}`,
      `${olivia.id} MILESTONE_MISSED ${missed.id}`,
      `${bea.id} MILESTONE_MISSED ${missedB.id}`,
      `${otto.id} MILESTONE_MISSED ${missedB.id}`,
      // Weekly cadence, no check-in since the start 60 days ago.
      `${olivia.id} CHECK_IN_DUE ${g1.id}`,
      `${otto.id} CHECK_IN_DUE ${gB.id}`,
    ].sort();
    expect(await notificationsOf([orgA.id, orgB.id])).toEqual(expected);

    const activities = await client.activity.findMany({ where: { kind: "MILESTONE_MISSED", organizationId: { in: [orgA.id, orgB.id] } }, select: { milestoneId: true, actorId: true } });
    expect(activities.map((a) => a.milestoneId).sort()).toEqual([missed.id, missedB.id].sort());
    expect(activities.every((a) => a.actorId === null)).toBe(true);
    // Every miss is recorded, the old one without news.
    const marked = await client.milestone.findMany({ where: { id: { in: [missed.id, oldMiss.id, missedB.id] } }, select: { missedDueDate: true, dueDate: true } });
    expect(marked.every((m) => m.missedDueDate?.getTime() === m.dueDate.getTime())).toBe(true);

    // Emails: every kind above is email-on by default, so one per notification; digests in orgA only
    // (it is Tuesday in Kiritimati), once per person and week.
    const emails = await client.emailMessage.findMany({ where: { organizationId: { in: [orgA.id, orgB.id] } }, select: { dedupeKey: true, kind: true, userId: true, organizationId: true, status: true } });
    const notificationIds = (await client.notification.findMany({ where: { organizationId: { in: [orgA.id, orgB.id] } }, select: { id: true } })).map((n) => `notification:${n.id}`);
    expect(emails.filter((e) => e.dedupeKey.startsWith("notification:")).map((e) => e.dedupeKey).sort()).toEqual(notificationIds.sort());
    const digests = emails.filter((e) => e.dedupeKey.startsWith("digest:"));
    expect(digests.length).toBeGreaterThan(0);
    for (const digest of digests) {
      expect(digest.organizationId).toBe(orgA.id);
      expect(digest.dedupeKey).toBe(`digest:${digest.userId}:${orgA.id}:${weekStart}`);
    }
    // Bob owns a missed milestone and one due this week: his digest has something to say.
    expect(digests.map((d) => d.userId)).toContain(bob.id);
    // Every email was handed to the sender once (no SMTP here: kept for the Sent emails page).
    expect(emails.every((e) => e.status === "KEPT")).toBe(true);

    // Running everything again, twice at once, adds nothing.
    await enqueueSweeps(["sweep-milestones", "sweep-check-ins", "schedule-digests"], 2);
    const again = await Promise.all([startJobRunner({ connectionString: url, crontab: false }), startJobRunner({ connectionString: url, crontab: false })]);
    try {
      await settled();
    } finally {
      await Promise.all(again.map((r) => r.stop()));
    }
    expect(await notificationsOf([orgA.id, orgB.id])).toEqual(expected);
    expect(await client.activity.count({ where: { kind: "MILESTONE_MISSED", organizationId: { in: [orgA.id, orgB.id] } } })).toBe(2);
    expect(await client.emailMessage.count({ where: { organizationId: { in: [orgA.id, orgB.id] } } })).toBe(emails.length);
    const { rows: failed } = await sql.query("SELECT task_identifier, last_error FROM graphile_worker.jobs");
    expect(failed).toEqual([]);
  });

  it("a job that fails after part of its work is retried and still produces everything once", { timeout: 60_000 }, async () => {
    const [olivia, ann] = await Promise.all(["Olivia", "Ann"].map(user));
    const orgC = await org("UTC", [ann], olivia);
    const g = await goal(orgC.id, olivia.id);
    const missed = await milestone(g, -1, { ownerId: ann.id });
    const soon = await milestone(g, 1, { ownerId: ann.id });

    // The first sweep writes the claim, the activity, the notifications and the emails, then
    // fails before its commit; the first digest is written, then its job fails after the commit.
    crash.afterDeliver = 1;
    crash.afterDigest = 1;
    await enqueueSweeps(["sweep-milestones", "schedule-digests"], 1);
    const runner = await startJobRunner({ connectionString: url, crontab: false, concurrency: 2 });
    try {
      // graphile-worker retries a failed job after exp(1) ≈ 2.7 s.
      await settled();
    } finally {
      await runner.stop();
    }
    expect(crash).toEqual({ afterDeliver: 0, afterDigest: 0 });

    expect(await notificationsOf([orgC.id])).toEqual(
      [`${ann.id} MILESTONE_MISSED ${missed.id}`, `${olivia.id} MILESTONE_MISSED ${missed.id}`, `${ann.id} MILESTONE_DUE_SOON ${soon.id}`].sort(),
    );
    expect(await client.activity.count({ where: { kind: "MILESTONE_MISSED", organizationId: orgC.id } })).toBe(1);
    const emails = await client.emailMessage.findMany({ where: { organizationId: orgC.id }, select: { dedupeKey: true } });
    expect(emails.filter((e) => e.dedupeKey.startsWith("notification:"))).toHaveLength(3);
    const digestKeys = emails.filter((e) => e.dedupeKey.startsWith("digest:")).map((e) => e.dedupeKey);
    expect(digestKeys).toContain(`digest:${ann.id}:${orgC.id}:${weekStart}`);
    expect(new Set(digestKeys).size).toBe(digestKeys.length);
    // The failures are on record as retried attempts, not lost.
    const { rows } = await sql.query("SELECT count(*)::int AS n FROM graphile_worker.jobs");
    expect(rows[0].n).toBe(0);
  });
});
