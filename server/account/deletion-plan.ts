import "server-only";
import type { Role } from "../../prisma/generated/client/enums.ts";
import type { Tx } from "../db.ts";
import { prisma } from "../db.ts";

/** What deleting the account does to one organization the user is in. */
export type DeletionOutcome =
  /** The user is its only member: the organization is deleted with the account. */
  | "ORGANIZATION_DELETED"
  /** The user leaves; goals they own pass to `newGoalOwner`, an owner of the organization. */
  | "MEMBERSHIP_REMOVED"
  /** The user is its only owner and others remain: they must transfer ownership (or delete it) first. */
  | "BLOCKED_SOLE_OWNER";

export interface OrganizationDeletionImpact {
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  role: Role;
  outcome: DeletionOutcome;
  ownedGoalCount: number;
  newGoalOwner: { id: string; name: string } | null;
}

interface Row {
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  role: Role;
  memberCount: number;
  ownedGoalCount: number;
  successorId: string | null;
  successorName: string | null;
}

/**
 * The one statement of the rule, for the settings page (said before anything happens) and for the
 * deletion itself (inside its transaction, after locking the memberships involved). Goals pass to
 * the organization's longest-standing other owner, so every goal keeps an owner who can act on it.
 */
export async function accountDeletionPlan(userId: string, tx: Tx = prisma()): Promise<OrganizationDeletionImpact[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT o."id" AS "organizationId", o."name" AS "organizationName", o."slug" AS "organizationSlug",
           m."role"::text AS "role",
           (SELECT count(*)::int FROM "Membership" x WHERE x."organizationId" = o."id") AS "memberCount",
           (SELECT count(*)::int FROM "Goal" g WHERE g."organizationId" = o."id" AND g."ownerId" = ${userId}) AS "ownedGoalCount",
           s."id" AS "successorId", s."name" AS "successorName"
    FROM "Membership" m
    JOIN "Organization" o ON o."id" = m."organizationId"
    LEFT JOIN LATERAL (
      SELECT u."id", u."name" FROM "Membership" om JOIN "User" u ON u."id" = om."userId"
      WHERE om."organizationId" = o."id" AND om."role" = 'OWNER' AND om."userId" <> ${userId}
      ORDER BY om."createdAt", om."id" LIMIT 1
    ) s ON true
    WHERE m."userId" = ${userId}
    ORDER BY o."name", o."id"`;
  return rows.map((r) => ({
    organizationId: r.organizationId,
    organizationName: r.organizationName,
    organizationSlug: r.organizationSlug,
    role: r.role,
    ownedGoalCount: r.ownedGoalCount,
    outcome: r.memberCount <= 1 ? "ORGANIZATION_DELETED" : r.successorId ? "MEMBERSHIP_REMOVED" : "BLOCKED_SOLE_OWNER",
    newGoalOwner: r.memberCount > 1 && r.successorId ? { id: r.successorId, name: r.successorName! } : null,
  }));
}
