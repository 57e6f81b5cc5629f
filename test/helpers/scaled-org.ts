import { randomUUID } from "node:crypto";
import type { ActivityKind, GoalOutcome, MetricDirection, Role } from "../../prisma/generated/client/enums.ts";
import { hashSecret, newSecret } from "../../server/auth/tokens.ts";
import { plusDays } from "../../domain/calendar.ts";
import { todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { recordLatestCheckIns } from "../../server/checkins/last-check-in.ts";

// An organization in which every GraphQL type has rows, at a scale `k`, for statement-count tests.
// - k× the members of every role, goals (k units of four: open, metric, closed, archived, nested),
//   invitations, share links, API tokens, and organizations the owner belongs to;
// - the focus goal and focus milestone (what goal(id) and milestone(id) open) have k× milestones,
//   check-ins, history, activity, comments, share links, assignees, prerequisites and dependents;
//   every other goal and milestone has the k = 1 shape.
// So every list of a query is k× longer in total at every level (the table of
// generated-statement-counts.test.ts shows it), while a query that loads per row stays quick
// enough to run. The k = 1 organization has rows at the end of every path the generated queries
// take (states rotate so that its open goals have a milestone due soon and one missed at either
// end of a dependency chain), so a nested load is never skipped there for lack of parents.

const ROLES: Role[] = ["OWNER", "ADMIN", "MEMBER", "STAKEHOLDER"];
const DIRECTIONS: MetricDirection[] = ["INCREASE", "DECREASE", "STAY_ABOVE", "STAY_BELOW"];
const OUTCOMES: GoalOutcome[] = ["ACHIEVED", "PARTIALLY_ACHIEVED", "MISSED", "DROPPED"];
// Never used to sign in: these users only act through test/helpers/graphql.ts.
const NO_PASSWORD = "not-a-password-hash";

export type ScaledOrg = Awaited<ReturnType<typeof scaledOrg>>;

export async function scaledOrg(k: number) {
  const db = prisma();
  const tag = randomUUID().slice(0, 8);
  const today = todayIn("UTC");
  const at = (days: number) => new Date(`${plusDays(today, days)}T00:00:00.000Z`);
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  const org = await db.organization.create({ data: { name: `Scaled ${tag}`, slug: `scaled-${tag}`, timeZone: "UTC" } });
  const organizationId = org.id;

  // Members: k of every role; the first owner is the viewer, the first stakeholder the read-only viewer.
  const users = await db.user.createManyAndReturn({
    data: ROLES.flatMap((role) =>
      Array.from({ length: k }, (_, i) => ({
        name: `${role.toLowerCase()} ${i} ${tag}`,
        email: `${role.toLowerCase()}-${i}-${tag}@example.test`,
        passwordHash: NO_PASSWORD,
      })),
    ),
    select: { id: true },
  });
  const byRole = (role: Role) => users.slice(ROLES.indexOf(role) * k, (ROLES.indexOf(role) + 1) * k);
  const memberships = await db.membership.createManyAndReturn({
    data: ROLES.flatMap((role) => byRole(role).map((u) => ({ organizationId, userId: u.id, role }))),
    select: { id: true },
  });
  const [owner] = byRole("OWNER");
  const [admin] = byRole("ADMIN");
  const [member] = byRole("MEMBER");
  const [stakeholder] = byRole("STAKEHOLDER");
  // People who can own and be assigned milestones (stakeholders only view).
  const doers = [...byRole("OWNER"), ...byRole("ADMIN"), ...byRole("MEMBER")];

  // The owner also belongs to k - 1 other (empty) organizations: `me { memberships }` grows too.
  const otherOrgs = await db.organization.createManyAndReturn({
    data: Array.from({ length: k - 1 }, (_, i) => ({ name: `Other ${i} ${tag}`, slug: `other-${i}-${tag}` })),
    select: { id: true },
  });
  await db.membership.createMany({ data: otherOrgs.map((o) => ({ organizationId: o.id, userId: owner!.id, role: "MEMBER" as const })) });

  // Goals, k units of four: a root milestone goal (unit 0's is the focus goal), a metric goal under
  // the focus goal, a closed goal under that one, and an archived metric goal under the focus goal.
  // Inserted in that order so each goal's parent already exists.
  const goals: { id: string; kind: "METRIC" | "MILESTONE"; title: string }[] = [];
  for (const slot of [0, 1, 2, 3] as const) {
    const rows = await db.goal.createManyAndReturn({
      data: Array.from({ length: k }, (_, u) => {
        const metric = slot === 1 || slot === 3;
        const direction = DIRECTIONS[u % DIRECTIONS.length]!;
        return {
          organizationId,
          title: `Goal ${u}.${slot} ${tag}`,
          description: slot === 2 ? "" : "Why this matters to our customers.",
          ownerId: byRole(["OWNER", "ADMIN", "MEMBER", "OWNER"][slot] as Role)[u]!.id,
          startDate: at(-60 - u),
          targetDate: at(slot === 2 ? -5 : 30 + 10 * slot + u),
          kind: metric ? ("METRIC" as const) : ("MILESTONE" as const),
          ...(metric ? { unit: "teams", startValue: 100, targetValue: direction === "DECREASE" ? 20 : 300, currentValue: 150, direction } : {}),
          parentId: slot === 0 ? null : slot === 2 ? goals[k + u]!.id : goals[0]!.id,
          weight: 1 + (u % 3),
          relevance: slot === 0 ? "It is what customers asked for." : "",
          rationale: slot === 1 ? "We doubled last quarter." : "",
          progress: [0.1, 0.4, 1, 0.2][slot]!,
          confidence: (["ON_TRACK", "AT_RISK", "OFF_TRACK", null] as const)[slot],
          ...(slot === 2 ? { closedAt: ago(60), outcome: OUTCOMES[u % OUTCOMES.length], closingNote: "Shipped." } : {}),
          ...(slot === 3 ? { archivedAt: ago(60) } : {}),
        };
      }),
      select: { id: true, kind: true, title: true },
    });
    goals.push(...rows);
  }
  const focusGoal = goals[0]!;

  // Per goal: the focus goal's lists are k× longer.
  const perGoal = (g: number, n: number) => (g === 0 ? n * k : n);

  // Milestones, three per goal (3k for the focus goal), in every state: their states rotate with the
  // goal. Some slipped, some owned by nobody, most with a duration for backward planning.
  const focusPosition = k; // k milestones before it in the focus goal, and more than k after
  const states = ["IN_PROGRESS", "DONE", "MISSED", "PLANNED"] as const;
  const milestones = await db.milestone.createManyAndReturn({
    data: goals.flatMap((goal, g) =>
      Array.from({ length: perGoal(g, 3) }, (_, j) => {
        const focus = g === 0 && j === focusPosition;
        const state = focus ? "IN_PROGRESS" : states[(j + 2 * g) % 4]!;
        const due = { IN_PROGRESS: 1 + (j % 5), DONE: -10 + (j % 5), MISSED: -3 - (j % 5), PLANNED: 20 + j }[state];
        const slipped = (g + j) % 2 === 1;
        return {
          organizationId,
          goalId: goal.id,
          title: `Milestone ${g}.${j}`,
          description: j % 3 ? "" : "Definition of done.",
          dueDate: at(due),
          baselineDueDate: at(slipped ? due - 3 : due),
          slipCount: slipped ? 1 + (j % 3) : 0,
          status: state === "MISSED" ? ("PLANNED" as const) : state,
          completedAt: state === "DONE" ? ago(120) : null,
          ownerId: focus ? member!.id : [owner!.id, admin!.id, member!.id, owner!.id, null][(g + j) % 5],
          weight: 1 + (j % 3),
          durationDays: (g + j) % 5 === 4 ? null : 2 + (j % 4),
          position: j,
          // Every other one in each goal (and the focus milestone), alternating between goals, so
          // that each list and each milestone's neighbours (a missed one's dependents too) hold some
          // at 1× as at 10×: approvals the stakeholder signs off, approved once done, else waiting.
          ...((j + g) % 2 === 0 || focus
            ? { kind: "APPROVAL" as const, approverId: stakeholder!.id, approvalState: state === "DONE" ? ("APPROVED" as const) : ("REQUESTED" as const) }
            : {}),
        };
      }),
    ),
    select: { id: true, goalId: true, position: true, kind: true, approvalState: true },
  });
  await db.approvalStep.createMany({
    data: milestones
      .filter((m) => m.kind === "APPROVAL")
      .flatMap((m) => [
        { organizationId, milestoneId: m.id, actorId: owner!.id, action: "REQUESTED" as const, note: "Ready for review." },
        ...(m.approvalState === "APPROVED" ? [{ organizationId, milestoneId: m.id, actorId: stakeholder!.id, action: "APPROVED" as const, note: "" }] : []),
      ]),
  });
  const goalIndex = new Map(goals.map((goal, g) => [goal.id, g]));
  const milestoneAt = new Map(milestones.map((m) => [`${goalIndex.get(m.goalId)}:${m.position}`, m]));
  const focusMilestone = milestoneAt.get(`0:${focusPosition}`)!;
  const isFocus = (m: { id: string }) => m.id === focusMilestone.id;
  // The focus milestone first, for the ids below.
  const ordered = [focusMilestone, ...milestones.filter((m) => !isFocus(m))];

  // The owner (the viewer, for my work) on every milestone; k people on the focus milestone.
  const others = doers.filter((u) => u !== owner);
  const assignments = await db.assignment.createManyAndReturn({
    data: ordered.flatMap((m) =>
      Array.from({ length: isFocus(m) ? k : 1 }, (_, t) => ({ organizationId, milestoneId: m.id, userId: t === 0 ? owner!.id : others[t % others.length]!.id })),
    ),
    select: { id: true },
  });
  // A chain in every goal (each milestone waits for the one before it); in the focus goal the focus
  // milestone also waits for the k - 1 before that, and the k - 1 after its successor wait for it.
  const focusGoalMilestone = (position: number) => milestoneAt.get(`0:${position}`)!;
  await db.milestoneDependency.createMany({
    data: [
      ...milestones
        .filter((m) => m.position > 0)
        .map((m) => ({ milestoneId: m.id, dependsOnId: milestoneAt.get(`${goalIndex.get(m.goalId)}:${m.position - 1}`)!.id })),
      ...Array.from({ length: k - 1 }, (_, t) => ({ milestoneId: focusMilestone.id, dependsOnId: focusGoalMilestone(t).id })),
      ...Array.from({ length: k - 1 }, (_, t) => ({ milestoneId: focusGoalMilestone(focusPosition + 2 + t).id, dependsOnId: focusMilestone.id })),
    ].map((d) => ({ organizationId, ...d })),
  });

  // Check-ins and history: two per goal, 2k for the focus goal.
  const checkIns = await db.checkIn.createManyAndReturn({
    data: goals.flatMap((goal, g) => {
      const n = perGoal(g, 2);
      return Array.from({ length: n }, (_, c) => ({
        organizationId,
        goalId: goal.id,
        authorId: doers[(g + c) % doers.length]!.id,
        value: goal.kind === "METRIC" ? 100 + 5 * c : null,
        confidence: (["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const)[(g + c) % 3],
        note: c % 2 ? "" : `Week ${c}`,
        createdAt: ago(60 * 24 * (n - c)),
      }));
    }),
    select: { id: true },
  });
  await recordLatestCheckIns(db, goals.map((goal) => goal.id));
  await db.progressSnapshot.createMany({
    data: goals.flatMap((goal, g) => {
      const n = perGoal(g, 2);
      return Array.from({ length: n }, (_, s) => ({
        organizationId,
        goalId: goal.id,
        progress: (s + 1) / (n + 1),
        value: goal.kind === "METRIC" ? 100 + 5 * s : null,
        recordedAt: ago(60 * 24 * (n - s)),
      }));
    }),
  });

  // Activity: two per goal (2k for the focus goal) of several kinds, wins among them, and k members joining.
  const kinds: ActivityKind[] = ["GOAL_CREATED", "MILESTONE_DONE", "CHECK_IN", "COMMENT_ADDED", "DUE_DATE_MOVED", "GOAL_UPDATED"];
  const activities = await db.activity.createManyAndReturn({
    data: [
      ...goals.flatMap((goal, g) =>
        Array.from({ length: perGoal(g, 2) }, (_, a) => {
          const kind = kinds[(g + a) % kinds.length]!;
          const milestone = milestoneAt.get(`${g}:${a % 3}`)!;
          return {
            organizationId,
            actorId: doers[(g + a) % doers.length]!.id,
            kind,
            goalId: goal.id,
            milestoneId: kind === "MILESTONE_DONE" || kind === "DUE_DATE_MOVED" ? milestone.id : null,
            isWin: kind === "MILESTONE_DONE",
            data: {
              goalTitle: goal.title,
              milestoneTitle: `Milestone ${g}.${a % 3}`,
              ...(kind === "DUE_DATE_MOVED" ? { from: plusDays(today, 1), to: plusDays(today, 4), slipped: true, slipCount: 1 } : {}),
              ...(kind === "CHECK_IN" ? { value: 120, unit: "teams", confidence: "AT_RISK" } : {}),
              ...(kind === "GOAL_UPDATED" ? { fields: ["title", "targetDate"] } : {}),
            },
            createdAt: ago(g * 10 + a),
          };
        }),
      ),
      ...doers.slice(0, k).map((u) => ({ organizationId, actorId: u.id, kind: "MEMBER_JOINED" as const, data: { role: "MEMBER" } })),
    ],
    select: { id: true },
  });

  // Comments: one on each milestone and one on each goal itself, k on the focus milestone and goal.
  const comments = await db.comment.createManyAndReturn({
    data: [
      ...ordered.flatMap((m, i) =>
        Array.from({ length: isFocus(m) ? k : 1 }, (_, c) => ({ goalId: m.goalId, milestoneId: m.id, authorId: doers[(i + c) % doers.length]!.id, body: `On the milestone ${c}` })),
      ),
      ...goals.flatMap((goal, g) =>
        Array.from({ length: perGoal(g, 1) }, (_, c) => ({ goalId: goal.id, authorId: doers[(g + c) % doers.length]!.id, body: `On the goal ${c}` })),
      ),
    ].map((c) => ({ organizationId, ...c })),
    select: { id: true },
  });

  // Share links, active, revoked, expired and expiring: one to each goal (k to the focus goal) and k
  // to the dashboard. One secret of each scope is kept to open the shared views.
  const goalShareToken = newSecret("wms");
  const dashboardShareToken = newSecret("wms");
  const linkState = (i: number) => [{}, { revokedAt: ago(30) }, { expiresAt: ago(30) }, { expiresAt: at(30) }][i % 4]!;
  const otherLink = (goalId: string | null, i: number) => ({
    goalId,
    tokenHash: hashSecret(newSecret("wms")),
    createdById: [owner, admin, member][i % 3]!.id,
    ...linkState(i),
  });
  const shareLinks = await db.shareLink.createManyAndReturn({
    data: [
      { goalId: focusGoal.id, tokenHash: hashSecret(goalShareToken), createdById: owner!.id, lastViewedAt: ago(5) },
      { goalId: null, tokenHash: hashSecret(dashboardShareToken), createdById: owner!.id },
      ...goals.flatMap((goal, g) => Array.from({ length: perGoal(g, 1) - (g === 0 ? 1 : 0) }, (_, s) => otherLink(goal.id, g + s))),
      ...Array.from({ length: k - 1 }, (_, s) => otherLink(null, s + 1)),
    ].map((link) => ({ organizationId, ...link })),
    select: { id: true },
  });

  // Invitations: 4k, pending, accepted, revoked and expired; the first one's secret is kept.
  const invitationToken = newSecret("wmi");
  const invitations = await db.invitation.createManyAndReturn({
    data: Array.from({ length: 4 * k }, (_, i) => ({
      organizationId,
      email: `invitee-${i}-${tag}@example.test`,
      role: ROLES[i % ROLES.length]!,
      tokenHash: i === 0 ? hashSecret(invitationToken) : hashSecret(newSecret("wmi")),
      invitedById: [owner, admin][i % 2]!.id,
      expiresAt: i % 4 === 3 ? ago(60) : at(7),
      ...(i % 4 === 1 ? { acceptedAt: ago(30) } : i % 4 === 2 ? { revokedAt: ago(30) } : {}),
    })),
    select: { id: true },
  });

  // API tokens: k for each viewer (one in three revoked, some used).
  const apiTokens = await db.apiToken.createManyAndReturn({
    data: [owner!, stakeholder!].flatMap((u) =>
      Array.from({ length: k }, (_, i) => {
        const secret = newSecret("wmk");
        return {
          userId: u.id,
          name: `Token ${i}`,
          tokenHash: hashSecret(secret),
          prefix: secret.slice(0, 12),
          ...(i % 3 === 2 ? { revokedAt: ago(10) } : {}),
          ...(i % 2 ? { lastUsedAt: ago(3) } : {}),
        };
      }),
    ),
    select: { id: true },
  });

  // Notifications: one per milestone for each viewer, three minutes apart, so that a goal's come in
  // groups of a few (the inbox groups a goal's notifications within 10 minutes).
  const notifications = await db.notification.createManyAndReturn({
    data: [owner!, stakeholder!].flatMap((u) =>
      ordered.map((m, i) => ({
        organizationId,
        recipientId: u.id,
        kind: i % 2 ? ("ASSIGNEE_ADDED" as const) : ("COMMENTED" as const),
        goalId: m.goalId,
        milestoneId: m.id,
        actorId: doers[i % doers.length]!.id,
        data: { goalTitle: "A goal", milestoneTitle: "A milestone", excerpt: "A comment" },
        dedupeKey: `scaled:${i}`,
        createdAt: ago(3 * i),
        ...(i % 3 === 0 ? { readAt: ago(1) } : {}),
      })),
    ),
    select: { id: true },
  });

  // Planning (#11 §1): every doer has a skill and an interest and a week off in the coming weeks,
  // so suggestions, the workload and Membership.timeOff hold k× the rows at 10×.
  const skillTags = ["design", "research", "ops"];
  await Promise.all(
    doers.map((u, i) =>
      db.membership.update({
        where: { organizationId_userId: { organizationId, userId: u.id } },
        data: { skills: [skillTags[i % 3]!], interests: [skillTags[(i + 1) % 3]!], availability: 50 + (i % 3) * 25 },
      }),
    ),
  );
  const timeOff = await db.timeOff.createManyAndReturn({
    data: doers.map((u, i) => ({ organizationId, userId: u.id, startDate: at(i % 14), endDate: at((i % 14) + 4), note: `Away ${i}` })),
    select: { id: true },
  });

  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  return {
    org,
    owner: owner!,
    stakeholder: stakeholder!,
    focusGoalId: focusGoal.id,
    focusMilestoneId: focusMilestone.id,
    goalShareToken,
    dashboardShareToken,
    invitationToken,
    /** Database ids of every row of each GraphQL node type, the focus row first. */
    nodeIds: {
      Organization: [org.id, ...ids(otherOrgs)],
      User: ids(users),
      Membership: ids(memberships),
      TimeOff: ids(timeOff),
      Invitation: ids(invitations),
      ApiToken: ids(apiTokens),
      Goal: ids(goals),
      Milestone: ids(ordered),
      Assignment: ids(assignments),
      CheckIn: ids(checkIns),
      Activity: ids(activities),
      Comment: ids(comments),
      ShareLink: ids(shareLinks),
      Notification: ids(notifications),
    } as Record<string, string[]>,
  };
}
