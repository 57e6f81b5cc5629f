import { z } from "zod";
import type { ApprovalState, MilestoneKind, MilestoneStatus } from "./enums.ts";

// Approval milestones: one named approver signs off; the rules of who may do what, and what each
// step leaves behind, in one place for the API (server/approvals) and the UI (viewerCan).

export type ApprovalStep = "REQUEST" | "APPROVE" | "REJECT";

export interface ApprovalMilestone {
  kind: MilestoneKind;
  status: MilestoneStatus;
  ownerId: string | null;
  approverId: string | null;
  approvalState: ApprovalState | null;
}

/** Who is acting: their id and whether their role edits goals (members and above). */
export interface ApprovalActor {
  userId: string;
  editor: boolean;
}

/** Most steps one milestone's history lists, in the app and on a share page: a long back-and-forth keeps its newest. */
export const APPROVAL_HISTORY_SIZE = 100;

export const MANUAL_DONE_MESSAGE = "An approval milestone is done when its approver approves it.";

export type Refusal = { ok: false; code: "FORBIDDEN" | "CONFLICT"; message: string };
export type Transition = {
  ok: true;
  approvalState: ApprovalState;
  /** The milestone's status after the step. */
  status: MilestoneStatus;
};

/** Requesting is open when never requested or after a rejection. */
const requestable = (state: ApprovalState | null) => state === null || state === "REJECTED";

/** Whether the actor may take the step on the milestone now, and what it leaves. */
export function approvalTransition(m: ApprovalMilestone, actor: ApprovalActor, step: ApprovalStep): Transition | Refusal {
  if (m.kind !== "APPROVAL") return { ok: false, code: "CONFLICT", message: "This milestone is not an approval." };
  if (!m.approverId) return { ok: false, code: "CONFLICT", message: "Name an approver first." };
  if (step === "REQUEST") {
    if (!(actor.editor || actor.userId === m.ownerId)) {
      return { ok: false, code: "FORBIDDEN", message: "Only the milestone's owner or an editor can request approval." };
    }
    if (!requestable(m.approvalState)) {
      return {
        ok: false,
        code: "CONFLICT",
        message: m.approvalState === "REQUESTED" ? "Approval is already requested." : "This milestone is already approved.",
      };
    }
    return { ok: true, approvalState: "REQUESTED", status: m.status };
  }
  if (actor.userId !== m.approverId) return { ok: false, code: "FORBIDDEN", message: "Only the approver can approve or reject this milestone." };
  if (m.approvalState !== "REQUESTED") return { ok: false, code: "CONFLICT", message: "Approval has not been requested." };
  // Rejection reopens: the work goes back to the owner.
  return step === "APPROVE" ? { ok: true, approvalState: "APPROVED", status: "DONE" } : { ok: true, approvalState: "REJECTED", status: "IN_PROGRESS" };
}

export const canTakeStep = (m: ApprovalMilestone, actor: ApprovalActor | null, step: ApprovalStep) =>
  actor !== null && approvalTransition(m, actor, step).ok;

/**
 * What an edit of kind, approver or status may do, as a field-named problem (null when fine):
 * an approval needs an approver and becomes done only by approval.
 */
export function approvalEditProblem(
  before: ApprovalMilestone | null,
  next: { kind: MilestoneKind; approverId: string | null; status: MilestoneStatus },
): { field: "kind" | "approverId" | "status"; message: string } | null {
  if (next.kind !== "APPROVAL") return null;
  if (!next.approverId) return { field: "approverId", message: "approverId: Choose an approver for an approval milestone." };
  const wasDone = before?.status === "DONE";
  if (next.status === "DONE" && !(wasDone && before?.kind === "APPROVAL")) {
    // Turning a done milestone into an approval would skip the sign-off the same way.
    return before && wasDone && before.kind !== "APPROVAL"
      ? { field: "kind", message: `kind: ${MANUAL_DONE_MESSAGE} Reopen it first.` }
      : { field: "status", message: `status: ${MANUAL_DONE_MESSAGE}` };
  }
  return null;
}

/**
 * The approval state an edit leaves: a standard milestone has none; reopening an approved one by
 * hand, or naming another approver, starts the sign-off over.
 */
export function approvalStateAfterEdit(
  before: ApprovalMilestone,
  next: { kind: MilestoneKind; approverId: string | null; status: MilestoneStatus },
): ApprovalState | null {
  if (next.kind !== "APPROVAL") return null;
  if (before.kind !== "APPROVAL" || next.approverId !== before.approverId) return null;
  if (before.approvalState === "APPROVED" && next.status !== "DONE") return null;
  return before.approvalState;
}

/** An approval note: optional, length-limited like a comment. */
export const approvalNoteSchema = z
  .string({ error: "Write the note as text." })
  .trim()
  .max(5000, "Notes must be at most 5000 characters.")
  .default("");

export const approvalStepInput = z.object({ note: approvalNoteSchema });
