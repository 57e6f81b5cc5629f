import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { prisma } from "../../server/db.ts";
import { createMilestone, deleteMilestone, moveMilestone, updateMilestone } from "../../server/milestones/milestones.ts";
import { builder } from "../builder.ts";
import { idOf } from "../ids.ts";
import { EXPECTED_VERSION_DESCRIPTION, withGlobalIdsInConflict } from "../stale-edit.ts";
import { GoalPayload, inputIdOf, userIdOf } from "./goal.ts";
import { MilestonePayload, MilestoneStatusEnum } from "./milestone.ts";
import { MilestoneKindEnum } from "./approval.ts";

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
    kind: t.field({ type: MilestoneKindEnum, description: "STANDARD (default) or APPROVAL, which needs approverId." }),
    approverId: t.id({ description: "Who signs off an approval milestone: any member, a stakeholder included." }),
    skills: t.stringList({ description: "Skills the work needs (the organization's free tags; at most 30)." }),
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
        kind: input.kind ?? undefined,
        approverId: input.approverId == null ? undefined : userIdOf(input.approverId),
        skills: input.skills ?? undefined,
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
    kind: t.field({ type: MilestoneKindEnum, description: "Back to STANDARD clears the approver; the approval history stays." }),
    approverId: t.id({ description: "Another approver starts the sign-off over." }),
    skills: t.stringList({ description: "Replaces the skills the work needs; [] removes them." }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

builder.mutationField("updateMilestone", (t) =>
  t.field({
    type: MilestonePayload("UpdateMilestonePayload"),
    description: "Change a milestone's fields; omitted fields stay as they are.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateMilestoneInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const edit = () => updateMilestone(ctx.viewer, idOf(input.milestoneId, "Milestone"), {
        title: input.title ?? undefined,
        description: input.description ?? undefined,
        dueDate: input.dueDate ?? undefined,
        status: input.status ?? undefined,
        ownerId: input.ownerId == null ? input.ownerId : userIdOf(input.ownerId),
        weight: input.weight ?? undefined,
        durationDays: input.durationDays,
        dependsOnIds: input.dependsOnIds === null ? [] : milestoneIdsOf(input.dependsOnIds),
        kind: input.kind ?? undefined,
        approverId: input.approverId == null ? input.approverId : userIdOf(input.approverId),
        skills: input.skills ?? undefined,
      }, { expectedVersion: input.expectedVersion });
      return { milestoneId: (await withGlobalIdsInConflict(edit)).id };
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
