import "server-only";
import type { Milestone, User } from "../../prisma/generated/client/client.ts";
import { loadPlanning, type PlanningCandidate } from "../../server/planning/planning-data.ts";
import { dayNumber, plusDays } from "../../domain/calendar.ts";
import { parseCalendarDate, dateKey } from "../../domain/dates.ts";
import { loadIn, normalizeTag, suggestOwners, workSpan, type DaySpan } from "../../domain/owner-suggestions.ts";
import { badInput } from "../../server/errors.ts";
import { builder } from "../builder.ts";
import { listSize } from "../complexity.ts";
import { loadAll, milestoneById, perRequest, todayOf, userById, type Place } from "../loaders.ts";
import type { Context } from "../context.ts";
import { MilestoneRef } from "./milestone.ts";
import { OrganizationRef } from "./organization.ts";
import { UserRef } from "./user.ts";

// Milestone.ownerSuggestions and Organization.workload: the pure rule (domain/owner-suggestions.ts)
// over what server/planning/planning-data.ts reads. Every request asking either, for any number of
// milestones or members, reads the planning data once per place in the query.

export const MAX_SUGGESTIONS = 20;
export const MAX_WORKLOAD_WEEKS = 26;
/** A planning bound: the members a workload lists (the cost assumes it; more are cut). */
export const PLANNED_WORKLOAD_MEMBERS = 500;
/** Milestones named behind one week of one member. */
export const MAX_WEEK_MILESTONES = 50;

/**
 * Each organization's candidates with their time off and open work touching a window. Keys are
 * "organizationId|start|end"; one batch reads every organization at once over the span covering
 * all the windows, so a goal page asking for every milestone's suggestions costs three statements.
 */
const planningOf = (ctx: Context, at: Place) =>
  perRequest<PlanningCandidate[]>(ctx, "Planning", at, async (keys) => {
    const parsed = keys.map((key) => key.split("|") as [string, string, string]);
    const span: DaySpan = {
      start: parsed.reduce((min, [, start]) => (start < min ? start : min), parsed[0]![1]),
      end: parsed.reduce((max, [, , end]) => (end > max ? end : max), parsed[0]![2]),
    };
    const byOrg = await loadPlanning([...new Set(parsed.map(([org]) => org))], span);
    return parsed.map(([org]) => byOrg.get(org) ?? []);
  });

const OwnerSuggestionRef = builder
  .objectRef<ReturnType<typeof suggestOwners>[number] & { organizationId: string }>("OwnerSuggestion")
  .implement({
    description: "A member who could own a milestone, and why.",
    fields: (t) => ({
      user: t.field({ type: UserRef, resolve: (s, _args, ctx, info) => userById(ctx, info).load(s.userId) as Promise<User> }),
      matchedSkills: t.stringList({ description: "The milestone's skills this person has.", resolve: (s) => s.matchedSkills }),
      matchedInterests: t.stringList({ description: "The milestone's skills this person is interested in.", resolve: (s) => s.matchedInterests }),
      openInWindow: t.int({ description: "Their other open milestones whose work overlaps this one's.", resolve: (s) => s.openInWindow }),
      daysOff: t.int({ description: "Days off in this milestone's window.", resolve: (s) => s.daysOff }),
      load: t.float({
        nullable: true,
        description: "Work in the window over their capacity in it (1 = fully booked); null when they are away the whole time.",
        resolve: (s) => (Number.isFinite(s.load) ? s.load : null),
      }),
      reason: t.string({ description: 'Why, in a line: "has design and research · 2 open milestones in these weeks".', resolve: (s) => s.reason }),
    }),
  });

builder.prismaObjectFields(MilestoneRef, (t) => ({
  skills: t.stringList({ description: "Skills the work needs (the organization's tags).", resolve: (m: Milestone) => m.skills }),
  ownerSuggestions: t.field({
    type: [OwnerSuggestionRef],
    extensions: listSize(MAX_SUGGESTIONS, "first"),
    description:
      "Members who could own it (members and above, not stakeholders): most of its skills first, then interest in them, then the lightest load in its window (its duration, or a week, ending on its due date), time off counting against them.",
    args: { first: t.arg.int({ defaultValue: 5, description: `1..${MAX_SUGGESTIONS}.` }) },
    resolve: async (m: Milestone, { first }, ctx, info) => {
      const count = first ?? 5;
      if (count < 1 || count > MAX_SUGGESTIONS) throw badInput("first", `first: must be from 1 to ${MAX_SUGGESTIONS}.`);
      const target = { skills: m.skills, dueDate: dateKey(m.dueDate), durationDays: m.durationDays };
      const window = workSpan(target);
      const candidates = await planningOf(ctx, info).load(`${m.organizationId}|${window.start}|${window.end}`);
      // The milestone itself is not other work.
      const others = candidates.map((c) => ({ ...c, openWork: c.openWork.filter((w) => w.milestoneId !== m.id) }));
      return suggestOwners(target, others, count).map((s) => ({ ...s, organizationId: m.organizationId }));
    },
  }),
}));

