import { encodeGlobalID } from "@pothos/plugin-relay";
import { MilestoneStatus } from "../../prisma/generated/client/enums.ts";
import { atLeast, EDITOR } from "../../server/access.ts";
import { isOverdue } from "../../server/dates.ts";
import { prisma } from "../../server/db.ts";
import { notFound } from "../../server/errors.ts";
import { createMilestone, deleteMilestone, moveMilestone, updateMilestone } from "../../server/milestones/milestones.ts";
import { builder } from "../builder.ts";
import { idOf } from "../ids.ts";
import { GoalPayload } from "./goal.ts";
import { UserRef } from "./user.ts";

export const MilestoneStatusEnum = builder.enumType(MilestoneStatus, {
  name: "MilestoneStatus",
  description: "A milestone is PLANNED, then IN_PROGRESS, then DONE; it can be reopened.",
});

export const MilestoneRef = builder.prismaNode("Milestone", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, organizationId: { in: ctx.viewer?.orgIds ?? [] } }),
  authScopes: (milestone) => ({ orgMember: milestone.organizationId }),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    dueDate: t.expose("dueDate", { type: "Date" }),
    status: t.expose("status", { type: MilestoneStatusEnum }),
    position: t.exposeInt("position", { description: "0-based place in the goal's order." }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    isOverdue: t.boolean({
      description: "Due date before today in the organization's time zone, and not done.",
      select: { organization: { select: { timeZone: true } } },
      resolve: (m) => isOverdue(m.dueDate, m.status, m.organization.timeZone),
    }),
    goal: t.relation("goal"),
    assignees: t.field({
      type: [UserRef],
      description: "The people assigned, in the order they were assigned.",
      select: (_args, _ctx, nestedSelection) => ({
        assignments: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { user: nestedSelection(true) },
        },
      }),
      resolve: (m) => m.assignments.map((a) => a.user),
    }),
    assignments: t.relation("assignments", { query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    viewerCanEdit: t.boolean({
      description: "Whether your role lets you change this milestone (its goal must not be archived).",
      resolve: (m, _args, ctx) => atLeast(ctx.viewer?.roles.get(m.organizationId), EDITOR),
    }),
  }),
});

builder.queryField("milestone", (t) =>
  t.prismaField({
    type: "Milestone",
    description: "A milestone in one of your organizations; NOT_FOUND for any other id.",
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const milestone = await prisma().milestone.findFirst({
        ...query,
        where: { id: idOf(id, "Milestone"), organizationId: { in: ctx.viewer!.orgIds } },
      });
      if (!milestone) throw notFound();
      return milestone;
    },
  }),
);

export const MilestonePayload = (name: string) =>
  builder.objectRef<{ milestoneId: string }>(name).implement({
    fields: (t) => ({
      milestone: t.prismaField({
        type: "Milestone",
        resolve: (query, p) => prisma().milestone.findUniqueOrThrow({ ...query, where: { id: p.milestoneId } }),
      }),
    }),
  });

const CreateMilestoneInput = builder.inputType("CreateMilestoneInput", {
  fields: (t) => ({
    goalId: t.id({ required: true }),
    title: t.string({ required: true }),
    dueDate: t.field({ type: "Date", required: true }),
    description: t.string(),
  }),
});

builder.mutationField("createMilestone", (t) =>
  t.field({
    type: MilestonePayload("CreateMilestonePayload"),
    description: "Add a milestone at the end of a goal's milestones.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateMilestoneInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const milestone = await createMilestone(ctx.viewer, idOf(input.goalId, "Goal"), {
        title: input.title,
        dueDate: input.dueDate,
        description: input.description ?? undefined,
      });
      return { milestoneId: milestone.id };
    },
  }),
);

const UpdateMilestoneInput = builder.inputType("UpdateMilestoneInput", {
  fields: (t) => ({
    milestoneId: t.id({ required: true }),
    title: t.string(),
    description: t.string(),
    dueDate: t.field({ type: "Date" }),
    status: t.field({ type: MilestoneStatusEnum, description: "DONE records completedAt; reopening clears it." }),
  }),
});

builder.mutationField("updateMilestone", (t) =>
  t.field({
    type: MilestonePayload("UpdateMilestonePayload"),
    description: "Change a milestone's fields; omitted fields stay as they are.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateMilestoneInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const milestone = await updateMilestone(ctx.viewer, idOf(input.milestoneId, "Milestone"), {
        title: input.title ?? undefined,
        description: input.description ?? undefined,
        dueDate: input.dueDate ?? undefined,
        status: input.status ?? undefined,
      });
      return { milestoneId: milestone.id };
    },
  }),
);

const MoveMilestoneInput = builder.inputType("MoveMilestoneInput", {
  fields: (t) => ({
    milestoneId: t.id({ required: true }),
    position: t.int({ required: true, description: "0-based index among the goal's milestones." }),
  }),
});

builder.mutationField("moveMilestone", (t) =>
  t.field({
    type: GoalPayload("MoveMilestonePayload"),
    description: "Reorder: move a milestone to a 0-based index; the others shift to make room.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: MoveMilestoneInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      moveMilestone(ctx.viewer, idOf(input.milestoneId, "Milestone"), { position: input.position }),
  }),
);

const DeleteMilestoneInput = builder.inputType("DeleteMilestoneInput", {
  fields: (t) => ({ milestoneId: t.id({ required: true }) }),
});

const DeleteMilestonePayload = builder
  .objectRef<{ goalId: string; deletedMilestoneId: string }>("DeleteMilestonePayload")
  .implement({
    fields: (t) => ({
      goal: t.prismaField({
        type: "Goal",
        resolve: (query, p) => prisma().goal.findUniqueOrThrow({ ...query, where: { id: p.goalId } }),
      }),
      deletedMilestoneId: t.id({ resolve: (p) => encodeGlobalID("Milestone", p.deletedMilestoneId) }),
    }),
  });

builder.mutationField("deleteMilestone", (t) =>
  t.field({
    type: DeleteMilestonePayload,
    description: "Delete a milestone; the ones after it move up.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DeleteMilestoneInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteMilestone(ctx.viewer, idOf(input.milestoneId, "Milestone")),
  }),
);
