import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { plusDays } from "../../domain/calendar.ts";
import { PrismaClient } from "../../prisma/generated/client/client.ts";
import { setPrisma } from "../../server/db.ts";
import { recordLatestCheckIns } from "../../server/checkins/last-check-in.ts";
import { applyMigrations, pgliteRunner } from "../../server/db/migrate.ts";
import { installLocalQueue } from "../../server/jobs/install.ts";
import { sweepCheckIns } from "../../server/jobs/sweeps/check-ins.ts";
import { scheduleDigests } from "../../server/jobs/sweeps/digests.ts";
import { sweepHealth } from "../../server/jobs/sweeps/health.ts";
import { sweepMilestones } from "../../server/jobs/sweeps/milestones.ts";
import { countStatements, recordStatement } from "../helpers/statements.ts";

// The sweeps' rules against a database, and their statement counts. A sweep reads every
// organization, so this file brings its own database (embedded, whatever the test server is):
// on the shared one it would notify other files' people. Exactly once across workers is
// jobs-exactly-once.test.ts, on PostgreSQL.

vi.mock("../../server/env.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../server/env.ts")>();
  return { ...original, env: () => ({ ...original.env(), DATABASE_URL: undefined }) };
});

let db: PGlite;
let client: PrismaClient;
beforeAll(async () => {
  db = new PGlite();
  await applyMigrations(pgliteRunner(db));
  await installLocalQueue(pgliteRunner(db));
  // Typed with its log option here, so $on("query") is known; `client` keeps the plain type.
  const logged = new PrismaClient({ adapter: new PrismaPGlite(db), log: [{ emit: "event", level: "query" }] });
  logged.$on("query", (event) => recordStatement(event.query));
  client = logged;
  setPrisma(client);
});
afterAll(async () => {
  await client.$disconnect();
  await db.close();
});

// A Monday, 09:00 UTC.
const now = new Date("2026-12-07T09:00:00.000Z");
const today = "2026-12-07";
const day = (offset: number) => new Date(`${plusDays(today, offset)}T00:00:00.000Z`);

let seq = 0;
async function people(n: number) {
  const tag = `${Date.now()}-${++seq}`;
  return client.user.createManyAndReturn({
    data: Array.from({ length: n }, (_, i) => ({ name: `P${i}`, email: `p${i}-${tag}@sweeps.test`, passwordHash: "x" })),
  });
}
async function organization(owner: { id: string }, members: { id: string }[] = [], timeZone = "UTC") {
  const tag = `${Date.now()}-${++seq}`;
  return client.organization.create({
    data: {
      name: `Sweeps ${tag}`,
      slug: `sweeps-${tag}`,
      timeZone,
      memberships: { create: [{ userId: owner.id, role: "OWNER" }, ...members.map((m) => ({ userId: m.id, role: "MEMBER" as const }))] },
    },
  });
}
async function goal(org: { id: string }, ownerId: string, extra: Partial<{ closedAt: Date; archivedAt: Date; checkInCadence: "WEEKLY" | "NONE" }> = {}) {
  return client.goal.create({ data: { organizationId: org.id, ownerId, title: `Goal ${++seq}`, startDate: day(-60), targetDate: day(60), ...extra } });
}
async function milestones(g: { id: string; organizationId: string }, dueOffsets: number[], ownerId: string | null, assigneeId?: string) {
  const rows = await client.milestone.createManyAndReturn({
    data: dueOffsets.map((offset, i) => ({
      organizationId: g.organizationId,
      goalId: g.id,
      title: `M${i}`,
      dueDate: day(offset),
      baselineDueDate: day(offset),
      position: i,
      ownerId,
    })),
  });
  if (assigneeId) await client.assignment.createMany({ data: rows.map((m) => ({ organizationId: g.organizationId, milestoneId: m.id, userId: assigneeId })) });
  return rows;
}
const notifications = (where: { organizationId: string }) =>
  client.notification.findMany({ where, select: { kind: true, recipientId: true, milestoneId: true, goalId: true, dedupeKey: true }, orderBy: { dedupeKey: "asc" } });

