import "server-only";
import type { Notification } from "../../prisma/generated/client/client.ts";
import type { NotificationKind } from "../../prisma/generated/client/enums.ts";
import { HEALTH_WORDS } from "../../domain/digest.ts";
import { formatIn } from "../../domain/date-format.ts";
import { tokenizeComment } from "../../domain/mentions.ts";
import type { PrismaClient, Tx } from "../db.ts";
import { EMAIL_LOCALE } from "./locale.ts";
import { preferencesUrl, unsubscribeUrl } from "./links.ts";
import { queueEmails, type OutgoingEmail } from "./outbox.ts";
import { goalUrl } from "./page-links.ts";
import { renderEmail } from "./render.ts";

/** A notification row as deliver() inserted it (only these columns are read). */
export type NotificationForEmail = Pick<Notification, "id" | "organizationId" | "recipientId" | "kind" | "data"> &
  Partial<Pick<Notification, "goalId" | "milestoneId" | "commentId" | "actorId">>;

// Everything the messages mention, read for all the notifications at once: one statement per
// relation, whatever their number.
async function loadDetails(db: Tx | PrismaClient, ids: string[]) {
  return db.notification.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      kind: true,
      data: true,
      organizationId: true,
      recipientId: true,
      goalId: true,
      milestoneId: true,
      recipient: { select: { email: true, name: true, deletedAt: true } },
      actor: { select: { name: true, deletedAt: true } },
      organization: { select: { slug: true, name: true } },
      goal: { select: { title: true } },
      milestone: { select: { title: true, dueDate: true } },
      comment: { select: { body: true } },
    },
  });
}
type Details = Awaited<ReturnType<typeof loadDetails>>[number];

const EXCERPT_LENGTH = 280;

