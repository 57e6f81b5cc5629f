import { describe, expect, it } from "vitest";
import { createComment, createGoal, createMember, createMilestone, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment {
  id body createdAt viewerCanDelete author { id } goal { id } milestone { id } } } }`;
const DELETE = `mutation($input: DeleteCommentInput!) { deleteComment(input: $input) { deletedCommentId goal { id } } }`;
const GOAL_COMMENTS = `query($id: ID!) { goal(id: $id) { comments(first: 10) { totalCount edges { node { body viewerCanDelete } } } } }`;
const MILESTONE_COMMENTS = `query($id: ID!) { milestone(id: $id) { comments { totalCount edges { node { body } } } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id ... on Comment { body } } }`;

async function team() {
  const { org, owner } = await createOrg();
  const admin = await createMember(org, "ADMIN");
  const member = await createMember(org, "MEMBER");
  const other = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  const goal = await createGoal(org, owner, { title: "Launch" });
  const milestone = await createMilestone(goal, { title: "Beta" });
  return { org, owner, admin, member, other, stakeholder, goal, milestone };
}

function firstError(result: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}

const rows = (organizationId: string) => prisma().comment.findMany({ where: { organizationId }, orderBy: { id: "asc" } });

describe("addComment", () => {
  it("comments on a goal and on a milestone, listed oldest first, with activity", async () => {
    const { org, member, other, goal, milestone } = await team();
    await prisma().user.update({ where: { id: member.id }, data: { name: "Sam" } });
    const onGoal = await run(member.id, ADD, { input: { goalId: gid("Goal", goal.id), body: "  First!  " } });
    expect(onGoal.errors).toBeUndefined();
    expect(onGoal.data.addComment.comment).toMatchObject({
      body: "First!",
      viewerCanDelete: true,
      author: { id: gid("User", member.id) },
      goal: { id: gid("Goal", goal.id) },
      milestone: null,
    });
    await run(other.id, ADD, { input: { goalId: gid("Goal", goal.id), body: "Second" } });
    const onMilestone = await run(member.id, ADD, { input: { milestoneId: gid("Milestone", milestone.id), body: "On the beta" } });
    expect(onMilestone.data.addComment.comment).toMatchObject({ goal: { id: gid("Goal", goal.id) }, milestone: { id: gid("Milestone", milestone.id) } });

    const goalComments = await run(member.id, GOAL_COMMENTS, { id: gid("Goal", goal.id) });
    expect(goalComments.data.goal.comments).toEqual({
      totalCount: 2,
      edges: [{ node: { body: "First!", viewerCanDelete: true } }, { node: { body: "Second", viewerCanDelete: false } }],
    });
    const milestoneComments = await run(member.id, MILESTONE_COMMENTS, { id: gid("Milestone", milestone.id) });
    expect(milestoneComments.data.milestone.comments).toEqual({ totalCount: 1, edges: [{ node: { body: "On the beta" } }] });
    expect((await rows(org.id)).every((c) => c.organizationId === org.id)).toBe(true);

    const feed = await run(member.id, `query($slug: String!) { organization(slug: $slug) { activity(first: 1) { edges { node { kind summary } } } } }`, {
      slug: org.slug,
    });
    expect(feed.data.organization.activity.edges[0].node).toEqual({ kind: "COMMENT_ADDED", summary: "Sam commented on “Beta”" });
  });

  it.each([
    ["body", { body: "   " }, "body: Write a comment."],
    ["body", { body: "x".repeat(5001) }, "body: Comments must be at most 5000 characters."],
    ["goalId", { goalId: null }, "goalId: Comment on exactly one thing: give either goalId or milestoneId."],
    ["goalId", { milestoneId: "milestone" }, "goalId: Comment on exactly one thing: give either goalId or milestoneId."],
  ])("refuses a bad %s, naming the field, and adds nothing", async (field, change, message) => {
    const { org, member, goal, milestone } = await team();
    const input: Record<string, unknown> = { goalId: gid("Goal", goal.id), body: "Fine", ...change };
    if ((change as { milestoneId?: string }).milestoneId) input.milestoneId = gid("Milestone", milestone.id);
    const result = await run(member.id, ADD, { input });
    expect(firstError(result)).toEqual({ code: "BAD_USER_INPUT", field, message });
    expect(await rows(org.id)).toEqual([]);
  });

  it("lets a stakeholder comment on a goal and a milestone, and delete their own comment only", async () => {
    const { org, member, stakeholder, goal, milestone } = await team();
    const onGoal = await run(stakeholder.id, ADD, { input: { goalId: gid("Goal", goal.id), body: "When does the beta start?" } });
    expect(onGoal.errors).toBeUndefined();
    expect(onGoal.data.addComment.comment).toMatchObject({ author: { id: gid("User", stakeholder.id) }, viewerCanDelete: true });
    const onMilestone = await run(stakeholder.id, ADD, { input: { milestoneId: gid("Milestone", milestone.id), body: "Who tests it?" } });
    expect(onMilestone.errors).toBeUndefined();

    const others = await createComment({ goalId: goal.id, organizationId: org.id }, member, "Next week.");
    expect(codes(await run(stakeholder.id, DELETE, { input: { commentId: gid("Comment", others.id) } }))).toEqual(["FORBIDDEN"]);
    const own = await run(stakeholder.id, DELETE, { input: { commentId: onGoal.data.addComment.comment.id } });
    expect(own.errors).toBeUndefined();
    expect((await rows(org.id)).map((c) => c.body).sort()).toEqual(["Next week.", "Who tests it?"]);
  });

  it("keeps closed and archived goals read-only for a stakeholder too", async () => {
    const { org, stakeholder, goal } = await team();
    const archived = await createGoal(org, stakeholder, { title: "Old" });
    await prisma().goal.update({ where: { id: goal.id }, data: { closedAt: new Date(), outcome: "ACHIEVED" } });
    await prisma().goal.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    for (const id of [goal.id, archived.id]) {
      const result = await run(stakeholder.id, ADD, { input: { goalId: gid("Goal", id), body: "Hi" } });
      expect(codes(result)).toEqual(["CONFLICT"]);
    }
    expect(await rows(org.id)).toEqual([]);
  });

  it("tells Goal.viewerCan and Organization.viewerCan that a stakeholder may comment, and no more", async () => {
    const { org, stakeholder, goal } = await team();
    const result = await run(
      stakeholder.id,
      `query($id: ID!, $slug: String!) { goal(id: $id) { viewerCan { edit comment } } organization(slug: $slug) { viewerCan { editGoals comment } } }`,
      { id: gid("Goal", goal.id), slug: org.slug },
    );
    expect(result.data).toEqual({ goal: { viewerCan: { edit: false, comment: true } }, organization: { viewerCan: { editGoals: false, comment: true } } });
  });
});

describe("deleteComment", () => {
  it("lets the author and admins delete, and nobody else", async () => {
    const { org, member, other, admin, owner, stakeholder, goal } = await team();
    const mine = await createComment({ goalId: goal.id, organizationId: org.id }, member, "Mine");
    const another = await createComment({ goalId: goal.id, organizationId: org.id }, member, "Another");

    for (const user of [other, stakeholder]) {
      const result = await run(user.id, DELETE, { input: { commentId: gid("Comment", mine.id) } });
      expect(codes(result)).toEqual(["FORBIDDEN"]);
    }
    expect(await rows(org.id)).toHaveLength(2);

    const byAuthor = await run(member.id, DELETE, { input: { commentId: gid("Comment", mine.id) } });
    expect(byAuthor.data.deleteComment).toEqual({ deletedCommentId: gid("Comment", mine.id), goal: { id: gid("Goal", goal.id) } });
    const byAdmin = await run(admin.id, DELETE, { input: { commentId: gid("Comment", another.id) } });
    expect(byAdmin.errors).toBeUndefined();
    expect(await rows(org.id)).toEqual([]);
    expect(codes(await run(owner.id, DELETE, { input: { commentId: gid("Comment", mine.id) } }))).toEqual(["NOT_FOUND"]);
  });
});

describe("tenant isolation", () => {
  it("answers another organization's comments, goals and milestones exactly like missing ones", async () => {
    const mine = await team();
    const theirs = await team();
    const comment = await createComment({ goalId: theirs.goal.id, milestoneId: theirs.milestone.id, organizationId: theirs.org.id }, theirs.member, "Secret");
    const before = await rows(theirs.org.id);

    expect((await run(mine.member.id, NODE, { id: gid("Comment", comment.id) })).data).toEqual({ node: null });
    expect((await run(theirs.other.id, NODE, { id: gid("Comment", comment.id) })).data).toEqual({
      node: { id: gid("Comment", comment.id), body: "Secret" },
    });
    expect(codes(await run(mine.member.id, MILESTONE_COMMENTS, { id: gid("Milestone", theirs.milestone.id) }))).toEqual(["NOT_FOUND"]);

    const attempts: [string, Record<string, unknown>, Record<string, unknown>][] = [
      [ADD, { goalId: gid("Goal", theirs.goal.id), body: "Planted" }, { goalId: gid("Goal", "missing"), body: "Planted" }],
      [ADD, { milestoneId: gid("Milestone", theirs.milestone.id), body: "Planted" }, { milestoneId: gid("Milestone", "missing"), body: "Planted" }],
      [DELETE, { commentId: gid("Comment", comment.id) }, { commentId: gid("Comment", "missing") }],
    ];
    // Admins (and stakeholders, who may comment at home) of their own organization get no further.
    for (const user of [mine.member, mine.owner, mine.stakeholder]) {
      for (const [mutation, input, missingInput] of attempts) {
        const result = await run(user.id, mutation, { input });
        const missing = await run(user.id, mutation, { input: missingInput });
        expect(codes(result), mutation).toEqual(["NOT_FOUND"]);
        expect(result.errors).toEqual(missing.errors);
      }
    }
    expect(await rows(theirs.org.id)).toEqual(before);
    expect(await rows(mine.org.id)).toEqual([]);
  });
});
