import { prisma } from "../../server/db.ts";
import { assignMilestone, unassignMilestone } from "../../server/milestones/assignments.ts";
import { builder } from "../builder.ts";
import { idOf } from "../ids.ts";
import { userIdOf } from "./goal.ts";
import { MilestonePayload } from "./milestone.ts";

export const AssignmentRef = builder.prismaNode("Assignment", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, organizationId: { in: ctx.viewer?.orgIds ?? [] } }),
  authScopes: (a) => ({ orgMember: a.organizationId }),
  fields: (t) => ({
    user: t.relation("user"),
    milestone: t.relation("milestone"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

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

builder.mutationField("assignMilestone", (t) =>
  t.field({
    type: AssignMilestonePayload,
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
    description: "Take a person off a milestone; nothing happens when they were not assigned.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AssignmentInput("UnassignMilestoneInput"), required: true }) },
    resolve: (_root, { input }, ctx) =>
      unassignMilestone(ctx.viewer, idOf(input.milestoneId, "Milestone"), { userId: userIdOf(input.userId) }),
  }),
);
