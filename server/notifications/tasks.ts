import "server-only";
import { commentPlainText } from "../../domain/mentions.ts";
import { prisma } from "../db.ts";
import { deliver, type NewNotification } from "./deliver.ts";
import type { NotificationEvent } from "./events.ts";
import { followersOf } from "./followers.ts";
import { announceHealthChanges } from "./health.ts";

// The "notify" job (registered by server/jobs/tasks.ts): one event in, the notifications it means
// out. Idempotent: every notification's dedupe key names its event, so a second run inserts
// nothing and queues no second email. Who hears about what is documented on NotificationEvent.

const EXCERPT_LENGTH = 140;

export async function notifyTask(event: NotificationEvent): Promise<void> {
  const db = prisma();
  switch (event.type) {
    case "GOAL_CHANGED":
      await announceHealthChanges(db, [event.goalId], { actorId: event.actorId ?? null });
      return;
    case "APPROVAL_STEP":
      await deliver(db, event.notifications);
      return;
    case "OWNER_ASSIGNED":
    case "ASSIGNEE_ADDED": {
      if (event.recipientId === event.actorId) return;
      const target = await titles(event.goalId, event.milestoneId);
      if (!target) return;
      const dedupeKey =
        event.type === "ASSIGNEE_ADDED"
          ? `ASSIGNEE_ADDED:${event.assignmentId}`
          : `OWNER_ASSIGNED:${event.milestoneId ? `milestone:${event.milestoneId}` : `goal:${event.goalId}`}:${event.at}`;
      await deliver(db, [{ ...common(event), recipientId: event.recipientId, kind: event.type, data: target, dedupeKey }]);
      return;
    }
    case "COMMENTED":
    case "MENTIONED": {
      const comment = await db.comment.findFirst({
        where: { id: event.commentId, organizationId: event.organizationId },
        select: { body: true, goal: { select: { title: true } }, milestone: { select: { title: true } } },
      });
      if (!comment) return; // deleted before the job ran: nothing to point at
      const data = {
        goalTitle: comment.goal.title,
        ...(comment.milestone ? { milestoneTitle: comment.milestone.title } : {}),
        excerpt: excerpt(comment.body),
      };
      let recipients: string[];
      if (event.type === "MENTIONED") recipients = event.recipientIds;
      else {
        const mentioned = new Set(event.mentionedUserIds ?? []);
        recipients = ((await followersOf(db, [event.goalId])).get(event.goalId) ?? []).filter((id) => !mentioned.has(id));
      }
      await deliver(db, toEach(recipients, event.actorId, { ...common(event), commentId: event.commentId, kind: event.type, data, dedupeKey: `${event.type}:${event.commentId}` }));
      return;
    }
    case "GOAL_CLOSED": {
      const goal = await db.goal.findFirst({
        where: { id: event.goalId, organizationId: event.organizationId },
        select: { title: true, outcome: true },
      });
      if (!goal) return;
      const followers = (await followersOf(db, [event.goalId])).get(event.goalId) ?? [];
      await deliver(
        db,
        toEach(followers, event.actorId, {
          ...common(event),
          kind: "GOAL_CLOSED",
          data: { goalTitle: goal.title, outcome: goal.outcome },
          dedupeKey: `GOAL_CLOSED:${event.goalId}:${event.closedAt}`,
        }),
      );
      return;
    }
  }
}

function common(event: { organizationId: string; actorId: string; goalId: string; milestoneId?: string | null }) {
  return { organizationId: event.organizationId, actorId: event.actorId, goalId: event.goalId, milestoneId: event.milestoneId ?? null };
}

/** The same notification for each recipient but the actor: nobody is notified of their own action. */
function toEach(recipientIds: readonly string[], actorId: string, item: Omit<NewNotification, "recipientId">): NewNotification[] {
  return [...new Set(recipientIds)].filter((id) => id !== actorId).map((recipientId) => ({ ...item, recipientId }));
}

async function titles(goalId: string, milestoneId: string | null | undefined) {
  const goal = await prisma().goal.findUnique({
    where: { id: goalId },
    select: { title: true, milestones: milestoneId ? { where: { id: milestoneId }, select: { title: true } } : false },
  });
  if (!goal) return null;
  const milestone = goal.milestones?.[0];
  if (milestoneId && !milestone) return null;
  return { goalTitle: goal.title, ...(milestone ? { milestoneTitle: milestone.title } : {}) };
}

function excerpt(body: string) {
  // Mentions are stored as @[Name](user:id) tokens: shown as @Name.
  const flat = commentPlainText(body).replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_LENGTH ? flat : `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`;
}
