import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { prisma } from "../../server/db.ts";
import { addComment, canDeleteComment, deleteComment } from "../../server/comments/comments.ts";
import type { Goal, User } from "../../prisma/generated/client/client.ts";
import { builder } from "../builder.ts";
import { batchedNodes, inViewerOrgs } from "../nodes.ts";
import { pageOf, totalCountField } from "../connections.ts";
import { idOf } from "../ids.ts";
import { goalById, goalCommentsOf, isMemberOf, loadAll, milestoneById, milestoneCommentsOf, userById } from "../loaders.ts";
import { mentionedUserIds } from "../../domain/mentions.ts";
import { MAX_MENTIONS } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";
import { GoalRef, inputIdOf } from "./goal.ts";
import { MilestoneRef } from "./milestone.ts";
import { UserRef } from "./user.ts";

export const CommentRef = builder.prismaNode("Comment", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inViewerOrgs(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().comment.findMany({ where: { id: { in: ids }, ...inViewerOrgs(ctx) } })),
  fields: (t) => ({
    body: t.exposeString("body", {
      description: "As written: mentions are kept as @[Name](user:<id>) tokens; show them with `mentions`, whose names are current.",
    }),
    mentions: t.field({
      type: [UserRef],
      extensions: listSize(MAX_MENTIONS),
      description:
        "The people the body mentions who are members of the comment's organization now, in order of first mention. A mention of anyone else reads as plain text.",
      resolve: async (c, _args, ctx, info) => {
        const ids = mentionedUserIds(c.body).slice(0, MAX_MENTIONS);
        if (ids.length === 0) return [];
        const member = await isMemberOf(ctx, info).loadMany(ids.map((id) => `${c.organizationId}:${id}`));
        return loadAll(userById(ctx, info), ids.filter((_, i) => member[i] === true));
      },
    }),
    author: t.field({ type: UserRef, resolve: (c, _args, ctx, info) => userById(ctx, info).load(c.authorId) as Promise<User> }),
    goal: t.field({ type: GoalRef, resolve: (c, _args, ctx, info) => goalById(ctx, info).load(c.goalId) as Promise<Goal> }),
    milestone: t.field({
      type: MilestoneRef,
      nullable: true,
      description: "Set when the comment is on a milestone.",
      resolve: (c, _args, ctx, info) => (c.milestoneId ? milestoneById(ctx, info).load(c.milestoneId) : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    viewerCanDelete: t.boolean({
      description: "Its author and the organization's admins may delete it.",
      resolve: (comment, _args, ctx, info) => canDeleteComment(ctx.viewer, comment),
    }),
  }),
});

builder.prismaObjectField(GoalRef, "comments", (t) =>
  t.connection(
    {
      type: CommentRef,
      description: "Comments on the goal itself (not on its milestones), oldest first.",
      resolve: async (goal, args, ctx, info) => pageOf(await goalCommentsOf(ctx, info).load(goal.id), args),
    },
    { name: "GoalCommentsConnection", fields: totalCountField },
  ),
);

builder.prismaObjectField(MilestoneRef, "comments", (t) =>
  t.connection(
    {
      type: CommentRef,
      description: "Comments on this milestone, oldest first.",
      resolve: async (m, args, ctx, info) => pageOf(await milestoneCommentsOf(ctx, info).load(m.id), args),
    },
    { name: "MilestoneCommentsConnection", fields: totalCountField },
  ),
);

const AddCommentInput = builder.inputType("AddCommentInput", {
  fields: (t) => ({
    goalId: t.id({ description: "Comment on a goal… (give exactly one of goalId and milestoneId)" }),
    milestoneId: t.id({ description: "…or on a milestone." }),
    body: t.string({ required: true, description: "1 to 5000 characters." }),
  }),
});

const AddCommentPayload = builder.objectRef<{ commentId: string }>("AddCommentPayload").implement({
  fields: (t) => ({
    comment: t.prismaField({
      type: "Comment",
      resolve: (query, p) => prisma().comment.findUniqueOrThrow({ ...query, where: { id: p.commentId } }),
    }),
  }),
});

builder.mutationField("addComment", (t) =>
  t.field({
    type: AddCommentPayload,
    description: "Comment on a goal or a milestone (members and above; not on closed or archived goals).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AddCommentInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const comment = await addComment(ctx.viewer, {
        goalId: input.goalId == null ? null : inputIdOf(input.goalId, "Goal"),
        milestoneId: input.milestoneId == null ? null : inputIdOf(input.milestoneId, "Milestone"),
        body: input.body,
      });
      return { commentId: comment.id };
    },
  }),
);

const DeleteCommentInput = builder.inputType("DeleteCommentInput", {
  fields: (t) => ({ commentId: t.id({ required: true }) }),
});

const DeleteCommentPayload = builder
  .objectRef<{ deletedCommentId: string; goalId: string }>("DeleteCommentPayload")
  .implement({
    fields: (t) => ({
      deletedCommentId: t.id({ resolve: (p) => encodeGlobalID("Comment", p.deletedCommentId) }),
      goal: t.prismaField({
        type: "Goal",
        resolve: (query, p) => prisma().goal.findUniqueOrThrow({ ...query, where: { id: p.goalId } }),
      }),
    }),
  });

builder.mutationField("deleteComment", (t) =>
  t.field({
    type: DeleteCommentPayload,
    description: "Delete a comment (its author, or an admin).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DeleteCommentInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteComment(ctx.viewer, idOf(input.commentId, "Comment")),
  }),
);
