import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Membership, TimeOff } from "../../prisma/generated/client/client.ts";
import { prisma } from "../../server/db.ts";
import { canEditPlanning } from "../../server/permissions.ts";
import { addTimeOff, removeTimeOff, updateMemberPlanning } from "../../server/planning/member-planning.ts";
import { MAX_ORG_TAGS, MAX_TIME_OFF_PER_MEMBER } from "../../domain/schemas/planning.ts";
import { builder } from "../builder.ts";
import { listSize } from "../complexity.ts";
import { idOf } from "../ids.ts";
import { perRequest, type Place } from "../loaders.ts";
import { batchedNodes, inViewerOrgs } from "../nodes.ts";
import type { Context } from "../context.ts";
import { inputIdOf, userIdOf } from "./goal.ts";
import { MembershipRef } from "./membership.ts";
import { OrganizationRef } from "./organization.ts";

// Planning (#11 §1): members' skills, interests, availability and time off, and the organization's
// tags. Owner suggestions and the workload are in owner-suggestion.ts.

export const TimeOffRef = builder.prismaNode("TimeOff", {
  id: { field: "id" },
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inViewerOrgs(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().timeOff.findMany({ where: { id: { in: ids }, ...inViewerOrgs(ctx) } })),
  fields: (t) => ({
    startDate: t.expose("startDate", { type: "Date" }),
    endDate: t.expose("endDate", { type: "Date", description: "The last day off (included)." }),
    note: t.exposeString("note"),
  }),
});

/** Each member's time off in their organization, by start date: one statement for every membership at one place. */
const timeOffOf = (ctx: Context, at: Place) =>
  perRequest<TimeOff[]>(ctx, "Membership.timeOff", at, async (keys) => {
    const pairs = keys.map((key) => key.split(":") as [string, string]);
    const rows = await prisma().timeOff.findMany({
      where: { organizationId: { in: [...new Set(pairs.map(([org]) => org))] }, userId: { in: [...new Set(pairs.map(([, user]) => user))] } },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
    });
    const groups = new Map(keys.map((key) => [key, [] as TimeOff[]] as const));
    for (const row of rows) groups.get(`${row.organizationId}:${row.userId}`)?.push(row);
    return keys.map((key) => groups.get(key)!);
  });

builder.prismaObjectFields(MembershipRef, (t) => ({
  skills: t.stringList({ resolve: (m: Membership) => m.skills }),
  interests: t.stringList({ resolve: (m: Membership) => m.interests }),
  availability: t.int({ description: "Share of a full week given to this organization, in percent (100 = full time).", resolve: (m: Membership) => m.availability }),
  timeOff: t.field({
    type: [TimeOffRef],
    extensions: listSize(MAX_TIME_OFF_PER_MEMBER),
    description: "Time off, earliest first.",
    resolve: (m: Membership, _args, ctx, info) => timeOffOf(ctx, info).load(`${m.organizationId}:${m.userId}`),
  }),
  viewerCanEditPlanning: t.boolean({
    description: "Whether you may change these skills, interests, availability and time off: your own, or anyone's as an admin.",
    resolve: (m: Membership, _args, ctx) => canEditPlanning(ctx.viewer, m.organizationId, m.userId),
  }),
}));

/**
 * The organization's tags in use (members' skills and interests, milestones' skills), each once
 * whatever its case (the most common spelling, then the first alphabetically), sorted: one
 * statement for a batch of organizations.
 */
const tagsOf = (ctx: Context, at: Place) =>
  perRequest<string[]>(ctx, "Organization.tags", at, async (orgIds) => {
    const rows = await prisma().$queryRaw<{ organizationId: string; tag: string }[]>`
      SELECT "organizationId", tag FROM (
        SELECT "organizationId", tag, row_number() OVER (PARTITION BY "organizationId" ORDER BY lower(tag)) AS n
        FROM (
          SELECT DISTINCT ON ("organizationId", lower(tag)) "organizationId", tag
          FROM (
            SELECT "organizationId", unnest(skills || interests) AS tag FROM "Membership" WHERE "organizationId" = ANY(${orgIds})
            UNION ALL
            SELECT "organizationId", unnest(skills) FROM "Milestone" WHERE "organizationId" = ANY(${orgIds}) AND cardinality(skills) > 0
          ) used
          GROUP BY "organizationId", tag
          ORDER BY "organizationId", lower(tag), count(*) DESC, tag
        ) distinct_tags
      ) numbered
      WHERE n <= ${MAX_ORG_TAGS}
      ORDER BY "organizationId", lower(tag)`;
    const groups = new Map(orgIds.map((id) => [id, [] as string[]] as const));
    for (const row of rows) groups.get(row.organizationId)?.push(row.tag);
    return orgIds.map((id) => groups.get(id)!);
  });

