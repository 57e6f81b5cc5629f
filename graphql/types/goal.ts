import "server-only";
import type { Goal, Organization, User } from "../../prisma/generated/client/client.ts";
import { Confidence, GoalKind, GoalOutcome, MetricDirection } from "../../prisma/generated/client/enums.ts";
import { goalPermissions, type GoalPermissions } from "../../server/permissions.ts";
import { dateKey, todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { notFound } from "../../server/errors.ts";
import { healthOf, missedCount, progressHistoryOf, type ProgressPoint } from "../../server/goals/facts.ts";
import { confidenceMismatch, expectedProgress } from "../../domain/health.ts";
import { doneCount, goalProgress } from "../../domain/progress.ts";
import { smartCheck } from "../../domain/smart.ts";
import { builder } from "../builder.ts";
import { batchedNodes, inViewerOrgs } from "../nodes.ts";
import type { Context } from "../context.ts";
import { idOf } from "../ids.ts";
import {
  checkInsOf,
  childrenOf,
  goalById,
  milestonesOf,
  openGoalCountOf,
  organizationById,
  snapshotsOf,
  type Place,
  timeZoneOf,
  todayOf,
  userById,
} from "../loaders.ts";
import { OrganizationRef } from "./organization.ts";
import { missionOf, SmartItemRef } from "./smart.ts";
import { UserRef } from "./user.ts";
import { MAX_GOALS_PER_ORG, MAX_MILESTONES_PER_GOAL, PLANNED_PROGRESS_POINTS } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

/**
 * A global id of the expected type as a database id. A malformed one becomes an id no row has, so
 * the service still checks access first and then answers with its usual field-level error.
 */
export function inputIdOf(globalId: string, typename: string): string {
  try {
    return idOf(globalId, typename);
  } catch {
    return "-";
  }
}

export const userIdOf = (globalId: string) => inputIdOf(globalId, "User");

// NOT_ENOUGH_DATA was added after the first three (additive): only computed health takes it, a
// check-in's confidence refuses it (server/checkins/schemas.ts).
export const HealthEnum = builder.enumType("Health", {
  values: {
    ...Object.fromEntries(Object.keys(Confidence).map((v) => [v, {}])),
    NOT_ENOUGH_DATA: {
      description: "Computed health only: a new goal with nothing to judge yet (its grace period, see healthExplanation).",
    },
  } as { ON_TRACK: object; AT_RISK: object; OFF_TRACK: object; NOT_ENOUGH_DATA: object },
  description: "How a goal is going: computed from its pace (health) or stated by its owner in a check-in (confidence).",
});
export const GoalKindEnum = builder.enumType(GoalKind, {
  name: "GoalKind",
  description: "METRIC: a number moves from a start value toward a target. MILESTONE: progress comes from milestones and sub-goals.",
});
export const MetricDirectionEnum = builder.enumType(MetricDirection, {
  name: "MetricDirection",
  description: "INCREASE / DECREASE toward the target, or STAY_ABOVE / STAY_BELOW it.",
});
export const GoalOutcomeEnum = builder.enumType(GoalOutcome, { name: "GoalOutcome", description: "How a closed goal ended." });

const ProgressPartRef = builder.objectRef<{ label: string; weight: number; progress: number }>("ProgressPart").implement({
  description: "One term of a goal's progress: the metric, a sub-goal or a milestone, with its weight.",
  fields: (t) => ({
    label: t.exposeString("label"),
    weight: t.exposeFloat("weight"),
    progress: t.exposeFloat("progress", { description: "0..1" }),
  }),
});

export const ProgressPointRef = builder
  .objectRef<ProgressPoint>("ProgressPoint")
  .implement({
    description: "The goal's progress as it was after a change (check-in, milestone completed, ...).",
    fields: (t) => ({
      recordedAt: t.expose("recordedAt", { type: "DateTime" }),
      progress: t.exposeFloat("progress", { description: "0..1" }),
      value: t.exposeFloat("value", { nullable: true, description: "The metric's current value then (metric goals)." }),
      expectedProgress: t.exposeFloat("expectedProgress", { description: "The elapsed share of the goal's window on that day." }),
    }),
  });

// A goal's computed facts, from its milestones (one batch load for a whole page of goals) and its
// organization's today (once per request).
async function factsOf(goal: Goal, ctx: Context, info: Place) {
  const [milestones, today] = await Promise.all([milestonesOf(ctx, info).load(goal.id), todayOf(ctx, goal.organizationId)]);
  return { goal: { ...goal, milestones, organization: { timeZone: "" } }, today };
}

async function healthFactsOf(goal: Goal, ctx: Context, info: Place) {
  const { goal: withMilestones, today } = await factsOf(goal, ctx, info);
  return healthOf(withMilestones, today);
}

async function progressOf(goal: Goal, ctx: Context, info: Place) {
  const [milestones, children] = await Promise.all([milestonesOf(ctx, info).load(goal.id), childrenOf(ctx, info).load(goal.id)]);
  return goalProgress(goal, children, milestones);
}

const GoalPermissionsRef = builder.objectRef<GoalPermissions>("GoalPermissions").implement({
  description: "What the signed-in user may do with a goal, from the same rules the API enforces.",
  fields: (t) => ({
    edit: t.exposeBoolean("edit", { description: "Change the goal, its milestones and assignments." }),
    checkIn: t.exposeBoolean("checkIn", { description: "Record a check-in." }),
    close: t.exposeBoolean("close", { description: "Close or reopen the goal." }),
    comment: t.exposeBoolean("comment", { description: "Comment on the goal and its milestones." }),
    share: t.exposeBoolean("share", { description: "Create and revoke read-only links to the goal." }),
  }),
});

export const GoalRef = builder.prismaNode("Goal", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inViewerOrgs(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().goal.findMany({ where: { id: { in: ids }, ...inViewerOrgs(ctx) } })),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    version: t.exposeInt("version", { description: "Bumped by every edit; send it back as expectedVersion so a stale edit is refused (CONFLICT)." }),
    owner: t.field({ type: UserRef, resolve: (goal, _args, ctx, info) => userById(ctx, info).load(goal.ownerId) as Promise<User> }),
    startDate: t.expose("startDate", { type: "Date" }),
    targetDate: t.expose("targetDate", { type: "Date" }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    organization: t.field({
      type: OrganizationRef,
      resolve: (goal, _args, ctx, info) => organizationById(ctx, info).load(goal.organizationId) as Promise<Organization>,
    }),
    kind: t.expose("kind", { type: GoalKindEnum }),
    unit: t.exposeString("unit", { nullable: true, description: "Metric goals: what is counted, e.g. “teams”." }),
    startValue: t.exposeFloat("startValue", { nullable: true }),
    targetValue: t.exposeFloat("targetValue", { nullable: true }),
    currentValue: t.exposeFloat("currentValue", {
      nullable: true,
      description: "Metric goals: the latest check-in's value (the start value before any check-in).",
    }),
    direction: t.expose("direction", { type: MetricDirectionEnum, nullable: true }),
    weight: t.exposeFloat("weight", { description: "This goal's weight in its parent's roll-up (default 1; 0 leaves it out)." }),
    relevance: t.exposeString("relevance", { description: "Why it matters (SMART: Relevant)." }),
    rationale: t.exposeString("rationale", { description: "Why the target is reachable (SMART: Achievable)." }),
    progress: t.exposeFloat("progress", {
      description: "0..1, kept up to date by the server on every change; see progressFormula for how it is computed.",
    }),
    progressFormula: t.string({
      description: "How progress is computed, in words and numbers, e.g. “(140 − 120) / (300 − 120) = 11%”.",
      resolve: async (goal, _args, ctx, info) => (await progressOf(goal, ctx, info)).formula,
    }),
    progressParts: t.field({
      type: [ProgressPartRef],
      // The metric, or each sub-goal and milestone.
      extensions: listSize(MAX_GOALS_PER_ORG + MAX_MILESTONES_PER_GOAL),
      description: "What went into progress: the metric, or each sub-goal and milestone with its weight.",
      resolve: async (goal, _args, ctx, info) => (await progressOf(goal, ctx, info)).parts,
    }),
    expectedProgress: t.float({
      description: "The elapsed share of the start → target window today (in the organization's time zone), 0..1.",
      resolve: (goal, _args, ctx) => {
        const expected = (today: string) => expectedProgress(dateKey(goal.startDate), dateKey(goal.targetDate), today);
        const today = todayOf(ctx, goal.organizationId);
        return typeof today === "string" ? expected(today) : today.then(expected);
      },
    }),
    health: t.field({
      type: HealthEnum,
      nullable: true,
      description: "From progress against expected pace, lowered by missed milestones; null once closed.",
      resolve: async (goal, _args, ctx, info) => (await healthFactsOf(goal, ctx, info))?.health ?? null,
    }),
    healthExplanation: t.string({
      nullable: true,
      description: "Why health is what it is, with the numbers.",
      resolve: async (goal, _args, ctx, info) => (await healthFactsOf(goal, ctx, info))?.explanation ?? null,
    }),
    confidence: t.expose("confidence", {
      type: HealthEnum,
      nullable: true,
      description: "The latest check-in's confidence; null before the first check-in.",
    }),
    confidenceMismatch: t.string({
      nullable: true,
      description: "Set when the owner's confidence and the computed health disagree, e.g. “Marked on track, but 30% behind pace”.",
      resolve: async (goal, _args, ctx, info) => {
        const health = await healthFactsOf(goal, ctx, info);
        return health ? confidenceMismatch(goal.confidence, health.health, health.gap) : null;
      },
    }),
    milestoneCount: t.int({ resolve: async (goal, _args, ctx, info) => (await milestonesOf(ctx, info).load(goal.id)).length }),
    doneMilestoneCount: t.int({ resolve: async (goal, _args, ctx, info) => doneCount(await milestonesOf(ctx, info).load(goal.id)) }),
    missedMilestoneCount: t.int({
      description: "Milestones not done whose due date has passed (in the organization's time zone).",
      resolve: async (goal, _args, ctx, info) => {
        const facts = await factsOf(goal, ctx, info);
        return missedCount(facts.goal, facts.today);
      },
    }),
    overdueMilestoneCount: t.int({
      deprecationReason: "Use missedMilestoneCount.",
      resolve: async (goal, _args, ctx, info) => {
        const facts = await factsOf(goal, ctx, info);
        return missedCount(facts.goal, facts.today);
      },
    }),
    smart: t.field({
      type: [SmartItemRef],
      // S, M, A, R, T.
      extensions: listSize(5),
      description: "The SMART checklist: which criteria the goal meets and what is missing.",
      resolve: async (goal, _args, ctx, info) => {
        const [milestones, checkIns, mission] = await Promise.all([
          milestonesOf(ctx, info).load(goal.id),
          checkInsOf(ctx, info).load(goal.id),
          missionOf(ctx, goal.organizationId),
        ]);
        const timeZone = await timeZoneOf(ctx, goal.organizationId);
        return smartCheck({
          mission,
          description: goal.description,
          kind: goal.kind,
          startValue: goal.startValue,
          targetValue: goal.targetValue,
          direction: goal.direction,
          ownerId: goal.ownerId,
          parentId: goal.parentId,
          relevance: goal.relevance,
          rationale: goal.rationale,
          startDate: dateKey(goal.startDate),
          targetDate: dateKey(goal.targetDate),
          createdOn: todayIn(timeZone, goal.createdAt),
          milestoneCount: milestones.length,
          // Oldest first: the loader holds them newest first.
          checkIns: checkIns
            .filter((c) => c.value !== null)
            .reverse()
            .map((c) => ({ value: c.value!, on: todayIn(timeZone, c.createdAt) })),
        }, ctx.locale);
      },
    }),
    progressHistory: t.field({
      type: [ProgressPointRef],
      extensions: listSize(PLANNED_PROGRESS_POINTS),
      description: "Every recorded change of progress, oldest first, with the pace expected on that day.",
      resolve: async (goal, _args, ctx, info) => {
        const [snapshots, timeZone] = await Promise.all([snapshotsOf(ctx, info).load(goal.id), timeZoneOf(ctx, goal.organizationId)]);
        return progressHistoryOf({ ...goal, snapshots, organization: { timeZone } });
      },
    }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    outcome: t.expose("outcome", { type: GoalOutcomeEnum, nullable: true }),
    closingNote: t.exposeString("closingNote"),
    isClosed: t.boolean({ resolve: (goal) => goal.closedAt !== null }),
    viewerCanEdit: t.boolean({
      description:
        "Whether your role lets you change this goal (archived goals must be unarchived, closed goals reopened first).",
      deprecationReason: "Use viewerCan { edit }, which answers this and the goal's other permissions.",
      resolve: (goal, _args, ctx) => goalPermissions(ctx.viewer, goal).edit,
    }),
    viewerCan: t.field({
      type: GoalPermissionsRef,
      description: "What your role lets you do with this goal (archived goals must be unarchived, closed goals reopened first).",
      resolve: (goal, _args, ctx) => goalPermissions(ctx.viewer, goal),
    }),
  }),
});

