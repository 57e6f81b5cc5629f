import "server-only";
import { requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { dateKey, todayIn } from "../../domain/dates.ts";
import { prisma } from "../db.ts";
import { notFound } from "../errors.ts";
import { expectedProgressOf, healthOf } from "../goals/facts.ts";
import { effectiveStatus } from "../../domain/schedule.ts";
import { exportFilename, goalsCsv } from "./goals-csv.ts";

/**
 * The goals (not archived) of an organization the viewer belongs to, with their milestones, as a
 * CSV file; any other slug is NOT_FOUND. One load whatever the number of goals.
 */
export async function exportGoalsCsv(viewer: Viewer | null, slug: string): Promise<{ filename: string; csv: string }> {
  const { orgIds } = requireViewer(viewer);
  const org = await prisma().organization.findFirst({
    where: { slug: slug.toLowerCase(), id: { in: orgIds } },
    select: {
      slug: true,
      timeZone: true,
      goals: {
        where: { archivedAt: null },
        orderBy: [{ targetDate: "asc" }, { title: "asc" }, { id: "asc" }],
        select: {
          title: true,
          startDate: true,
          targetDate: true,
          progress: true,
          closedAt: true,
          createdAt: true,
          confidence: true,
          outcome: true,
          owner: { select: { name: true } },
          parent: { select: { title: true } },
          milestones: {
            orderBy: [{ position: "asc" }, { id: "asc" }],
            select: {
              title: true,
              status: true,
              dueDate: true,
              baselineDueDate: true,
              slipCount: true,
              owner: { select: { name: true } },
              assignments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { user: { select: { name: true } } } },
            },
          },
        },
      },
    },
  });
  if (!org) throw notFound();
  const today = todayIn(org.timeZone);
  const csv = goalsCsv(
    org.goals.map((goal) => {
      const zoned = { ...goal, organization: org };
      const closed = goal.closedAt !== null;
      return {
        title: goal.title,
        ownerName: goal.owner.name,
        outcome: closed ? goal.outcome : null,
        progress: goal.progress,
        expected: closed ? null : expectedProgressOf(zoned, today),
        health: healthOf(zoned, today)?.health ?? null,
        startDate: dateKey(goal.startDate),
        targetDate: dateKey(goal.targetDate),
        parentTitle: goal.parent?.title ?? null,
        milestones: goal.milestones.map((m) => ({
          title: m.title,
          ownerName: m.owner?.name ?? null,
          helperNames: m.assignments.map((a) => a.user.name),
          state: effectiveStatus(m.status, dateKey(m.dueDate), today),
          dueDate: dateKey(m.dueDate),
          baselineDueDate: dateKey(m.baselineDueDate),
          slipCount: m.slipCount,
        })),
      };
    }),
  );
  return { filename: exportFilename(org.slug, today), csv };
}
