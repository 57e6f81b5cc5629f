// Test data factories: unique rows per call, written straight through Prisma (no GraphQL),
// so each test sets up exactly what it needs.
import { randomUUID } from "node:crypto";
import type { ActivityKind, Confidence, MetricDirection, MilestoneStatus, Role } from "./generated/client/enums.ts";
import { hashPassword } from "../server/auth/passwords.ts";
import { prisma } from "../server/db.ts";
import { recomputeProgress } from "../server/goals/recompute.ts";
import { recordLatestCheckIns } from "../server/checkins/last-check-in.ts";

export const FACTORY_PASSWORD = "correct horse battery staple";
// scrypt is deliberately slow; hash the shared test password once.
let passwordHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8);

export async function createUser(overrides: { name?: string; email?: string } = {}) {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const id = unique();
  return prisma().user.create({
    data: {
      name: overrides.name ?? `User ${id}`,
      email: (overrides.email ?? `user-${id}@example.test`).toLowerCase(),
      passwordHash: await passwordHash,
    },
  });
}

/** An organization owned by `owner` (a new user when omitted). */
export async function createOrg(owner?: { id: string }, overrides: { name?: string; timeZone?: string } = {}) {
  const user = owner ?? (await createUser());
  const id = unique();
  const org = await prisma().organization.create({
    data: {
      name: overrides.name ?? `Org ${id}`,
      slug: `org-${id}`,
      timeZone: overrides.timeZone ?? "UTC",
      memberships: { create: { userId: user.id, role: "OWNER" } },
    },
  });
  return { org, owner: user };
}

export async function addMember(org: { id: string }, user: { id: string }, role: Role = "MEMBER") {
  return prisma().membership.create({ data: { organizationId: org.id, userId: user.id, role } });
}

