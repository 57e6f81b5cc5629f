import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Goal, Milestone, Notification, Organization, User } from "../../prisma/generated/client/client.ts";
import { INBOX_SIZE, type NotificationGroup } from "../../domain/notifications/grouping.ts";
import { notificationSummary } from "../../domain/notifications/summary.ts";
import { prisma } from "../../server/db.ts";
import { setFollowing } from "../../server/notifications/following.ts";
import { followedGoalIds } from "../../server/notifications/followers.ts";
import { inboxGroups, markAllNotificationsRead, markNotificationRead, unreadCount } from "../../server/notifications/inbox.ts";
import { builder } from "../builder.ts";
import { listSize } from "../complexity.ts";
import { pageOf, totalCountField } from "../connections.ts";
import type { Context } from "../context.ts";
import { idOf } from "../ids.ts";
import { batchedNodes } from "../nodes.ts";
import { goalById, milestoneById, organizationById, perRequest, userById, type Place } from "../loaders.ts";
import { GoalPayload, GoalRef } from "./goal.ts";
import { MilestoneRef } from "./milestone.ts";
import { NotificationKindEnum } from "./notification-kind.ts";
import { OrganizationRef } from "./organization.ts";
import { UserRef } from "./user.ts";
import { ViewerRef } from "./viewer.ts";

// The inbox (issue #10 §1). Notifications are only ever their recipient's: every way in (the
// viewer's inbox, node(id), the mutations) looks among the viewer's own, in the organizations
// they still belong to, so anyone else's id answers exactly like a missing one.

const mine = (ctx: Context) => ({ recipientId: ctx.viewer?.userId ?? "", organizationId: { in: ctx.viewer?.orgIds ?? [] } });

const dataOf = (n: Notification) => (n.data ?? {}) as Record<string, unknown>;

export const NotificationRef = builder.prismaNode("Notification", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...mine(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().notification.findMany({ where: { id: { in: ids }, ...mine(ctx) } })),
  description: "Something you were told about: one event, for you.",
  fields: (t) => ({
    kind: t.expose("kind", { type: NotificationKindEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true }),
    read: t.boolean({ resolve: (n) => n.readAt !== null }),
    summary: t.string({
      description: "One sentence saying what happened, e.g. “Sam assigned you to “Beta” in “Launch””.",
      resolve: async (n, _args, ctx, info) => {
        const actor = n.actorId ? ((await userById(ctx, info).load(n.actorId)) as User | null) : null;
        return notificationSummary({ kind: n.kind, actorName: actor?.name ?? null, data: dataOf(n) });
      },
    }),
    excerpt: t.string({
      nullable: true,
      description: "The beginning of the comment, for comments and mentions.",
      resolve: (n) => (typeof dataOf(n).excerpt === "string" ? (dataOf(n).excerpt as string) : null),
    }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      description: "Who caused it; null for what Waymark noticed on its own (due, missed, check-in due).",
      resolve: (n, _args, ctx, info) => (n.actorId ? (userById(ctx, info).load(n.actorId) as Promise<User>) : null),
    }),
    organization: t.field({
      type: OrganizationRef,
      resolve: (n, _args, ctx, info) => organizationById(ctx, info).load(n.organizationId) as Promise<Organization>,
    }),
    goal: t.field({
      type: GoalRef,
      nullable: true,
      resolve: (n, _args, ctx, info) => (n.goalId ? (goalById(ctx, info).load(n.goalId) as Promise<Goal>) : null),
    }),
    milestone: t.field({
      type: MilestoneRef,
      nullable: true,
      resolve: (n, _args, ctx, info) => (n.milestoneId ? (milestoneById(ctx, info).load(n.milestoneId) as Promise<Milestone>) : null),
    }),
  }),
});

type Group = NotificationGroup<Notification>;

const NotificationGroupRef = builder.objectRef<Group>("NotificationGroup").implement({
  description:
    "One inbox entry: a goal's notifications within 10 minutes of the first, or one notification about no goal. Newest first.",
  fields: (t) => ({
    id: t.id({ description: "The newest notification's id.", resolve: (g) => encodeGlobalID("Notification", g.id) }),
    latest: t.field({ type: NotificationRef, resolve: (g) => g.notifications[0] }),
    notifications: t.field({
      type: [NotificationRef],
      description: "Newest first.",
      extensions: listSize(INBOX_SIZE),
      resolve: (g) => g.notifications,
    }),
    count: t.int({ resolve: (g) => g.notifications.length }),
    unreadCount: t.int({ resolve: (g) => g.unreadCount }),
    read: t.boolean({ description: "Every notification of the entry is read.", resolve: (g) => g.unreadCount === 0 }),
    latestAt: t.field({ type: "DateTime", resolve: (g) => g.latestAt }),
  }),
});

