import { print } from "graphql";
import { describe, expect, it } from "vitest";
import { DashboardPageQuery } from "../../app/(app)/o/[slug]/dashboard/operations.ts";
import { myWorkFirstLoad } from "../../app/(app)/my-work/first-rows.ts";
import { MyWorkQuery } from "../../app/(app)/my-work/operations.ts";
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
import { hashSecret, newSecret } from "../../server/auth/tokens.ts";
import { prisma } from "../../server/db.ts";
import { gid, run } from "../helpers/graphql.ts";
import { bulkOrg } from "../helpers/bulk-org.ts";
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

// ---- Stakeholder views: the dashboard, my work and shared links (issue 4) ----

const DASHBOARD = `query($slug: String!, $filter: DashboardFilter) { organization(slug: $slug) { dashboard(filter: $filter) {
  healthCounts { onTrack atRisk offTrack closed }
  goals { id title targetDate progress progressFormula expectedProgress health healthExplanation confidence confidenceMismatch
    missedMilestoneCount milestoneCount owner { id name } parent { id title } }
  missedMilestones { id title dueDate effectiveStatus isCritical goal { id title } owner { name } assignees { name } }
  dueSoon { id title dueDate effectiveStatus goal { id title } assignees { name } }
  recentWins { id kind summary createdAt actor { name } goal { id title } milestone { id title } }
} } }`;

const MY_WORK = `{ myWork {
  overdue { id title dueDate effectiveStatus goal { id title organization { slug } } }
  thisWeek { id title dueDate effectiveStatus goal { id title organization { slug } } }
  later { id title dueDate effectiveStatus goal { id title organization { slug } } }
} }`;

const SHARED_GOAL = `title description ownerName startDate targetDate kind unit startValue targetValue currentValue direction
  progress progressFormula expectedProgress health healthExplanation confidence outcome isClosed
  milestones { title dueDate baselineDueDate slipCount effectiveStatus isCritical }
  recentCheckIns { date createdAt value confidence note authorName }
  progressHistory { recordedAt progress value expectedProgress }`;
const SHARED_VIEW = `query($token: String!) { sharedView(token: $token) { status scope organizationName expiresAt
  healthCounts { onTrack atRisk offTrack closed } goal { ${SHARED_GOAL} } goals { ${SHARED_GOAL} } } }`;

async function shareToken(org: { id: string }, owner: { id: string }, goalId: string | null) {
  const token = newSecret("wms");
  await prisma().shareLink.create({ data: { organizationId: org.id, goalId, createdById: owner.id, tokenHash: hashSecret(token) } });
  return token;
}

describe("statement counts: stakeholder views", () => {
  it("the dashboard, filtered or not, and my work cost the same for 20 goals / 160 milestones as for 200 / 1600", async () => {
    async function statementsFor(goals: number) {
      const { org, owner, member, parent } = await bulkOrg(goals);
      const full = await countStatements(() => run(owner.id, DASHBOARD, { slug: org.slug }));
      expect(full.result.errors).toBeUndefined();
      const board = full.result.data.organization.dashboard;
      expect(board.goals.length).toBeGreaterThan(goals * 0.8);
      expect(board.missedMilestones.length).toBeGreaterThan(goals);
      expect(board.dueSoon.length).toBeGreaterThan(goals);
      expect(board.recentWins).toHaveLength(10);

      const filtered = await countStatements(() =>
        run(owner.id, DASHBOARD, {
          slug: org.slug,
          filter: { ownerId: gid("User", member.id), parentId: gid("Goal", parent.id), health: "OFF_TRACK", window: "THIS_YEAR" },
        }),
      );
      expect(filtered.result.errors).toBeUndefined();

      // The dashboard page's own operation, as the browser sends it.
      const page = await countStatements(() => run(owner.id, print(DashboardPageQuery), { slug: org.slug, filter: { window: "ALL" } }));
      expect(page.result.errors).toBeUndefined();
      expect(page.result.data.organization.dashboard.goals.length).toBe(board.goals.length);
      expect(page.result.data.organization.dashboard.owners.length).toBeGreaterThan(0);

      const work = await countStatements(() => run(owner.id, MY_WORK));
      expect(work.result.errors).toBeUndefined();
      expect(work.result.data.myWork.overdue.length).toBeGreaterThan(0);
      expect(work.result.data.myWork.thisWeek.length).toBeGreaterThan(0);
      expect(work.result.data.myWork.later.length).toBeGreaterThan(0);

      // My work's own operation, with "Waiting for your approval".
      const workPage = await countStatements(() => run(owner.id, print(MyWorkQuery), myWorkFirstLoad));
      expect(workPage.result.errors).toBeUndefined();
      expect(workPage.result.data.myWork.overdue.length).toBeGreaterThan(0);
      return [full.count, filtered.count, page.count, work.count, workPage.count];
    }
    const few = await statementsFor(20);
    const many = await statementsFor(200);
    expect(many).toEqual(few);
    // The dashboard page: its goals, milestones (both lists in one load, with goals, owners and
    // helpers), wins and filter choices, each loaded once; the organization comes with the viewer.
    expect(few[2]).toBeLessThanOrEqual(17);
    // My work: the viewer, one statement of ids for every list, one of milestones with their goals
    // (two), and the plan facts behind isCritical (three).
    expect(few[4]).toBeLessThanOrEqual(7);
  });

  it("a shared dashboard costs the same for 20 goals / 160 milestones as for 200 / 1600", async () => {
    async function statementsFor(goals: number) {
      const { org, owner } = await bulkOrg(goals);
      const token = await shareToken(org, owner, null);
      const { result, count } = await countStatements(() => run(null, SHARED_VIEW, { token }));
      expect(result.errors).toBeUndefined();
      const view = result.data.sharedView;
      expect(view.status).toBe("ACTIVE");
      expect(view.goals.length).toBeGreaterThan(goals * 0.8);
      expect(view.goals[0].milestones).toHaveLength(8);
      expect(view.goals[0].recentCheckIns).toHaveLength(3);
      expect(view.goals[0].progressHistory).toHaveLength(2);
      return count;
    }
    expect(await statementsFor(200)).toBe(await statementsFor(20));
  });

  it("a shared goal costs the same with 5 milestones as with 40", async () => {
    async function statementsFor(milestones: number) {
      const { owner, goal } = await goalPage(milestones);
      const token = await shareToken({ id: goal.organizationId }, owner, goal.id);
      const { result, count } = await countStatements(() => run(null, SHARED_VIEW, { token }));
      expect(result.errors).toBeUndefined();
      const shared = result.data.sharedView.goal;
      expect(shared.milestones).toHaveLength(milestones);
      expect(shared.recentCheckIns).toHaveLength(Math.min(milestones, 10));
      expect(shared.milestones.some((m: { isCritical: boolean }) => m.isCritical)).toBe(true);
      return count;
    }
    expect(await statementsFor(40)).toBe(await statementsFor(5));
  });
});