/** A user who is a member of `org` with `role`. */
export async function createMember(org: { id: string }, role: Role = "MEMBER") {
  const user = await createUser();
  await addMember(org, user, role);
  return user;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export async function createGoal(
  org: { id: string },
  owner: { id: string },
  overrides: { title?: string; description?: string; startDate?: string; targetDate?: string } = {},
) {
  return prisma().goal.create({
    data: {
      organizationId: org.id,
      ownerId: owner.id,
      title: overrides.title ?? `Goal ${unique()}`,
      description: overrides.description ?? "Why this matters.",
      startDate: day(overrides.startDate ?? "2026-01-01"),
      targetDate: day(overrides.targetDate ?? "2026-12-31"),
      // Set on its start day when that is past, so a backdated fixture is judged by its pace rather
      // than sitting in the new-goal grace period (server/goals/health.ts, judgeHealth).
      createdAt: new Date(Math.min(Date.now(), day(overrides.startDate ?? "2026-01-01").getTime())),
    },
  });
}

export async function createMilestone(
  goal: { id: string; organizationId: string },
  overrides: { title?: string; dueDate?: string; status?: MilestoneStatus; position?: number } = {},
) {
  const position = overrides.position ?? (await prisma().milestone.count({ where: { goalId: goal.id } }));
  const status = overrides.status ?? "PLANNED";
  return prisma().milestone.create({
    data: {
      organizationId: goal.organizationId,
      goalId: goal.id,
      title: overrides.title ?? `Milestone ${unique()}`,
      dueDate: day(overrides.dueDate ?? "2026-12-01"),
      baselineDueDate: day(overrides.dueDate ?? "2026-12-01"),
      status,
      position,
      completedAt: status === "DONE" ? new Date() : null,
    },
  });
}

export async function assign(milestone: { id: string; organizationId: string }, user: { id: string }) {
  return prisma().assignment.create({
    data: { organizationId: milestone.organizationId, milestoneId: milestone.id, userId: user.id },
  });
}

// ---- Goals that tell the truth: metric goals, nesting, check-ins, dependencies, comments ----

/** Recomputes a goal's stored progress (and its parents') as the services do after a change. */
export async function refreshProgress(goal: { id: string }, options: { snapshot?: "always" | "whenChanged" } = {}) {
  await prisma().$transaction((tx) => recomputeProgress(tx, goal.id, options));
  return prisma().goal.findUniqueOrThrow({ where: { id: goal.id } });
}

/** A metric goal; its current value is the start value until a check-in says otherwise. */
export async function createMetricGoal(
  org: { id: string },
  owner: { id: string },
  overrides: {
    title?: string;
    description?: string;
    startDate?: string;
    targetDate?: string;
    unit?: string;
    startValue?: number;
    targetValue?: number;
    currentValue?: number | null;
    direction?: MetricDirection;
    parentId?: string | null;
    weight?: number;
  } = {},
) {
  const startValue = overrides.startValue ?? 0;
  const goal = await prisma().goal.create({
    data: {
      organizationId: org.id,
      ownerId: owner.id,
      title: overrides.title ?? `Metric ${unique()}`,
      description: overrides.description ?? "Why this number matters to us.",
      startDate: day(overrides.startDate ?? "2026-01-01"),
      targetDate: day(overrides.targetDate ?? "2026-12-31"),
      kind: "METRIC",
      unit: overrides.unit ?? "teams",
      startValue,
      targetValue: overrides.targetValue ?? 100,
      currentValue: overrides.currentValue === undefined ? startValue : overrides.currentValue,
      direction: overrides.direction ?? "INCREASE",
      parentId: overrides.parentId ?? null,
      weight: overrides.weight ?? 1,
    },
  });
  return refreshProgress(goal);
}

/** Puts `child` under `parent` (with a weight) and rolls progress up. */
export async function setParent(child: { id: string }, parent: { id: string } | null, weight = 1) {
  await prisma().goal.update({ where: { id: child.id }, data: { parentId: parent?.id ?? null, weight } });
  return refreshProgress(child);
}

/** A check-in as the service records it: the goal's current value and confidence follow, and history gets a point. */
export async function createCheckIn(
  goal: { id: string; organizationId: string },
  author: { id: string },
  overrides: { value?: number | null; confidence?: Confidence; note?: string; createdAt?: Date } = {},
) {
  const confidence = overrides.confidence ?? "ON_TRACK";
  const value = overrides.value ?? null;
  const checkIn = await prisma().checkIn.create({
    data: {
      organizationId: goal.organizationId,
      goalId: goal.id,
      authorId: author.id,
      value,
      confidence,
      note: overrides.note ?? "",
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
  await prisma().goal.update({
    where: { id: goal.id },
    data: { confidence, ...(value !== null ? { currentValue: value } : {}) },
  });
  // The latest, not this one: a factory may write a check-in dated before an earlier one.
  await recordLatestCheckIns(prisma(), [goal.id]);
  await refreshProgress(goal, { snapshot: "always" });
  return checkIn;
}

/** `milestone` waits for `dependsOn` (both of the same goal). */
export async function addDependency(milestone: { id: string; organizationId: string }, dependsOn: { id: string }) {
  return prisma().milestoneDependency.create({
    data: { organizationId: milestone.organizationId, milestoneId: milestone.id, dependsOnId: dependsOn.id },
  });
}

/** Sets a milestone's planning fields (duration, weight, owner) directly. */
export async function planMilestone(
  milestone: { id: string },
  data: { durationDays?: number | null; weight?: number; ownerId?: string | null },
) {
  return prisma().milestone.update({ where: { id: milestone.id }, data });
}

export async function createComment(
  target: { goalId: string; milestoneId?: string | null; organizationId: string },
  author: { id: string },
  body = `Comment ${unique()}`,
) {
  return prisma().comment.create({
    data: {
      organizationId: target.organizationId,
      goalId: target.goalId,
      milestoneId: target.milestoneId ?? null,
      authorId: author.id,
      body,
    },
  });
}

export async function createActivity(
  org: { id: string },
  actor: { id: string },
  overrides: { kind?: ActivityKind; goalId?: string | null; milestoneId?: string | null; isWin?: boolean; data?: Record<string, unknown> } = {},
) {
  return prisma().activity.create({
    data: {
      organizationId: org.id,
      actorId: actor.id,
      kind: overrides.kind ?? "GOAL_CREATED",
      goalId: overrides.goalId ?? null,
      milestoneId: overrides.milestoneId ?? null,
      isWin: overrides.isWin ?? false,
      data: (overrides.data ?? {}) as never,
    },
  });
}
