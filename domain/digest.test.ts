import { describe, expect, it } from "vitest";
import { buildDigest, type DigestGoalInput, digestGoals, DIGEST_LIST_LIMIT, summarizeChanges } from "./digest.ts";

const ME = "me";
const WEEK = "2027-03-08"; // a Monday
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const NOW = new Date("2027-03-08T08:30:00Z");

function goal(overrides: Partial<DigestGoalInput> = {}): DigestGoalInput {
  return {
    id: overrides.id ?? "g1",
    title: "Goal",
    ownerId: "someone",
    archivedAt: null,
    closedAt: null,
    outcome: null,
    health: "ON_TRACK",
    checkInCadence: "NONE",
    startDate: day("2027-01-01"),
    lastCheckInAt: null,
    followerIds: [],
    milestones: [],
    activity: [],
    ...overrides,
  };
}

const milestone = (id: string, due: string, more: Partial<DigestGoalInput["milestones"][number]> = {}) => ({
  id,
  title: `Milestone ${id}`,
  status: "PLANNED" as const,
  dueDate: day(due),
  completedAt: null,
  ownerId: null,
  assigneeIds: [],
  ...more,
});

const input = (goals: DigestGoalInput[], scope: "MINE" | "ORGANIZATION" = "MINE", timeZone = "UTC") => ({
  userId: ME,
  scope,
  weekStart: WEEK,
  timeZone,
  now: NOW,
  goals,
});

describe("digestGoals", () => {
  it("MINE: goals you own, follow or hold milestones in (owner or assignee); never archived ones", () => {
    const goals = [
      goal({ id: "owned", ownerId: ME }),
      goal({ id: "followed", followerIds: [ME] }),
      goal({ id: "owns-milestone", milestones: [milestone("m1", "2027-03-09", { ownerId: ME })] }),
      goal({ id: "assigned", milestones: [milestone("m2", "2027-03-09", { assigneeIds: ["x", ME] })] }),
      goal({ id: "others" }),
      goal({ id: "archived", ownerId: ME, archivedAt: day("2027-02-01") }),
    ];
    expect(digestGoals(goals, ME, "MINE").map((g) => g.id)).toEqual(["owned", "followed", "owns-milestone", "assigned"]);
    expect(digestGoals(goals, ME, "ORGANIZATION").map((g) => g.id)).toEqual(["owned", "followed", "owns-milestone", "assigned", "others"]);
  });
});

