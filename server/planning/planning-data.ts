import "server-only";
import { prisma } from "../db.ts";
import { OWNER_CANDIDATE_ROLES } from "../permissions.ts";
import { plusDays } from "../../domain/calendar.ts";
import { dateKey, parseCalendarDate } from "../../domain/dates.ts";
import { MAX_DURATION_DAYS } from "../../domain/limits.ts";
import type { Candidate, DaySpan } from "../../domain/owner-suggestions.ts";

/** A candidate's open milestone, with what the workload page links to. */
export interface PlannedWork {
  milestoneId: string;
  title: string;
  dueDate: string;
  durationDays: number | null;
}

export interface PlanningCandidate extends Candidate {
  membershipId: string;
  openWork: PlannedWork[];
}

/**
 * Everything suggestions and the workload read, for several organizations and one span of days
 * covering every window asked for: three statements whatever the number of members, milestones
 * or windows — the eligible memberships with their names, their time off touching the span, and
 * the open milestones whose work may touch it.
 */
export async function loadPlanning(organizationIds: string[], span: DaySpan): Promise<Map<string, PlanningCandidate[]>> {
  const byOrg = new Map<string, PlanningCandidate[]>(organizationIds.map((id) => [id, []]));
  if (!organizationIds.length) return byOrg;
  const start = parseCalendarDate(span.start)!;
  const end = parseCalendarDate(span.end)!;
  // A milestone's work ends on its due date and starts at most MAX_DURATION_DAYS before it, so work
  // touching the span is due between its start and its end plus the longest duration: a range the
  // (dueDate, status) index answers, instead of every open milestone the organizations ever had.
  const lastDue = parseCalendarDate(plusDays(span.end, MAX_DURATION_DAYS))!;
  const [memberships, timeOff, work] = await Promise.all([
    prisma().membership.findMany({
      where: { organizationId: { in: organizationIds }, role: { in: OWNER_CANDIDATE_ROLES }, user: { deletedAt: null } },
      select: { id: true, organizationId: true, userId: true, skills: true, interests: true, availability: true, user: { select: { name: true } } },
      orderBy: { id: "asc" },
    }),
    prisma().timeOff.findMany({
      where: { organizationId: { in: organizationIds }, startDate: { lte: end }, endDate: { gte: start } },
      select: { organizationId: true, userId: true, startDate: true, endDate: true },
    }),
    prisma().$queryRaw<{ id: string; organizationId: string; title: string; dueDate: Date; durationDays: number | null; people: string[] }[]>`
      SELECT m.id, m."organizationId", m.title, m."dueDate", m."durationDays",
             array_remove(ARRAY(SELECT a."userId" FROM "Assignment" a WHERE a."milestoneId" = m.id) || m."ownerId", NULL) AS people
      FROM "Milestone" m
      WHERE m."dueDate" BETWEEN ${start} AND ${lastDue} AND m.status <> 'DONE'
        AND m."organizationId" = ANY(${organizationIds})
      ORDER BY m."dueDate", m.id`,
  ]);
  const people = new Map<string, PlanningCandidate>();
  for (const m of memberships) {
    const candidate: PlanningCandidate = {
      membershipId: m.id,
      userId: m.userId,
      name: m.user.name,
      skills: m.skills,
      interests: m.interests,
      availability: m.availability,
      timeOff: [],
      openWork: [],
    };
    people.set(`${m.organizationId}:${m.userId}`, candidate);
    byOrg.get(m.organizationId)!.push(candidate);
  }
  for (const t of timeOff) {
    (people.get(`${t.organizationId}:${t.userId}`)?.timeOff as DaySpan[] | undefined)?.push({ start: dateKey(t.startDate), end: dateKey(t.endDate) });
  }
  for (const m of work) {
    const item: PlannedWork = { milestoneId: m.id, title: m.title, dueDate: dateKey(m.dueDate), durationDays: m.durationDays };
    // An owner who is also assigned counts the milestone once.
    for (const userId of new Set(m.people)) people.get(`${m.organizationId}:${userId}`)?.openWork.push(item);
  }
  return byOrg;
}
