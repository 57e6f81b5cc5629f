import "server-only";
import { requireViewer } from "../access.ts";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, conflict, forbidden, parseInput } from "../errors.ts";
import { accountDeletionPlan } from "./deletion-plan.ts";
import {
  type ChangePasswordInput,
  type DeleteAccountInput,
  type UpdateProfileInput,
  changePasswordInput,
  deleteAccountInput,
  updateProfileInput,
} from "../../domain/schemas/account.ts";
import { sessionRenewalTicket } from "./session-renewal.ts";
import { endSessions } from "./sessions.ts";

export const DELETED_USER_NAME = "Deleted user";

/** Ending sessions, the password and the account itself are for a signed-in person, never an API token. */
function requireSessionViewer(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (v.via === "token") throw forbidden("Only a signed-in session can change this; an API token cannot.");
  return v;
}

export async function updateProfile(viewer: Viewer | null, input: UpdateProfileInput) {
  const { userId } = requireViewer(viewer);
  const { name } = parseInput(updateProfileInput, input);
  return writeTransaction((tx) => tx.user.update({ where: { id: userId }, data: { name } }));
}

/**
 * Needs the current password. Ends every session (other browsers, a stolen cookie) and answers a
 * renewal ticket with which the session that made the change moves to the new generation.
 */
export async function changePassword(viewer: Viewer | null, input: ChangePasswordInput) {
  const { userId } = requireSessionViewer(viewer);
  const { currentPassword, newPassword } = parseInput(changePasswordInput, input);
  const user = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw badInput("currentPassword", "currentPassword: The current password is incorrect.");
  }
  const passwordHash = await hashPassword(newPassword);
  const [{ sessionVersion }] = await prisma().$queryRaw<{ sessionVersion: number }[]>`
    UPDATE "User" SET "passwordHash" = ${passwordHash}, "sessionVersion" = "sessionVersion" + 1
    WHERE "id" = ${userId} RETURNING "sessionVersion"`;
  return { sessionRenewal: sessionRenewalTicket(userId, sessionVersion!) };
}

/** Every session of the user ends, this one included. API tokens are revoked separately. */
export async function signOutEverywhere(viewer: Viewer | null) {
  const { userId } = requireSessionViewer(viewer);
  await endSessions(userId);
}

/**
 * Deletes the account after the person typed their email address. Organizations where they are
 * the only member go with it; elsewhere their goals pass to an owner (see accountDeletionPlan),
 * their milestones become unowned and their assignments end. Name, email and password are erased
 * and the row stays as "Deleted user", so check-ins, comments and activity keep their history.
 */
export async function deleteAccount(viewer: Viewer | null, input: DeleteAccountInput) {
  const { userId } = requireSessionViewer(viewer);
  const { confirmation } = parseInput(deleteAccountInput, input);
  const { email } = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  if (confirmation !== email) throw badInput("confirmation", "confirmation: Type your email address exactly to confirm.");

  await writeTransaction(async (tx) => {
    // Serialize with role changes and removals in these organizations while the plan is applied.
    await tx.$queryRaw`
      SELECT "id" FROM "Membership" WHERE "organizationId" IN (SELECT "organizationId" FROM "Membership" WHERE "userId" = ${userId})
      ORDER BY "id" FOR UPDATE`;
    const plan = await accountDeletionPlan(userId, tx);
    const blocked = plan.filter((p) => p.outcome === "BLOCKED_SOLE_OWNER");
    if (blocked.length > 0) {
      throw conflict(
        undefined,
        `You are the only owner of ${blocked.map((b) => b.organizationName).join(", ")}: transfer ownership or delete ${blocked.length === 1 ? "it" : "them"} first.`,
      );
    }
    for (const p of plan) {
      if (p.outcome === "ORGANIZATION_DELETED") {
        await tx.organization.delete({ where: { id: p.organizationId } });
        continue;
      }
      const organizationId = p.organizationId;
      await tx.goal.updateMany({ where: { organizationId, ownerId: userId }, data: { ownerId: p.newGoalOwner!.id } });
      await tx.milestone.updateMany({ where: { organizationId, ownerId: userId }, data: { ownerId: null } });
      await tx.assignment.deleteMany({ where: { organizationId, userId } });
      await tx.membership.deleteMany({ where: { organizationId, userId } });
    }
    await tx.apiToken.deleteMany({ where: { userId } });
    await tx.$executeRaw`
      UPDATE "User" SET "name" = ${DELETED_USER_NAME}, "email" = ${`deleted-${userId}@deleted.invalid`},
        "passwordHash" = 'deleted', "deletedAt" = now(), "sessionVersion" = "sessionVersion" + 1
      WHERE "id" = ${userId}`;
  });
}

