import { atLeast, EDITOR } from "../../server/access.ts";
import { prisma } from "../../server/db.ts";
import { notFound } from "../../server/errors.ts";
import { archiveGoal, createGoal, unarchiveGoal, updateGoal } from "../../server/goals/goals.ts";
import { doneCount, milestoneProgress, overdueCount } from "../../server/goals/progress.ts";
import { builder } from "../builder.ts";
import { idOf } from "../ids.ts";
import { OrganizationRef } from "./organization.ts";

/**
 * A User global id as a database id. A malformed one becomes an id no user has, so the service
 * still checks access first and then answers with its usual field-level error.
 */
export function userIdOf(globalId: string): string {
  try {
    return idOf(globalId, "User");
  } catch {
    return "-";
  }
}

// The computed fields share one selection, loaded with the goals themselves: a page of goals
// costs the same number of SQL statements whatever its size.
const milestoneFacts = {
  milestones: { select: { status: true, dueDate: true } },
  organization: { select: { timeZone: true } },
} as const;

export const GoalRef = builder.prismaNode("Goal", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, organizationId: { in: ctx.viewer?.orgIds ?? [] } }),
  authScopes: (goal) => ({ orgMember: goal.organizationId }),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    owner: t.relation("owner"),
    startDate: t.expose("startDate", { type: "Date" }),
    targetDate: t.expose("targetDate", { type: "Date" }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    organization: t.relation("organization"),
    milestones: t.relatedConnection("milestones", {
      cursor: "id",
      totalCount: true,
      description: "In their planned order (position).",
      query: () => ({ orderBy: [{ position: "asc" }, { id: "asc" }] }),
    }),
    progress: t.float({
      description: "Share of milestones done, 0..1; 0 when there are none.",
      select: milestoneFacts,
      resolve: (goal) => milestoneProgress(goal.milestones),
    }),
    milestoneCount: t.int({ select: milestoneFacts, resolve: (goal) => goal.milestones.length }),
    doneMilestoneCount: t.int({ select: milestoneFacts, resolve: (goal) => doneCount(goal.milestones) }),
    overdueMilestoneCount: t.int({
      description: "Milestones not done whose due date is before today in the organization's time zone.",
      select: milestoneFacts,
      resolve: (goal) => overdueCount(goal.milestones, goal.organization.timeZone),
    }),
    viewerCanEdit: t.boolean({
      description: "Whether your role lets you change this goal (archived goals must be unarchived first).",
      resolve: (goal, _args, ctx) => atLeast(ctx.viewer?.roles.get(goal.organizationId), EDITOR),
    }),
  }),
});

builder.prismaObjectField(OrganizationRef, "goals", (t) =>
  t.relatedConnection("goals", {
    cursor: "id",
    totalCount: true,
    description: "Goals by target date, then title; archived goals only when asked for.",
    args: { includeArchived: t.arg.boolean({ defaultValue: false }) },
    query: ({ includeArchived }) => ({
      where: includeArchived ? {} : { archivedAt: null },
      orderBy: [{ targetDate: "asc" }, { title: "asc" }, { id: "asc" }],
    }),
  }),
);

builder.queryField("goal", (t) =>
  t.prismaField({
    type: "Goal",
    description: "A goal in one of your organizations; NOT_FOUND for any other id.",
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const goal = await prisma().goal.findFirst({
        ...query,
        where: { id: idOf(id, "Goal"), organizationId: { in: ctx.viewer!.orgIds } },
      });
      if (!goal) throw notFound();
      return goal;
    },
  }),
);

export const GoalPayload = (name: string) =>
  builder.objectRef<{ goalId: string }>(name).implement({
    fields: (t) => ({
      goal: t.prismaField({
        type: "Goal",
        resolve: (query, p) => prisma().goal.findUniqueOrThrow({ ...query, where: { id: p.goalId } }),
      }),
    }),
  });

const CreateGoalInput = builder.inputType("CreateGoalInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    title: t.string({ required: true }),
    description: t.string(),
    ownerId: t.id({ required: true, description: "A member of the organization." }),
    startDate: t.field({ type: "Date", required: true }),
    targetDate: t.field({ type: "Date", required: true, description: "On or after the start date." }),
  }),
});

builder.mutationField("createGoal", (t) =>
  t.field({
    type: GoalPayload("CreateGoalPayload"),
    description: "Create a goal (members and above).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateGoalInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const goal = await createGoal(ctx.viewer, idOf(input.organizationId, "Organization"), {
        title: input.title,
        description: input.description ?? undefined,
        ownerId: userIdOf(input.ownerId),
        startDate: input.startDate,
        targetDate: input.targetDate,
      });
      return { goalId: goal.id };
    },
  }),
);

const UpdateGoalInput = builder.inputType("UpdateGoalInput", {
  fields: (t) => ({
    goalId: t.id({ required: true }),
    title: t.string(),
    description: t.string(),
    ownerId: t.id(),
    startDate: t.field({ type: "Date" }),
    targetDate: t.field({ type: "Date" }),
  }),
});

builder.mutationField("updateGoal", (t) =>
  t.field({
    type: GoalPayload("UpdateGoalPayload"),
    description: "Change a goal's fields; omitted fields stay as they are. Archived goals can't be changed.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateGoalInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const goal = await updateGoal(ctx.viewer, idOf(input.goalId, "Goal"), {
        title: input.title ?? undefined,
        description: input.description ?? undefined,
        ownerId: input.ownerId == null ? undefined : userIdOf(input.ownerId),
        startDate: input.startDate ?? undefined,
        targetDate: input.targetDate ?? undefined,
      });
      return { goalId: goal.id };
    },
  }),
);

const GoalIdInput = (name: string) =>
  builder.inputType(name, { fields: (t) => ({ goalId: t.id({ required: true }) }) });

builder.mutationField("archiveGoal", (t) =>
  t.field({
    type: GoalPayload("ArchiveGoalPayload"),
    description: "Archive a goal: hidden from default lists and read-only until unarchived.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: GoalIdInput("ArchiveGoalInput"), required: true }) },
    resolve: async (_root, { input }, ctx) => ({ goalId: (await archiveGoal(ctx.viewer, idOf(input.goalId, "Goal"))).id }),
  }),
);

builder.mutationField("unarchiveGoal", (t) =>
  t.field({
    type: GoalPayload("UnarchiveGoalPayload"),
    description: "Bring an archived goal back.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: GoalIdInput("UnarchiveGoalInput"), required: true }) },
    resolve: async (_root, { input }, ctx) => ({ goalId: (await unarchiveGoal(ctx.viewer, idOf(input.goalId, "Goal"))).id }),
  }),
);
