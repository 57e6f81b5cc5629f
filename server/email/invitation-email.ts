import "server-only";
import type { Invitation } from "../../prisma/generated/client/client.ts";
import type { Role } from "../../prisma/generated/client/enums.ts";
import { formatIn } from "../../domain/date-format.ts";
import { inviteUrl } from "../../domain/schemas/member.ts";
import type { Tx } from "../db.ts";
import { EMAIL_LOCALE } from "./locale.ts";
import { appOrigin, unsubscribeUrl } from "./links.ts";
import { queueEmail } from "./outbox.ts";
import { renderEmail } from "./render.ts";

const ROLE_WORDS: Record<Role, string> = {
  OWNER: "an owner",
  ADMIN: "an admin",
  MEMBER: "a member",
  STAKEHOLDER: "a stakeholder (who sees everything and changes nothing)",
};

/**
 * Queues the invitation email in the transaction that created the invitation: the link's secret
 * exists only there (only its hash is stored). Its "unsubscribe" declines this invitation, since
 * the address may have no account to keep a preference on.
 */
export async function queueInvitationEmail(
  tx: Tx,
  invitation: Pick<Invitation, "id" | "organizationId" | "email" | "role" | "expiresAt">,
  token: string,
  names: { organization: string; invitedBy: string },
): Promise<void> {
  const url = inviteUrl(token, appOrigin());
  const rendered = await renderEmail({
    preview: `${names.invitedBy} invited you to ${names.organization} on Waymark`,
    heading: `Join ${names.organization} on Waymark`,
    paragraphs: [
      `${names.invitedBy} invited you to join ${names.organization} as ${ROLE_WORDS[invitation.role]}: its goals, milestones and check-ins in one place.`,
      `Sign up or sign in with ${invitation.email} to accept. The link works until ${formatIn(invitation.expiresAt, "date", EMAIL_LOCALE)}.`,
    ],
    action: { label: "Accept the invitation", url },
    reason: `You get this because ${names.invitedBy} invited ${invitation.email}.`,
    unsubscribe: { label: "Not interested? Decline this invitation", url: unsubscribeUrl({ type: "invitation", invitationId: invitation.id }) },
  });
  await queueEmail(tx, {
    organizationId: invitation.organizationId,
    to: invitation.email,
    kind: "INVITATION",
    subject: `${names.invitedBy} invited you to ${names.organization} on Waymark`,
    ...rendered,
    dedupeKey: `invitation:${invitation.id}`,
  });
}
