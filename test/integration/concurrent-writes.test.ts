import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { encode } from "next-auth/jwt";
import { POST } from "../../app/api/graphql/route.ts";
import { PrismaClient } from "../../prisma/generated/client/client.ts";
import { createGoal, createMilestone, createOrg, createUser, addMember, refreshProgress, setParent } from "../../prisma/factories.ts";
import { authSecret } from "../../server/auth/secret.ts";
import { POOL_MAX, prisma, setPrisma } from "../../server/db.ts";
import { connectionOptions } from "../../server/db/planner.ts";
import { countingAdapter } from "../../server/request-metrics.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { serveRoutes } from "../helpers/http-server.ts";

// Issue #9 §6: concurrent writes through the real route, on a pool sized as the app's.
const realPool = process.env.DATABASE_URL
  ? new PrismaClient({ adapter: countingAdapter(new PrismaPg({ connectionString: process.env.DATABASE_URL, max: POOL_MAX, options: connectionOptions() })) })
  : null;
const testClient = prisma();
let server: Awaited<ReturnType<typeof serveRoutes>>;

beforeAll(async () => {
  if (realPool) setPrisma(realPool);
  server = await serveRoutes({ "/api/graphql": { POST } });
});
afterAll(async () => {
  await server.close();
  setPrisma(testClient);
  await realPool?.$disconnect();
});

async function cookieFor(userId: string) {
  return `next-auth.session-token=${await encode({ token: { sub: userId }, secret: authSecret()! })}`;
}

async function post(cookie: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${server.origin}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] } };
}

const MARK_DONE = `mutation($id: ID!) { updateMilestone(input: { milestoneId: $id, status: DONE }) { milestone { id status } } }`;
const UPDATE_GOAL = `mutation($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { id title version } } }`;

describe("concurrent writes", () => {
  it("200 concurrent 'mark done' on one goal's milestones: each succeeds or is a clean retryable CONFLICT, and progress is right", async () => {
    const { org, owner } = await createOrg();
    const goal = await createGoal(org, owner);
    const milestones = [];
    for (let i = 0; i < 200; i++) milestones.push(await createMilestone(goal, { position: i }));
    const cookie = await cookieFor(owner.id);

    const burst = Promise.all(milestones.map((m) => post(cookie, MARK_DONE, { id: gid("Milestone", m.id) })));
    // Reads keep a connection while the writes queue.
    const read = await post(cookie, `{ me { name } }`, {});
    expect(read.body.errors).toBeUndefined();
    const answers = await burst;

    const refused: string[] = [];
    for (const [i, { status, body }] of answers.entries()) {
      expect(status).toBe(200);
      if (body.errors) {
        expect(body.errors.map((e) => [e.extensions.code, e.extensions.retryable])).toEqual([["CONFLICT", true]]);
        refused.push(milestones[i]!.id);
      } else {
        expect(body.data.updateMilestone.milestone.status).toBe("DONE");
      }
    }
    // Nothing half-written: the goal's progress is exactly the share done.
    const done = await prisma().milestone.count({ where: { goalId: goal.id, status: "DONE" } });
    expect(done).toBe(200 - refused.length);
    expect((await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } })).progress).toBeCloseTo(done / 200, 9);

    // A refused one is a retry away.
    for (const id of refused) expect((await post(cookie, MARK_DONE, { id: gid("Milestone", id) })).body.errors).toBeUndefined();
    const after = await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } });
    expect(after.progress).toBe(1);
    expect(await prisma().activity.count({ where: { goalId: goal.id, kind: "MILESTONE_DONE" } })).toBe(200);
  }, 120_000);

  it("50 concurrent updateGoal from one version: exactly one is accepted, 49 are CONFLICT with the current values", async () => {
    const owner = await createUser({ name: "Olu Owner" });
    const { org } = await createOrg(owner);
    const alex = await createUser({ name: "Alex Editor" });
    await addMember(org, alex, "MEMBER");
    const goal = await createGoal(org, owner, { title: "Before" });
    const users = [owner, alex];
    const cookies = await Promise.all(users.map((u) => cookieFor(u.id)));

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        post(cookies[i % 2]!, UPDATE_GOAL, { input: { goalId: gid("Goal", goal.id), title: `Title ${i}`, expectedVersion: 1 } }),
      ),
    );
    const accepted = answers.filter((a) => !a.body.errors);
    const refused = answers.filter((a) => a.body.errors);
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(49);

    const winner = accepted[0]!.body.data.updateGoal.goal;
    expect(winner.version).toBe(2);
    const winnerIndex = Number(winner.title.replace("Title ", ""));
    const winnerName = users[winnerIndex % 2]!.name;
    for (const { body } of refused) {
      const [error] = body.errors!;
      expect(error!.extensions).toMatchObject({
        code: "CONFLICT",
        retryable: false,
        field: "expectedVersion",
        currentVersion: 2,
        current: { title: winner.title, ownerId: gid("User", owner.id), startDate: "2026-01-01" },
        changedBy: { name: winnerName },
      });
      expect(Date.parse(error!.extensions.changedAt)).toBeGreaterThan(Date.now() - 60_000);
    }
    // Nothing lost silently: the stored goal is the one accepted edit, and one edit was recorded.
    const stored = await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } });
    expect([stored.title, stored.version]).toEqual([winner.title, 2]);
    expect(await prisma().activity.count({ where: { goalId: goal.id, kind: "GOAL_UPDATED" } })).toBe(1);
  }, 60_000);

  it("without expectedVersion every edit is applied in turn (existing clients), each bumping the version once", async () => {
    const { org, owner } = await createOrg();
    const goal = await createGoal(org, owner);
    const cookie = await cookieFor(owner.id);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(cookie, UPDATE_GOAL, { input: { goalId: gid("Goal", goal.id), title: `Title ${i}` } })),
    );
    expect(answers.every((a) => !a.body.errors)).toBe(true);
    expect((await prisma().goal.findUniqueOrThrow({ where: { id: goal.id } })).version).toBe(21);
  });
});

