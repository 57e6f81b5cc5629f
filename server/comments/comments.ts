import "server-only";
import { atLeast, EDITOR, requireRole } from "../access.ts";
import { recordActivity } from "../activity/activity.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { forbidden, notFound, parseInput } from "../errors.ts";
import { assertOpen } from "../goals/goals.ts";
import { addCommentInput, commentTargetInput, type AddCommentInput } from "../../domain/schemas/comment.ts";

const openGoal = { select: { id: true, title: true, archivedAt: true, closedAt: true } } as const;

/**
 * Comments on a goal or on one of its milestones (exactly one). Members and above comment;
 * stakeholders read. Closed and archived goals are read-only, their discussion included.
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
  requireRole(viewer, target.organizationId, EDITOR);
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
    return comment;
  });
}

/** Whether the viewer may delete a comment: its author, or an admin of its organization. */
export function canDeleteComment(viewer: Viewer | null, comment: { authorId: string; organizationId: string }) {
  const role = viewer?.roles.get(comment.organizationId);
  if (!viewer || role === undefined) return false;
  return (comment.authorId === viewer.userId && atLeast(role, EDITOR)) || atLeast(role, "ADMIN");
}

export async function deleteComment(viewer: Viewer | null, commentId: string) {
  const comment = await prisma().comment.findFirst({
    where: { id: commentId, organizationId: { in: viewer?.orgIds ?? [] } },
    select: { id: true, authorId: true, organizationId: true, goal: openGoal },
  });
  if (!comment) throw notFound();
  requireRole(viewer, comment.organizationId, EDITOR);
  if (!canDeleteComment(viewer, comment)) throw forbidden("Only its author or an admin can delete a comment.");
  assertOpen(comment.goal);
  const { count } = await writeTransaction((tx) => tx.comment.deleteMany({ where: { id: comment.id } }));
  if (count === 0) throw notFound();
  return { deletedCommentId: comment.id, goalId: comment.goal.id };
}
