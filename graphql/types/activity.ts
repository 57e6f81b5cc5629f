import { ActivityKind } from "../../prisma/generated/client/enums.ts";
import { activitySummary, type ActivityData } from "../../server/activity/summary.ts";
import { builder } from "../builder.ts";
import { GoalRef } from "./goal.ts";
import { OrganizationRef } from "./organization.ts";

export const ActivityKindEnum = builder.enumType(ActivityKind, { name: "ActivityKind" });

export const ActivityRef = builder.prismaNode("Activity", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, organizationId: { in: ctx.viewer?.orgIds ?? [] } }),
  authScopes: (activity) => ({ orgMember: activity.organizationId }),
  description: "Who did what, and when.",
  fields: (t) => ({
    kind: t.expose("kind", { type: ActivityKindEnum }),
    actor: t.relation("actor"),
    goal: t.relation("goal", { nullable: true }),
    milestone: t.relation("milestone", { nullable: true, description: "null once the milestone is deleted." }),
    isWin: t.exposeBoolean("isWin", { description: "A milestone done or a goal achieved: worth celebrating." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    summary: t.string({
      description: "A sentence for people, e.g. “Dana marked “Beta with 20 teams” done”.",
      select: { actor: { select: { name: true } } },
      resolve: (a) => activitySummary({ kind: a.kind, actorName: a.actor.name, data: a.data as ActivityData }),
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
  t.relatedConnection("activities", {
    cursor: "id",
    totalCount: true,
    description: "What happened to this goal and its milestones, newest first.",
    query: () => ({ orderBy: newestFirst }),
  }),
);
