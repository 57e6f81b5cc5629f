import { describe, expect, it } from "vitest";
import {
  addDependency,
  assign,
  createActivity,
  createCheckIn,
  createComment,
  createGoal,
  createMember,
  createMetricGoal,
  createMilestone,
  createOrg,
  planMilestone,
  refreshProgress,
  setParent,
} from "../../prisma/factories.ts";
import { gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

// Computed fields (progress formula, health, SMART, plan, history) declare what they need, so a
// page costs the same number of SQL statements whatever the number of rows on it.

const GOAL_LIST = `query($slug: String!) { organization(slug: $slug) { id activity(first: 20) { totalCount edges { node {
  id kind summary isWin createdAt actor { name } goal { id title } milestone { id title } } } }
  goals(first: 100) { totalCount edges { node {
    id title kind unit startValue targetValue currentValue direction targetDate weight
    owner { id name } parent { id title } children { id title progress }
    progress progressFormula expectedProgress health healthExplanation confidence confidenceMismatch
    milestoneCount doneMilestoneCount missedMilestoneCount overdueMilestoneCount
    smart { criterion met label detail } isClosed outcome closedAt viewerCanEdit archivedAt
  } } } } }`;

const GOAL_PAGE = `query($id: ID!) { goal(id: $id) {
  id title description kind unit startValue targetValue currentValue direction startDate targetDate weight relevance rationale
  owner { id name } parent { id title progress } children { id title progress weight }
  progress progressFormula progressParts { label weight progress } expectedProgress
  health healthExplanation confidence confidenceMismatch
  milestoneCount doneMilestoneCount missedMilestoneCount
  smart { criterion met label detail }
  closedAt outcome closingNote isClosed viewerCanEdit
  criticalPath { id title latestStart slackDays }
  progressHistory { recordedAt progress value expectedProgress }
  checkIns(first: 50) { totalCount edges { node { id value confidence note createdAt author { name } } } }
  activity(first: 50) { totalCount edges { node { id kind summary isWin createdAt actor { name } milestone { id title } } } }
  comments(first: 50) { totalCount edges { node { id body createdAt viewerCanDelete author { name } } } }
  milestones(first: 100) { totalCount edges { node {
    id title description dueDate baselineDueDate slipCount slipDays status effectiveStatus isMissed isOverdue position
    completedAt weight durationDays owner { id name } assignees { id name }
    dependsOn { id title } dependents { id title }
    latestStart slackDays isCritical startAtRisk viewerCanEdit comments { totalCount }
  } } }
} }`;

async function orgWithGoals(count: number) {
  const { org, owner } = await createOrg();
  const member = await createMember(org);
  const parent = await createGoal(org, owner, { title: "Company goal" });
  for (let i = 0; i < count; i++) {
    const goal =
      i % 2
        ? await createMetricGoal(org, i % 3 ? owner : member, { startValue: 10, targetValue: 110, targetDate: "2099-12-31" })
        : await createGoal(org, i % 3 ? owner : member, { targetDate: "2099-12-31" });
    await createMilestone(goal, { status: i % 4 ? "DONE" : "PLANNED", dueDate: "2020-01-01" });
    await createMilestone(goal, { dueDate: "2099-01-01" });
    await createCheckIn(goal, owner, { value: i % 2 ? 50 : null, confidence: "AT_RISK" });
    await setParent(goal, parent, i % 3);
    await createActivity(org, member, { kind: "MILESTONE_DONE", goalId: goal.id, isWin: true, data: { milestoneTitle: "M" } });
  }
  return { org, owner };
}

async function goalPage(milestones: number) {
  const { org, owner } = await createOrg();
  const people = [owner, await createMember(org), await createMember(org)];
  const parent = await createGoal(org, owner, { title: "Parent" });
  const goal = await createGoal(org, owner, { startDate: "2026-01-01", targetDate: "2099-12-31" });
  await setParent(goal, parent);
  for (let i = 0; i < 3; i++) await setParent(await createGoal(org, owner), goal, i);
  const rows = [];
  for (let i = 0; i < milestones; i++) {
    const m = await createMilestone(goal, { status: i % 3 === 0 ? "DONE" : "PLANNED", dueDate: i % 2 ? "2020-01-01" : "2099-01-01" });
    await planMilestone(m, { durationDays: 5 + (i % 4), weight: 1 + (i % 2), ownerId: people[i % 3]!.id });
    await assign(m, people[i % 3]!);
    await assign(m, people[(i + 1) % 3]!);
    if (i > 0) await addDependency(m, rows[i - 1]!);
    if (i > 1) await addDependency(m, rows[i - 2]!);
    await createComment({ goalId: goal.id, milestoneId: m.id, organizationId: org.id }, people[i % 3]!);
    await createComment({ goalId: goal.id, organizationId: org.id }, people[i % 3]!);
    await createCheckIn(goal, people[i % 3]!, { confidence: "ON_TRACK", note: `Week ${i}` });
    await createActivity(org, people[i % 3]!, { kind: "MILESTONE_DONE", goalId: goal.id, milestoneId: m.id, isWin: true });
    rows.push(m);
  }
  await refreshProgress(goal);
  return { owner, goal };
}

describe("statement counts", () => {
  it("the organization's goal list costs the same for 5 goals as for 50", async () => {
    async function statementsFor(goals: number) {
      const { org, owner } = await orgWithGoals(goals);
      const { result, count } = await countStatements(() => run(owner.id, GOAL_LIST, { slug: org.slug }));
      expect(result.errors).toBeUndefined();
      expect(result.data.organization.goals.totalCount).toBe(goals + 1);
      return count;
    }
    expect(await statementsFor(50)).toBe(await statementsFor(5));
  });

  it("a goal page with milestones, dependencies, plan, check-ins, history, activity and comments costs the same for 5 milestones as for 40", async () => {
    async function statementsFor(milestones: number) {
      const { owner, goal } = await goalPage(milestones);
      const { result, count } = await countStatements(() => run(owner.id, GOAL_PAGE, { id: gid("Goal", goal.id) }));
      expect(result.errors).toBeUndefined();
      const page = result.data.goal;
      expect(page.milestones.edges).toHaveLength(milestones);
      expect(page.checkIns.totalCount).toBe(milestones);
      expect(page.progressHistory.length).toBeGreaterThanOrEqual(milestones);
      expect(page.children).toHaveLength(3);
      expect(page.milestones.edges[2].node.dependsOn).toHaveLength(2);
      expect(page.criticalPath.length).toBeGreaterThan(0);
      return count;
    }
    const few = await statementsFor(5);
    const many = await statementsFor(40);
    expect(many).toBe(few);
  });
});
