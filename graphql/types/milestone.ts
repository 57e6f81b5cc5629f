import { encodeGlobalID } from "@pothos/plugin-relay";
import { MilestoneStatus } from "../../prisma/generated/client/enums.ts";
import { atLeast, EDITOR } from "../../server/access.ts";
import { dateKey, parseCalendarDate, todayIn } from "../../server/dates.ts";
import { prisma } from "../../server/db.ts";
import { notFound } from "../../server/errors.ts";
import { createMilestone, deleteMilestone, moveMilestone, updateMilestone } from "../../server/milestones/milestones.ts";
import { backwardPlan, effectiveStatus, type PlanEntry } from "../../server/milestones/schedule.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { idOf } from "../ids.ts";
import { GoalPayload, GoalRef, inputIdOf, userIdOf } from "./goal.ts";
import { UserRef } from "./user.ts";

export const MilestoneStatusEnum = builder.enumType(MilestoneStatus, {
  name: "MilestoneStatus",
  description: "A milestone is PLANNED, then IN_PROGRESS, then DONE; it can be reopened.",
});

export const MilestoneStateEnum = builder.enumType("MilestoneState", {
  values: ["PLANNED", "IN_PROGRESS", "DONE", "MISSED"] as const,
  description: "The status people see: MISSED once the due date has passed without the milestone being done.",
});

// Backward planning needs the whole goal: its window and every milestone with its dependencies.
// Milestones select it through their goal (loaded once per goal, whatever the number of
// milestones), and the plan is computed once per goal per request.
const planMilestoneSelect = {
  id: true,
  dueDate: true,
  durationDays: true,
  status: true,
  position: true,
  dependsOn: { select: { dependsOnId: true } },
} as const;
const planGoalSelect = {
  id: true,
  startDate: true,
  targetDate: true,
  organization: { select: { timeZone: true } },
} as const;
export const planFacts = { goal: { select: { ...planGoalSelect, milestones: { select: planMilestoneSelect } } } } as const;

interface PlanGoal {
  id: string;
  startDate: Date;
  targetDate: Date;
  organization: { timeZone: string };
  milestones: { id: string; dueDate: Date; durationDays: number | null; status: MilestoneStatus; dependsOn: { dependsOnId: string }[] }[];
}

const plansByRequest = new WeakMap<Context, Map<string, Map<string, PlanEntry>>>();

export function planOf(ctx: Context, goal: PlanGoal): Map<string, PlanEntry> {
  let plans = plansByRequest.get(ctx);
  if (!plans) plansByRequest.set(ctx, (plans = new Map()));
  let plan = plans.get(goal.id);
  if (!plan) {
    plan = backwardPlan(
      { startDate: dateKey(goal.startDate), targetDate: dateKey(goal.targetDate) },
      goal.milestones.map((m) => ({
        id: m.id,
        dueDate: dateKey(m.dueDate),
        durationDays: m.durationDays,
        status: m.status,
        dependsOn: m.dependsOn.map((d) => d.dependsOnId),
      })),
      todayIn(goal.organization.timeZone),
    );
    plans.set(goal.id, plan);
  }
  return plan;
}

/** The plan entry of a milestone that is not done (planning is moot once it is). */
export const openPlanEntry = (m: { id: string; status: MilestoneStatus; goal: PlanGoal }, ctx: Context) =>
  m.status === "DONE" ? undefined : planOf(ctx, m.goal).get(m.id);

export const stateFacts = { organization: { select: { timeZone: true } } } as const;
export const stateOf = (m: { status: MilestoneStatus; dueDate: Date; organization: { timeZone: string } }) =>
  effectiveStatus(m.status, dateKey(m.dueDate), todayIn(m.organization.timeZone));

