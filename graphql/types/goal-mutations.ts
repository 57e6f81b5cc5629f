import "server-only";
import { archiveGoal, closeGoal, createGoal, reopenGoal, unarchiveGoal, updateGoal } from "../../server/goals/goals.ts";
import { builder } from "../builder.ts";
import { idOf } from "../ids.ts";
import { EXPECTED_VERSION_DESCRIPTION, withGlobalIdsInConflict } from "../stale-edit.ts";
import { CheckInCadenceEnum } from "./goal-check-in.ts";
import { GoalKindEnum, GoalOutcomeEnum, GoalPayload, inputIdOf, MetricDirectionEnum, userIdOf } from "./goal.ts";

/** The field builder of an input type: shared by the inputs that create a goal. */
type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/** A new goal's fields, as createGoal and createGoalFromTemplate take them. */
export const newGoalFields = (t: InputFieldBuilder) => ({
    organizationId: t.id({ required: true }),
    title: t.string({ required: true }),
    description: t.string(),
    ownerId: t.id({ required: true, description: "A member of the organization." }),
    startDate: t.field({ type: "Date", required: true }),
    targetDate: t.field({ type: "Date", required: true, description: "On or after the start date." }),
    kind: t.field({ type: GoalKindEnum, description: "Defaults to MILESTONE." }),
    unit: t.string({ description: "Metric goals (required there)." }),
    startValue: t.float({ description: "Metric goals (required there)." }),
    targetValue: t.float({ description: "Metric goals (required there)." }),
    direction: t.field({ type: MetricDirectionEnum, description: "Metric goals (required there)." }),
    parentId: t.id({ description: "An open goal of the same organization." }),
    weight: t.float({ description: "Weight in the parent's roll-up, 0..1000; defaults to 1." }),
    relevance: t.string({ description: "Why it matters." }),
    rationale: t.string({ description: "Why the target is reachable." }),
    checkInCadence: t.field({ type: CheckInCadenceEnum, description: "How often the owner is asked to check in; defaults to WEEKLY." }),
});

const CreateGoalInput = builder.inputType("CreateGoalInput", { fields: newGoalFields });

/** The service's input from those fields: global ids to database ids, nulls to "not given". */
export const newGoalInput = (input: typeof CreateGoalInput.$inferInput) => ({
  title: input.title,
  description: input.description ?? undefined,
  ownerId: userIdOf(input.ownerId),
  startDate: input.startDate,
  targetDate: input.targetDate,
  kind: input.kind ?? undefined,
  unit: input.unit,
  startValue: input.startValue,
  targetValue: input.targetValue,
  direction: input.direction,
  parentId: input.parentId == null ? null : inputIdOf(input.parentId, "Goal"),
  weight: input.weight ?? undefined,
  relevance: input.relevance ?? undefined,
  rationale: input.rationale ?? undefined,
  checkInCadence: input.checkInCadence ?? undefined,
});

builder.mutationField("createGoal", (t) =>
  t.field({
    type: GoalPayload("CreateGoalPayload"),
    description: "Create a goal (members and above).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateGoalInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const goal = await createGoal(ctx.viewer, idOf(input.organizationId, "Organization"), newGoalInput(input));
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
    kind: t.field({ type: GoalKindEnum }),
    unit: t.string(),
    startValue: t.float(),
    targetValue: t.float(),
    direction: t.field({ type: MetricDirectionEnum }),
    parentId: t.id({ description: "null makes it a top-level goal." }),
    weight: t.float(),
    relevance: t.string(),
    rationale: t.string(),
    checkInCadence: t.field({ type: CheckInCadenceEnum }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

builder.mutationField("updateGoal", (t) =>
  t.field({
    type: GoalPayload("UpdateGoalPayload"),
    description: "Change a goal's fields; omitted fields stay as they are. Archived and closed goals can't be changed.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateGoalInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const edit = () => updateGoal(ctx.viewer, idOf(input.goalId, "Goal"), {
        title: input.title ?? undefined,
        description: input.description ?? undefined,
        ownerId: input.ownerId == null ? undefined : userIdOf(input.ownerId),
        startDate: input.startDate ?? undefined,
        targetDate: input.targetDate ?? undefined,
        kind: input.kind ?? undefined,
        unit: input.unit,
        startValue: input.startValue,
        targetValue: input.targetValue,
        direction: input.direction,
        parentId: input.parentId == null ? input.parentId : inputIdOf(input.parentId, "Goal"),
        weight: input.weight ?? undefined,
        relevance: input.relevance ?? undefined,
        rationale: input.rationale ?? undefined,
        checkInCadence: input.checkInCadence ?? undefined,
      }, { expectedVersion: input.expectedVersion });
      return { goalId: (await withGlobalIdsInConflict(edit)).id };
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

const CloseGoalInput = builder.inputType("CloseGoalInput", {
  fields: (t) => ({
    goalId: t.id({ required: true }),
    outcome: t.field({ type: GoalOutcomeEnum, required: true }),
    note: t.string({ description: "How it went; up to 5000 characters." }),
  }),
});

builder.mutationField("closeGoal", (t) =>
  t.field({
    type: GoalPayload("CloseGoalPayload"),
    description: "Close a goal with an outcome and a note; it stays visible, read-only, until reopened. ACHIEVED is a win.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CloseGoalInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const goal = await closeGoal(ctx.viewer, idOf(input.goalId, "Goal"), {
        outcome: input.outcome,
        note: input.note ?? undefined,
      });
      return { goalId: goal.id };
    },
  }),
);

builder.mutationField("reopenGoal", (t) =>
  t.field({
    type: GoalPayload("ReopenGoalPayload"),
    description: "Reopen a closed goal so it can be changed again.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: GoalIdInput("ReopenGoalInput"), required: true }) },
    resolve: async (_root, { input }, ctx) => ({ goalId: (await reopenGoal(ctx.viewer, idOf(input.goalId, "Goal"))).id }),
  }),
);
