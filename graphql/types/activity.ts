import "server-only";
import { prisma } from "../../server/db.ts";
import { ActivityKind } from "../../prisma/generated/client/enums.ts";
import { activitySummary, type ActivityData } from "../../domain/activity-summary.ts";
import type { User } from "../../prisma/generated/client/client.ts";
import { builder } from "../builder.ts";
import { batchedNodes, inViewerOrgs } from "../nodes.ts";
import { pageOf, totalCountField } from "../connections.ts";
import { activityOfGoal, goalById, milestoneById, userById } from "../loaders.ts";
import { GoalRef } from "./goal.ts";
import { MilestoneRef } from "./milestone.ts";
import { OrganizationRef } from "./organization.ts";
import { UserRef } from "./user.ts";

export const ActivityKindEnum = builder.enumType(ActivityKind, { name: "ActivityKind" });

export const ActivityRef = builder.prismaNode("Activity", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inViewerOrgs(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().activity.findMany({ where: { id: { in: ids }, ...inViewerOrgs(ctx) } })),
  description: "Who did what, and when.",
  fields: (t) => ({
    kind: t.expose("kind", { type: ActivityKindEnum }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      description: "null when Waymark recorded it on its own (a missed milestone).",
      resolve: (a, _args, ctx, info) => (a.actorId ? (userById(ctx, info).load(a.actorId) as Promise<User>) : null),
    }),
    goal: t.field({ type: GoalRef, nullable: true, resolve: (a, _args, ctx, info) => (a.goalId ? goalById(ctx, info).load(a.goalId) : null) }),
    milestone: t.field({
      type: MilestoneRef,
      nullable: true,
      description: "null once the milestone is deleted.",
      resolve: (a, _args, ctx, info) => (a.milestoneId ? milestoneById(ctx, info).load(a.milestoneId) : null),
    }),
    isWin: t.exposeBoolean("isWin", { description: "A milestone done or a goal achieved: worth celebrating." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    summary: t.string({
      description: "A sentence for people, e.g. “Dana marked “Beta with 20 teams” done”.",
      resolve: async (a, _args, ctx, info) =>
        activitySummary(
          { kind: a.kind, actorName: a.actorId ? ((await userById(ctx, info).load(a.actorId))?.name ?? "") : "Waymark", data: a.data as ActivityData },
          ctx.locale,
        ),
    }),
  }),
});

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

builder.prismaObjectField(OrganizationRef, "activity", (t) =>
  t.relatedConnection("activities", {
    cursor: "id",
    totalCount: true,
    description: "Everything that happened in the organization, newest first; only the wins when asked.",
    args: { winsOnly: t.arg.boolean({ defaultValue: false }) },
    query: ({ winsOnly }) => ({ where: winsOnly ? { isWin: true } : {}, orderBy: newestFirst }),
  }),
);

builder.prismaObjectField(GoalRef, "activity", (t) =>
  t.connection(
    {
      type: ActivityRef,
      description: "What happened to this goal and its milestones, newest first.",
      resolve: async (goal, args, ctx, info) => pageOf(await activityOfGoal(ctx, info).load(goal.id), args),
    },
    { name: "GoalActivityConnection", fields: totalCountField },
  ),
);
