import "server-only";
import type { NewNotification } from "./deliver.ts";

// What the mutations (and engineer M's mentions) enqueue as the "notify" job, inside their write
// transaction: `enqueueJob(tx, "notify", event)` (server/jobs/enqueue.ts). The job (notifyTask,
// ./tasks.ts) turns an event into notifications for the right people, later, outside the
// request. Events are plain JSON (they are stored in the job queue), so dates travel as ISO
// strings. Each event carries what makes its notifications' dedupe keys unique, so a job that
// runs twice (after a crash, or on two workers) delivers once.
//
// Who is told, by type (never the actor: nobody is notified about their own action):
// - OWNER_ASSIGNED: `recipientId`, made owner of the goal, or of the milestone when `milestoneId`
//   is set. `at` is the time of the change (a later re-assignment is news again).
// - ASSIGNEE_ADDED: `recipientId`, put on milestone `milestoneId`; `assignmentId` names the event
//   (assigning the same person twice keeps one assignment, so notifies once).
// - COMMENTED: everyone following the goal (./followers.ts) except the actor and the people in
//   `mentionedUserIds`: those get MENTIONED for the same comment instead (one notification per
//   person per comment). The comment mutation sends both events from the same parsed body.
// - MENTIONED: `recipientIds` (people named in comment `commentId`), except the actor; members of
//   the organization only (deliver() drops anyone else).
// - GOAL_CHANGED: "the goal's health may have changed" (after a check-in, a milestone change or a
//   goal edit). notifyTask computes health as the API does, compares it with Goal.announcedHealth
//   and, when it changed, records it and tells the followers (HEALTH_CHANGED), except the actor.
//   Sending it when nothing changed is cheap and harmless.
// - GOAL_CLOSED: the goal's followers except the actor; `closedAt` names the closing (a goal
//   reopened and closed again is news again).
// - APPROVAL_STEP: an approval was requested or decided (server/approvals): the mutation already
//   knows exactly who hears (the approver; the requester and the owner) and with what dedupe keys,
//   so the event carries the notifications themselves and the job only delivers them.
export type NotificationEvent =
  | {
      type: "OWNER_ASSIGNED";
      organizationId: string;
      actorId: string;
      recipientId: string;
      goalId: string;
      milestoneId?: string | null;
      at: string;
    }
  | {
      type: "ASSIGNEE_ADDED";
      organizationId: string;
      actorId: string;
      recipientId: string;
      goalId: string;
      milestoneId: string;
      assignmentId: string;
    }
  | {
      type: "COMMENTED";
      organizationId: string;
      actorId: string;
      goalId: string;
      milestoneId?: string | null;
      commentId: string;
      mentionedUserIds?: string[];
    }
  | {
      type: "MENTIONED";
      organizationId: string;
      actorId: string;
      goalId: string;
      milestoneId?: string | null;
      commentId: string;
      recipientIds: string[];
    }
  | { type: "GOAL_CHANGED"; organizationId: string; goalId: string; actorId?: string | null }
  | { type: "GOAL_CLOSED"; organizationId: string; actorId: string; goalId: string; closedAt: string }
  | { type: "APPROVAL_STEP"; organizationId: string; notifications: NewNotification[] };

export type NotificationEventType = NotificationEvent["type"];