describe("buildDigest", () => {
  it("nothing to report is no digest (not sent)", () => {
    expect(buildDigest(input([goal({ ownerId: ME })]))).toBeNull();
    expect(buildDigest(input([]))).toBeNull();
    // Something outside their scope does not count for a MINE reader.
    expect(buildDigest(input([goal({ milestones: [milestone("m", "2027-03-09")] })]))).toBeNull();
    expect(buildDigest(input([goal({ milestones: [milestone("m", "2027-03-09")] })], "ORGANIZATION"))).not.toBeNull();
  });

  it("due this week is the seven days from the Monday; missed is before it and not done; yours first", () => {
    const g = goal({
      ownerId: ME,
      milestones: [
        milestone("sunday-before", "2027-03-07"),
        milestone("monday", "2027-03-08"),
        milestone("sunday", "2027-03-14", { assigneeIds: [ME] }),
        milestone("next-monday", "2027-03-15"),
        milestone("done-late", "2027-03-01", { status: "DONE", completedAt: new Date("2027-02-20T10:00:00Z") }),
      ],
    });
    const digest = buildDigest(input([g]))!;
    expect(digest.dueNextWeek.items.map((m) => [m.milestoneId, m.yours])).toEqual([
      ["sunday", true],
      ["monday", false],
    ]);
    expect(digest.missed.items.map((m) => m.milestoneId)).toEqual(["sunday-before"]);
  });

  it("a closed goal's open milestones are neither due nor missed", () => {
    const g = goal({ ownerId: ME, closedAt: day("2027-02-01"), outcome: "DROPPED", health: null, milestones: [milestone("m", "2027-03-01"), milestone("n", "2027-03-09")] });
    expect(buildDigest(input([g]))).toBeNull();
  });

  it("wins are milestones done and goals achieved during the past week, in the organization's time zone", () => {
    const g = goal({
      ownerId: ME,
      milestones: [
        // Sunday 20:00 UTC is already Monday 07:00 in Sydney.
        milestone("late-sunday-utc", "2027-03-20", { status: "DONE", completedAt: new Date("2027-03-07T20:00:00Z") }),
        milestone("in-week", "2027-03-20", { status: "DONE", completedAt: new Date("2027-03-03T10:00:00Z") }),
        milestone("week-before", "2027-03-20", { status: "DONE", completedAt: new Date("2027-02-27T10:00:00Z") }),
      ],
    });
    const achieved = goal({ id: "g2", ownerId: ME, closedAt: new Date("2027-03-05T09:00:00Z"), outcome: "ACHIEVED", health: null });
    const dropped = goal({ id: "g3", ownerId: ME, closedAt: new Date("2027-03-05T09:00:00Z"), outcome: "DROPPED", health: null });
    const utc = buildDigest(input([g, achieved, dropped]))!;
    expect(utc.wins.items.map((w) => w.milestoneId ?? w.title)).toEqual(["in-week", "Goal achieved", "late-sunday-utc"]);
    const sydney = buildDigest(input([g, achieved, dropped], "MINE", "Australia/Sydney"))!;
    // In Sydney that Sunday-evening completion happened on Monday: this week, not the past one.
    expect(sydney.wins.items.map((w) => w.milestoneId ?? w.title)).toEqual(["in-week", "Goal achieved"]);
  });

  it("check-ins due by the goal's cadence; the goals list shows health and the week's changes, changed and least healthy first", () => {
    const quiet = goal({ id: "quiet", title: "Quiet", ownerId: ME, health: "OFF_TRACK" });
    const busy = goal({
      id: "busy",
      title: "Busy",
      ownerId: ME,
      health: "ON_TRACK",
      checkInCadence: "WEEKLY",
      lastCheckInAt: new Date("2027-02-10T10:00:00Z"),
      activity: [
        { kind: "CHECK_IN", createdAt: new Date("2027-03-02T10:00:00Z") },
        { kind: "CHECK_IN", createdAt: new Date("2027-03-04T10:00:00Z") },
        { kind: "MILESTONE_DONE", createdAt: new Date("2027-03-04T11:00:00Z") },
        // Before the week: not a change of this week.
        { kind: "GOAL_UPDATED", createdAt: new Date("2027-02-26T10:00:00Z") },
      ],
    });
    const digest = buildDigest(input([quiet, busy]))!;
    expect(digest.checkInsDue.items).toEqual([{ goalId: "busy", title: "Busy", silentWeeks: 3, yours: true }]);
    expect(digest.goals.items.map((g) => [g.goalId, g.health, g.changes])).toEqual([
      ["busy", "ON_TRACK", ["2 check-ins", "1 milestone done"]],
      ["quiet", "OFF_TRACK", []],
    ]);
  });

  it("lists are cut at the limit with their total kept", () => {
    const milestones = Array.from({ length: DIGEST_LIST_LIMIT + 3 }, (_, i) => milestone(`m${i}`, "2027-03-10"));
    const digest = buildDigest(input([goal({ ownerId: ME, milestones })]))!;
    expect(digest.dueNextWeek.items).toHaveLength(DIGEST_LIST_LIMIT);
    expect(digest.dueNextWeek.total).toBe(DIGEST_LIST_LIMIT + 3);
  });
});

describe("summarizeChanges", () => {
  it("counts kinds in a fixed order, singular and plural", () => {
    expect(summarizeChanges(["COMMENT_ADDED", "CHECK_IN", "DUE_DATE_MOVED", "COMMENT_ADDED", "MEMBER_JOINED"])).toEqual([
      "1 check-in",
      "1 due date moved",
      "2 comments",
    ]);
    expect(summarizeChanges([])).toEqual([]);
  });
});