describe("versions", () => {
  it("a stale milestone edit is CONFLICT with its current values; the fresh version is accepted", async () => {
    const { org, owner } = await createOrg();
    const goal = await createGoal(org, owner);
    const milestone = await createMilestone(goal, { title: "Draft", dueDate: "2026-06-01" });
    const edit = (title: string, expectedVersion?: number) =>
      run(owner.id, `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { title version } } }`, {
        input: { milestoneId: gid("Milestone", milestone.id), title, expectedVersion },
      });
    expect((await edit("First", 1)).data.updateMilestone.milestone).toEqual({ title: "First", version: 2 });
    const stale = await edit("Second", 1);
    expect(codes(stale)).toEqual(["CONFLICT"]);
    expect(stale.errors![0]!.extensions).toMatchObject({
      currentVersion: 2,
      current: { title: "First", dueDate: "2026-06-01", status: "PLANNED", ownerId: null },
      changedBy: { id: gid("User", owner.id) },
    });
    expect((await edit("Second", 2)).data.updateMilestone.milestone).toEqual({ title: "Second", version: 3 });
  });

  it("roll-ups and check-ins don't bump a goal's version, so they never make an edit conflict", async () => {
    const { org, owner } = await createOrg();
    const parent = await createGoal(org, owner);
    const child = await createGoal(org, owner);
    await setParent(child, parent);
    const milestone = await createMilestone(child);
    await refreshProgress(parent);
    const before = await prisma().goal.findUniqueOrThrow({ where: { id: parent.id } });

    const done = await run(owner.id, `mutation($id: ID!) { updateMilestone(input: { milestoneId: $id, status: DONE }) { milestone { id } } }`, {
      id: gid("Milestone", milestone.id),
    });
    expect(done.errors).toBeUndefined();
    const checkIn = await run(owner.id, `mutation($id: ID!) { createCheckIn(input: { goalId: $id, confidence: ON_TRACK }) { checkIn { id } } }`, {
      id: gid("Goal", parent.id),
    });
    expect(checkIn.errors).toBeUndefined();
    const after = await prisma().goal.findUniqueOrThrow({ where: { id: parent.id } });
    expect(after.progress).toBeGreaterThan(before.progress);
    expect(after.version).toBe(before.version);

    const edit = await run(owner.id, UPDATE_GOAL, { input: { goalId: gid("Goal", parent.id), title: "Renamed", expectedVersion: before.version } });
    expect(edit.errors).toBeUndefined();
  });

  it("expectedVersion must be 1 or more (BAD_USER_INPUT naming it)", async () => {
    const { org, owner } = await createOrg();
    const goal = await createGoal(org, owner);
    const result = await run(owner.id, UPDATE_GOAL, { input: { goalId: gid("Goal", goal.id), title: "x", expectedVersion: 0 } });
    expect(result.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "expectedVersion" });
  });
});
