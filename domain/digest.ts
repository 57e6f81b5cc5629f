import { plusDays } from "./calendar.ts";
import { checkInState } from "./check-in-cadence.ts";
import { dateKey, todayIn } from "./dates.ts";
import type { ActivityKind, CheckInCadence, DigestScope, GoalOutcome, MilestoneStatus } from "./enums.ts";
import type { Health } from "./health.ts";

// The weekly digest (issue #10 §4): which goals a person hears about, and what about them. Pure:
// the server loads one organization's goals once (server/email/digest-email.ts) and this decides.
// Days are calendar days in the organization's time zone; the digest of week `weekStart` (a
// Monday) looks back at the seven days before it and ahead at the seven days from it.

export const HEALTH_WORDS: Readonly<Record<Health, string>> = {
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
  NOT_ENOUGH_DATA: "Not enough data yet",
};

/** Each list shows at most this many entries ("and 4 more"): an email to read, not a report. */
export const DIGEST_LIST_LIMIT = 8;

export interface DigestMilestoneInput {
  id: string;
  title: string;
  status: MilestoneStatus;
  /** Calendar date (UTC midnight). */
  dueDate: Date;
  completedAt: Date | null;
  ownerId: string | null;
  assigneeIds: readonly string[];
}

export interface DigestGoalInput {
  id: string;
  title: string;
  ownerId: string;
  archivedAt: Date | null;
  closedAt: Date | null;
  outcome: GoalOutcome | null;
  /** Computed health now; null for closed goals. */
  health: Health | null;
  checkInCadence: CheckInCadence;
  startDate: Date;
  lastCheckInAt: Date | null;
  /** Who follows it (GoalFollower.following = true). */
  followerIds: readonly string[];
  milestones: readonly DigestMilestoneInput[];
  /** The goal's activity (any period: entries outside the past week are ignored). */
  activity: readonly { kind: ActivityKind; createdAt: Date }[];
}

export interface DigestInput {
  userId: string;
  scope: DigestScope;
  /** The Monday ("YYYY-MM-DD") the digest is for. */
  weekStart: string;
  timeZone: string;
  /** When it is built: check-ins due are judged at this instant. */
  now: Date;
  goals: readonly DigestGoalInput[];
}

export interface DigestMilestone {
  goalId: string;
  goalTitle: string;
  milestoneId: string;
  title: string;
  dueDate: string;
  /** The reader owns it or is assigned to it. */
  yours: boolean;
}

export interface DigestGoalLine {
  goalId: string;
  title: string;
  health: Health | null;
  yours: boolean;
  /** What happened during the week, e.g. ["2 check-ins", "1 milestone done"]; empty when nothing. */
  changes: string[];
}

export interface DigestCheckIn {
  goalId: string;
  title: string;
  silentWeeks: number;
  yours: boolean;
}

export interface DigestWin {
  goalId: string;
  goalTitle: string;
  milestoneId: string | null;
  /** "Milestone done: Beta ships" or "Goal achieved". */
  title: string;
  day: string;
}

export interface DigestList<T> {
  items: T[];
  /** All entries, shown or not. */
  total: number;
}

export interface Digest {
  weekStart: string;
  dueNextWeek: DigestList<DigestMilestone>;
  missed: DigestList<DigestMilestone>;
  checkInsDue: DigestList<DigestCheckIn>;
  goals: DigestList<DigestGoalLine>;
  wins: DigestList<DigestWin>;
}

const list = <T>(all: T[]): DigestList<T> => ({ items: all.slice(0, DIGEST_LIST_LIMIT), total: all.length });

const holdsMilestone = (goal: DigestGoalInput, userId: string) =>
  goal.milestones.some((m) => m.ownerId === userId || m.assigneeIds.includes(userId));

/**
 * The goals a person's digest covers. MINE: goals they own, follow, or hold milestones in
 * (own or are assigned). ORGANIZATION: every goal (stakeholders who want the whole picture).
 * Archived goals are never in it.
 */
export function digestGoals(goals: readonly DigestGoalInput[], userId: string, scope: DigestScope): DigestGoalInput[] {
  return goals.filter(
    (g) =>
      !g.archivedAt &&
      (scope === "ORGANIZATION" || g.ownerId === userId || g.followerIds.includes(userId) || holdsMilestone(g, userId)),
  );
}

const CHANGE_WORDS: Partial<Record<ActivityKind, [string, string]>> = {
  CHECK_IN: ["check-in", "check-ins"],
  MILESTONE_DONE: ["milestone done", "milestones done"],
  MILESTONE_CREATED: ["milestone added", "milestones added"],
  MILESTONE_MISSED: ["milestone missed", "milestones missed"],
  MILESTONE_REOPENED: ["milestone reopened", "milestones reopened"],
  MILESTONE_DELETED: ["milestone removed", "milestones removed"],
  DUE_DATE_MOVED: ["due date moved", "due dates moved"],
  COMMENT_ADDED: ["comment", "comments"],
  GOAL_UPDATED: ["edit", "edits"],
};

