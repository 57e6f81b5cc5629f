import { describe, expect, it } from "vitest";
import { addMember, assign, createActivity, createGoal, createMember, createMilestone, createOrg, planMilestone, setParent } from "../../prisma/factories.ts";
import { plusDays } from "../../domain/calendar.ts";
import { windowRange } from "../../domain/dashboard.ts";
import { todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";

const DASHBOARD = `query($slug: String!, $filter: DashboardFilter) { organization(slug: $slug) { dashboard(filter: $filter) {
  healthCounts { onTrack atRisk offTrack closed }
  goals { id title health targetDate }
  missedMilestones { title dueDate isMissed goal { title } }
  dueSoon { title dueDate }
  recentWins { kind isWin goal { title } }
} } }`;

const MY_WORK = `{ myWork {
  overdue { title dueDate goal { title organization { slug } } }
  thisWeek { title dueDate }
  later { title dueDate }
} }`;


const titles = (list: { title: string }[]) => list.map((x) => x.title);

async function dashboard(userId: string, slug: string, filter?: Record<string, unknown>) {
  const result = await run(userId, DASHBOARD, { slug, filter });
  expect(result.errors).toBeUndefined();
  return result.data.organization.dashboard;
}

/**
 * Goals whose health follows from their dates (no milestones done, so progress 0):
 * the share of the window already elapsed decides it.
 */
async function boardOrg(timeZone = "UTC") {
  const { org, owner } = await createOrg(undefined, { timeZone });
  const member = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  const today = todayIn(timeZone);
  const d = (n: number) => plusDays(today, n);
  const goal = (title: string, who: { id: string }, start: number, target: number) =>
    createGoal(org, who, { title, startDate: d(start), targetDate: d(target) });
  const onTrackLate = await goal("On track, later", owner, -14, 200); // 7% expected; started 14 days ago, so past the new-goal grace period
  const onTrackSoon = await goal("On track, sooner", member, -14, 140); // 9% expected
  const atRisk = await goal("At risk", member, -20, 80); // 20% expected
  const offTrackB = await goal("B off track", owner, -90, 10); // 90% expected
  const offTrackA = await goal("A off track", member, -90, 10);
  const lowered = await goal("Lowered by a missed milestone", owner, -14, 150); // within the margin (9%), one missed: at risk
  const closed = await goal("Closed", owner, -90, 10);
  await prisma().goal.update({ where: { id: closed.id }, data: { closedAt: new Date(), outcome: "ACHIEVED" } });
  const archived = await goal("Archived", owner, -90, 10);
  await prisma().goal.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
  return { org, owner, member, stakeholder, today, d, goals: { onTrackLate, onTrackSoon, atRisk, offTrackA, offTrackB, lowered, closed, archived } };
}

describe("Organization.dashboard", () => {
  it("lists open goals worst first, then by target date, and counts health and closed goals", async () => {
    const { org, stakeholder, d, goals } = await boardOrg();
    await createMilestone(goals.lowered, { title: "Kickoff", dueDate: d(-1) });
    const board = await dashboard(stakeholder.id, org.slug);
    expect(board.goals.map((g: { title: string; health: string }) => [g.title, g.health])).toEqual([
      ["A off track", "OFF_TRACK"],
      ["B off track", "OFF_TRACK"],
      ["At risk", "AT_RISK"],
      ["Lowered by a missed milestone", "AT_RISK"],
      ["On track, sooner", "ON_TRACK"],
      ["On track, later", "ON_TRACK"],
    ]);
    expect(board.healthCounts).toEqual({ onTrack: 2, atRisk: 2, offTrack: 2, closed: 1 });
  });

  it("filters by owner, parent and health; counts ignore the health filter", async () => {
    const { org, owner, member, goals } = await boardOrg();
    const byOwner = await dashboard(owner.id, org.slug, { ownerId: gid("User", member.id) });
    expect(titles(byOwner.goals)).toEqual(["A off track", "At risk", "On track, sooner"]);
    expect(byOwner.healthCounts).toEqual({ onTrack: 1, atRisk: 1, offTrack: 1, closed: 0 });

    const offTrack = await dashboard(owner.id, org.slug, { health: "OFF_TRACK" });
    expect(titles(offTrack.goals)).toEqual(["A off track", "B off track"]);
    expect(offTrack.healthCounts).toEqual({ onTrack: 3, atRisk: 1, offTrack: 2, closed: 1 });

    await setParent(goals.atRisk, goals.onTrackLate);
    await setParent(goals.offTrackA, goals.onTrackLate);
    const children = await dashboard(owner.id, org.slug, { parentId: gid("Goal", goals.onTrackLate.id), health: "AT_RISK" });
    expect(titles(children.goals)).toEqual(["At risk"]);
    expect(children.healthCounts).toEqual({ onTrack: 0, atRisk: 1, offTrack: 1, closed: 0 });

    // An id that is not a user's matches nothing rather than failing.
    expect((await dashboard(owner.id, org.slug, { ownerId: "garbage" })).goals).toEqual([]);
  });

  it("offers as filter choices the goal owners and the goals with sub-goals, whatever the filter, and says which day it is", async () => {
    const { org, owner, member, stakeholder, today, goals } = await boardOrg("Pacific/Auckland");
    await setParent(goals.atRisk, goals.onTrackLate);
    // A sub-goal of an archived goal doesn't make the archived one a choice.
    await setParent(goals.offTrackA, goals.archived);
    const { org: other, owner: outsider } = await createOrg();
    await createGoal(other, outsider, { title: "Elsewhere" });

    const CHOICES = `query($slug: String!, $filter: DashboardFilter) { organization(slug: $slug) { dashboard(filter: $filter) {
      today owners { id name } parents { id title } } } }`;
    for (const filter of [undefined, { ownerId: gid("User", member.id), health: "AT_RISK" }]) {
      const result = await run(stakeholder.id, CHOICES, { slug: org.slug, filter });
      expect(result.errors).toBeUndefined();
      const board = result.data.organization.dashboard;
      expect(board.today).toBe(today);
      expect(board.owners.map((u: { id: string }) => u.id).sort()).toEqual([gid("User", owner.id), gid("User", member.id)].sort());
      expect(titles(board.parents)).toEqual(["On track, later"]);
    }
  });

  it("filters by target date window in the organization's time zone", async () => {
    const timeZone = "Pacific/Kiritimati"; // UTC+14: often a day ahead of the server
    const { org, owner } = await createOrg(undefined, { timeZone });
    const today = todayIn(timeZone);
    const quarter = windowRange("THIS_QUARTER", today)!;
    const next = windowRange("NEXT_QUARTER", today)!;
    const year = windowRange("THIS_YEAR", today)!;
    const at = (title: string, target: string) => createGoal(org, owner, { title, startDate: "2020-01-01", targetDate: target });
    await at("Quarter start", quarter.from);
    await at("Quarter end", quarter.to);
    await at("Next quarter", next.from);
    await at("Last year", plusDays(year.from, -1));
    await at("Next year", plusDays(year.to, 1));

    const window = async (w: string) => titles((await dashboard(owner.id, org.slug, { window: w })).goals).sort();
    expect(await window("THIS_QUARTER")).toEqual(["Quarter end", "Quarter start"]);
    expect(await window("NEXT_QUARTER")).toEqual(next.from > year.to ? ["Next quarter", "Next year"] : ["Next quarter"]);
    const thisYear = ["Quarter end", "Quarter start", ...(next.from <= year.to ? ["Next quarter"] : [])].sort();
    expect(await window("THIS_YEAR")).toEqual(thisYear);
    expect(await window("ALL")).toHaveLength(5);
  });

  it("lists missed milestones and those due in the next 14 days, of open goals only", async () => {
    const { org, owner, member, d, goals } = await boardOrg();
    await createMilestone(goals.atRisk, { title: "Missed old", dueDate: d(-30) });
    await createMilestone(goals.onTrackSoon, { title: "Missed yesterday", dueDate: d(-1) });
    await createMilestone(goals.onTrackSoon, { title: "Done late", dueDate: d(-5), status: "DONE" });
    await createMilestone(goals.closed, { title: "Closed goal's", dueDate: d(-3) });
    await createMilestone(goals.archived, { title: "Archived goal's", dueDate: d(-3) });
    await createMilestone(goals.atRisk, { title: "Due today", dueDate: d(0) });
    await createMilestone(goals.onTrackLate, { title: "Due in 13 days", dueDate: d(13) });
    await createMilestone(goals.onTrackLate, { title: "Due in 14 days", dueDate: d(14) });
    await createMilestone(goals.onTrackLate, { title: "Done soon", dueDate: d(2), status: "DONE" });
    const { org: otherOrg, owner: stranger } = await createOrg();
    await createMilestone(await createGoal(otherOrg, stranger), { title: "Other org's", dueDate: d(-1) });

    const board = await dashboard(owner.id, org.slug);
    expect(board.missedMilestones).toEqual([
      { title: "Missed old", dueDate: d(-30), isMissed: true, goal: { title: "At risk" } },
      { title: "Missed yesterday", dueDate: d(-1), isMissed: true, goal: { title: "On track, sooner" } },
    ]);
    expect(board.dueSoon).toEqual([
      { title: "Due today", dueDate: d(0) },
      { title: "Due in 13 days", dueDate: d(13) },
    ]);

    // The missed milestone lowered "At risk" to off track; the lists follow the listed goals.
    const mine = await dashboard(owner.id, org.slug, { ownerId: gid("User", member.id), health: "OFF_TRACK" });
    expect(titles(mine.goals)).toEqual(["A off track", "At risk"]);
    expect(titles(mine.missedMilestones)).toEqual(["Missed old"]);
    expect(titles(mine.dueSoon)).toEqual(["Due today"]);
  });

  it("gives the first few of each list with the full counts, so a page can show a summary", async () => {
    const { org, owner, d, goals } = await boardOrg();
    await createMilestone(goals.atRisk, { title: "Missed old", dueDate: d(-30) });
    await createMilestone(goals.onTrackSoon, { title: "Missed yesterday", dueDate: d(-1) });
    await createMilestone(goals.atRisk, { title: "Due today", dueDate: d(0) });
    await createMilestone(goals.onTrackLate, { title: "Due in 13 days", dueDate: d(13) });
    const FIRST = `query($slug: String!, $first: Int) { organization(slug: $slug) { dashboard {
      goalCount goals(first: $first) { title }
      missedCount missedMilestones(first: $first) { title }
      dueSoonCount dueSoon(first: $first) { title }
    } } }`;
    const all = await dashboard(owner.id, org.slug);
    const page = (await run(owner.id, FIRST, { slug: org.slug, first: 1 })).data.organization.dashboard;
    expect(page).toEqual({
      goalCount: all.goals.length,
      goals: [{ title: all.goals[0].title }],
      missedCount: 2,
      missedMilestones: [{ title: "Missed old" }],
      dueSoonCount: 2,
      dueSoon: [{ title: "Due today" }],
    });
    expect(all.goals.length).toBeGreaterThan(1);
    const refused = await run(owner.id, FIRST, { slug: org.slug, first: -1 });
    expect(codes(refused)).toEqual(["BAD_USER_INPUT"]);
  });

  it("shows the 10 latest wins, newest first, of the goals in scope", async () => {
    const { org, owner, member, goals } = await boardOrg();
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < 12; i++) {
      const win = await createActivity(org, owner, {
        kind: "MILESTONE_DONE",
        goalId: i % 2 ? goals.atRisk.id : goals.onTrackLate.id,
        isWin: true,
        data: { milestoneTitle: `M${i}` },
      });
      await prisma().activity.update({ where: { id: win.id }, data: { createdAt: new Date(base + i * 1000) } });
    }
    await createActivity(org, owner, { kind: "GOAL_CLOSED", goalId: goals.closed.id, isWin: true, data: { outcome: "ACHIEVED" } });
    await createActivity(org, owner, { kind: "CHECK_IN", goalId: goals.atRisk.id });
    await createActivity(org, owner, { kind: "MILESTONE_DONE", goalId: goals.archived.id, isWin: true });

    const board = await dashboard(owner.id, org.slug);
    expect(board.recentWins).toHaveLength(10);
    expect(board.recentWins[0]).toEqual({ kind: "GOAL_CLOSED", isWin: true, goal: { title: "Closed" } });
    expect(board.recentWins.every((w: { isWin: boolean }) => w.isWin)).toBe(true);
    expect(board.recentWins.map((w: { goal: { title: string } }) => w.goal.title)).not.toContain("Archived");

    const members = await dashboard(owner.id, org.slug, { ownerId: gid("User", member.id) });
    expect(members.recentWins).toHaveLength(6);
    expect(new Set(members.recentWins.map((w: { goal: { title: string } }) => w.goal.title))).toEqual(new Set(["At risk"]));
  });

  it("is only for members: another organization's slug is NOT_FOUND", async () => {
    const { org } = await boardOrg();
    const { owner: stranger } = await createOrg();
    expect(codes(await run(stranger.id, DASHBOARD, { slug: org.slug }))).toEqual(["NOT_FOUND"]);
    expect(codes(await run(null, DASHBOARD, { slug: org.slug }))).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("Query.myWork", () => {
  it("groups the viewer's open milestones across organizations by each organization's today", async () => {
    const { org: utc, owner: me } = await createOrg(undefined, { timeZone: "UTC" });
    const { org: east, owner: eastOwner } = await createOrg(undefined, { timeZone: "Pacific/Kiritimati" });
    await addMember(east, me, "MEMBER");
    const someoneElse = await createMember(utc);
    const utcToday = todayIn("UTC");
    const eastToday = todayIn("Pacific/Kiritimati");

    const goalA = await createGoal(utc, me, { title: "UTC goal" });
    const goalB = await createGoal(east, eastOwner, { title: "East goal" });
    const mine = async (goal: typeof goalA, title: string, dueDate: string, extra: { status?: "DONE" } = {}) => {
      const m = await createMilestone(goal, { title, dueDate, ...extra });
      await assign(m, me);
      return m;
    };
    await mine(goalA, "Overdue A", plusDays(utcToday, -3));
    await mine(goalA, "Today A", utcToday);
    await mine(goalA, "Day 6 A", plusDays(utcToday, 6));
    await mine(goalA, "Day 7 A", plusDays(utcToday, 7));
    await mine(goalA, "Done A", plusDays(utcToday, -1), { status: "DONE" });
    await mine(goalB, "Yesterday B", plusDays(eastToday, -1));
    await mine(goalB, "Today B", eastToday);
    await mine(goalB, "Far B", plusDays(eastToday, 60));
    // Owned but not assigned: still the viewer's work.
    const owned = await createMilestone(goalA, { title: "Owned A", dueDate: plusDays(utcToday, 2) });
    await planMilestone(owned, { ownerId: me.id });
    // Not the viewer's, or no longer open.
    const theirs = await createMilestone(goalA, { title: "Theirs", dueDate: utcToday });
    await assign(theirs, someoneElse);
    const closedGoal = await createGoal(utc, me, { title: "Closed goal" });
    await mine(closedGoal, "In a closed goal", utcToday);
    await prisma().goal.update({ where: { id: closedGoal.id }, data: { closedAt: new Date(), outcome: "DROPPED" } });
    const archivedGoal = await createGoal(utc, me, { title: "Archived goal" });
    await mine(archivedGoal, "In an archived goal", utcToday);
    await prisma().goal.update({ where: { id: archivedGoal.id }, data: { archivedAt: new Date() } });
    // An organization the viewer has left.
    const { org: left, owner: leftOwner } = await createOrg();
    const leftMembership = await addMember(left, me);
    await mine(await createGoal(left, leftOwner), "In a left org", utcToday);
    await prisma().membership.delete({ where: { id: leftMembership.id } });

    const result = await run(me.id, MY_WORK);
    expect(result.errors).toBeUndefined();
    const work = result.data.myWork;
    const sortedOverdue = [
      { title: "Overdue A", dueDate: plusDays(utcToday, -3) },
      { title: "Yesterday B", dueDate: plusDays(eastToday, -1) },
    ].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
    expect(work.overdue.map((m: { title: string; dueDate: string }) => ({ title: m.title, dueDate: m.dueDate }))).toEqual(sortedOverdue);
    expect(work.overdue.find((m: { title: string }) => m.title === "Yesterday B").goal).toEqual({ title: "East goal", organization: { slug: east.slug } });
    expect(titles(work.thisWeek).sort()).toEqual(["Day 6 A", "Owned A", "Today A", "Today B"]);
    expect(work.thisWeek.map((m: { dueDate: string }) => m.dueDate)).toEqual([...work.thisWeek.map((m: { dueDate: string }) => m.dueDate)].sort());
    expect(titles(work.later)).toEqual(["Day 7 A", "Far B"]);
  });

  it("gives each group's first rows with the group's full count", async () => {
    const { org, owner: me } = await createOrg(undefined, { timeZone: "UTC" });
    const goal = await createGoal(org, me, { title: "Goal" });
    const today = todayIn("UTC");
    for (const [title, days] of [["Later 1", 10], ["Later 2", 20], ["Later 3", 30], ["Overdue", -2]] as const) {
      await assign(await createMilestone(goal, { title, dueDate: plusDays(today, days) }), me);
    }
    const FIRST = `query($first: Int) { myWork { overdueCount overdue(first: $first) { title } thisWeekCount thisWeek { title } laterCount later(first: $first) { title } } }`;
    const result = await run(me.id, FIRST, { first: 2 });
    expect(result.errors).toBeUndefined();
    expect(result.data.myWork).toEqual({
      overdueCount: 1,
      overdue: [{ title: "Overdue" }],
      thisWeekCount: 0,
      thisWeek: [],
      laterCount: 3,
      later: [{ title: "Later 1" }, { title: "Later 2" }],
    });
  });

  it("needs a signed-in user", async () => {
    expect(codes(await run(null, MY_WORK))).toEqual(["UNAUTHENTICATED"]);
  });
});


