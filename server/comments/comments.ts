import "server-only";
import { atLeast, COMMENTER, requireRole } from "../access.ts";
import { recordActivity } from "../activity/activity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma, type Tx } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { forbidden, notFound, parseInput } from "../errors.ts";
import { assertOpen } from "../goals/goals.ts";
import { enqueueJob } from "../jobs/enqueue.ts";
import { mentionedUserIds } from "../../domain/mentions.ts";
import { addCommentInput, commentTargetInput, type AddCommentInput } from "../../domain/schemas/comment.ts";

const openGoal = { select: { id: true, title: true, archivedAt: true, closedAt: true } } as const;

/**
 * Comments on a goal or on one of its milestones (exactly one). Everyone in the organization
 * comments, stakeholders included (they ask questions); closed and archived goals are read-only,
 * their discussion included. The goal's followers and the members it mentions are notified by a
 * job enqueued in the same transaction (never inside this request).
 */
export async function addComment(viewer: Viewer | null, input: AddCommentInput) {
  const ids = parseInput(commentTargetInput, input);
  const orgIds = viewer?.orgIds ?? [];
  const target = ids.milestoneId
    ? await prisma()
        .milestone.findFirst({
          where: { id: ids.milestoneId, organizationId: { in: orgIds } },
          select: { id: true, title: true, organizationId: true, goal: openGoal },
        })
        .then((m) => m && { organizationId: m.organizationId, goal: m.goal, milestone: { id: m.id, title: m.title } })
    : await prisma()
        .goal.findFirst({ where: { id: ids.goalId!, organizationId: { in: orgIds } }, select: { organizationId: true, ...openGoal.select } })
        .then((g) => g && { organizationId: g.organizationId, goal: g, milestone: null });
  if (!target) throw notFound();
  requireRole(viewer, target.organizationId, COMMENTER);
  assertOpen(target.goal);
  const data = parseInput(addCommentInput, { body: input.body });
  return writeTransaction(async (tx) => {
    const comment = await tx.comment.create({
      data: {
        organizationId: target.organizationId,
        authorId: viewer!.userId,
        goalId: target.goal.id,
        milestoneId: target.milestone?.id ?? null,
        body: data.body,
      },
    });
    await recordActivity(tx, {
      organizationId: target.organizationId,
      actorId: viewer!.userId,
      kind: "COMMENT_ADDED",
      goalId: target.goal.id,
      milestoneId: target.milestone?.id ?? null,
      data: { goalTitle: target.goal.title, ...(target.milestone ? { milestoneTitle: target.milestone.title } : {}) },
    });
    const about = {
      organizationId: target.organizationId,
      actorId: viewer!.userId,
      goalId: target.goal.id,
      milestoneId: target.milestone?.id ?? null,
      commentId: comment.id,
    };
    const mentioned = await mentionedMembers(tx, target.organizationId, data.body, viewer!.userId);
    await enqueueJob(tx, "notify", { type: "COMMENTED", ...about, mentionedUserIds: mentioned });
    if (mentioned.length > 0) await enqueueJob(tx, "notify", { type: "MENTIONED", ...about, recipientIds: mentioned });
    return comment;
  });
}

/**
 * The people a body mentions who are members of the organization, the author left out. Anyone
 * else (a made-up id, another organization's user, a former member) is not told: the body keeps
 * the token, and the UI shows it as plain text.
 */
async function mentionedMembers(tx: Tx, organizationId: string, body: string, authorId: string): Promise<string[]> {
  const ids = mentionedUserIds(body).filter((id) => id !== authorId);
  if (ids.length === 0) return [];
  const members = await tx.membership.findMany({ where: { organizationId, userId: { in: ids } }, select: { userId: true } });
  const inOrg = new Set(members.map((m) => m.userId));
  return ids.filter((id) => inOrg.has(id));
}

/** Whether the viewer may delete a comment: its author (while still able to comment), or an admin of its organization. */
export function canDeleteComment(viewer: Viewer | null, comment: { authorId: string; organizationId: string }) {
  const role = viewer?.roles.get(comment.organizationId);
  if (!viewer || role === undefined) return false;
  return (comment.authorId === viewer.userId && atLeast(role, COMMENTER)) || atLeast(role, "ADMIN");
}

export async function deleteComment(viewer: Viewer | null, commentId: string) {
  const comment = await prisma().comment.findFirst({
    where: { id: commentId, organizationId: { in: viewer?.orgIds ?? [] } },
    select: { id: true, authorId: true, organizationId: true, goal: openGoal },
  });
  if (!comment) throw notFound();
  requireRole(viewer, comment.organizationId, COMMENTER);
  if (!canDeleteComment(viewer, comment)) throw forbidden("Only its author or an admin can delete a comment.");
  assertOpen(comment.goal);
  const { count } = await writeTransaction((tx) => tx.comment.deleteMany({ where: { id: comment.id } }));
  if (count === 0) throw notFound();
  return { deletedCommentId: comment.id, goalId: comment.goal.id };
}
