import { describe, expect, it } from "vitest";
import { createGoal, createMember, createMilestone, createOrg, refreshProgress } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { lockChain, recomputeProgress } from "../../server/goals/recompute.ts";
import { gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

// A check-in or a completed milestone rolls progress up the goal's ancestors. The number of SQL
// statements it costs must not depend on how many milestones and sub-goals the goals have, nor on
// how deep the goal sits in the tree.

const CHECK_IN = `mutation($input: CreateCheckInInput!) { createCheckIn(input: $input) { goal { id } } }`;
const UPDATE_MILESTONE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id } } }`;

/**
 * Statements per write through the API, everything included (viewer, checks, the goal's lock, the
 * write, roll-up, activity, payload): about 15 for either when this was written, with a
 * little room for the layers around the roll-up.
 */
const MAX_STATEMENTS = 18;
/** The roll-up itself: lock the chain, load goals + children + milestones, one update, one insert. */
const ROLL_UP_STATEMENTS = 6;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * A tree `ancestors` levels above a milestone goal T. Every ancestor has, besides the chain's next
 * goal, one empty open sub-goal (progress 0), so each level halves the share; the topmost
 * ancestor also has an archived sub-goal at 100%, which must stay out of its roll-up.
 * T has `milestones` milestones (`done` of them done) and `children` sub-goals: K, a metric goal
 * 0 → 100 still at 0, and empty milestone goals.
 */
async function tree(size: { ancestors: number; milestones: number; done: number; children: number }) {
  const { org, owner } = await createOrg();
  const member = await createMember(org, "MEMBER");
  const goal = (data: { title: string; parentId?: string | null; kind?: "METRIC"; archivedAt?: Date; progress?: number }) =>
    prisma().goal.create({
      data: {
        organizationId: org.id,
        ownerId: owner.id,
        startDate: day("2026-01-01"),
        targetDate: day("2026-12-31"),
        ...(data.kind === "METRIC" ? { unit: "teams", startValue: 0, targetValue: 100, currentValue: 0, direction: "INCREASE" as const } : {}),
        ...data,
      },
    });

  const chain: { id: string }[] = [];
  let parentId: string | null = null;
  for (let level = 0; level < size.ancestors; level++) {
    const ancestor: { id: string } = await goal({ title: `Ancestor ${level}`, parentId });
    await goal({ title: `Empty sibling ${level}`, parentId: ancestor.id });
    if (level === 0) await goal({ title: "Archived", parentId: ancestor.id, archivedAt: new Date(), progress: 1 });
    chain.push(ancestor);
    parentId = ancestor.id;
  }
  const target = await goal({ title: "Target", parentId });
  const metric = await goal({ title: "K", parentId: target.id, kind: "METRIC" });
  for (let i = 1; i < size.children; i++) await goal({ title: `Sub-goal ${i}`, parentId: target.id });
  const milestones = [];
  for (let i = 0; i < size.milestones; i++) {
    milestones.push(await createMilestone(target, { title: `Milestone ${i}`, status: i < size.done ? "DONE" : "PLANNED", position: i }));
  }
  await refreshProgress(target);
  return { member, root: chain[0]!, ancestors: chain, target, metric, open: milestones[size.done]! };
}

/** countStatements() without transaction control, which the PGlite adapter logs as a comment. */
async function rollUpStatements(goalId: string) {
  const { statements } = await countStatements(() => prisma().$transaction((tx) => recomputeProgress(tx, goalId)));
  return statements.filter((sql) => !/^--\s*Implicit\s+"?(BEGIN|COMMIT|ROLLBACK)"?/i.test(sql.trim())).length;
}

const progressOf = async (id: string) => (await prisma().goal.findUniqueOrThrow({ where: { id } })).progress;

/** Checks T's, then every ancestor's stored progress, each ancestor being half its child's. */
async function expectRolledUp(t: Awaited<ReturnType<typeof tree>>, targetProgress: number) {
  expect(await progressOf(t.target.id)).toBeCloseTo(targetProgress, 12);
  let expected = targetProgress;
  for (const ancestor of [...t.ancestors].reverse()) {
    expected /= 2;
    expect(await progressOf(ancestor.id)).toBeCloseTo(expected, 12);
  }
}

async function writes(t: Awaited<ReturnType<typeof tree>>) {
  const chainIds = [t.metric, t.target, ...t.ancestors].map((g) => g.id);
  const snapshots = () => prisma().progressSnapshot.count({ where: { goalId: { in: chainIds } } });
  const snapshotsBefore = await snapshots();
  const checkIn = await countStatements(() =>
    run(t.member.id, CHECK_IN, { input: { goalId: gid("Goal", t.metric.id), value: 50, confidence: "ON_TRACK" } }),
  );
  expect(checkIn.result.errors).toBeUndefined();
  const checkInProgress = {
    metric: await progressOf(t.metric.id),
    snapshots: (await snapshots()) - snapshotsBefore,
  };
  // T first, then its ancestors bottom-up: the root is last.
  const afterCheckIn = await Promise.all([t.target, ...[...t.ancestors].reverse()].map((g) => progressOf(g.id)));

  const done = await countStatements(() =>
    run(t.member.id, UPDATE_MILESTONE, { input: { milestoneId: gid("Milestone", t.open.id), status: "DONE" } }),
  );
  expect(done.result.errors).toBeUndefined();
  return { checkIn: checkIn.count, done: done.count, checkInProgress, afterCheckIn };
}

describe("writes that roll progress up", () => {
  it("cost the same number of statements for a small shallow goal and a 10× larger one 5 levels deep", async () => {
    // Small: T (2 milestones, none done; 1 sub-goal K) under one ancestor.
    const small = await tree({ ancestors: 1, milestones: 2, done: 0, children: 1 });
    expect(await progressOf(small.target.id)).toBe(0);
    const smallCounts = await writes(small);
    // Check-in K = 50%: T = (0.5 + 0 + 0) / 3.
    expect(smallCounts.checkInProgress.metric).toBe(0.5);
    expect(smallCounts.afterCheckIn[0]).toBeCloseTo(0.5 / 3, 12);
    expect(smallCounts.afterCheckIn[1]).toBeCloseTo(0.5 / 3 / 2, 12);
    // One milestone done: T = (0.5 + 1 + 0) / 3 = 0.5; its parent = (0.5 + 0) / 2.
    await expectRolledUp(small, 0.5);
    expect(await progressOf(small.root.id)).toBeCloseTo(0.25, 12);

    // Large: T (20 milestones, 2 done; 10 sub-goals) 5 levels deep.
    const large = await tree({ ancestors: 5, milestones: 20, done: 2, children: 10 });
    await expectRolledUp(large, 2 / 30);
    const largeCounts = await writes(large);
    // Check-in K = 50%: T = (0.5 + 2) / 30 = 1/12; each ancestor halves it: root = 1/12 / 32.
    expect(largeCounts.checkInProgress.metric).toBe(0.5);
    expect(largeCounts.afterCheckIn[0]).toBeCloseTo(2.5 / 30, 12);
    expect(largeCounts.afterCheckIn[5]).toBeCloseTo(2.5 / 30 / 32, 12);
    // One more milestone done: T = (0.5 + 3) / 30; root = 3.5 / 30 / 32.
    await expectRolledUp(large, 3.5 / 30);
    expect(await progressOf(large.root.id)).toBeCloseTo(3.5 / 30 / 32, 12);

    // The check-in is a point in K's history, and every goal whose progress changed got one too.
    expect(smallCounts.checkInProgress.snapshots).toBe(3);
    expect(largeCounts.checkInProgress.snapshots).toBe(7);

    expect({ checkIn: largeCounts.checkIn, done: largeCounts.done }).toEqual({ checkIn: smallCounts.checkIn, done: smallCounts.done });
    expect(smallCounts.checkIn).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(smallCounts.done).toBeLessThanOrEqual(MAX_STATEMENTS);
  });

  it("recomputes a deep chain in a fixed handful of statements, fewer when nothing changed", async () => {
    const t = await tree({ ancestors: 5, milestones: 20, done: 0, children: 10 });
    await prisma().milestone.update({ where: { id: t.open.id }, data: { status: "DONE" } });

    expect(await rollUpStatements(t.target.id)).toBe(ROLL_UP_STATEMENTS);
    // T = 1/30, each of the 5 ancestors half of the goal below it.
    await expectRolledUp(t, 1 / 30);
    expect(await prisma().progressSnapshot.count({ where: { goalId: { in: [t.target.id, ...t.ancestors.map((a) => a.id)] } } })).toBe(6);

    // Nothing to write: the lock and the three reads.
    expect(await rollUpStatements(t.target.id)).toBe(4);
    expect(await prisma().progressSnapshot.count({ where: { goalId: { in: [t.target.id, ...t.ancestors.map((a) => a.id)] } } })).toBe(6);
  });

  it("locks the chain as it is once a move it waited for has committed", async () => {
    const { org, owner } = await createOrg();
    const [oldParent, newParent, top, moved, child] = await Promise.all(
      ["Old parent", "New parent", "Top", "Moved", "Child"].map((title) => createGoal(org, owner, { title })),
    );
    const parent = (goal: { id: string }, parentId: string) => prisma().goal.update({ where: { id: goal.id }, data: { parentId } });
    await parent(newParent, top.id);
    await parent(moved, oldParent.id);
    await parent(child, moved.id);

    // A move holds the goal's lock while lockChain starts from the child below it.
    let holding!: () => void;
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const committed = new Promise<void>((resolve) => (commit = resolve));
    const move = prisma().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Goal" WHERE "id" = ${moved.id} FOR UPDATE`;
      await tx.goal.update({ where: { id: moved.id }, data: { parentId: newParent.id } });
      holding();
      await committed;
    });
    await held;
    const chain = prisma().$transaction((tx) => lockChain(tx, child.id));
    await new Promise((resolve) => setTimeout(resolve, 200));
    commit();
    await move;
    expect(await chain).toEqual([child.id, moved.id, newParent.id, top.id]);
  });
});
