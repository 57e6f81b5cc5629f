import "server-only";
import type { Goal, Milestone } from "../../prisma/generated/client/client.ts";
import { MilestoneStatus } from "../../prisma/generated/client/enums.ts";
import { atLeast, EDITOR } from "../../server/access.ts";
import { dateKey, parseCalendarDate, todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { notFound } from "../../server/errors.ts";
import { backwardPlan, effectiveStatus, type PlanEntry } from "../../domain/schedule.ts";
import { builder } from "../builder.ts";
import { batchedNodes, inViewerOrgs } from "../nodes.ts";
import type { Context } from "../context.ts";
import { type Page, totalCountField } from "../connections.ts";
import { assigneesAhead, goalAhead, milestonePagesOf, ownerAhead, placeOfMilestone } from "../loaded-ahead.ts";
import { idOf } from "../ids.ts";
import {
  assigneeIdsOf,
  dependentsOf,
  goalById,
  loadAll,
  type ListedMilestone,
  milestoneById,
  milestonesOf,
  type Place,
  planInputsOf,
  prerequisitesOf,
  todayOf,
  userById,
} from "../loaders.ts";
import { GoalRef } from "./goal.ts";
import { UserRef } from "./user.ts";
import { MAX_ASSIGNEES_PER_MILESTONE, MAX_DEPENDENCIES_PER_MILESTONE, MAX_MILESTONES_PER_GOAL } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

export const MilestoneStatusEnum = builder.enumType(MilestoneStatus, {
  name: "MilestoneStatus",
  description: "A milestone is PLANNED, then IN_PROGRESS, then DONE; it can be reopened.",
});

export const MilestoneStateEnum = builder.enumType("MilestoneState", {
  values: ["PLANNED", "IN_PROGRESS", "DONE", "MISSED"] as const,
  description: "The status people see: MISSED once the due date has passed without the milestone being done.",
});

// Backward planning needs the whole goal: its window and every milestone with its dependencies.
// The plan is computed once per goal per request, whatever the number of its milestones asked for.
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
/** What a Prisma-selected milestone needs for its plan (shared views load it this way). */
export const planFacts = { goal: { select: { ...planGoalSelect, milestones: { select: planMilestoneSelect } } } } as const;

type PlanMilestone = { id: string; dueDate: Date; durationDays: number | null; status: MilestoneStatus };
interface PlanGoal {
  id: string;
  startDate: Date;
  targetDate: Date;
  organization: { timeZone: string };
  milestones: (PlanMilestone & { dependsOn: { dependsOnId: string }[] })[];
}

const plansByRequest = new WeakMap<Context, Map<string, Map<string, PlanEntry> | Promise<Map<string, PlanEntry>>>>();

function memoPlan<P extends Map<string, PlanEntry> | Promise<Map<string, PlanEntry>>>(ctx: Context, goalId: string, compute: () => P): P {
  let plans = plansByRequest.get(ctx);
  if (!plans) plansByRequest.set(ctx, (plans = new Map()));
  let plan = plans.get(goalId) as P | undefined;
  if (!plan) plans.set(goalId, (plan = compute()));
  return plan;
}

function planFrom(goal: { startDate: Date; targetDate: Date }, milestones: PlanMilestone[], dependsOn: (id: string) => string[], today: string) {
  return backwardPlan(
    { startDate: dateKey(goal.startDate), targetDate: dateKey(goal.targetDate) },
    milestones.map((m) => ({
      id: m.id,
      dueDate: dateKey(m.dueDate),
      durationDays: m.durationDays,
      status: m.status,
      dependsOn: dependsOn(m.id),
    })),
    today,
  );
}

/** The plan of a goal loaded with `planFacts`. */
export const planOf = (ctx: Context, goal: PlanGoal) =>
  memoPlan(ctx, goal.id, () => {
    const deps = new Map(goal.milestones.map((m) => [m.id, m.dependsOn.map((d) => d.dependsOnId)] as const));
    return planFrom(goal, goal.milestones, (id) => deps.get(id) ?? [], todayIn(goal.organization.timeZone));
  });

/** The plan of a goal by id, from the request's batch loads. */
const planByGoal = (ctx: Context, goalId: string, info: Place) =>
  memoPlan(ctx, goalId, async () => {
    const { goal, milestones, dependsOn } = (await planInputsOf(ctx, info).load(goalId))!;
    return planFrom(goal, milestones, (id) => dependsOn.get(id) ?? [], await todayOf(ctx, goal.organizationId));
  });

/** The plan entry of a milestone loaded with `planFacts` that is not done (planning is moot once it is). */
export const openPlanEntry = (m: { id: string; status: MilestoneStatus; goal: PlanGoal }, ctx: Context) =>
  m.status === "DONE" ? undefined : planOf(ctx, m.goal).get(m.id);

async function openEntry(m: Milestone, ctx: Context, info: Place) {
  return m.status === "DONE" ? undefined : (await planByGoal(ctx, m.goalId, placeOfMilestone(m, info))).get(m.id);
}

/** A day of an open milestone's plan entry (backward planning); null once done. */
const planDay = (day: "latestStart" | "earliestFinish") => async (m: Milestone, _args: unknown, ctx: Context, info: Place) => {
  const entry = await openEntry(m, ctx, info);
  return entry ? parseCalendarDate(entry[day]) : null;
};

export const stateFacts = { organization: { select: { timeZone: true } } } as const;
export const stateOf = (m: { status: MilestoneStatus; dueDate: Date; organization: { timeZone: string } }) =>
  effectiveStatus(m.status, dateKey(m.dueDate), todayIn(m.organization.timeZone));

function stateIn(m: Milestone, ctx: Context) {
  const today = todayOf(ctx, m.organizationId);
  const state = (day: string) => effectiveStatus(m.status, dateKey(m.dueDate), day);
  return typeof today === "string" ? state(today) : today.then(state);
}

const DAY_MS = 86_400_000;

// Lists of milestones hold the listed columns only (loaders.ts, milestonesOf). They answer as
// Milestone objects: each field that reads another column goes through `unlisted`, which takes it
// from the whole row, loaded by id (one statement for every such field at one place of the query)
// when the object is a listed one. test/integration/listed-milestones.test.ts checks every field.
const listed = (rows: ListedMilestone[]) => rows as Milestone[];
const listedPage = (page: Page<ListedMilestone>) => page as unknown as Page<Milestone>;

function unlisted<K extends keyof Milestone>(m: Milestone, key: K, ctx: Context, info: Place): Milestone[K] | Promise<Milestone[K]> {
  if (key in m) return m[key];
  return milestoneById(ctx, info, { byField: false })
    .load(m.id)
    .then((row) => row![key]);
}

/** Milestones by id, in the goal's planned order. */
async function inPlannedOrder(ctx: Context, ids: string[], info: Place) {
  return (await loadAll(milestoneById(ctx, info), ids)).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

export const MilestoneRef = builder.prismaNode("Milestone", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inViewerOrgs(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().milestone.findMany({ where: { id: { in: ids }, ...inViewerOrgs(ctx) } })),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.string({ resolve: (m, _args, ctx, info) => unlisted(m, "description", ctx, info) }),
    version: t.int({
      description: "Bumped by every edit; send it back as expectedVersion so a stale edit is refused (CONFLICT).",
      resolve: (m, _args, ctx, info) => unlisted(m, "version", ctx, info),
    }),
    dueDate: t.expose("dueDate", { type: "Date" }),
    baselineDueDate: t.field({
      type: "Date",
      description: "The first due date ever set.",
      resolve: (m, _args, ctx, info) => unlisted(m, "baselineDueDate", ctx, info),
    }),
    slipCount: t.int({
      description: "How many times the due date was moved later.",
      resolve: (m, _args, ctx, info) => unlisted(m, "slipCount", ctx, info),
    }),
    slipDays: t.int({
      description: "Days between the baseline and the current due date (negative when moved earlier).",
      resolve: async (m, _args, ctx, info) => Math.round((m.dueDate.getTime() - (await unlisted(m, "baselineDueDate", ctx, info)).getTime()) / DAY_MS),
    }),
    status: t.expose("status", { type: MilestoneStatusEnum }),
    effectiveStatus: t.field({
      type: MilestoneStateEnum,
      description: "The stored status, or MISSED when the due date has passed (in the organization's time zone) and it is not done.",
      resolve: (m, _args, ctx) => stateIn(m, ctx),
    }),
    isMissed: t.boolean({
      description: "Due date before today in the organization's time zone, and not done.",
      resolve: async (m, _args, ctx) => (await stateIn(m, ctx)) === "MISSED",
    }),
    isOverdue: t.boolean({
      deprecationReason: "Use isMissed.",
      resolve: async (m, _args, ctx) => (await stateIn(m, ctx)) === "MISSED",
    }),
    position: t.exposeInt("position", { description: "0-based place in the goal's order." }),
    completedAt: t.field({ type: "DateTime", nullable: true, resolve: (m, _args, ctx, info) => unlisted(m, "completedAt", ctx, info) }),
    owner: t.field({
      type: UserRef,
      nullable: true,
      description: "The person accountable for it.",
      resolve: (m, _args, ctx, info) => ownerAhead(m) ?? (m.ownerId ? userById(ctx, info, { byField: false }).load(m.ownerId) : null),
    }),
    weight: t.exposeFloat("weight", { description: "Weight in the goal's progress (default 1; 0 leaves it out)." }),
    durationDays: t.exposeInt("durationDays", { nullable: true, description: "Estimated working days, for backward planning." }),
    latestStart: t.field({
      type: "Date",
      nullable: true,
      description: "The latest day it can start and still let the goal meet its target date (backward planning); null once done.",
      resolve: planDay("latestStart"),
    }),
    earliestFinish: t.field({
      type: "Date",
      nullable: true,
      description: "The earliest day it can be done: earliest start (after its prerequisites) + duration; null once done.",
      resolve: planDay("earliestFinish"),
    }),
    slackDays: t.int({
      nullable: true,
      description:
        "Days it can slip (latest start − earliest start) without missing its own due date, a dependent's latest start or the goal's target date, whichever is first; null once done.",
      resolve: async (m, _args, ctx, info) => (await openEntry(m, ctx, info))?.slackDays ?? null,
    }),
    isCritical: t.boolean({
      description: "On the critical path: not done, with the least slack of the goal's open milestones.",
      resolve: async (m, _args, ctx, info) => (await openEntry(m, ctx, info))?.critical ?? false,
    }),
    startAtRisk: t.boolean({
      description: "Not started while its latest start date has passed.",
      resolve: async (m, _args, ctx, info) => (await openEntry(m, ctx, info))?.startAtRisk ?? false,
    }),
    goal: t.field({
      type: GoalRef,
      resolve: (m, _args, ctx, info) => goalAhead(m) ?? (goalById(ctx, info).load(m.goalId) as Promise<Goal>),
    }),
    assignees: t.field({
      type: [UserRef],
      deprecationReason: "Use helpers / addMilestoneHelper",
      extensions: listSize(MAX_ASSIGNEES_PER_MILESTONE),
      description: "The people assigned, in the order they were assigned.",
      resolve: (m, _args, ctx, info) =>
        assigneesAhead(m) ?? assigneeIdsOf(ctx, info).load(m.id).then((ids) => loadAll(userById(ctx, info), ids)),
    }),
    viewerCanEdit: t.boolean({
      description: "Whether your role lets you change this milestone (its goal must be open and not archived).",
      resolve: (m, _args, ctx, info) => atLeast(ctx.viewer?.roles.get(m.organizationId), EDITOR),
    }),
  }),
});