interface WorkloadWeek {
  weekStart: string;
  load: number;
  openInWindow: number;
  daysOff: number;
  milestoneIds: string[];
}

const WorkloadWeekRef = builder.objectRef<WorkloadWeek>("WorkloadWeek").implement({
  fields: (t) => ({
    weekStart: t.field({ type: "Date", description: "Its Monday.", resolve: (w) => parseCalendarDate(w.weekStart)! }),
    load: t.float({
      nullable: true,
      description: "Open work in the week over capacity in it (1 = fully booked); null when away the whole week with work in it.",
      resolve: (w) => (Number.isFinite(w.load) ? w.load : null),
    }),
    overallocated: t.boolean({ description: "Load above 1.", resolve: (w) => w.load > 1 }),
    openMilestones: t.int({ resolve: (w) => w.openInWindow }),
    daysOff: t.int({ resolve: (w) => w.daysOff }),
    milestones: t.field({
      type: [MilestoneRef],
      extensions: listSize(MAX_WEEK_MILESTONES),
      description: `The open milestones behind the load, by due date (at most ${MAX_WEEK_MILESTONES}).`,
      resolve: (w, _args, ctx, info) => loadAll(milestoneById(ctx, info), w.milestoneIds.slice(0, MAX_WEEK_MILESTONES)),
    }),
  }),
});

interface WorkloadMember {
  userId: string;
  skills: readonly string[];
  availability: number;
  weeks: WorkloadWeek[];
}

const WorkloadMemberRef = builder.objectRef<WorkloadMember>("WorkloadMember").implement({
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (w, _args, ctx, info) => userById(ctx, info).load(w.userId) as Promise<User> }),
    skills: t.stringList({ resolve: (w) => [...w.skills] }),
    availability: t.int({ resolve: (w) => w.availability }),
    weeks: t.field({ type: [WorkloadWeekRef], extensions: listSize(MAX_WORKLOAD_WEEKS), resolve: (w) => w.weeks }),
  }),
});

/** The Monday of the week holding `day` (1970-01-01, day 0, was a Thursday). */
const mondayOf = (day: string) => plusDays(day, -((dayNumber(day) + 3) % 7));

builder.prismaObjectFields(OrganizationRef, (t) => ({
  workload: t.field({
    type: [WorkloadMemberRef],
    extensions: listSize(PLANNED_WORKLOAD_MEMBERS),
    description:
      "Each member's load (members and above), week by week from this week's Monday in the organization's time zone: open milestones they own or help with, over their availability minus time off. By name.",
    args: {
      weeks: t.arg.int({ defaultValue: 12, description: `1..${MAX_WORKLOAD_WEEKS}.` }),
      skill: t.arg.string({ description: "Only members with this skill (any case)." }),
    },
    resolve: async (org, { weeks, skill }, ctx, info) => {
      const count = weeks ?? 12;
      if (count < 1 || count > MAX_WORKLOAD_WEEKS) throw badInput("weeks", `weeks: must be from 1 to ${MAX_WORKLOAD_WEEKS}.`);
      const start = mondayOf(await todayOf(ctx, org.id));
      const end = plusDays(start, count * 7 - 1);
      const candidates = await planningOf(ctx, info).load(`${org.id}|${start}|${end}`);
      const wanted = skill ? normalizeTag(skill) : "";
      return candidates
        .filter((c) => !wanted || c.skills.some((s) => normalizeTag(s) === wanted))
        .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId))
        .slice(0, PLANNED_WORKLOAD_MEMBERS)
        .map((c) => ({
          userId: c.userId,
          skills: c.skills,
          availability: c.availability,
          weeks: Array.from({ length: count }, (_, i) => {
            const week = { start: plusDays(start, i * 7), end: plusDays(start, i * 7 + 6) };
            const { load, openInWindow, daysOff } = loadIn(week, c);
            const behind = c.openWork.filter((w) => {
              const span = workSpan(w);
              return span.start <= week.end && span.end >= week.start;
            });
            return { weekStart: week.start, load, openInWindow, daysOff, milestoneIds: behind.map((w) => w.milestoneId) };
          }),
        }));
    },
  }),
}));
