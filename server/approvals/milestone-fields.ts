import "server-only";
import type { Milestone } from "../../prisma/generated/client/client.ts";
import { approvalEditProblem, approvalStateAfterEdit } from "../../domain/approvals.ts";
import type { MilestoneKind } from "../../domain/enums.ts";
import type { UpdateMilestoneInput } from "../../domain/schemas/milestone.ts";
import type { Tx } from "../db.ts";
import { badInput } from "../errors.ts";

// The approval columns a milestone create or edit writes (kind, approver, state), checked by the
// rules in domain/approvals.ts; the milestone service spreads them into its own write.

/** The approver is any member of the milestone's organization, a stakeholder included. */
async function assertApproverIsMember(tx: Tx, organizationId: string, approverId: string) {
  const membership = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId, userId: approverId } },
    select: { id: true },
  });
  if (!membership) throw badInput("approverId", "approverId: The approver must be a member of this organization.");
}

export async function approvalOnCreate(tx: Tx, organizationId: string, data: { kind?: MilestoneKind; approverId?: string | null }) {
  const kind = data.kind ?? "STANDARD";
  const approverId = kind === "APPROVAL" ? (data.approverId ?? null) : null;
  const problem = approvalEditProblem(null, { kind, approverId, status: "PLANNED" });
  if (problem) throw badInput(problem.field, problem.message);
  if (approverId) await assertApproverIsMember(tx, organizationId, approverId);
  return { kind, approverId };
}

export async function approvalOnEdit(tx: Tx, organizationId: string, before: Milestone, data: UpdateMilestoneInput) {
  const kind = data.kind ?? before.kind;
  const approverId = kind === "APPROVAL" ? (data.approverId === undefined ? before.approverId : data.approverId) : null;
  const next = { kind, approverId, status: data.status ?? before.status };
  const problem = approvalEditProblem(before, next);
  if (problem) throw badInput(problem.field, problem.message);
  if (approverId && approverId !== before.approverId) await assertApproverIsMember(tx, organizationId, approverId);
  return { kind, approverId, approvalState: approvalStateAfterEdit(before, next) };
}
