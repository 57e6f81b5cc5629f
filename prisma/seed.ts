// Demo data for `npm start` on an empty database: one organization with members of every role and
// goals around today's date that show everything Waymark does: a company goal with weighted
// sub-goals, metric goals with a check-in history (one behind pace while marked on track),
// milestones with owners, weights, durations and dependencies (a critical path, a slipped and
// missed milestone, one at risk of starting late), a closed goal, comments and an activity feed.
import { addDays, formatISO } from "date-fns";
import type { ActivityKind, Confidence, GoalKind, MetricDirection, MilestoneStatus, Role } from "./generated/client/enums.ts";
import type { ActivityData } from "../domain/activity-summary.ts";
import { hashPassword } from "../server/auth/passwords.ts";
import { prisma } from "../server/db.ts";
import { recordLatestCheckIns } from "../server/checkins/last-check-in.ts";
import { goalProgress, metricProgress } from "../domain/progress.ts";

export const DEMO_EMAIL = "demo@waymark.test";
export const DEMO_PASSWORD = "waymark-demo";

const day = (offset: number) => new Date(`${formatISO(addDays(new Date(), offset), { representation: "date" })}T00:00:00.000Z`);
/** An instant `offset` days from now, at a plausible working hour. */
const at = (offset: number, hour = 10) => new Date(day(offset).getTime() + hour * 3_600_000);

const people: { name: string; email: string; role: Role; joined: number }[] = [
  { name: "Dana Demo", email: DEMO_EMAIL, role: "OWNER", joined: -120 },
  { name: "Alex Rivera", email: "alex@waymark.test", role: "ADMIN", joined: -118 },
  { name: "Sam Okafor", email: "sam@waymark.test", role: "MEMBER", joined: -110 },
  { name: "Priya Shah", email: "priya@waymark.test", role: "MEMBER", joined: -100 },
  { name: "Pat Lee", email: "pat@waymark.test", role: "STAKEHOLDER", joined: -95 },
];
const DANA = 0;
const ALEX = 1;
const SAM = 2;
const PRIYA = 3;

interface MilestoneSeed {
  key: string;
  title: string;
  due: number;
  status: MilestoneStatus;
  assignees: number[];
  owner?: number;
  weight?: number;
  durationDays?: number;
  after?: string[];
  /** Earlier due dates, oldest first, and the days they were moved on: each later move counted a slip. */
  movedFrom?: number[];
  movedOn?: number[];
  completed?: number;
}
interface CheckInSeed {
  on: number;
  value?: number;
  confidence: Confidence;
  note: string;
  by: number;
}
interface GoalSeed {
  key: string;
  title: string;
  description: string;
  owner: number;
  start: number;
  target: number;
  kind?: GoalKind;
  metric?: { unit: string; startValue: number; targetValue: number; direction: MetricDirection };
  parent?: string;
  weight?: number;
  relevance?: string;
  rationale?: string;
  milestones: MilestoneSeed[];
  checkIns?: CheckInSeed[];
  closed?: { on: number; outcome: "ACHIEVED" | "PARTIALLY_ACHIEVED" | "MISSED" | "DROPPED"; note: string; by: number };
}

