import "server-only";
import { plusDays } from "../../domain/calendar.ts";
import { parseCalendarDate } from "../../domain/dates.ts";
import { formatIn } from "../../domain/date-format.ts";
import { buildDigest, type Digest, type DigestGoalInput, type DigestList, HEALTH_WORDS } from "../../domain/digest.ts";
import { prisma } from "../db.ts";
import { healthOf } from "../goals/facts.ts";
import { EMAIL_LOCALE } from "./locale.ts";
import { preferencesUrl, unsubscribeUrl } from "./links.ts";
import { queueEmail } from "./outbox.ts";
import { goalUrl, organizationUrl } from "./page-links.ts";
import { type EmailSection, renderEmail } from "./render.ts";

export const digestDedupeKey = (userId: string, organizationId: string, weekStart: string) =>
  `digest:${userId}:${organizationId}:${weekStart}`;

function assertMonday(weekStart: string): void {
  const day = parseCalendarDate(weekStart);
  if (!day || day.getUTCDay() !== 1) throw new Error(`weekStart must be a Monday as YYYY-MM-DD, got ${JSON.stringify(weekStart)}`);
}

/**
 * One organization's goals as the digest rule reads them (domain/digest.ts), in a constant number
 * of statements: the goals, then one statement per relation (milestones with their assignments,
 * followers, the week's activity, the latest check-in). For MINE the SQL already narrows to the
 * goals the person could be concerned with; the rule itself decides.
 */
async function loadGoals(organizationId: string, userId: string, mineOnly: boolean, since: Date) {
  const goals = await prisma().goal.findMany({
    where: {
      organizationId,
      archivedAt: null,
      // Closed goals matter only as the week's wins.
      OR: [{ closedAt: null }, { closedAt: { gte: since } }],
      ...(mineOnly
        ? {
            AND: {
              OR: [
                { ownerId: userId },
                { followers: { some: { userId, following: true } } },
                { milestones: { some: { OR: [{ ownerId: userId }, { assignments: { some: { userId } } }] } } },
              ],
            },
          }
        : {}),
    },
    select: {
      id: true,
      title: true,
      ownerId: true,
      archivedAt: true,
      closedAt: true,
      outcome: true,
      checkInCadence: true,
      lastCheckInAt: true,
      startDate: true,
      targetDate: true,
      progress: true,
      confidence: true,
      createdAt: true,
      organization: { select: { timeZone: true } },
      milestones: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          status: true,
          weight: true,
          dueDate: true,
          completedAt: true,
          ownerId: true,
          assignments: { select: { userId: true } },
        },
      },
      followers: { where: { following: true }, select: { userId: true } },
      activities: { where: { createdAt: { gte: since } }, select: { kind: true, createdAt: true } },
    },
  });
  return goals.map(
    (g): DigestGoalInput => ({
      id: g.id,
      title: g.title,
      ownerId: g.ownerId,
      archivedAt: g.archivedAt,
      closedAt: g.closedAt,
      outcome: g.outcome,
      health: healthOf(g)?.health ?? null,
      checkInCadence: g.checkInCadence,
      startDate: g.startDate,
      lastCheckInAt: g.lastCheckInAt,
      followerIds: g.followers.map((f) => f.userId),
      milestones: g.milestones.map((m) => ({ ...m, assigneeIds: m.assignments.map((a) => a.userId) })),
      activity: g.activities,
    }),
  );
}

const day = (key: string) => formatIn(key, "weekdayDate", EMAIL_LOCALE);

function section<T>(title: string, list: DigestList<T>, item: (entry: T) => EmailSection["items"][number]): EmailSection[] {
  if (list.total === 0) return [];
  return [{ title, items: list.items.map(item), more: list.total - list.items.length || undefined }];
}