builder.prismaObjectFields(OrganizationRef, (t) => ({
  tags: t.stringList({
    extensions: listSize(MAX_ORG_TAGS),
    description: `The tags in use here (members' skills and interests, milestones' skills), sorted, at most ${MAX_ORG_TAGS}: suggestions for new ones.`,
    resolve: (org, _args, ctx, info) => tagsOf(ctx, info).load(org.id),
  }),
}));

const organizationIdOf = (id: string) => inputIdOf(id, "Organization");

const MemberPayload = builder.objectRef<{ membershipId: string }>("MemberPlanningPayload").implement({
  fields: (t) => ({
    membership: t.prismaField({
      type: "Membership",
      resolve: (query, p) => prisma().membership.findUniqueOrThrow({ ...query, where: { id: p.membershipId } }),
    }),
  }),
});

const UpdateMemberPlanningInput = builder.inputType("UpdateMemberPlanningInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    userId: t.id({ required: true }),
    skills: t.stringList({ description: "Replaces the skills: trimmed, each once whatever its case, at most 30 of 40 characters." }),
    interests: t.stringList({ description: "Replaces the interests, as skills." }),
    availability: t.int({ description: "Percent of a full week, 0..100." }),
  }),
});

builder.mutationField("updateMemberPlanning", (t) =>
  t.field({
    type: MemberPayload,
    description: "Change a member's skills, interests and availability: your own, or anyone's as an admin. Omitted fields stay.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateMemberPlanningInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const membership = await updateMemberPlanning(ctx.viewer, organizationIdOf(input.organizationId), userIdOf(input.userId), {
        skills: input.skills ?? undefined,
        interests: input.interests ?? undefined,
        availability: input.availability ?? undefined,
      });
      return { membershipId: membership.id };
    },
  }),
);

const AddTimeOffInput = builder.inputType("AddTimeOffInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    userId: t.id({ required: true }),
    startDate: t.field({ type: "Date", required: true }),
    endDate: t.field({ type: "Date", required: true, description: "The last day off, on or after startDate; at most 366 days in all." }),
    note: t.string({ description: "Optional, at most 200 characters." }),
  }),
});

const TimeOffPayload = builder.objectRef<{ timeOffId: string; membershipId: string }>("TimeOffPayload").implement({
  fields: (t) => ({
    timeOffId: t.id({ resolve: (p) => encodeGlobalID("TimeOff", p.timeOffId) }),
    membership: t.prismaField({
      type: "Membership",
      resolve: (query, p) => prisma().membership.findUniqueOrThrow({ ...query, where: { id: p.membershipId } }),
    }),
  }),
});

async function membershipIdOf(organizationId: string, userId: string) {
  const m = await prisma().membership.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { id: true } });
  return m?.id ?? "-";
}

builder.mutationField("addTimeOff", (t) =>
  t.field({
    type: TimeOffPayload,
    description: "Add a time-off range for a member: your own, or anyone's as an admin.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AddTimeOffInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const timeOff = await addTimeOff(ctx.viewer, organizationIdOf(input.organizationId), userIdOf(input.userId), {
        startDate: input.startDate,
        endDate: input.endDate,
        note: input.note ?? undefined,
      });
      return { timeOffId: timeOff.id, membershipId: await membershipIdOf(timeOff.organizationId, timeOff.userId) };
    },
  }),
);

builder.mutationField("removeTimeOff", (t) =>
  t.field({
    type: TimeOffPayload,
    description: "Remove a time-off range: your own, or anyone's as an admin.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: builder.inputType("RemoveTimeOffInput", { fields: (f) => ({ timeOffId: f.id({ required: true }) }) }), required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const timeOff = await removeTimeOff(ctx.viewer, idOf(input.timeOffId, "TimeOff"));
      return { timeOffId: timeOff.id, membershipId: await membershipIdOf(timeOff.organizationId, timeOff.userId) };
    },
  }),
);