// Parents come before their children.
const goals: GoalSeed[] = [
  {
    key: "company",
    title: "Make Waymark the planning tool mid-size teams rely on",
    description:
      "Teams of 50–500 people should plan and track their quarter in Waymark without a spreadsheet on the side. This is the company goal the product and platform goals roll up into.",
    owner: DANA,
    start: -90,
    target: 270,
    relevance: "Mid-size teams are 70% of our revenue and churn the most when planning lives elsewhere.",
    milestones: [],
  },
  {
    key: "teams",
    title: "Grow weekly active teams from 120 to 300",
    description:
      "A team is active when someone checks in or completes a milestone that week. Growth here means the product is becoming a habit, not a one-off setup.",
    owner: PRIYA,
    start: -84,
    target: 96,
    kind: "METRIC",
    metric: { unit: "teams", startValue: 120, targetValue: 300, direction: "INCREASE" },
    parent: "company",
    weight: 2,
    rationale: "Sign-ups grew 12% a month last quarter and the onboarding work should lift activation.",
    milestones: [],
    checkIns: [
      { on: -70, value: 128, confidence: "ON_TRACK", note: "Slow start after the holidays.", by: PRIYA },
      { on: -56, value: 139, confidence: "ON_TRACK", note: "Template gallery launch helped.", by: PRIYA },
      { on: -42, value: 151, confidence: "ON_TRACK", note: "", by: PRIYA },
      { on: -28, value: 166, confidence: "AT_RISK", note: "Growth is linear; we need the onboarding flow to bend the curve.", by: PRIYA },
      { on: -14, value: 178, confidence: "ON_TRACK", note: "Two large customers rolled out to all teams.", by: SAM },
      { on: -2, value: 191, confidence: "ON_TRACK", note: "Best week so far.", by: PRIYA },
    ],
  },
  {
    key: "onboarding",
    title: "Launch the self-serve onboarding flow",
    description:
      "New teams should reach their first goal without talking to us: sales-assisted onboarding does not scale past 50 sign-ups a week.",
    owner: ALEX,
    start: -60,
    target: 45,
    parent: "company",
    relevance: "Activation is the biggest lever on weekly active teams.",
    milestones: [
      { key: "interviews", title: "Interview 12 recent sign-ups", due: -40, status: "DONE", assignees: [ALEX, PRIYA], owner: ALEX, durationDays: 14, completed: -41 },
      { key: "design", title: "Design the three-step wizard", due: -20, status: "DONE", assignees: [PRIYA], owner: PRIYA, durationDays: 21, after: ["interviews"], completed: -18 },
      { key: "build", title: "Build the wizard behind a flag", due: -3, status: "IN_PROGRESS", assignees: [SAM, PRIYA], owner: SAM, weight: 2, durationDays: 35, after: ["design"], movedFrom: [-10], movedOn: [-11] },
      { key: "help", title: "Write the help-center articles", due: 30, status: "PLANNED", assignees: [PRIYA], owner: PRIYA, durationDays: 7, after: ["design"] },
      { key: "beta", title: "Beta with 20 teams", due: 20, status: "PLANNED", assignees: [ALEX], owner: ALEX, durationDays: 21, after: ["build"] },
      { key: "ga", title: "General availability", due: 45, status: "PLANNED", assignees: [ALEX, SAM], owner: ALEX, weight: 2, durationDays: 7, after: ["beta", "help"] },
    ],
    checkIns: [
      { on: -35, confidence: "ON_TRACK", note: "Interviews done; the wizard design is underway.", by: ALEX },
      { on: -7, confidence: "AT_RISK", note: "The build slipped a week behind the auth refactor.", by: ALEX },
    ],
  },
  {
    key: "latency",
    title: "Cut p95 API latency below 200 ms",
    description:
      "Customers with large workspaces wait seconds for the dashboard; that is the top reason for churn in exit surveys.",
    owner: SAM,
    start: -30,
    target: 60,
    kind: "METRIC",
    metric: { unit: "ms", startValue: 850, targetValue: 200, direction: "DECREASE" },
    parent: "company",
    rationale: "Tracing shows three queries account for 70% of the time; batching removes most of them.",
    milestones: [
      { key: "trace", title: "Trace the five slowest endpoints", due: -15, status: "DONE", assignees: [SAM], owner: SAM, durationDays: 7, completed: -16 },
      { key: "tests", title: "Add statement-count tests to key pages", due: 5, status: "IN_PROGRESS", assignees: [SAM, PRIYA], owner: PRIYA, durationDays: 10, after: ["trace"] },
      { key: "batching", title: "Ship query batching", due: 30, status: "PLANNED", assignees: [SAM], owner: SAM, durationDays: 15, after: ["tests"], movedFrom: [12, 20], movedOn: [-20, -8] },
    ],
    checkIns: [
      { on: -28, value: 840, confidence: "ON_TRACK", note: "Baseline measured on production traffic.", by: SAM },
      { on: -21, value: 790, confidence: "ON_TRACK", note: "Indexes on goals and milestones.", by: SAM },
      { on: -14, value: 765, confidence: "ON_TRACK", note: "", by: SAM },
      { on: -7, value: 748, confidence: "ON_TRACK", note: "Waiting on batching for the big win.", by: SAM },
      { on: -1, value: 731, confidence: "ON_TRACK", note: "Still confident once batching ships.", by: SAM },
    ],
  },
  {
    key: "roadmap",
    title: "Publish the 2027 product roadmap",
    description: "Stakeholders asked for a public roadmap so they can plan their own launches around ours.",
    owner: DANA,
    start: -10,
    target: 80,
    relevance: "Three enterprise renewals asked for it.",
    milestones: [
      { key: "input", title: "Collect input from every team", due: 25, status: "PLANNED", assignees: [DANA, ALEX], owner: DANA, durationDays: 30 },
      { key: "draft", title: "Draft the roadmap", due: 55, status: "PLANNED", assignees: [DANA], owner: DANA, durationDays: 30, after: ["input"] },
      { key: "board", title: "Review with the board", due: 80, status: "PLANNED", assignees: [DANA], owner: DANA, durationDays: 25, after: ["draft"] },
    ],
  },
  {
    key: "hiring",
    title: "Hire two senior engineers",
    description: "The platform team is at half capacity; two senior hires unblock the latency and onboarding work.",
    owner: DANA,
    start: -90,
    target: 30,
    relevance: "Platform capacity is the bottleneck for the latency goal.",
    milestones: [
      { key: "roles", title: "Open the two roles", due: -80, status: "DONE", assignees: [DANA], owner: DANA, completed: -82 },
      { key: "offers", title: "Both offers accepted", due: -10, status: "DONE", assignees: [DANA, ALEX], owner: DANA, completed: -6 },
    ],
    closed: { on: -5, outcome: "ACHIEVED", note: "Both offers accepted; they start in January.", by: DANA },
  },
];