/** The week's activity of a goal as short counts, in a fixed order ("2 check-ins", "1 milestone done"). */
export function summarizeChanges(kinds: readonly ActivityKind[]): string[] {
  const counts = new Map<ActivityKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const lines: string[] = [];
  for (const [kind, [one, many]] of Object.entries(CHANGE_WORDS) as [ActivityKind, [string, string]][]) {
    const n = counts.get(kind);
    if (n) lines.push(`${n} ${n === 1 ? one : many}`);
  }
  return lines;
}

const HEALTH_ORDER: Record<Health, number> = { OFF_TRACK: 0, AT_RISK: 1, NOT_ENOUGH_DATA: 2, ON_TRACK: 3 };

/**
 * The digest of one person for one organization and week, or null when there is nothing to report
 * (nothing due, missed, owed or won, and no goal changed): an empty digest is not sent.
 */
export function buildDigest(input: DigestInput): Digest | null {
  const { userId, weekStart, timeZone } = input;
  const weekEnd = plusDays(weekStart, 6);
  const lastWeekStart = plusDays(weekStart, -7);
  const inLastWeek = (instant: Date | null) => {
    if (!instant) return false;
    const day = todayIn(timeZone, instant);
    return day >= lastWeekStart && day < weekStart;
  };

  const goals = digestGoals(input.goals, userId, input.scope);
  const open = goals.filter((g) => !g.closedAt);
  const dueNextWeek: DigestMilestone[] = [];
  const missed: DigestMilestone[] = [];
  const wins: DigestWin[] = [];
  for (const goal of goals) {
    for (const m of goal.milestones) {
      const due = dateKey(m.dueDate);
      const entry = {
        goalId: goal.id,
        goalTitle: goal.title,
        milestoneId: m.id,
        title: m.title,
        dueDate: due,
        yours: m.ownerId === userId || m.assigneeIds.includes(userId),
      };
      if (m.status === "DONE") {
        if (inLastWeek(m.completedAt)) {
          wins.push({ goalId: goal.id, goalTitle: goal.title, milestoneId: m.id, title: `Milestone done: ${m.title}`, day: todayIn(timeZone, m.completedAt!) });
        }
      } else if (!goal.closedAt) {
        // Missed as of the Monday: due before it and not done.
        if (due < weekStart) missed.push(entry);
        else if (due <= weekEnd) dueNextWeek.push(entry);
      }
    }
    if (goal.outcome === "ACHIEVED" && inLastWeek(goal.closedAt)) {
      wins.push({ goalId: goal.id, goalTitle: goal.title, milestoneId: null, title: "Goal achieved", day: todayIn(timeZone, goal.closedAt!) });
    }
  }
  // Yours first, then by date.
  const byDue = (a: DigestMilestone, b: DigestMilestone) => Number(b.yours) - Number(a.yours) || a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title);
  dueNextWeek.sort(byDue);
  missed.sort(byDue);
  wins.sort((a, b) => a.day.localeCompare(b.day) || a.title.localeCompare(b.title));

  const checkInsDue: DigestCheckIn[] = [];
  const lines: DigestGoalLine[] = [];
  for (const goal of open) {
    const state = checkInState(
      { cadence: goal.checkInCadence, startDate: goal.startDate, lastCheckInAt: goal.lastCheckInAt, closed: false },
      input.now,
      timeZone,
    );
    const yours = goal.ownerId === userId;
    if (state.due) checkInsDue.push({ goalId: goal.id, title: goal.title, silentWeeks: state.silentWeeks, yours });
    const changes = summarizeChanges(goal.activity.filter((a) => inLastWeek(a.createdAt)).map((a) => a.kind));
    lines.push({ goalId: goal.id, title: goal.title, health: goal.health, yours, changes });
  }
  checkInsDue.sort((a, b) => Number(b.yours) - Number(a.yours) || b.silentWeeks - a.silentWeeks || a.title.localeCompare(b.title));
  // Changed goals first, then the least healthy.
  lines.sort(
    (a, b) =>
      Number(b.changes.length > 0) - Number(a.changes.length > 0) ||
      (a.health ? HEALTH_ORDER[a.health] : 4) - (b.health ? HEALTH_ORDER[b.health] : 4) ||
      a.title.localeCompare(b.title),
  );

  const nothingChanged = lines.every((l) => l.changes.length === 0);
  if (dueNextWeek.length === 0 && missed.length === 0 && checkInsDue.length === 0 && wins.length === 0 && nothingChanged) return null;
  return {
    weekStart,
    dueNextWeek: list(dueNextWeek),
    missed: list(missed),
    checkInsDue: list(checkInsDue),
    goals: list(lines),
    wins: list(wins),
  };
}
