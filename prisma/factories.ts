// Test data factories: unique rows per call, written straight through Prisma (no GraphQL),
// so each test sets up exactly what it needs.
import { randomUUID } from "node:crypto";
import type { MilestoneStatus, Role } from "./generated/client/enums.ts";
import { hashPassword } from "../server/auth/passwords.ts";
import { prisma } from "../server/db.ts";

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