function digestSections(digest: Digest, slug: string): EmailSection[] {
  const yours = (y: boolean) => (y ? " · yours" : "");
  return [
    ...section("Due this week", digest.dueNextWeek, (m) => ({
      text: m.title,
      url: goalUrl(slug, m.goalId, { milestoneId: m.milestoneId }),
      note: `${day(m.dueDate)} · ${m.goalTitle}${yours(m.yours)}`,
    })),
    ...section("Missed", digest.missed, (m) => ({
      text: m.title,
      url: goalUrl(slug, m.goalId, { milestoneId: m.milestoneId }),
      note: `was due ${day(m.dueDate)} · ${m.goalTitle}${yours(m.yours)}`,
    })),
    ...section("Check-ins due", digest.checkInsDue, (c) => ({
      text: c.title,
      url: goalUrl(slug, c.goalId),
      note: `${c.silentWeeks > 0 ? `no check-in for ${c.silentWeeks} week${c.silentWeeks === 1 ? "" : "s"}` : "due now"}${yours(c.yours)}`,
    })),
    ...section("Goals", digest.goals, (g) => ({
      text: g.title,
      url: goalUrl(slug, g.goalId),
      note: [g.health ? HEALTH_WORDS[g.health] : null, g.changes.length ? g.changes.join(", ") : "no changes this week"]
        .filter(Boolean)
        .join(" · "),
    })),
    ...section("Wins", digest.wins, (w) => ({
      text: w.title,
      url: goalUrl(slug, w.goalId, { milestoneId: w.milestoneId }),
      note: w.goalTitle,
    })),
  ];
}

/**
 * Builds one person's weekly digest of one organization and queues it once
 * (digest:<user>:<org>:<week>). Nothing is sent to a deleted account, to someone who left or
 * turned the digest off, or when there is nothing to report: an empty digest sends nothing.
 */
export async function queueDigest(userId: string, organizationId: string, weekStart: string): Promise<void> {
  assertMonday(weekStart);
  const dedupeKey = digestDedupeKey(userId, organizationId, weekStart);
  if (await prisma().emailMessage.findUnique({ where: { dedupeKey }, select: { id: true } })) return;
  const membership = await prisma().membership.findUnique({
    where: { organizationId_userId: { organizationId, userId } },
    select: {
      digestEnabled: true,
      digestScope: true,
      user: { select: { email: true, deletedAt: true } },
      organization: { select: { name: true, slug: true, timeZone: true } },
    },
  });
  if (!membership || !membership.digestEnabled || membership.user.deletedAt || !membership.user.email) return;
  const { organization } = membership;

  // From a day before the week looked back on, in UTC: the rule then keeps exactly its seven days in the org's zone.
  const since = parseCalendarDate(plusDays(weekStart, -8))!;
  const goals = await loadGoals(organizationId, userId, membership.digestScope === "MINE", since);
  const digest = buildDigest({ userId, scope: membership.digestScope, weekStart, timeZone: organization.timeZone, now: new Date(), goals });
  if (!digest) return;

  const week = formatIn(weekStart, "date", EMAIL_LOCALE);
  const counts = [
    digest.dueNextWeek.total ? `${digest.dueNextWeek.total} due` : null,
    digest.missed.total ? `${digest.missed.total} missed` : null,
    digest.wins.total ? `${digest.wins.total} ${digest.wins.total === 1 ? "win" : "wins"}` : null,
  ].filter(Boolean);
  const rendered = await renderEmail({
    preview: counts.length ? counts.join(", ") : "What changed in your goals last week",
    heading: `Your week in ${organization.name}`,
    paragraphs: [
      membership.digestScope === "ORGANIZATION"
        ? `The week of ${week} across every goal of ${organization.name}.`
        : `The week of ${week} for the goals you own, follow or hold milestones in.`,
    ],
    sections: digestSections(digest, organization.slug),
    action: { label: `Open ${organization.name}`, url: organizationUrl(organization.slug) },
    reason: `You get this weekly digest as a member of ${organization.name}.`,
    unsubscribe: { label: "Stop the weekly digest", url: unsubscribeUrl({ type: "digest", userId, organizationId }) },
    preferencesUrl: preferencesUrl(),
  });
  await queueEmail(prisma(), {
    organizationId,
    userId,
    to: membership.user.email,
    kind: "DIGEST",
    subject: `${organization.name}: your week of ${week}${counts.length ? ` (${counts.join(", ")})` : ""}`,
    ...rendered,
    dedupeKey,
  });
}