/** A comment as the email shows it: mentions as "@Name", links as their address, cut short. */
function excerpt(body: string): string {
  const text = tokenizeComment(body)
    .map((t) => (t.kind === "mention" ? `@${t.label}` : t.text))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

function dataString(data: unknown, key: string): string | undefined {
  const value = (data as Record<string, unknown> | null)?.[key];
  return typeof value === "string" ? value : undefined;
}

interface Message {
  subject: string;
  heading: string;
  paragraphs: string[];
  action: string;
  reason: string;
}

/** Subject and words for each kind: one short message saying what happened and where. */
function message(n: Details): Message {
  const actor = n.actor && !n.actor.deletedAt ? n.actor.name : "Someone";
  const goal = n.goal?.title ?? dataString(n.data, "goalTitle") ?? "a goal";
  const milestone = n.milestone?.title ?? dataString(n.data, "milestoneTitle");
  const org = n.organization.name;
  const quoted = n.comment ? [`“${excerpt(n.comment.body)}”`] : [];
  const kind: NotificationKind = n.kind;
  switch (kind) {
    case "OWNER_ASSIGNED": {
      const what = milestone ? `the milestone “${milestone}” of ${goal}` : `the goal “${goal}”`;
      return {
        subject: `${actor} made you owner of ${milestone ?? goal}`,
        heading: `You now own ${milestone ? `“${milestone}”` : `“${goal}”`}`,
        paragraphs: [`${actor} made you owner of ${what} in ${org}.`],
        action: milestone ? "Open the milestone" : "Open the goal",
        reason: "You get this because you were made an owner.",
      };
    }
    case "ASSIGNEE_ADDED":
      return {
        subject: `${actor} assigned you to ${milestone ?? goal}`,
        heading: `You were assigned to “${milestone ?? goal}”`,
        paragraphs: [`${actor} assigned you to ${milestone ? `the milestone “${milestone}” of ${goal}` : goal} in ${org}.`],
        action: "Open the milestone",
        reason: "You get this because you were assigned a milestone.",
      };
    case "MENTIONED":
      return {
        subject: `${actor} mentioned you on ${goal}`,
        heading: `${actor} mentioned you`,
        paragraphs: [`On “${goal}” in ${org}:`, ...quoted],
        action: "Reply in the discussion",
        reason: "You get this because someone mentioned you.",
      };
    case "COMMENTED":
      return {
        subject: `${actor} commented on ${goal}`,
        heading: `New comment on “${goal}”`,
        paragraphs: [`${actor} wrote in ${org}:`, ...quoted],
        action: "Open the discussion",
        reason: "You get this because you own or follow this goal.",
      };
    case "MILESTONE_DUE_SOON": {
      const due = n.milestone ? formatIn(n.milestone.dueDate, "weekdayDate", EMAIL_LOCALE) : undefined;
      return {
        subject: `${milestone ?? "Your milestone"} is due${due ? ` ${due}` : " soon"}`,
        heading: `“${milestone ?? goal}” is due${due ? ` on ${due}` : " soon"}`,
        paragraphs: [`Your milestone of “${goal}” in ${org} is due in 3 days.`],
        action: "Open the milestone",
        reason: "You get this because you own or are assigned this milestone.",
      };
    }
    case "MILESTONE_MISSED":
      return {
        subject: `Missed: ${milestone ?? goal}`,
        heading: `“${milestone ?? goal}” was missed`,
        paragraphs: [`Its due date passed before it was done. Move the date or mark it done on “${goal}” in ${org}.`],
        action: "Open the milestone",
        reason: "You get this because you own or are assigned this milestone.",
      };
    case "CHECK_IN_DUE":
      return {
        subject: `Check-in due: ${goal}`,
        heading: `Time to check in on “${goal}”`,
        paragraphs: [`Your goal in ${org} is due for a check-in: record where it stands and how confident you are.`],
        action: "Check in",
        reason: "You get this because you own this goal.",
      };
    case "HEALTH_CHANGED": {
      const to = dataString(n.data, "to") ?? dataString(n.data, "health");
      const words = to && to in HEALTH_WORDS ? HEALTH_WORDS[to as keyof typeof HEALTH_WORDS].toLowerCase() : undefined;
      return {
        subject: words ? `${goal} is now ${words}` : `${goal} changed health`,
        heading: words ? `“${goal}” is now ${words}` : `“${goal}” changed health`,
        paragraphs: [`A goal you follow in ${org} changed health.`],
        action: "Open the goal",
        reason: "You get this because you follow this goal.",
      };
    }
    case "GOAL_CLOSED":
      return {
        subject: `${goal} was closed`,
        heading: `“${goal}” was closed`,
        paragraphs: [`${actor} closed a goal you follow in ${org}.`],
        action: "Open the goal",
        reason: "You get this because you follow this goal.",
      };
    case "APPROVAL_REQUESTED":
      return {
        subject: `${actor} asks for your approval of ${milestone ?? goal}`,
        heading: `Your approval is requested for “${milestone ?? goal}”`,
        paragraphs: [`${actor} asks you to approve ${milestone ? `the milestone “${milestone}” of ${goal}` : goal} in ${org}.`],
        action: "Review it",
        reason: "You get this because you are its approver.",
      };
    case "APPROVAL_DECIDED": {
      const decision = dataString(n.data, "decision") === "REJECTED" ? "rejected" : "approved";
      return {
        subject: `${actor} ${decision} ${milestone ?? goal}`,
        heading: `“${milestone ?? goal}” was ${decision}`,
        paragraphs: [`${actor} ${decision} ${milestone ? `the milestone “${milestone}” of ${goal}` : goal} in ${org}.`, ...quoted],
        action: "Open the milestone",
        reason: "You get this because you requested this approval or own the milestone.",
      };
    }
  }
}

/**
 * One email per notification, to its recipient (deliver() passes only those who want email for the
 * kind), each queued once under "notification:<id>". Deleted accounts get nothing.
 */
export async function queueNotificationEmails(db: Tx | PrismaClient, notifications: readonly NotificationForEmail[]): Promise<void> {
  if (notifications.length === 0) return;
  const details = await loadDetails(
    db,
    notifications.map((n) => n.id),
  );
  const emails: OutgoingEmail[] = [];
  for (const n of details) {
    if (n.recipient.deletedAt || !n.recipient.email) continue;
    const m = message(n);
    const onDiscussion = n.kind === "MENTIONED" || n.kind === "COMMENTED";
    const url = n.goalId
      ? goalUrl(n.organization.slug, n.goalId, { milestoneId: n.milestoneId, discussion: onDiscussion })
      : preferencesUrl();
    const rendered = await renderEmail({
      preview: m.paragraphs[0] ?? m.heading,
      heading: m.heading,
      paragraphs: m.paragraphs,
      action: { label: m.action, url },
      reason: m.reason,
      unsubscribe: {
        label: "Stop these emails",
        url: unsubscribeUrl({ type: "notification", userId: n.recipientId, kind: n.kind }),
      },
      preferencesUrl: preferencesUrl(),
    });
    emails.push({
      organizationId: n.organizationId,
      userId: n.recipientId,
      to: n.recipient.email,
      kind: "NOTIFICATION",
      subject: m.subject,
      ...rendered,
      dedupeKey: `notification:${n.id}`,
    });
  }
  await queueEmails(db, emails);
}
