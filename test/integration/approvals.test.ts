import { describe, expect, it } from "vitest";
import { createGoal, createMember, createMilestone, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { runQueuedJobs } from "../../server/jobs/runner.ts";
import { hashSecret, newSecret } from "../../server/auth/tokens.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

const FIELDS = `id status completedAt kind approvalState version approver { id name }
  approvalSteps { action note actor { id name } createdAt }
  viewerCan { edit requestApproval decideApproval }`;
const CREATE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { ${FIELDS} } } }`;
const UPDATE = `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { ${FIELDS} } } }`;
const step = (name: string) => `mutation($input: ApprovalStepInput!) { ${name}(input: $input) { milestone { ${FIELDS} goal { progress } } } }`;
const REQUEST = step("requestApproval");
const APPROVE = step("approveMilestone");
const REJECT = step("rejectMilestone");
const WAITING = `query { waitingForMyApproval { id title approvalState } }`;

function firstError(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}

/** An org with an editor, a stakeholder approver, a goal with a done milestone and an approval milestone. */
async function setup() {
  const { org, owner } = await createOrg();
  const editor = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  const goal = await createGoal(org, owner);
  await createMilestone(goal, { title: "Built", status: "DONE" });
  const created = await run(editor.id, CREATE, {
    input: { goalId: gid("Goal", goal.id), title: "Design sign-off", dueDate: "2099-03-01", kind: "APPROVAL", approverId: gid("User", stakeholder.id), ownerId: gid("User", editor.id) },
  });
  expect(created.errors).toBeUndefined();
  const milestoneId: string = created.data.createMilestone.milestone.id;
  return { org, owner, editor, stakeholder, goal, milestoneId };
}

const input = (milestoneId: string, note?: string) => ({ input: { milestoneId, ...(note === undefined ? {} : { note }) } });

describe("approval milestones", () => {
  it("are created with an approver who must be a member, named in the error", async () => {
    const { editor, goal, milestoneId, stakeholder } = await setup();
    const m = await run(editor.id, `query($id: ID!) { milestone(id: $id) { ${FIELDS} } }`, { id: milestoneId });
    expect(m.data.milestone).toMatchObject({ kind: "APPROVAL", approvalState: null, approver: { id: gid("User", stakeholder.id) }, approvalSteps: [] });

    const outsider = await createMember((await createOrg()).org, "MEMBER");
    const refused = await run(editor.id, CREATE, {
      input: { goalId: gid("Goal", goal.id), title: "X", dueDate: "2099-03-01", kind: "APPROVAL", approverId: gid("User", outsider.id) },
    });
    expect(firstError(refused)).toMatchObject({ code: "BAD_USER_INPUT", field: "approverId", message: "approverId: The approver must be a member of this organization." });
    const missing = await run(editor.id, CREATE, { input: { goalId: gid("Goal", goal.id), title: "X", dueDate: "2099-03-01", kind: "APPROVAL" } });
    expect(firstError(missing)).toMatchObject({ code: "BAD_USER_INPUT", field: "approverId" });
    const edited = await run(editor.id, UPDATE, { input: { milestoneId, approverId: gid("User", outsider.id) } });
    expect(firstError(edited)).toMatchObject({ code: "BAD_USER_INPUT", field: "approverId" });
  });

  it("cannot be marked done by hand", async () => {
    const { editor, milestoneId } = await setup();
    const result = await run(editor.id, UPDATE, { input: { milestoneId, status: "DONE" } });
    expect(firstError(result)).toEqual({ code: "BAD_USER_INPUT", field: "status", message: "status: An approval milestone is done when its approver approves it." });
    const after = await run(editor.id, `query($id: ID!) { milestone(id: $id) { status completedAt } }`, { id: milestoneId });
    expect(after.data.milestone).toEqual({ status: "PLANNED", completedAt: null });
  });

  it("go request → reject (reopened, note kept) → request → approve (done, progress rolled up), with activity and notifications", async () => {
    const { editor, stakeholder, goal, milestoneId } = await setup();
    // Before the request nobody decides.
    expect(codes(await run(stakeholder.id, APPROVE, input(milestoneId)))).toEqual(["CONFLICT"]);

    const requested = await run(editor.id, REQUEST, input(milestoneId, "Ready for review"));
    expect(requested.errors).toBeUndefined();
    expect(requested.data.requestApproval.milestone).toMatchObject({ approvalState: "REQUESTED", viewerCan: { requestApproval: false, decideApproval: false } });
    expect((await run(stakeholder.id, WAITING)).data.waitingForMyApproval).toEqual([{ id: milestoneId, title: "Design sign-off", approvalState: "REQUESTED" }]);
    expect((await run(editor.id, WAITING)).data.waitingForMyApproval).toEqual([]);
    const seen = await run(stakeholder.id, `query($id: ID!) { milestone(id: $id) { viewerCan { edit requestApproval decideApproval } } }`, { id: milestoneId });
    expect(seen.data.milestone.viewerCan).toEqual({ edit: false, requestApproval: false, decideApproval: true });

    const rejected = await run(stakeholder.id, REJECT, input(milestoneId, "Needs the accessibility review"));
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data.rejectMilestone.milestone).toMatchObject({ status: "IN_PROGRESS", approvalState: "REJECTED", completedAt: null });
    expect(rejected.data.rejectMilestone.milestone.approvalSteps.map((s: { action: string; note: string }) => [s.action, s.note])).toEqual([
      ["REQUESTED", "Ready for review"],
      ["REJECTED", "Needs the accessibility review"],
    ]);
    expect(rejected.data.rejectMilestone.milestone.goal.progress).toBeCloseTo(0.5);

    expect((await run(editor.id, REQUEST, input(milestoneId))).errors).toBeUndefined();
    const approved = await run(stakeholder.id, APPROVE, input(milestoneId));
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveMilestone.milestone).toMatchObject({ status: "DONE", approvalState: "APPROVED" });
    expect(approved.data.approveMilestone.milestone.completedAt).not.toBeNull();
    expect(approved.data.approveMilestone.milestone.goal.progress).toBeCloseTo(1);
    expect(await prisma().progressSnapshot.count({ where: { goalId: goal.id, progress: 1 } })).toBe(1);

    const kinds = await prisma().activity.findMany({ where: { goalId: goal.id, kind: { in: ["APPROVAL_REQUESTED", "APPROVAL_APPROVED", "APPROVAL_REJECTED"] } }, orderBy: { createdAt: "asc" } });
    expect(kinds.map((a) => a.kind)).toEqual(["APPROVAL_REQUESTED", "APPROVAL_REJECTED", "APPROVAL_REQUESTED", "APPROVAL_APPROVED"]);
    expect(kinds.at(-1)!.isWin).toBe(true);
    // Notifications are delivered by the notify job, after the request.
    await runQueuedJobs({ only: ["notify"] });
    const notes = await prisma().notification.findMany({ where: { goalId: goal.id, kind: { in: ["APPROVAL_REQUESTED", "APPROVAL_DECIDED"] } }, orderBy: { createdAt: "asc" } });
    expect(notes.map((n) => [n.kind, n.recipientId])).toEqual([
      ["APPROVAL_REQUESTED", stakeholder.id],
      ["APPROVAL_DECIDED", editor.id],
      ["APPROVAL_REQUESTED", stakeholder.id],
      ["APPROVAL_DECIDED", editor.id],
    ]);
    expect(notes[1]!.data).toMatchObject({ decision: "REJECTED", note: "Needs the accessibility review" });
    // Once approved, nothing more to request or decide.
    expect(codes(await run(editor.id, REQUEST, input(milestoneId)))).toEqual(["CONFLICT"]);
  });

  it("only the approver decides; a stakeholder decides only their approvals and changes nothing else", async () => {
    const { org, owner, editor, stakeholder, goal, milestoneId } = await setup();
    await run(editor.id, REQUEST, input(milestoneId));
    for (const who of [owner.id, editor.id]) {
      expect(firstError(await run(who, APPROVE, input(milestoneId)))).toMatchObject({ code: "FORBIDDEN", message: "Only the approver can approve or reject this milestone." });
      expect(codes(await run(who, REJECT, input(milestoneId)))).toEqual(["FORBIDDEN"]);
    }
    // Another stakeholder of the same organization, not named: refused too.
    const other = await createMember(org, "STAKEHOLDER");
    expect(codes(await run(other.id, APPROVE, input(milestoneId)))).toEqual(["FORBIDDEN"]);
    // The approver stakeholder cannot edit, request, or touch another approval naming someone else.
    expect(codes(await run(stakeholder.id, UPDATE, { input: { milestoneId, title: "Mine now" } }))).toEqual(["FORBIDDEN"]);
    const elsewhere = await run(editor.id, CREATE, {
      input: { goalId: gid("Goal", goal.id), title: "Budget", dueDate: "2099-03-01", kind: "APPROVAL", approverId: gid("User", owner.id) },
    });
    const otherId = elsewhere.data.createMilestone.milestone.id;
    expect(codes(await run(stakeholder.id, REQUEST, input(otherId)))).toEqual(["FORBIDDEN"]);
    await run(editor.id, REQUEST, input(otherId));
    expect(codes(await run(stakeholder.id, APPROVE, input(otherId)))).toEqual(["FORBIDDEN"]);
    expect((await run(stakeholder.id, APPROVE, input(milestoneId))).errors).toBeUndefined();
  });

  it("refuses notes longer than a comment, naming the field, and stale versions", async () => {
    const { editor, milestoneId } = await setup();
    expect(firstError(await run(editor.id, REQUEST, input(milestoneId, "x".repeat(5001))))).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    const stale = await run(editor.id, REQUEST, { input: { milestoneId, expectedVersion: 99 } });
    expect(firstError(stale)).toMatchObject({ code: "CONFLICT", field: "expectedVersion" });
  });

  it("keep closed goals read-only", async () => {
    const { editor, goal, milestoneId } = await setup();
    await prisma().goal.update({ where: { id: goal.id }, data: { closedAt: new Date(), outcome: "DROPPED" } });
    expect(codes(await run(editor.id, REQUEST, input(milestoneId)))).toEqual(["CONFLICT"]);
    const seen = await run(editor.id, `query($id: ID!) { milestone(id: $id) { viewerCan { edit requestApproval } } }`, { id: milestoneId });
    expect(seen.data.milestone.viewerCan).toEqual({ edit: false, requestApproval: false });
  });

  it("answer another organization's milestone exactly like a missing id, for every mutation", async () => {
    const { milestoneId } = await setup();
    const { owner: stranger } = await createOrg();
    const missing = gid("Milestone", "does-not-exist");
    for (const mutation of [REQUEST, APPROVE, REJECT]) {
      const theirs = await run(stranger.id, mutation, input(milestoneId));
      const none = await run(stranger.id, mutation, input(missing));
      expect(codes(theirs)).toEqual(["NOT_FOUND"]);
      expect(firstError(theirs)).toEqual(firstError(none));
    }
    expect((await run(stranger.id, WAITING)).data.waitingForMyApproval).toEqual([]);
  });

  it("show their decisions on the public share page by name, never by email", async () => {
    const { owner, editor, stakeholder, goal, milestoneId } = await setup();
    await run(editor.id, REQUEST, input(milestoneId, "Please look"));
    await run(stakeholder.id, REJECT, input(milestoneId, "Not yet"));
    const token = newSecret("wms");
    await prisma().shareLink.create({ data: { organizationId: goal.organizationId, goalId: goal.id, createdById: owner.id, tokenHash: hashSecret(token) } });
    const result = await run(null, `query($token: String!) { sharedView(token: $token) { goal { milestones { title isApproval approvalState approverName
      approvalHistory { action note actorName createdAt } } } } }`, { token });
    expect(result.errors).toBeUndefined();
    const shared = result.data.sharedView.goal.milestones.find((m: { title: string }) => m.title === "Design sign-off");
    expect(shared).toMatchObject({ isApproval: true, approvalState: "REJECTED", approverName: stakeholder.name });
    expect(shared.approvalHistory.map((s: { action: string; note: string; actorName: string }) => [s.action, s.actorName, s.note])).toEqual([
      ["REQUESTED", editor.name, "Please look"],
      ["REJECTED", stakeholder.name, "Not yet"],
    ]);
    expect(JSON.stringify(result.data)).not.toContain("@");
  });

  it("load approval facts for a goal page in statements that do not grow with its approvals", async () => {
    const measure = async (approvals: number) => {
      const { editor, stakeholder, goal } = await setup();
      for (let i = 1; i < approvals; i++) {
        const made = await run(editor.id, CREATE, {
          input: { goalId: gid("Goal", goal.id), title: `A${i}`, dueDate: "2099-03-01", kind: "APPROVAL", approverId: gid("User", stakeholder.id) },
        });
        await run(editor.id, REQUEST, input(made.data.createMilestone.milestone.id, "please"));
      }
      const query = `query($id: ID!) { goal(id: $id) { milestones(first: 50) { edges { node { id kind approvalState approver { name }
        approvalSteps { action note createdAt actor { name } } viewerCan { edit requestApproval decideApproval } } } } } }`;
      const { count, result } = await countStatements(() => run(stakeholder.id, query, { id: gid("Goal", goal.id) }));
      expect(result.errors).toBeUndefined();
      const waiting = await countStatements(() => run(stakeholder.id, `query { waitingForMyApproval { id title approver { name } goal { title } } }`));
      return [count, waiting.count];
    };
    expect(await measure(2)).toEqual(await measure(12));
  });
});