const DAY_MS = 86_400_000;

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
    baselineDueDate: t.expose("baselineDueDate", { type: "Date", description: "The first due date ever set." }),
    slipCount: t.exposeInt("slipCount", { description: "How many times the due date was moved later." }),
    slipDays: t.int({
      description: "Days between the baseline and the current due date (negative when moved earlier).",
      resolve: (m) => Math.round((m.dueDate.getTime() - m.baselineDueDate.getTime()) / DAY_MS),
    }),
    status: t.expose("status", { type: MilestoneStatusEnum }),
    effectiveStatus: t.field({
      type: MilestoneStateEnum,
      description: "The stored status, or MISSED when the due date has passed (in the organization's time zone) and it is not done.",
      select: stateFacts,
      resolve: stateOf,
    }),
    isMissed: t.boolean({
      description: "Due date before today in the organization's time zone, and not done.",
      select: stateFacts,
      resolve: (m) => stateOf(m) === "MISSED",
    }),
    isOverdue: t.boolean({
      deprecationReason: "Use isMissed.",
      select: stateFacts,
      resolve: (m) => stateOf(m) === "MISSED",
    }),
    position: t.exposeInt("position", { description: "0-based place in the goal's order." }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    owner: t.relation("owner", { nullable: true, description: "The person accountable for it." }),
    weight: t.exposeFloat("weight", { description: "Weight in the goal's progress (default 1; 0 leaves it out)." }),
    durationDays: t.exposeInt("durationDays", { nullable: true, description: "Estimated working days, for backward planning." }),
    latestStart: t.field({
      type: "Date",
      nullable: true,
      description: "The latest day it can start and still let the goal meet its target date (backward planning); null once done.",
      select: planFacts,
      resolve: (m, _args, ctx) => {
        const entry = openPlanEntry(m, ctx);
        return entry ? parseCalendarDate(entry.latestStart) : null;
      },
    }),
    slackDays: t.int({
      nullable: true,
      description: "Days it can slip without delaying the goal (latest start − earliest start); null once done.",
      select: planFacts,
      resolve: (m, _args, ctx) => openPlanEntry(m, ctx)?.slackDays ?? null,
    }),
    isCritical: t.boolean({
      description: "On the critical path: not done, with the least slack of the goal's open milestones.",
      select: planFacts,
      resolve: (m, _args, ctx) => openPlanEntry(m, ctx)?.critical ?? false,
    }),
    startAtRisk: t.boolean({
      description: "Not started while its latest start date has passed.",
      select: planFacts,
      resolve: (m, _args, ctx) => openPlanEntry(m, ctx)?.startAtRisk ?? false,
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
      description: "Whether your role lets you change this milestone (its goal must be open and not archived).",
      resolve: (m, _args, ctx) => atLeast(ctx.viewer?.roles.get(m.organizationId), EDITOR),
    }),
  }),
});

builder.prismaObjectFields(MilestoneRef, (t) => ({
    dependsOn: t.field({
      type: [MilestoneRef],
      description: "Milestones of the same goal that must be done before this one starts, in the goal's order.",
      select: (_args, _ctx, nestedSelection) => ({
        dependsOn: {
          orderBy: [{ dependsOn: { position: "asc" } }, { id: "asc" }],
          select: { dependsOn: nestedSelection(true) },
        },
      }),
      resolve: (m) => m.dependsOn.map((d) => d.dependsOn),
    }),
    dependents: t.field({
      type: [MilestoneRef],
      description: "Milestones of the same goal waiting for this one, in the goal's order.",
      select: (_args, _ctx, nestedSelection) => ({
        dependents: {
          orderBy: [{ milestone: { position: "asc" } }, { id: "asc" }],
          select: { milestone: nestedSelection(true) },
        },
      }),
      resolve: (m) => m.dependents.map((d) => d.milestone),
    }),
}));

builder.prismaObjectField(GoalRef, "criticalPath", (t) =>
  t.field({
    type: [MilestoneRef],
    description:
      "The open milestones with the least slack, in planned order: any delay to them delays the goal. Empty when no open milestone has a duration.",
    select: (_args, _ctx, nestedSelection) => ({
      ...planGoalSelect,
      milestones: nestedSelection({ include: { dependsOn: planMilestoneSelect.dependsOn } }),
    }),
    resolve: (goal, _args, ctx) => {
      const plan = planOf(ctx, goal);
      return goal.milestones
        .filter((m) => plan.get(m.id)?.critical)
        .sort((a, b) => {
          const pa = plan.get(a.id)!;
          const pb = plan.get(b.id)!;
          return pa.earliestStart.localeCompare(pb.earliestStart) || a.position - b.position;
        });
    },
  }),
);

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

const milestoneIdsOf = (ids: readonly string[] | null | undefined) => ids?.map((id) => inputIdOf(id, "Milestone"));

const CreateMilestoneInput = builder.inputType("CreateMilestoneInput", {
  fields: (t) => ({
    goalId: t.id({ required: true }),
    title: t.string({ required: true }),
    dueDate: t.field({ type: "Date", required: true }),
    description: t.string(),
    ownerId: t.id({ description: "Any member of the organization." }),
    weight: t.float({ description: "Weight in the goal's progress, 0..1000; defaults to 1." }),
    durationDays: t.int({ description: "Estimated working days, 0..3650." }),
    dependsOnIds: t.idList({ description: "Milestones of the same goal that must be done first." }),
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
        ownerId: input.ownerId == null ? undefined : userIdOf(input.ownerId),
        weight: input.weight ?? undefined,
        durationDays: input.durationDays,
        dependsOnIds: milestoneIdsOf(input.dependsOnIds) ?? undefined,
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
    dueDate: t.field({
      type: "Date",
      description: "Moving it keeps the baseline (first) due date; moving it later counts a slip.",
    }),
    status: t.field({ type: MilestoneStatusEnum, description: "DONE records completedAt; reopening clears it." }),
    ownerId: t.id({ description: "null removes the owner." }),
    weight: t.float(),
    durationDays: t.int({ description: "null: unknown." }),
    dependsOnIds: t.idList({ description: "Replaces the dependencies; [] removes them all." }),
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
        ownerId: input.ownerId == null ? input.ownerId : userIdOf(input.ownerId),
        weight: input.weight ?? undefined,
        durationDays: input.durationDays,
        dependsOnIds: input.dependsOnIds === null ? [] : milestoneIdsOf(input.dependsOnIds),
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
