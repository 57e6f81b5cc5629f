import { describe, expect, it } from "vitest";
import { approvalEditProblem, approvalStateAfterEdit, approvalStepInput, approvalTransition, canTakeStep, type ApprovalMilestone } from "./approvals.ts";

const approval = (over: Partial<ApprovalMilestone> = {}): ApprovalMilestone => ({
  kind: "APPROVAL",
  status: "IN_PROGRESS",
  ownerId: "owner",
  approverId: "approver",
  approvalState: null,
  ...over,
});
const editor = { userId: "editor", editor: true };
const owner = { userId: "owner", editor: false };
const approver = { userId: "approver", editor: false };

describe("approvalTransition", () => {
  it("lets the owner or an editor request when never requested or after a rejection", () => {
    expect(approvalTransition(approval(), owner, "REQUEST")).toEqual({ ok: true, approvalState: "REQUESTED", status: "IN_PROGRESS" });
    expect(approvalTransition(approval({ approvalState: "REJECTED" }), editor, "REQUEST").ok).toBe(true);
    expect(approvalTransition(approval(), approver, "REQUEST")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(approvalTransition(approval({ approvalState: "REQUESTED" }), editor, "REQUEST")).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(approvalTransition(approval({ approvalState: "APPROVED", status: "DONE" }), editor, "REQUEST")).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("lets only the named approver decide, and only when requested", () => {
    const requested = approval({ approvalState: "REQUESTED" });
    expect(approvalTransition(requested, approver, "APPROVE")).toEqual({ ok: true, approvalState: "APPROVED", status: "DONE" });
    expect(approvalTransition(requested, approver, "REJECT")).toEqual({ ok: true, approvalState: "REJECTED", status: "IN_PROGRESS" });
    expect(approvalTransition(requested, editor, "APPROVE")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(approvalTransition(requested, owner, "REJECT")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(approvalTransition(approval(), approver, "APPROVE")).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(approvalTransition(approval({ approvalState: "REJECTED" }), approver, "REJECT")).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses standard milestones and approvals without an approver", () => {
    expect(approvalTransition(approval({ kind: "STANDARD" }), editor, "REQUEST")).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(approvalTransition(approval({ approverId: null }), editor, "REQUEST")).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(canTakeStep(approval(), null, "REQUEST")).toBe(false);
  });
});

describe("approvalEditProblem", () => {
  it("needs an approver and refuses marking done by hand, naming the field", () => {
    expect(approvalEditProblem(null, { kind: "APPROVAL", approverId: null, status: "PLANNED" })?.field).toBe("approverId");
    const done = approvalEditProblem(approval(), { kind: "APPROVAL", approverId: "approver", status: "DONE" });
    expect(done).toEqual({ field: "status", message: "status: An approval milestone is done when its approver approves it." });
    const converted = approvalEditProblem(approval({ kind: "STANDARD", status: "DONE" }), { kind: "APPROVAL", approverId: "a", status: "DONE" });
    expect(converted?.field).toBe("kind");
    expect(approvalEditProblem(approval({ status: "DONE", approvalState: "APPROVED" }), { kind: "APPROVAL", approverId: "approver", status: "DONE" })).toBeNull();
    expect(approvalEditProblem(approval(), { kind: "STANDARD", approverId: null, status: "DONE" })).toBeNull();
  });
});

describe("approvalStateAfterEdit", () => {
  it("starts over on reopening, a new approver or a change of kind", () => {
    const approved = approval({ status: "DONE", approvalState: "APPROVED" });
    expect(approvalStateAfterEdit(approved, { kind: "APPROVAL", approverId: "approver", status: "DONE" })).toBe("APPROVED");
    expect(approvalStateAfterEdit(approved, { kind: "APPROVAL", approverId: "approver", status: "IN_PROGRESS" })).toBeNull();
    expect(approvalStateAfterEdit(approval({ approvalState: "REQUESTED" }), { kind: "APPROVAL", approverId: "other", status: "IN_PROGRESS" })).toBeNull();
    expect(approvalStateAfterEdit(approval({ approvalState: "REQUESTED" }), { kind: "STANDARD", approverId: null, status: "IN_PROGRESS" })).toBeNull();
    expect(approvalStateAfterEdit(approval({ approvalState: "REJECTED" }), { kind: "APPROVAL", approverId: "approver", status: "IN_PROGRESS" })).toBe("REJECTED");
  });
});

describe("approvalStepInput", () => {
  it("trims the optional note and limits it like a comment", () => {
    expect(approvalStepInput.parse({})).toEqual({ note: "" });
    expect(approvalStepInput.parse({ note: "  ok " })).toEqual({ note: "ok" });
    expect(approvalStepInput.safeParse({ note: "x".repeat(5001) }).success).toBe(false);
  });
});
