import "server-only";
import type { Milestone } from "../../prisma/generated/client/client.ts";
import { parseCalendarDate } from "../../domain/dates.ts";
import type { DashboardFilter, HealthCounts } from "../../domain/dashboard.ts";
import { type Dashboard, dashboardFor, inOrderOf, recentWinsQuery } from "../../server/dashboard/service.ts";
import { badInput } from "../../server/errors.ts";
import { prisma } from "../../server/db.ts";
import { builder } from "../builder.ts";
import { HealthEnum, inputIdOf } from "./goal.ts";
import { MilestoneRef } from "./milestone.ts";
import { milestonesWithGoal } from "../loaded-ahead.ts";
import { OrganizationRef } from "./organization.ts";
import { RECENT_WINS } from "../../domain/dashboard.ts";
import { MAX_DASHBOARD_MILESTONES, MAX_GOALS_PER_ORG } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

export const HealthCountsRef = builder.objectRef<HealthCounts>("HealthCounts").implement({
  description: "How many goals are on track, at risk, off track or not judged yet (open goals, by computed health), and how many are closed.",
  fields: (t) => ({
    onTrack: t.exposeInt("onTrack"),
    atRisk: t.exposeInt("atRisk"),
    offTrack: t.exposeInt("offTrack"),
    notEnoughData: t.exposeInt("notEnoughData", { description: "Open goals too new to judge (health NOT_ENOUGH_DATA)." }),
    closed: t.exposeInt("closed"),
  }),
});

const DashboardWindowEnum = builder.enumType("DashboardWindow", {
  values: ["THIS_QUARTER", "NEXT_QUARTER", "THIS_YEAR", "ALL"] as const,
  description: "Goals whose target date falls in today's calendar quarter, the next one, or today's year (in the organization's time zone).",
});

const DashboardFilterInput = builder.inputType("DashboardFilter", {
  fields: (t) => ({
    ownerId: t.id({ description: "Only goals this member owns." }),
    parentId: t.id({ description: "Only the direct sub-goals of this goal." }),
    health: t.field({ type: HealthEnum, description: "Only open goals with this health (the counts still cover every health)." }),
    window: t.field({ type: DashboardWindowEnum, defaultValue: "ALL", description: "By target date." }),
  }),
});

// The dashboard is a summary: a page asks for the first few of each list and shows the counts.
export const FIRST = "At most this many, from the start of the list; all of them when omitted.";

const MILESTONES_FIRST = `At most this many, from the start of the list; ${MAX_DASHBOARD_MILESTONES} when omitted or larger.`;

/** The first `first` of `ids` (all when null), loaded by `load` and returned in the order of `ids`. */
export async function byIds<T extends { id: string }>(ids: string[], first: number | null | undefined, load: (ids: string[]) => Promise<T[]>) {
  if (first != null && first < 0) throw badInput("first", "first: must be 0 or more.");
  const wanted = first == null ? ids : ids.slice(0, first);
  return wanted.length === 0 ? [] : inOrderOf(wanted, await load(wanted));
}

const DashboardRef = builder.objectRef<Dashboard>("Dashboard").implement({
  description: "Where the organization's goals stand: archived goals are left out.",
  fields: (t) => ({
    today: t.field({
      type: "Date",
      description: "Today in the organization's time zone: the date the dashboard is computed for.",
      resolve: (d) => parseCalendarDate(d.today)!,
    }),
    healthCounts: t.field({
      type: HealthCountsRef,
      description: "Over the goals matching owner, parent and window (not narrowed by the health filter).",
      resolve: (d) => d.healthCounts,
    }),
    goals: t.prismaField({
      type: ["Goal"],
      extensions: listSize(MAX_GOALS_PER_ORG, "first"),
      description: "Open goals matching the filter: off track first, then at risk, then on track; then by target date.",
      args: { first: t.arg.int({ description: FIRST }) },
      resolve: (query, d, { first }) => byIds(d.goalIds, first, (ids) => prisma().goal.findMany({ ...query, where: { id: { in: ids } } })),
    }),
    goalCount: t.int({ description: "How many goals `goals` lists in all.", resolve: (d) => d.goalIds.length }),
    owners: t.prismaField({
      type: ["User"],
      // Each owns a listed goal.
      extensions: listSize(MAX_GOALS_PER_ORG),
      description: "Choices for the owner filter: everyone who owns a goal that is not archived, by name.",
      resolve: (query, d) => prisma().user.findMany({ ...query, where: { id: { in: d.ownerIds } }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
    }),
    parents: t.prismaField({
      type: ["Goal"],
      extensions: listSize(MAX_GOALS_PER_ORG),
      description: "Choices for the parent filter: goals that have sub-goals (none archived), by title.",
      resolve: (query, d) =>
        prisma().goal.findMany({ ...query, where: { organizationId: d.organizationId, id: { in: d.parentIds } }, orderBy: [{ title: "asc" }, { id: "asc" }] }),
    }),
    missedMilestones: t.field({
      type: [MilestoneRef],
      extensions: listSize(MAX_DASHBOARD_MILESTONES, "first"),
      description: `Milestones of the listed goals whose due date passed without them being done, oldest first (at most ${MAX_DASHBOARD_MILESTONES}; missedCount counts them all).`,
      args: { first: t.arg.int({ description: MILESTONES_FIRST }) },
      resolve: (d, { first }, ctx, info) => byIds<Milestone>(d.missedIds, Math.min(first ?? MAX_DASHBOARD_MILESTONES, MAX_DASHBOARD_MILESTONES), (ids) => milestonesWithGoal(ctx, info, "Dashboard", ids)),
    }),
    missedCount: t.int({ description: "How many milestones `missedMilestones` lists in all.", resolve: (d) => d.missedIds.length }),
    dueSoon: t.field({
      type: [MilestoneRef],
      extensions: listSize(MAX_DASHBOARD_MILESTONES, "first"),
      description: `Milestones of the listed goals not done and due today or in the 13 days after, soonest first (at most ${MAX_DASHBOARD_MILESTONES}; dueSoonCount counts them all).`,
      args: { first: t.arg.int({ description: MILESTONES_FIRST }) },
      resolve: (d, { first }, ctx, info) => byIds<Milestone>(d.dueSoonIds, Math.min(first ?? MAX_DASHBOARD_MILESTONES, MAX_DASHBOARD_MILESTONES), (ids) => milestonesWithGoal(ctx, info, "Dashboard", ids)),
    }),
    dueSoonCount: t.int({ description: "How many milestones `dueSoon` lists in all.", resolve: (d) => d.dueSoonIds.length }),
    recentWins: t.prismaField({
      type: ["Activity"],
      extensions: listSize(RECENT_WINS),
      description: "The 10 latest wins (milestones done, goals achieved) of goals matching owner, parent and window, newest first.",
      resolve: (query, d) => prisma().activity.findMany({ ...query, ...recentWinsQuery(d) }),
    }),
  }),
});

builder.prismaObjectField(OrganizationRef, "dashboard", (t) =>
  t.field({
    type: DashboardRef,
    description: "Health counts, the goals that need attention, missed and upcoming milestones, and recent wins.",
    args: { filter: t.arg({ type: DashboardFilterInput }) },
    resolve: (org, { filter }, ctx) => {
      const scope: DashboardFilter = {
        ownerId: filter?.ownerId == null ? null : inputIdOf(filter.ownerId, "User"),
        parentId: filter?.parentId == null ? null : inputIdOf(filter.parentId, "Goal"),
        health: filter?.health ?? null,
        window: filter?.window ?? "ALL",
      };
      return dashboardFor(ctx.viewer, org.id, scope);
    },
  }),
);
