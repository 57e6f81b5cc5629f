import { z } from "zod";
import { Role } from "../enums.ts";
import { emailSchema } from "./user.ts";

export const roleSchema = z.enum(Role, "Choose a role: OWNER, ADMIN, MEMBER or STAKEHOLDER.");

export const inviteMemberInput = z.object({
  email: emailSchema,
  role: roleSchema,
});
export type InviteMemberInput = z.input<typeof inviteMemberInput>;

export const updateMemberRoleInput = z.object({ role: roleSchema });
export type UpdateMemberRoleInput = z.input<typeof updateMemberRoleInput>;

export const invitationTokenSchema = z.string().trim().min(1, "The invitation link is missing its token.").max(200);

export const acceptInvitationInput = z.object({ token: invitationTokenSchema });

export const INVITATION_TTL_DAYS = 14;

export type InvitationStatus = "PENDING" | "ACCEPTED" | "EXPIRED" | "REVOKED";

/** What has happened to an invitation last decides its status; expiry only matters while pending. */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return "ACCEPTED";
  if (invitation.revokedAt) return "REVOKED";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "PENDING";
}

export function invitationExpiry(from: Date = new Date()): Date {
  return new Date(from.getTime() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000);
}

/** The secret link's path, and its absolute form when the app knows its public origin. */
export function invitePath(token: string): string {
  return `/invitations/${encodeURIComponent(token)}`;
}

export function inviteUrl(token: string, origin: string | undefined): string {
  const path = invitePath(token);
  return origin ? `${origin.replace(/\/+$/, "")}${path}` : path;
}
