// Bulk data for the benchmark: one organization with `goals` goals of `milestones` milestones each,
// chained dependencies, assignees, check-ins and history, written with createMany.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../prisma/generated/client/client.ts";

const day = (offset: number) => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + offset);
  return d;
};

export async function seedBenchOrg(prisma: PrismaClient, goals: number, milestones: number) {
  const users = Array.from({ length: 6 }, (_, i) => ({
    id: randomUUID(),
    name: `Bench User ${i}`,
    email: `bench-${i}-${randomUUID().slice(0, 6)}@example.test`,
    passwordHash: "x",
  }));
  await prisma.user.createMany({ data: users });
  const org = await prisma.organization.create({ data: { name: "Bench", slug: `bench-${randomUUID().slice(0, 8)}` } });
  await prisma.membership.createMany({
    data: users.map((u, i) => ({ organizationId: org.id, userId: u.id, role: i === 0 ? "OWNER" : "MEMBER" })),
  });

  const goalRows = Array.from({ length: goals }, (_, g) => ({
    id: randomUUID(),
    organizationId: org.id,
    title: `Goal ${g}`,
    description: "A goal with enough description to be specific about what and why.",
    ownerId: users[g % users.length]!.id,
    startDate: day(-60),
    targetDate: day(30 + (g % 90)),
    kind: g % 3 === 0 ? ("METRIC" as const) : ("MILESTONE" as const),
    unit: g % 3 === 0 ? "users" : null,
    startValue: g % 3 === 0 ? 100 : null,
    targetValue: g % 3 === 0 ? 300 : null,
    currentValue: g % 3 === 0 ? 100 + (g % 200) : null,
    direction: g % 3 === 0 ? ("INCREASE" as const) : null,
    progress: (g % 10) / 10,
  }));
  await prisma.goal.createMany({ data: goalRows });

  const milestoneRows = goalRows.flatMap((goal, g) =>
    Array.from({ length: milestones }, (_, m) => ({
      id: randomUUID(),
      organizationId: org.id,
      goalId: goal.id,
      title: `Milestone ${g}.${m}`,
      dueDate: day(-30 + m * 10),
      baselineDueDate: day(-30 + m * 10 - (m % 3)),
      slipCount: m % 3 ? 1 : 0,
      status: m < milestones / 3 ? ("DONE" as const) : ("PLANNED" as const),
      durationDays: 5,
      position: m,
      ownerId: users[m % users.length]!.id,
    })),
  );
  await prisma.milestone.createMany({ data: milestoneRows });
  await prisma.milestoneDependency.createMany({
    data: milestoneRows
      .filter((m) => m.position > 0)
      .map((m, i) => ({ organizationId: org.id, milestoneId: m.id, dependsOnId: milestoneRows[milestoneRows.indexOf(m) - 1]!.id, id: `dep-${i}-${m.id}` })),
  });
  await prisma.assignment.createMany({
    data: milestoneRows.flatMap((m, i) => [
      { organizationId: org.id, milestoneId: m.id, userId: users[i % users.length]!.id },
      { organizationId: org.id, milestoneId: m.id, userId: users[(i + 1) % users.length]!.id },
    ]),
  });
  await prisma.checkIn.createMany({
    data: goalRows.flatMap((goal) =>
      Array.from({ length: 6 }, (_, c) => ({
        organizationId: org.id,
        goalId: goal.id,
        authorId: goal.ownerId,
        value: goal.kind === "METRIC" ? 100 + c * 10 : null,
        confidence: "ON_TRACK" as const,
        note: `Week ${c}`,
        createdAt: day(-50 + c * 7),
      })),
    ),
  });
  await prisma.progressSnapshot.createMany({
    data: goalRows.flatMap((goal) =>
      Array.from({ length: 10 }, (_, s) => ({ organizationId: org.id, goalId: goal.id, progress: s / 20, recordedAt: day(-55 + s * 5) })),
    ),
  });
  return { ownerId: users[0]!.id, slug: org.slug, goalId: Buffer.from(`Goal:${goalRows[0]!.id}`).toString("base64") };
}
