import "server-only";
import type { ApprovalStep, Milestone } from "../../prisma/generated/client/client.ts";
import { ApprovalAction, ApprovalState, MilestoneKind } from "../../prisma/generated/client/enums.ts";
import { takeApprovalStep } from "../../server/approvals/approvals.ts";
import { prisma } from "../../server/db.ts";
import { milestonePermissions, type MilestonePermissions } from "../../server/permissions.ts";
import { APPROVAL_HISTORY_SIZE, type ApprovalStep as Step } from "../../domain/approvals.ts";
import { builder } from "../builder.ts";
import { listSize } from "../complexity.ts";
import type { Context } from "../context.ts";
import { idOf } from "../ids.ts";
import { goalById, perRequest, type Place, userById } from "../loaders.ts";
import { EXPECTED_VERSION_DESCRIPTION, withGlobalIdsInConflict } from "../stale-edit.ts";
import { MilestonePayload, MilestoneRef } from "./milestone.ts";
import { UserRef } from "./user.ts";

// Approval milestones (#11 §3): kind, approver, state and history on Milestone, the three steps as
// mutations, and what waits for the viewer's decision. Rules: domain/approvals.ts.

export const MilestoneKindEnum = builder.enumType(MilestoneKind, {
  name: "MilestoneKind",
  description: "STANDARD, or APPROVAL: done only when its named approver approves it.",
});
const ApprovalStateEnum = builder.enumType(ApprovalState, {
  name: "ApprovalState",
  description: "Where an approval milestone stands; null before the first request.",
});
const ApprovalActionEnum = builder.enumType(ApprovalAction, { name: "ApprovalAction" });

const ApprovalStepRef = builder.objectRef<ApprovalStep>("ApprovalStep").implement({
  description: "One step of an approval's history: who requested, approved or rejected, when, and their note.",
  fields: (t) => ({
    action: t.expose("action", { type: ApprovalActionEnum }),
    note: t.exposeString("note", { description: "Empty when none was written." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    actor: t.field({ type: UserRef, nullable: true, resolve: (s, _args, ctx, info) => userById(ctx, info).load(s.actorId) }),
    actorName: t.string({
      description: "The actor's name (\"Deleted user\" once their account is gone): one level less to select than actor { name }.",
      resolve: async (s, _args, ctx, info) => {
        const user = await userById(ctx, info).load(s.actorId);
        return !user || user.deletedAt ? "Deleted user" : user.name;
      },
    }),
  }),
});

/** Each milestone's steps, oldest first: one statement for every milestone at one place of the query. */
const stepsOf = (ctx: Context, at: Place) =>
  perRequest<ApprovalStep[]>(ctx, "Milestone.approvalSteps", at, async (milestoneIds) => {
    const rows = await prisma().approvalStep.findMany({
      where: { milestoneId: { in: milestoneIds } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const groups = new Map(milestoneIds.map((id) => [id, [] as ApprovalStep[]] as const));
    for (const row of rows) groups.get(row.milestoneId)?.push(row);
    return milestoneIds.map((id) => groups.get(id)!.slice(-APPROVAL_HISTORY_SIZE));
  });

const MilestonePermissionsRef = builder.objectRef<MilestonePermissions>("MilestonePermissions").implement({
  fields: (t) => ({
    edit: t.exposeBoolean("edit", { description: "Change it (members and above; its goal open)." }),
    requestApproval: t.exposeBoolean("requestApproval", {
      description: "Ask its approver to decide: its owner or an editor, when never requested or after a rejection.",
    }),
    decideApproval: t.exposeBoolean("decideApproval", { description: "Approve or reject it: only its approver, while requested." }),
  }),
});

builder.prismaObjectFields(MilestoneRef, (t) => ({
  kind: t.field({ type: MilestoneKindEnum, resolve: (m) => m.kind }),
  approver: t.field({
    type: UserRef,
    nullable: true,
    description: "Who signs off an approval milestone.",
    // With the owner's load (milestone.ts): one statement for a place's people, whichever are set.
    resolve: (m, _args, ctx, info) => (m.approverId ? userById(ctx, info, { byField: false }).load(m.approverId) : null),
  }),
  approvalState: t.field({ type: ApprovalStateEnum, nullable: true, resolve: (m) => m.approvalState }),
  approvalSteps: t.field({
    type: [ApprovalStepRef],
    extensions: listSize(APPROVAL_HISTORY_SIZE),
    description: "The approval's history, oldest first (the newest 100).",
    resolve: (m, _args, ctx, info) => (m.kind === "APPROVAL" ? stepsOf(ctx, info).load(m.id) : []),
  }),
  viewerCan: t.field({
    type: MilestonePermissionsRef,
    description: "What you may do with this milestone; the UI asks this rather than testing roles.",
    resolve: async (m: Milestone, _args, ctx, info) => {
      const goal = await goalById(ctx, info).load(m.goalId);
      return milestonePermissions(ctx.viewer, m, goal ?? { archivedAt: new Date(), closedAt: null });
    },
  }),
}));

const ApprovalStepInput = builder.inputType("ApprovalStepInput", {
  fields: (t) => ({
    milestoneId: t.id({ required: true }),
    note: t.string({ description: "Optional, at most 5000 characters." }),
    expectedVersion: t.int({ description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

const stepMutation = (name: string, step: Step, description: string) =>
  builder.mutationField(name, (t) =>
    t.field({
      type: MilestonePayload(`${name[0]!.toUpperCase()}${name.slice(1)}Payload`),
      description,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: ApprovalStepInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const take = () => takeApprovalStep(ctx.viewer, idOf(input.milestoneId, "Milestone"), step, input);
        return { milestoneId: (await withGlobalIdsInConflict(take)).id };
      },
    }),
  );

stepMutation("requestApproval", "REQUEST", "Ask the approver to decide (the milestone's owner or an editor; never requested, or rejected).");
stepMutation("approveMilestone", "APPROVE", "Approve a requested approval milestone (its approver only): it becomes done.");
stepMutation("rejectMilestone", "REJECT", "Reject a requested approval milestone (its approver only): it is reopened, with the note shown.");
