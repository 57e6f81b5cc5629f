import { createGoal, createMember, createOrg } from "../../prisma/factories.ts";
import { plusDays } from "../../domain/calendar.ts";
import { todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { recordLatestCheckIns } from "../../server/checkins/last-check-in.ts";

// Large organizations for statement-count tests: written with createMany, not one factory call per row.

/**
 * An organization with `goals` goals of every health (some closed, some archived, some nested),
 * `perGoal` milestones each (missed, due soon, later, done; assigned to the owner), check-ins,
 * history and wins, written in bulk.
 */
export async function bulkOrg(goals: number, perGoal = 8) {
  const { org, owner } = await createOrg();
  const member = await createMember(org);
  const today = todayIn("UTC");
  const at = (days: number) => new Date(`${plusDays(today, days)}T00:00:00.000Z`);
  const parent = await createGoal(org, owner, { title: "Company goal" });
  const rows = await prisma().goal.createManyAndReturn({
    data: Array.from({ length: goals }, (_, i) => ({
      organizationId: org.id,
      ownerId: i % 2 ? owner.id : member.id,
      title: `Goal ${String(i).padStart(3, "0")}`,
      startDate: at(-(i % 90)),
      targetDate: at(10 + (i % 200)),
      parentId: i % 3 ? parent.id : null,
      progress: (i % 10) / 10,
      confidence: i % 2 ? "AT_RISK" as const : "ON_TRACK" as const,
      ...(i % 17 === 0 ? { closedAt: new Date(), outcome: "ACHIEVED" as const } : {}),
      ...(i % 23 === 0 ? { archivedAt: new Date() } : {}),
    })),
    select: { id: true },
  });
  const milestones = await prisma().milestone.createManyAndReturn({
    data: rows.flatMap((goal, g) =>
      Array.from({ length: perGoal }, (_, j) => ({
        organizationId: org.id,
        goalId: goal.id,
        title: `Milestone ${g}.${j}`,
        dueDate: at([-5, -1, 0, 3, 13, 20, 60, 120][j % 8]!),
        baselineDueDate: at(-5),
        slipCount: j % 3,
        status: j % 4 === 3 ? ("DONE" as const) : j % 4 === 2 ? ("IN_PROGRESS" as const) : ("PLANNED" as const),
        durationDays: 2 + (j % 5),
        ownerId: j % 2 ? owner.id : null,
        position: j,
      })),
    ),
    select: { id: true, goalId: true, position: true },
  });
  await prisma().assignment.createMany({
    data: milestones.map((m) => ({ organizationId: org.id, milestoneId: m.id, userId: m.position % 2 ? member.id : owner.id })),
  });
  const byGoalPosition = new Map(milestones.map((m) => [`${m.goalId}:${m.position}`, m.id] as const));
  await prisma().milestoneDependency.createMany({
    data: milestones
      .filter((m) => m.position > 0)
      .map((m) => ({ organizationId: org.id, milestoneId: m.id, dependsOnId: byGoalPosition.get(`${m.goalId}:${m.position - 1}`)! })),
  });
  await prisma().checkIn.createMany({
    data: rows.flatMap((goal) =>
      [0, 1, 2].map((k) => ({ organizationId: org.id, goalId: goal.id, authorId: k % 2 ? owner.id : member.id, confidence: "ON_TRACK" as const, note: `Week ${k}` })),
    ),
  });
  await recordLatestCheckIns(prisma(), rows.map((goal) => goal.id));
  await prisma().progressSnapshot.createMany({
    data: rows.flatMap((goal) => [0.1, 0.2].map((progress) => ({ organizationId: org.id, goalId: goal.id, progress }))),
  });
  await prisma().activity.createMany({
    data: rows.map((goal, i) => ({
      organizationId: org.id,
      actorId: i % 2 ? owner.id : member.id,
      kind: "MILESTONE_DONE" as const,
      goalId: goal.id,
      milestoneId: byGoalPosition.get(`${goal.id}:3`) ?? null,
      isWin: true,
      data: { milestoneTitle: "Done" },
    })),
  });
  return { org, owner, member, parent, goalIds: rows.map((r) => r.id) };
}