// Fields of a goal that are goals themselves, added once GoalRef exists.
builder.prismaObjectFields(GoalRef, (t) => ({
    parent: t.field({
      type: GoalRef,
      nullable: true,
      description: "The goal this one is an objective of.",
      resolve: (goal, _args, ctx, info) => (goal.parentId ? goalById(ctx, info).load(goal.parentId) : null),
    }),
    children: t.field({
      type: [GoalRef],
      extensions: listSize(MAX_GOALS_PER_ORG),
      description: "Sub-goals (not archived), by title; they roll up into this goal's progress.",
      resolve: (goal, _args, ctx, info) => childrenOf(ctx, info).load(goal.id),
    }),
}));

builder.prismaObjectField(OrganizationRef, "goals", (t) =>
  t.relatedConnection("goals", {
    cursor: "id",
    totalCount: true,
    // Every goal of an organization fits one page (the goal form's parent picker reads them all).
    maxSize: MAX_GOALS_PER_ORG,
    extensions: listSize(MAX_GOALS_PER_ORG),
    description: "Open goals first, by target date, then title; then closed goals, in the order they were closed. Archived goals only when asked for.",
    args: { includeArchived: t.arg.boolean({ defaultValue: false }) },
    query: ({ includeArchived }) => ({
      where: includeArchived ? {} : { archivedAt: null },
      // A closed goal is history, not work in flight: it goes after every open one.
      orderBy: [{ closedAt: { sort: "asc", nulls: "first" } }, { targetDate: "asc" }, { title: "asc" }, { id: "asc" }],
    }),
  }),
);

// One batched count when asked for, wherever organizations appear. (A filtered relationCount
// beside the connection's totalCount would re-read the organization instead.)
builder.prismaObjectField(OrganizationRef, "openGoalCount", (t) =>
  t.int({
    description: "Goals neither closed nor archived: the goals list's \"N active goals\".",
    resolve: (org, _args, ctx, info) => openGoalCountOf(ctx, info).load(org.id),
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