describe("sweep-milestones", () => {
  it("tells owner and assignees what is due within 3 days, and records each miss once for them and the goal's owner", async () => {
    const [owner, bob, ann, outsider] = await people(4);
    const org = await organization(owner, [bob, ann]);
    const g = await goal(org, owner.id);
    const [dueIn3, dueIn4, missed, done] = await milestones(g, [3, 4, -1, -1], bob.id, ann.id);
    await client.milestone.update({ where: { id: done.id }, data: { status: "DONE" } });
    // Someone outside the organization assigned by mistake: told nothing (deliver's tenant wall).
    await client.assignment.create({ data: { organizationId: org.id, milestoneId: dueIn3.id, userId: outsider.id } });
    // Closed and archived goals: nothing.
    for (const extra of [{ closedAt: new Date() }, { archivedAt: new Date() }]) await milestones(await goal(org, owner.id, extra), [1, -1], bob.id);

    const first = await sweepMilestones(now);
    expect(first).toEqual({ dueSoon: 1, missed: 1, missedSilently: 0 });
    const rows = await notifications({ organizationId: org.id });
    expect(rows.filter((n) => n.kind !== "CHECK_IN_DUE")).toEqual(
      [
        { kind: "MILESTONE_DUE_SOON", recipientId: bob.id, milestoneId: dueIn3.id, goalId: g.id, dedupeKey: `MILESTONE_DUE_SOON:${dueIn3.id}:${plusDays(today, 3)}` },
        { kind: "MILESTONE_DUE_SOON", recipientId: ann.id, milestoneId: dueIn3.id, goalId: g.id, dedupeKey: `MILESTONE_DUE_SOON:${dueIn3.id}:${plusDays(today, 3)}` },
        { kind: "MILESTONE_MISSED", recipientId: bob.id, milestoneId: missed.id, goalId: g.id, dedupeKey: `MILESTONE_MISSED:${missed.id}:${plusDays(today, -1)}` },
        { kind: "MILESTONE_MISSED", recipientId: ann.id, milestoneId: missed.id, goalId: g.id, dedupeKey: `MILESTONE_MISSED:${missed.id}:${plusDays(today, -1)}` },
        { kind: "MILESTONE_MISSED", recipientId: owner.id, milestoneId: missed.id, goalId: g.id, dedupeKey: `MILESTONE_MISSED:${missed.id}:${plusDays(today, -1)}` },
      ].sort((a, b) => a.dedupeKey.localeCompare(b.dedupeKey)),
    );
    expect(rows.some((n) => n.milestoneId === dueIn4.id)).toBe(false);
    const activity = await client.activity.findMany({ where: { organizationId: org.id }, select: { kind: true, actorId: true, milestoneId: true, data: true } });
    expect(activity).toEqual([{ kind: "MILESTONE_MISSED", actorId: null, milestoneId: missed.id, data: { goalTitle: g.title, milestoneTitle: missed.title } }]);

    // Again: nothing new.
    expect(await sweepMilestones(now)).toEqual({ dueSoon: 1, missed: 0, missedSilently: 0 });
    expect(await client.notification.count({ where: { organizationId: org.id } })).toBe(rows.length);

    // The due date moves to a later date, which passes too: a new miss.
    await client.milestone.update({ where: { id: missed.id }, data: { dueDate: day(1) } });
    expect(await sweepMilestones(new Date("2026-12-09T09:00:00.000Z"))).toMatchObject({ missed: 1 });
    expect(await client.activity.count({ where: { organizationId: org.id, kind: "MILESTONE_MISSED" } })).toBe(2);
  });

  it("judges by the organization's time zone, and records old misses without news", async () => {
    const [owner] = await people(1);
    // 09:00 UTC Monday is 23:00 Monday in Kiritimati (UTC+14) and 01:00 Monday in Los Angeles.
    const east = await organization(owner, [], "Pacific/Kiritimati");
    const west = await organization(owner, [], "America/Los_Angeles");
    const [eastDue] = await milestones(await goal(east, owner.id), [4], owner.id); // Friday: 4 days from Monday
    const [westDue] = await milestones(await goal(west, owner.id), [-1], owner.id); // Sunday: missed in LA too
    const [old] = await milestones(await goal(west, owner.id), [-30], owner.id);
    await sweepMilestones(now);
    expect(await client.notification.count({ where: { milestoneId: eastDue.id } })).toBe(0);
    expect((await notifications({ organizationId: west.id })).filter((n) => n.milestoneId === westDue.id).map((n) => n.kind)).toEqual(["MILESTONE_MISSED"]);
    // An hour later it is Tuesday in Kiritimati: Friday is 3 days away.
    await sweepMilestones(new Date("2026-12-07T10:00:00.000Z"));
    expect((await notifications({ organizationId: east.id })).filter((n) => n.milestoneId === eastDue.id).map((n) => n.kind)).toEqual(["MILESTONE_DUE_SOON"]);
    // The month-old miss is marked recorded, silently.
    expect((await client.milestone.findUniqueOrThrow({ where: { id: old.id } })).missedDueDate).toEqual(day(-30));
    expect(await client.notification.count({ where: { milestoneId: old.id } })).toBe(0);
    expect(await client.activity.count({ where: { milestoneId: old.id } })).toBe(0);
  });
});

