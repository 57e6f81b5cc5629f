import "server-only";
import { requireRole, requireViewer } from "../access.ts";
import { recordActivity } from "../activity/activity.ts";
import { refuseAtLimit } from "../capacity.ts";
import { hashSecret, newSecret } from "../auth/tokens.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { conflict, forbidden, notFound, parseInput } from "../errors.ts";
import { PLANNED_LINKS } from "../../domain/limits.ts";
import { queueInvitationEmail } from "../email/invitation-email.ts";
import { refuseAtMembershipLimit } from "../orgs/membership-limit.ts";
import { chargeAttempt } from "../rate-limit/enforce.ts";
import {
  acceptInvitationInput,
  type InvitationStatus,
  type InviteMemberInput,
  invitationExpiry,
  invitationStatus,
  invitationTokenSchema,
  inviteMemberInput,
} from "../../domain/schemas/member.ts";

const statusMessages: Record<Exclude<InvitationStatus, "PENDING">, string> = {
  ACCEPTED: "This invitation has already been accepted.",
  EXPIRED: "This invitation has expired. Ask an admin of the organization for a new one.",
  REVOKED: "This invitation has been revoked. Ask an admin of the organization for a new one.",
};

function assertPending(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()) {
  const status = invitationStatus(invitation, now);
  if (status !== "PENDING") throw conflict(undefined, statusMessages[status]);
}

/**
 * Invite an email address (admins; only an owner may invite an owner). Inviting an address that
 * already has a pending invitation replaces it: the old link is revoked, so exactly one link, with
 * the latest role and a fresh expiry, is live per address. The secret token is returned once.
 */
export async function inviteMember(viewer: Viewer | null, organizationId: string, input: InviteMemberInput) {
  const actorRole = requireRole(viewer, organizationId, "ADMIN");
  const { userId } = viewer!;
  const data = parseInput(inviteMemberInput, input);
  if (data.role === "OWNER" && actorRole !== "OWNER") throw forbidden("Only an owner can invite another owner.");

  const [member, organization, inviter] = await Promise.all([
    prisma().membership.findFirst({ where: { organizationId, user: { email: data.email } }, select: { id: true } }),
    prisma().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } }),
    prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } }),
  ]);
  if (member) throw conflict("email", `${data.email} is already a member of this organization.`);

  const token = newSecret("wmi");
  const now = new Date();
  const invitation = await writeTransaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { organizationId, email: data.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now },
    });
    // After the replaced link is revoked: re-inviting an address never needs room.
    await refuseAtLimit(
      tx,
      {
        subject: `invitations:${organizationId}`,
        max: PLANNED_LINKS,
        field: "email",
        message: `An organization can have at most ${PLANNED_LINKS} pending invitations. Revoke some, or wait for them to be accepted or expire.`,
      },
      () => tx.invitation.count({ where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } }),
    );
    const created = await tx.invitation.create({
      data: {
        organizationId,
        email: data.email,
        role: data.role,
        tokenHash: hashSecret(token),
        invitedById: userId,
        expiresAt: invitationExpiry(now),
      },
    });
    // "Send invitation" sends it: queued with the invitation, sent by the job after commit.
    await queueInvitationEmail(tx, created, token, { organization: organization.name, invitedBy: inviter.name });
    return created;
  });
  return { invitation, token };
}

/** Admins revoke a pending invitation; revoking twice is harmless, an accepted one cannot be. */
export async function revokeInvitation(viewer: Viewer | null, invitationId: string) {
  requireViewer(viewer);
  const invitation = await prisma().invitation.findUnique({ where: { id: invitationId } });
  if (!invitation) throw notFound();
  requireRole(viewer, invitation.organizationId, "ADMIN");
  if (invitation.acceptedAt) throw conflict(undefined, "This invitation has already been accepted; remove the member instead.");
  if (invitation.revokedAt) return invitation;
  const { count } = await writeTransaction((tx) =>
    tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    }),
  );
  const fresh = await prisma().invitation.findUniqueOrThrow({ where: { id: invitationId } });
  // Accepted between our read and our write.
  if (count === 0 && fresh.acceptedAt) throw conflict(undefined, "This invitation has already been accepted; remove the member instead.");
  return fresh;
}

/** What the invitation page shows before sign-in; anyone holding the link may see it. */
export async function previewInvitation(token: string) {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  // Per link (hashed, like every subject) and per address: the link is a secret being checked.
  await chargeAttempt("previewInvitation", parsed.data);
  const invitation = await prisma().invitation.findUnique({
    where: { tokenHash: hashSecret(parsed.data) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  return {
    organizationName: invitation.organization.name,
    email: invitation.email,
    role: invitation.role,
    invitedByName: invitation.invitedBy.name,
    expiresAt: invitation.expiresAt,
    status: invitationStatus(invitation),
  };
}

/**
 * The signed-in user joins with the invited role. Their account email must be the invited one.
 * Someone who is already a member keeps their role; the invitation is simply marked accepted.
 */
export async function acceptInvitation(viewer: Viewer | null, token: string) {
  const { userId } = requireViewer(viewer);
  const { token: secret } = parseInput(acceptInvitationInput, { token });
  await chargeAttempt("acceptInvitation", userId);
  const invitation = await prisma().invitation.findUnique({ where: { tokenHash: hashSecret(secret) } });
  if (!invitation) throw notFound("This invitation link is not valid.");
  const user = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  if (user.email.toLowerCase() !== invitation.email) {
    throw forbidden(`This invitation was sent to ${invitation.email}. Sign in with that email address to accept it.`);
  }
  assertPending(invitation);

  const { organizationId } = invitation;
  return writeTransaction(async (tx) => {
    const now = new Date();
    // Claim the invitation atomically so that a concurrent revoke or second accept cannot also win.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (claimed.count === 0) {
      assertPending(await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id } }), now);
    }
    // Any other live link for this address is now pointless.
    await tx.invitation.updateMany({
      where: { organizationId, email: invitation.email, acceptedAt: null, revokedAt: null, id: { not: invitation.id } },
      data: { revokedAt: now },
    });
    const existing = await tx.membership.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
    if (existing) return existing;
    await refuseAtMembershipLimit(tx, userId);
    const membership = await tx.membership.create({ data: { organizationId, userId, role: invitation.role } });
    await recordActivity(tx, { organizationId, actorId: userId, kind: "MEMBER_JOINED", data: { role: invitation.role } });
    return membership;
  });
}
