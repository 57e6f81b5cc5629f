import "server-only";
import type { Role } from "../../prisma/generated/client/enums.ts";
import { atLeast, requireRole, requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { type Tx, prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, conflict, forbidden, notFound, parseInput } from "../errors.ts";
import { type UpdateMemberRoleInput, updateMemberRoleInput } from "../../domain/schemas/member.ts";

export const LAST_OWNER_MESSAGE = "An organization needs at least one owner.";

interface LockedMembership {
  id: string;
  userId: string;
  role: Role;
}

/**
 * Locks, until the transaction ends, every owner membership of the organization plus the target's
 * and the actor's, and returns them fresh. Two admins demoting the last two owners at once are
 * thereby serialized: the second one sees a single owner left and is refused.
 */
async function lockMemberships(tx: Tx, organizationId: string, membershipId: string, actorUserId: string) {
  return tx.$queryRaw<LockedMembership[]>`
    SELECT "id", "userId", "role"::text AS "role"
    FROM "Membership"
    WHERE "organizationId" = ${organizationId}
      AND ("role" = 'OWNER' OR "id" = ${membershipId} OR "userId" = ${actorUserId})
    ORDER BY "id"
    FOR UPDATE`;
}

/** The membership's organization, or NOT_FOUND when it does not exist or is in another tenant. */
async function membershipFor(viewer: Viewer | null, membershipId: string) {
  const { userId } = requireViewer(viewer);
  const membership = await prisma().membership.findUnique({
    where: { id: membershipId },
    select: { organizationId: true, userId: true },
  });
  if (!membership || !viewer!.roles.has(membership.organizationId)) throw notFound();
  return { ...membership, self: membership.userId === userId };
}

/** The actor's role as of now (not as of the request's start), with the access rules re-applied. */
function freshActorRole(rows: LockedMembership[], actorUserId: string): Role {
  const role = rows.find((r) => r.userId === actorUserId)?.role;
  if (role === undefined) throw notFound();
  if (!atLeast(role, "ADMIN")) throw forbidden("Only organization admins can do that.");
  return role;
}

const ownerCount = (rows: LockedMembership[]) => rows.filter((r) => r.role === "OWNER").length;

/** Admins change roles; only an owner grants or takes away OWNER; the last owner stays. */
export async function updateMemberRole(viewer: Viewer | null, membershipId: string, input: UpdateMemberRoleInput) {
  const { organizationId } = await membershipFor(viewer, membershipId);
  requireRole(viewer, organizationId, "ADMIN");
  const { role } = parseInput(updateMemberRoleInput, input);
  const actorUserId = viewer!.userId;

  await writeTransaction(async (tx) => {
    const rows = await lockMemberships(tx, organizationId, membershipId, actorUserId);
    const target = rows.find((r) => r.id === membershipId);
    if (!target) throw notFound();
    const actorRole = freshActorRole(rows, actorUserId);
    if (target.role === role) return;
    if ((target.role === "OWNER" || role === "OWNER") && actorRole !== "OWNER") {
      throw forbidden("Only an owner can grant or remove the owner role.");
    }
    if (target.role === "OWNER" && ownerCount(rows) <= 1) throw conflict("role", LAST_OWNER_MESSAGE);
    await tx.membership.update({ where: { id: membershipId }, data: { role } });
  });
  return prisma().membership.findUniqueOrThrow({ where: { id: membershipId } });
}

/**
 * Admins remove members (only an owner removes an owner); anyone may remove themself, i.e. leave.
 * The last owner can do neither, nor can anyone who still owns open goals. The person's
 * assignments and milestone ownerships in the organization go with them.
 */
export async function removeMember(viewer: Viewer | null, membershipId: string) {
  const { organizationId, self } = await membershipFor(viewer, membershipId);
  if (!self) requireRole(viewer, organizationId, "ADMIN");
  const actorUserId = viewer!.userId;

  await writeTransaction(async (tx) => {
    const rows = await lockMemberships(tx, organizationId, membershipId, actorUserId);
    const target = rows.find((r) => r.id === membershipId);
    if (!target) throw notFound();
    if (!self) {
      const actorRole = freshActorRole(rows, actorUserId);
      if (target.role === "OWNER" && actorRole !== "OWNER") throw forbidden("Only an owner can remove another owner.");
    }
    if (target.role === "OWNER" && ownerCount(rows) <= 1) throw conflict(undefined, LAST_OWNER_MESSAGE);
    // A goal must stay owned by someone inside the organization: hand them over first.
    const ownedGoals = await tx.goal.count({ where: { organizationId, ownerId: target.userId, closedAt: null, archivedAt: null } });
    if (ownedGoals > 0) {
      throw conflict(undefined, `They still own ${ownedGoals} open goal${ownedGoals === 1 ? "" : "s"}; give ${ownedGoals === 1 ? "it" : "them"} a new owner first.`);
    }
    await tx.milestone.updateMany({ where: { organizationId, ownerId: target.userId }, data: { ownerId: null } });
    await tx.assignment.deleteMany({ where: { organizationId, userId: target.userId } });
    await tx.membership.delete({ where: { id: membershipId } });
  });
  return { organizationId, removedMembershipId: membershipId };
}

/**
 * An owner hands the organization to another member: they become OWNER and the actor ADMIN, in one
 * transaction so the organization is never without an owner nor briefly with a stale one.
 */
export async function transferOwnership(viewer: Viewer | null, membershipId: string) {
  const { organizationId, self } = await membershipFor(viewer, membershipId);
  requireRole(viewer, organizationId, "OWNER");
  if (self) throw badInput("membershipId", "membershipId: Choose another member to become the owner.");
  const actorUserId = viewer!.userId;

  await writeTransaction(async (tx) => {
    const rows = await lockMemberships(tx, organizationId, membershipId, actorUserId);
    const target = rows.find((r) => r.id === membershipId);
    const actor = rows.find((r) => r.userId === actorUserId);
    if (!target || !actor) throw notFound();
    if (actor.role !== "OWNER") throw forbidden("Only an owner can transfer ownership.");
    if (target.role === "OWNER") throw conflict("membershipId", "They are already an owner.");
    await tx.membership.update({ where: { id: target.id }, data: { role: "OWNER" } });
    await tx.membership.update({ where: { id: actor.id }, data: { role: "ADMIN" } });
  });
  return { organizationId };
}