describe("sweep-check-ins", () => {
  it("reminds the owner once per due period, and not after a check-in or for a goal that asks for none", async () => {
    const [owner] = await people(1);
    const org = await organization(owner);
    const weekly = await goal(org, owner.id);
    const none = await goal(org, owner.id, { checkInCadence: "NONE" });
    const checkedIn = await goal(org, owner.id);
    await client.checkIn.create({ data: { organizationId: org.id, goalId: checkedIn.id, authorId: owner.id, confidence: "ON_TRACK", createdAt: day(-2) } });
    await recordLatestCheckIns(client, [checkedIn.id]);

    await sweepCheckIns(now);
    await sweepCheckIns(new Date("2026-12-07T10:00:00.000Z"));
    const rows = await notifications({ organizationId: org.id });
    // Started 60 days ago with no check-in: due since a week after the start.
    expect(rows).toEqual([{ kind: "CHECK_IN_DUE", recipientId: owner.id, milestoneId: null, goalId: weekly.id, dedupeKey: `CHECK_IN_DUE:${weekly.id}:${plusDays(today, -53)}` }]);
    expect(rows.some((n) => n.goalId === none.id || n.goalId === checkedIn.id)).toBe(false);
    // The checked-in goal falls due 7 days after its check-in: a reminder of its own period.
    await sweepCheckIns(new Date(`${plusDays(today, 5)}T09:00:00.000Z`));
    expect((await notifications({ organizationId: org.id })).filter((n) => n.goalId === checkedIn.id).map((n) => n.dedupeKey)).toEqual([
      `CHECK_IN_DUE:${checkedIn.id}:${plusDays(today, 5)}`,
    ]);
  });
});

describe("schedule-digests", () => {
  const queued = async (organizationId: string) =>
    (await db.query<{ payload: { userId: string }; job_key: string }>("SELECT payload, job_key FROM waymark_jobs.job WHERE task = 'send-digest' AND payload->>'organizationId' = $1 ORDER BY job_key", [organizationId])).rows;

  it("enqueues one digest job per member who wants it, on Monday from 08:00 in the organization's time zone", async () => {
    const [owner, wants, optedOut, alreadySent] = await people(4);
    const org = await organization(owner, [wants, optedOut, alreadySent]);
    const later = await organization(owner, [wants], "America/New_York"); // 04:00 there
    await client.membership.update({ where: { organizationId_userId: { organizationId: org.id, userId: optedOut.id } }, data: { digestEnabled: false } });
    await client.emailMessage.create({
      data: { organizationId: org.id, userId: alreadySent.id, to: "x@sweeps.test", kind: "DIGEST", subject: "s", html: "h", text: "t", dedupeKey: `digest:${alreadySent.id}:${org.id}:${today}` },
    });

    await scheduleDigests(new Date("2026-12-07T07:59:00.000Z"));
    expect(await queued(org.id)).toEqual([]);
    await scheduleDigests(now);
    await scheduleDigests(new Date("2026-12-07T10:00:00.000Z")); // the next hour replaces, never doubles
    const expected = [owner, wants].map((u) => ({ payload: { userId: u.id, organizationId: org.id, weekStart: today }, job_key: `digest:${u.id}:${org.id}:${today}` }));
    expect(await queued(org.id)).toEqual(expected.sort((a, b) => a.job_key.localeCompare(b.job_key)));
    expect(await queued(later.id)).toEqual([]);
    await scheduleDigests(new Date("2026-12-07T13:00:00.000Z")); // 08:00 in New York
    expect((await queued(later.id)).map((j) => j.job_key).sort()).toEqual([owner, wants].map((u) => `digest:${u.id}:${later.id}:${today}`).sort());
  });
});

describe("statements per sweep", () => {
  it("stay constant in the number of milestones, goals and members", async () => {
    // Email off, so what is counted is the sweeps' own work (and deliver's), not one outbox write per message.
    const measure = async (n: number) => {
      const users = await people(n);
      await client.notificationPreference.createMany({
        data: users.flatMap((u) => (["MILESTONE_DUE_SOON", "MILESTONE_MISSED", "CHECK_IN_DUE"] as const).map((kind) => ({ userId: u.id, kind, inApp: true, email: false }))),
      });
      const org = await organization(users[0], users.slice(1));
      for (const user of users) {
        const g = await goal(org, user.id);
        await milestones(g, [1, -1], user.id, user.id);
      }
      // Fresh work for each count: the next hour's reminders and misses are new.
      return {
        milestones: (await countStatements(() => sweepMilestones(now))).count,
        checkIns: (await countStatements(() => sweepCheckIns(now))).count,
        health: (await countStatements(() => sweepHealth(now))).count,
        digests: (await countStatements(() => scheduleDigests(now))).count,
      };
    };
    const small = await measure(2);
    const large = await measure(20);
    expect(large).toEqual(small);
    // Each did read and write something: one read, then the claim, the activities and deliver's three.
    expect(small.milestones).toBeGreaterThanOrEqual(6);
    expect(small.checkIns).toBeGreaterThanOrEqual(4);
  });
});
