import "server-only";
import { prisma } from "../../server/db.ts";
import { assignMilestone, unassignMilestone } from "../../server/milestones/assignments.ts";
import type { Milestone, User } from "../../prisma/generated/client/client.ts";
import { builder } from "../builder.ts";
import { batchedNodes, inViewerOrgs } from "../nodes.ts";
import { idOf } from "../ids.ts";
import { assigneeIdsOf, assignmentsOf, loadAll, milestoneById, userById } from "../loaders.ts";
import { assigneesAhead } from "../loaded-ahead.ts";
import { userIdOf } from "./goal.ts";
import { MilestonePayload, MilestoneRef } from "./milestone.ts";
import { UserRef } from "./user.ts";
import { MAX_ASSIGNEES_PER_MILESTONE } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

export const AssignmentRef = builder.prismaNode("Assignment", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inViewerOrgs(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().assignment.findMany({ where: { id: { in: ids }, ...inViewerOrgs(ctx) } })),
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (a, _args, ctx, info) => userById(ctx, info).load(a.userId) as Promise<User> }),
    milestone: t.field({ type: MilestoneRef, resolve: (a, _args, ctx, info) => milestoneById(ctx, info).load(a.milestoneId) as Promise<Milestone> }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObjectField(MilestoneRef, "assignments", (t) =>
  t.field({
    type: [AssignmentRef],
    extensions: listSize(MAX_ASSIGNEES_PER_MILESTONE),
    description: "Who is assigned, in the order they were assigned.",
    resolve: (m, _args, ctx, info) => assignmentsOf(ctx, info).load(m.id),
  }),
);

const AssignmentInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      milestoneId: t.id({ required: true }),
      userId: t.id({ required: true, description: "A member of the milestone's organization (not a stakeholder)." }),
    }),
  });

const AssignMilestonePayload = builder
  .objectRef<{ milestoneId: string; assignmentId: string }>("AssignMilestonePayload")
  .implement({
    fields: (t) => ({
      milestone: t.prismaField({
        type: "Milestone",
        resolve: (query, p) => prisma().milestone.findUniqueOrThrow({ ...query, where: { id: p.milestoneId } }),
      }),
      assignment: t.prismaField({
        type: "Assignment",
        resolve: (query, p) => prisma().assignment.findUniqueOrThrow({ ...query, where: { id: p.assignmentId } }),
      }),
    }),
  });

builder.prismaObjectField(MilestoneRef, "helpers", (t) =>
  t.field({
    type: [UserRef],
    extensions: listSize(MAX_ASSIGNEES_PER_MILESTONE),
    description: "The people helping the owner, in the order they were added; never the owner (server/milestones/assignments.ts).",
    resolve: (m, _args, ctx, info) =>
      assigneesAhead(m) ?? assigneeIdsOf(ctx, info).load(m.id).then((ids) => loadAll(userById(ctx, info), ids)),
  }),
);

builder.mutationField("addMilestoneHelper", (t) =>
  t.field({
    type: AssignMilestonePayload,
    description: "Add a member as a helper; adding someone twice returns the existing assignment; the owner is refused (userId).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AssignmentInput("AddMilestoneHelperInput"), required: true }) },
    resolve: (_root, { input }, ctx) =>
      assignMilestone(ctx.viewer, idOf(input.milestoneId, "Milestone"), { userId: userIdOf(input.userId) }),
  }),
);

builder.mutationField("removeMilestoneHelper", (t) =>
  t.field({
    type: MilestonePayload("RemoveMilestoneHelperPayload"),
    description: "Take a helper off a milestone; nothing happens when they were not a helper.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AssignmentInput("RemoveMilestoneHelperInput"), required: true }) },
    resolve: (_root, { input }, ctx) =>
      unassignMilestone(ctx.viewer, idOf(input.milestoneId, "Milestone"), { userId: userIdOf(input.userId) }),
  }),
);

// The same service as addMilestoneHelper/removeMilestoneHelper: one rule, two names.
builder.mutationField("assignMilestone", (t) =>
  t.field({
    type: AssignMilestonePayload,
    deprecationReason: "Use helpers / addMilestoneHelper",
    description: "Put a member on a milestone; assigning someone twice returns the existing assignment.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AssignmentInput("AssignMilestoneInput"), required: true }) },
    resolve: (_root, { input }, ctx) =>
      assignMilestone(ctx.viewer, idOf(input.milestoneId, "Milestone"), { userId: userIdOf(input.userId) }),
  }),
);

builder.mutationField("unassignMilestone", (t) =>
  t.field({
    type: MilestonePayload("UnassignMilestonePayload"),
    deprecationReason: "Use helpers / addMilestoneHelper",
    description: "Take a person off a milestone; nothing happens when they were not assigned.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AssignmentInput("UnassignMilestoneInput"), required: true }) },
    resolve: (_root, { input }, ctx) =>
      unassignMilestone(ctx.viewer, idOf(input.milestoneId, "Milestone"), { userId: userIdOf(input.userId) }),
  }),
);