builder.prismaObjectFields(MilestoneRef, (t) => ({
  dependsOn: t.field({
    type: [MilestoneRef],
    extensions: listSize(MAX_DEPENDENCIES_PER_MILESTONE),
    description: "Milestones of the same goal that must be done before this one starts, in the goal's order.",
    resolve: async (m, _args, ctx, info) => inPlannedOrder(ctx, (await prerequisitesOf(ctx, info).load(m.id)).map((d) => d.dependsOnId), info),
  }),
  dependents: t.field({
    type: [MilestoneRef],
    extensions: listSize(MAX_MILESTONES_PER_GOAL),
    description: "Milestones of the same goal waiting for this one, in the goal's order.",
    resolve: async (m, _args, ctx, info) => inPlannedOrder(ctx, (await dependentsOf(ctx, info).load(m.id)).map((d) => d.milestoneId), info),
  }),
}));

builder.prismaObjectFields(GoalRef, (t) => ({
  milestones: t.connection(
    {
      type: MilestoneRef,
      description: "In their planned order (position).",
      resolve: async (goal, args, ctx, info) => listedPage(await milestonePagesOf(ctx, info, args).load(goal.id)),
    },
    { name: "GoalMilestonesConnection", fields: totalCountField },
  ),
  allMilestones: t.field({
    type: [MilestoneRef],
    extensions: listSize(MAX_MILESTONES_PER_GOAL),
    description: "Every milestone in planned order, as a plain list for timelines.",
    resolve: async (goal, _args, ctx, info) => listed(await milestonesOf(ctx, info).load(goal.id)),
  }),
  criticalPath: t.field({
    type: [MilestoneRef],
    extensions: listSize(MAX_MILESTONES_PER_GOAL),
    description:
      "The open milestones with the least slack, in planned order: any delay to them delays the goal. Empty when no open milestone has a duration.",
    resolve: async (goal, _args, ctx, info) => {
      const [plan, milestones] = await Promise.all([planByGoal(ctx, goal.id, info), milestonesOf(ctx, info).load(goal.id)]);
      return listed(milestones)
        .filter((m) => plan.get(m.id)?.critical)
        .sort((a, b) => {
          const pa = plan.get(a.id)!;
          const pb = plan.get(b.id)!;
          return pa.earliestStart.localeCompare(pb.earliestStart) || a.position - b.position;
        });
    },
  }),
}));

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
