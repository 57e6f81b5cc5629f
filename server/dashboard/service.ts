import "server-only";
import type { Prisma } from "../../prisma/generated/client/client.ts";
import { requireRole, requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { dateKey, todayIn } from "../../domain/dates.ts";
import { prisma } from "../db.ts";
import { healthOf } from "../goals/facts.ts";
import { attentionLists, buildDashboard, type DashboardFilter, type HealthCounts, RECENT_WINS } from "../../domain/dashboard.ts";
import { groupMyWork, type WorkBucket } from "./my-work.ts";

/** A dashboard, as ids for the API to load in the shape each client asks for. */
export interface Dashboard {
  organizationId: string;
  /** Today in the organization's time zone. */
  today: string;
  /** The open goals listed, in dashboard order. */
  goalIds: string[];
  /** Milestones of the listed goals: missed, oldest first; due soon, soonest first. */
  missedIds: string[];
  dueSoonIds: string[];
  /** Every goal the filter is about (open or closed, not archived): recent wins come from these. */
  scopeGoalIds: string[];
  healthCounts: HealthCounts;
  /** The filter's choices: people who own a goal, goals with sub-goals (not archived). */
  ownerIds: string[];
  parentIds: string[];
}

// Health needs every goal's milestones; one load, then the rules run in memory.
const dashboardGoalSelect = {
  id: true,
  title: true,
  ownerId: true,
  parentId: true,
  startDate: true,
  targetDate: true,
  progress: true,
  closedAt: true,
  createdAt: true,
  confidence: true,
  milestones: { select: { id: true, status: true, dueDate: true, position: true } },
} as const;

/** The dashboard of an organization its member asks for. */
export async function dashboardFor(viewer: Viewer | null, organizationId: string, filter: DashboardFilter = {}): Promise<Dashboard> {
  requireRole(viewer, organizationId, "STAKEHOLDER");
  return dashboardOf({ id: organizationId, timeZone: viewer!.timeZones.get(organizationId)! }, filter);
}

/**
 * The dashboard of an organization, whoever asks: callers check access (a member's role, or an
 * active share link). Archived goals are left out.
 */
export async function dashboardOf(organization: { id: string; timeZone: string }, filter: DashboardFilter = {}): Promise<Dashboard> {
  const organizationId = organization.id;
  const goals = await prisma().goal.findMany({ where: { organizationId, archivedAt: null }, select: dashboardGoalSelect });
  const today = todayIn(organization.timeZone);
  const board = buildDashboard(
    goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      ownerId: goal.ownerId,
      parentId: goal.parentId,
      targetDate: dateKey(goal.targetDate),
      closed: goal.closedAt !== null,
      health: healthOf({ ...goal, organization }, today)?.health ?? null,
    })),
    filter,
    today,
  );
  const listed = new Set(board.goals.map((g) => g.id));
  const { missed, dueSoon } = attentionLists(
    goals.flatMap((goal) => (listed.has(goal.id) ? goal.milestones.map((m) => ({ ...m, dueDate: dateKey(m.dueDate) })) : [])),
    today,
  );
  return {
    organizationId,
    today,
    goalIds: board.goals.map((g) => g.id),
    missedIds: missed,
    dueSoonIds: dueSoon,
    scopeGoalIds: board.scope.map((g) => g.id),
    healthCounts: board.healthCounts,
    ownerIds: board.ownerIds,
    parentIds: board.parentIds,
  };
}

/** The latest wins (milestones done, goals achieved) of the goals the filter is about. */
export function recentWinsQuery(board: Dashboard) {
  return {
    where: { organizationId: board.organizationId, isWin: true, goalId: { in: board.scopeGoalIds } },
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: RECENT_WINS,
  } satisfies Prisma.ActivityFindManyArgs;
}

/** The most approvals "Waiting for your approval" lists. */
export const MAX_AWAITING_APPROVAL = 200;

export type MyWork = Record<WorkBucket, string[]> & {
  /** Approval milestones of open goals that name the viewer as approver and wait for a decision, soonest due first. */
  awaitingApproval: string[];
};

/**
 * The viewer's open milestones (assigned to them, or owned by them) across their organizations, in
 * open goals that are not archived, grouped by due date against today in each milestone's
 * organization, and the approvals waiting for their decision. Ids, soonest due first; one statement.
 */
export async function myWork(viewer: Viewer | null): Promise<MyWork> {
  const { userId, orgIds } = requireViewer(viewer);
  // Driven by the person's assignments, owned milestones and approvals (all indexed): a relation
  // filter on the goal made the planner scan the whole Goal table.
  const rows = await prisma().$queryRaw<{ id: string; dueDate: Date; timeZone: string; approval: boolean }[]>`
    SELECT * FROM (
      SELECT m."id", m."dueDate", m."position", o."timeZone", false AS "approval"
      FROM "Milestone" m
      JOIN "Goal" g ON g."id" = m."goalId"
      JOIN "Organization" o ON o."id" = m."organizationId"
      WHERE m."id" IN (
          SELECT a."milestoneId" FROM "Assignment" a WHERE a."userId" = ${userId}
          UNION
          SELECT owned."id" FROM "Milestone" owned WHERE owned."ownerId" = ${userId}
        )
        AND m."organizationId" = ANY(${orgIds})
        AND m."status" <> 'DONE'
        AND g."archivedAt" IS NULL AND g."closedAt" IS NULL
      UNION ALL (
        SELECT m."id", m."dueDate", m."position", '' AS "timeZone", true AS "approval"
        FROM "Milestone" m
        JOIN "Goal" g ON g."id" = m."goalId"
        WHERE m."approverId" = ${userId} AND m."approvalState" = 'REQUESTED'
          AND m."organizationId" = ANY(${orgIds})
          AND g."archivedAt" IS NULL AND g."closedAt" IS NULL
        ORDER BY m."dueDate", m."id"
        LIMIT ${MAX_AWAITING_APPROVAL}
      )
    ) work
    ORDER BY "dueDate", "position", "id"`;
  const open = rows.filter((m) => !m.approval);
  const groups = groupMyWork(open.map((m) => ({ id: m.id, dueDate: dateKey(m.dueDate), today: todayIn(m.timeZone) })));
  const ids = (bucket: WorkBucket) => groups[bucket].map((m) => m.id);
  const awaitingApproval = rows.filter((m) => m.approval).sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || (a.id < b.id ? -1 : 1));
  return { overdue: ids("overdue"), thisWeek: ids("thisWeek"), later: ids("later"), awaitingApproval: awaitingApproval.map((m) => m.id) };
}

/** Rows loaded by id, put back in the order of the ids. */
export function inOrderOf<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row] as const));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