const comments: { goal: string; milestone?: string; by: number; on: number; body: string }[] = [
  { goal: "onboarding", milestone: "build", by: PRIYA, on: -10, body: "Moving the due date a week: the auth refactor took longer than planned." },
  { goal: "onboarding", by: SAM, on: -4, body: "The flag is in staging; two bugs left before the beta cohort can use it." },
  { goal: "onboarding", by: DANA, on: -3, body: "Thanks — can we line up the 20 beta teams this week so nothing waits on us?" },
  { goal: "latency", by: ALEX, on: -6, body: "Batching alone should get us to ~400 ms; the rest needs caching on the dashboard." },
  { goal: "teams", by: PRIYA, on: -2, body: "Best week so far. Most new teams came from the template gallery." },
];

export async function seed() {
  const db = prisma();
  if ((await db.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: { id: string }[] = [];
  // The demo user operates the demo instance: they see the "Sent emails" page (server/email/admin.ts).
  for (const p of people) {
    users.push(await db.user.create({ data: { name: p.name, email: p.email, passwordHash, instanceAdmin: p.email === DEMO_EMAIL } }));
  }

  const org = await db.organization.create({
    data: {
      name: "Acme Rockets",
      slug: "acme",
      timeZone: "Europe/Berlin",
      memberships: { create: people.map((p, i) => ({ userId: users[i]!.id, role: p.role, createdAt: at(p.joined) })) },
    },
  });
  await db.organization.create({
    data: { name: "Side Project", slug: "side-project", memberships: { create: { userId: users[DANA]!.id, role: "OWNER" } } },
  });

  const activity = (kind: ActivityKind, by: number, when: Date, data: ActivityData, ids: { goalId?: string; milestoneId?: string } = {}, isWin = false) =>
    db.activity.create({
      data: { organizationId: org.id, actorId: users[by]!.id, kind, isWin, createdAt: when, data: data as never, ...ids },
    });
  for (const [i, p] of people.entries()) {
    if (p.role !== "OWNER") await activity("MEMBER_JOINED", i, at(p.joined), { role: p.role });
  }

  const goalIds = new Map<string, string>();
  const milestoneIds = new Map<string, string>();
  /** Progress over time per goal, replayed from the seeded events: [instant, progress, value]. */
  const history = new Map<string, [Date, number, number | null][]>();

  for (const g of goals) {
    const metric = g.kind === "METRIC" ? g.metric! : null;
    const lastCheckIn = g.checkIns?.at(-1);
    const currentValue = metric ? (g.checkIns?.filter((c) => c.value != null).at(-1)?.value ?? metric.startValue) : null;
    const goal = await db.goal.create({
      data: {
        organizationId: org.id,
        title: g.title,
        description: g.description,
        ownerId: users[g.owner]!.id,
        startDate: day(g.start),
        targetDate: day(g.target),
        kind: g.kind ?? "MILESTONE",
        ...(metric ? { ...metric, currentValue } : {}),
        parentId: g.parent ? goalIds.get(g.parent)! : null,
        weight: g.weight ?? 1,
        relevance: g.relevance ?? "",
        rationale: g.rationale ?? "",
        confidence: lastCheckIn?.confidence ?? null,
        createdAt: at(g.start - 2),
        ...(g.closed ? { closedAt: at(g.closed.on, 16), outcome: g.closed.outcome, closingNote: g.closed.note } : {}),
      },
    });
    goalIds.set(g.key, goal.id);
    await activity("GOAL_CREATED", g.owner, at(g.start - 2), { goalTitle: g.title }, { goalId: goal.id });

    for (const [position, m] of g.milestones.entries()) {
      const baseline = m.movedFrom?.[0] ?? m.due;
      const milestone = await db.milestone.create({
        data: {
          organizationId: org.id,
          goalId: goal.id,
          title: m.title,
          dueDate: day(m.due),
          baselineDueDate: day(baseline),
          slipCount: m.movedFrom?.length ?? 0,
          status: m.status,
          position,
          ownerId: m.owner === undefined ? null : users[m.owner]!.id,
          weight: m.weight ?? 1,
          durationDays: m.durationDays ?? null,
          completedAt: m.status === "DONE" ? at(m.completed ?? m.due, 15) : null,
          createdAt: at(g.start - 1),
          assignments: { create: m.assignees.map((i) => ({ organizationId: org.id, userId: users[i]!.id })) },
        },
      });
      milestoneIds.set(m.key, milestone.id);
      const ids = { goalId: goal.id, milestoneId: milestone.id };
      const titles = { goalTitle: g.title, milestoneTitle: m.title };
      await activity("MILESTONE_CREATED", g.owner, at(g.start - 1), titles, ids);
      const dates = [...(m.movedFrom ?? []), m.due];
      for (let k = 1; k < dates.length; k++) {
        await activity(
          "DUE_DATE_MOVED",
          m.owner ?? g.owner,
          at(m.movedOn?.[k - 1] ?? -1, 11),
          { ...titles, from: day(dates[k - 1]!).toISOString().slice(0, 10), to: day(dates[k]!).toISOString().slice(0, 10), slipCount: k, slipped: true },
          ids,
        );
      }
      if (m.status === "DONE") await activity("MILESTONE_DONE", m.owner ?? g.owner, at(m.completed ?? m.due, 15), titles, ids, true);
    }
    for (const [a, b] of g.milestones.flatMap((m) => (m.after ?? []).map((dep) => [m.key, dep] as const))) {
      await db.milestoneDependency.create({
        data: { organizationId: org.id, milestoneId: milestoneIds.get(a)!, dependsOnId: milestoneIds.get(b)! },
      });
    }

    for (const c of g.checkIns ?? []) {
      await db.checkIn.create({
        data: {
          organizationId: org.id,
          goalId: goal.id,
          authorId: users[c.by]!.id,
          value: c.value ?? null,
          confidence: c.confidence,
          note: c.note,
          createdAt: at(c.on, 17),
        },
      });
      await activity(
        "CHECK_IN",
        c.by,
        at(c.on, 17),
        { goalTitle: g.title, value: c.value ?? null, unit: metric?.unit ?? null, confidence: c.confidence },
        { goalId: goal.id },
      );
    }
    await recordLatestCheckIns(db, [goal.id]);
    if (g.closed) {
      await activity("GOAL_CLOSED", g.closed.by, at(g.closed.on, 16), { goalTitle: g.title, outcome: g.closed.outcome }, { goalId: goal.id }, g.closed.outcome === "ACHIEVED");
    }

    // History: where the goal stood after each check-in or milestone completion.
    const points: [Date, number, number | null][] = [[at(g.start - 2), 0, metric?.startValue ?? null]];
    if (metric) {
      for (const c of g.checkIns ?? []) {
        if (c.value != null) points.push([at(c.on, 17), metricProgress({ ...metric, currentValue: c.value }), c.value]);
      }
    } else if (g.milestones.length) {
      const done = g.milestones.filter((m) => m.status === "DONE").sort((a, b) => (a.completed ?? a.due) - (b.completed ?? b.due));
      for (const [k, m] of done.entries()) {
        const finished = new Set(done.slice(0, k + 1).map((d) => d.key));
        const { progress } = goalProgress(
          { kind: "MILESTONE", unit: null, startValue: null, targetValue: null, currentValue: null, direction: null },
          [],
          g.milestones.map((x) => ({ title: x.title, status: finished.has(x.key) ? "DONE" : "PLANNED", weight: x.weight ?? 1 })),
        );
        points.push([at(m.completed ?? m.due, 15), progress, null]);
      }
    }
    history.set(g.key, points);
  }

  // Parents replay their children's histories (children are created after their parents).
  for (const g of [...goals].reverse()) {
    const children = goals.filter((c) => c.parent === g.key);
    if (children.length === 0) continue;
    const progressAt = (key: string, when: Date) => history.get(key)!.filter(([t]) => t <= when).at(-1)?.[1] ?? 0;
    const times = [...new Set(children.flatMap((c) => history.get(c.key)!.map(([t]) => t.getTime())))].sort((a, b) => a - b);
    const points: [Date, number, number | null][] = [[at(g.start - 2), 0, null]];
    for (const t of times) {
      const when = new Date(t);
      if (when < at(g.start - 2)) continue;
      const { progress } = goalProgress(
        { kind: "MILESTONE", unit: null, startValue: null, targetValue: null, currentValue: null, direction: null },
        children.map((c) => ({ title: c.title, progress: progressAt(c.key, when), weight: c.weight ?? 1 })),
        [],
      );
      if (progress !== points.at(-1)![1]) points.push([when, progress, null]);
    }
    history.set(g.key, points);
  }

  for (const g of goals) {
    const goalId = goalIds.get(g.key)!;
    const points = history.get(g.key)!;
    await db.progressSnapshot.createMany({
      data: points.map(([recordedAt, progress, value]) => ({ organizationId: org.id, goalId, recordedAt, progress, value })),
    });
    await db.goal.update({ where: { id: goalId }, data: { progress: points.at(-1)![1] } });
  }

  for (const c of comments) {
    const goalId = goalIds.get(c.goal)!;
    const milestoneId = c.milestone ? milestoneIds.get(c.milestone)! : null;
    await db.comment.create({
      data: { organizationId: org.id, goalId, milestoneId, authorId: users[c.by]!.id, body: c.body, createdAt: at(c.on, 14) },
    });
    const g = goals.find((x) => x.key === c.goal)!;
    const milestoneTitle = c.milestone ? g.milestones.find((m) => m.key === c.milestone)!.title : undefined;
    await activity("COMMENT_ADDED", c.by, at(c.on, 14), { goalTitle: g.title, ...(milestoneTitle ? { milestoneTitle } : {}) }, {
      goalId,
      ...(milestoneId ? { milestoneId } : {}),
    });
  }
  return true;
}

if (process.argv[1]?.endsWith("seed.ts")) {
  const seeded = await seed();
  console.log(seeded ? `Seeded demo data. Sign in as ${DEMO_EMAIL} / ${DEMO_PASSWORD}` : "Database not empty; demo data not loaded.");
  await prisma().$disconnect();
  process.exit(0);
}