/** The viewer's grouped inbox, read once per request however many fields ask. */
const inboxOf = (ctx: Context) =>
  perRequest<Group[]>(ctx, "Inbox", undefined, async (userIds) => {
    const groups = (await inboxGroups(ctx.viewer)) as Group[];
    return userIds.map(() => groups);
  });

builder.objectField(ViewerRef, "notifications", (t) =>
  t.connection(
    {
      type: NotificationGroupRef,
      description: `Your inbox, newest first, grouped (one entry per goal per 10 minutes): the newest ${INBOX_SIZE} notifications.`,
      resolve: async (v, args, ctx) => pageOf(await inboxOf(ctx).load(v.userId), args),
    },
    { name: "NotificationGroupConnection", fields: totalCountField },
  ),
);

builder.objectField(ViewerRef, "unreadNotificationCount", (t) =>
  t.int({ description: "Unread notifications (each one, not entries).", resolve: (_v, _args, ctx) => unreadCount(ctx.viewer) }),
);

const followsOf = (ctx: Context, at: Place) =>
  perRequest<boolean>(ctx, "Goal.viewerFollows", at, async (goalIds) => {
    const followed = ctx.viewer ? await followedGoalIds(prisma(), ctx.viewer.userId, goalIds) : new Set<string>();
    return goalIds.map((id) => followed.has(id));
  });

builder.prismaObjectField(GoalRef, "viewerFollows", (t) =>
  t.boolean({
    description: "You hear about this goal: you follow it, or own it or work on it and did not unfollow it.",
    resolve: (goal, _args, ctx, info) => followsOf(ctx, info).load(goal.id),
  }),
);

const MarkNotificationReadInput = builder.inputType("MarkNotificationReadInput", {
  fields: (t) => ({ id: t.id({ required: true, description: "Any notification of the inbox entry: the whole entry is marked read." }) }),
});

const MarkNotificationReadPayload = builder.objectRef<{ ids: string[]; userId: string }>("MarkNotificationReadPayload").implement({
  fields: (t) => ({
    notifications: t.field({
      type: [NotificationRef],
      description: "The notifications marked read (the entry's).",
      extensions: listSize(INBOX_SIZE),
      resolve: (p) => prisma().notification.findMany({ where: { id: { in: p.ids }, recipientId: p.userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    }),
    viewer: t.field({ type: ViewerRef, resolve: (p) => ({ userId: p.userId }) }),
  }),
});

builder.mutationField("markNotificationRead", (t) =>
  t.field({
    type: MarkNotificationReadPayload,
    description: "Mark a notification read, with the rest of its inbox entry.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: MarkNotificationReadInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      ids: await markNotificationRead(ctx.viewer, idOf(String(input.id), "Notification")),
      userId: ctx.viewer!.userId,
    }),
  }),
);

const MarkAllNotificationsReadPayload = builder.objectRef<{ marked: number; userId: string }>("MarkAllNotificationsReadPayload").implement({
  fields: (t) => ({
    marked: t.exposeInt("marked", { description: "How many were unread." }),
    viewer: t.field({ type: ViewerRef, resolve: (p) => ({ userId: p.userId }) }),
  }),
});

builder.mutationField("markAllNotificationsRead", (t) =>
  t.field({
    type: MarkAllNotificationsReadPayload,
    description: "Mark every notification of yours read.",
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) => ({ ...(await markAllNotificationsRead(ctx.viewer)), userId: ctx.viewer!.userId }),
  }),
);

const FollowGoalInput = builder.inputType("FollowGoalInput", { fields: (t) => ({ goalId: t.id({ required: true }) }) });

for (const [name, following] of [
  ["followGoal", true],
  ["unfollowGoal", false],
] as const) {
  builder.mutationField(name, (t) =>
    t.field({
      type: GoalPayload(following ? "FollowGoalPayload" : "UnfollowGoalPayload"),
      description: following
        ? "Hear about a goal: its comments, health changes and closing. Anyone in its organization may."
        : "Stop hearing about a goal, even one you own or work on; kept when you are assigned again.",
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: FollowGoalInput, required: true }) },
      resolve: (_root, { input }, ctx) => setFollowing(ctx.viewer, idOf(String(input.goalId), "Goal"), following),
    }),
  );
}
