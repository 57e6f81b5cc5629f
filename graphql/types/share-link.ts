import "server-only";
import { parseCalendarDate, todayIn } from "../../domain/dates.ts";
import { prisma } from "../../server/db.ts";
import { env } from "../../server/env.ts";
import {
  expectedFacts,
  expectedProgressOf,
  healthFacts,
  healthOf,
  historyFacts,
  progressFacts,
  progressHistoryOf,
} from "../../server/goals/facts.ts";
import { goalProgress } from "../../domain/progress.ts";
import { inOrderOf } from "../../server/dashboard/service.ts";
import { sharePath, shareLinkScope, shareLinkStatus, shareUrl } from "../../domain/schemas/share.ts";
import { canShare, createShareLink, openSharedView, revokeShareLink, type SharedView, visibleShareLinks } from "../../server/shares/shares.ts";
import { builder } from "../builder.ts";
import { batchedNodes } from "../nodes.ts";
import { idOf } from "../ids.ts";
import { goalById, organizationById, shareLinksOf, userById } from "../loaders.ts";
import type { Organization, User } from "../../prisma/generated/client/client.ts";
import { UserRef } from "./user.ts";
import { HealthCountsRef } from "./dashboard.ts";
import { GoalKindEnum, GoalOutcomeEnum, GoalRef, HealthEnum, inputIdOf, MetricDirectionEnum, ProgressPointRef } from "./goal.ts";
import { MilestoneStateEnum, openPlanEntry, planFacts, stateFacts, stateOf } from "./milestone.ts";
import { OrganizationRef } from "./organization.ts";
import { chargeAttempt } from "../../server/rate-limit/enforce.ts";
import { MAX_GOALS_PER_ORG, MAX_MILESTONES_PER_GOAL, PLANNED_LINKS, PLANNED_PROGRESS_POINTS } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

export const ShareLinkStatusEnum = builder.enumType("ShareLinkStatus", {
  values: ["ACTIVE", "EXPIRED", "REVOKED"] as const,
});

export const ShareLinkScopeEnum = builder.enumType("ShareLinkScope", {
  values: ["GOAL", "DASHBOARD"] as const,
  description: "What a share link shows: one goal, or the organization's dashboard.",
});

const SharedViewStatusEnum = builder.enumType("SharedViewStatus", {
  values: ["ACTIVE", "EXPIRED", "REVOKED", "NOT_FOUND"] as const,
});

// Admins see all of their organization's links; anyone else only the links to goals they own.
export const ShareLinkRef = builder.prismaNode("ShareLink", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: [visibleShareLinks(ctx.viewer)] }),
  ...batchedNodes((ids, ctx) => prisma().shareLink.findMany({ where: { id: { in: ids }, AND: [visibleShareLinks(ctx.viewer)] } })),
  authScopes: (link) => ({ orgMember: link.organizationId }),
  description: "A secret read-only link for people outside the organization. The link itself is shown once, at creation.",
  fields: (t) => ({
    scope: t.field({ type: ShareLinkScopeEnum, resolve: shareLinkScope }),
    goal: t.field({
      type: GoalRef,
      nullable: true,
      description: "The goal shared; null for a dashboard link.",
      resolve: (link, _args, ctx, info) => (link.goalId ? goalById(ctx, info).load(link.goalId) : null),
    }),
    organization: t.field({
      type: OrganizationRef,
      resolve: (link, _args, ctx, info) => organizationById(ctx, info).load(link.organizationId) as Promise<Organization>,
    }),
    createdBy: t.field({ type: UserRef, resolve: (link, _args, ctx, info) => userById(ctx, info).load(link.createdById) as Promise<User> }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "null: never expires." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    lastViewedAt: t.expose("lastViewedAt", {
      type: "DateTime",
      nullable: true,
      description: "When someone last opened it (recorded at most once a minute).",
    }),
    status: t.field({ type: ShareLinkStatusEnum, resolve: (link) => shareLinkStatus(link) }),
    viewerCanRevoke: t.boolean({
      description: "Admins, and the goal's owner for a link to their goal.",
      resolve: async (link, _args, ctx, info) =>
        canShare(ctx.viewer, link.organizationId, link.goalId ? await goalById(ctx, info).load(link.goalId) : null),
    }),
  }),
});

const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

builder.prismaObjectField(OrganizationRef, "shareLinks", (t) =>
  t.relation("shareLinks", {
    extensions: listSize(PLANNED_LINKS),
    description: "Share links, newest first: all of them for admins, those to goals you own for anyone else.",
    args: { includeInactive: t.arg.boolean({ defaultValue: false, description: "Also expired and revoked links." }) },
    query: ({ includeInactive }, ctx) => ({
      where: visibleShareLinks(ctx.viewer, { activeOnly: !includeInactive }),
      orderBy: newestFirst,
    }),
  }),
);

builder.prismaObjectField(GoalRef, "shareLinks", (t) =>
  t.field({
    type: [ShareLinkRef],
    extensions: listSize(PLANNED_LINKS),
    description: "Links to this goal, newest first; empty unless you are an admin or the goal's owner.",
    args: { includeInactive: t.arg.boolean({ defaultValue: false, description: "Also expired and revoked links." }) },
    resolve: (goal, { includeInactive }, ctx, info) => shareLinksOf(ctx, { activeOnly: !includeInactive }, info).load(goal.id),
  }),
);

// ---- What a share link shows: read-only types with only what outsiders may see (no ids, no emails) ----

const SharedCheckInRef = builder.prismaObject("CheckIn", {
  variant: "SharedCheckIn",
  description: "A check-in as a shared view shows it.",
  fields: (t) => ({
    date: t.field({
      type: "Date",
      description: "The day it was recorded, in the organization's time zone.",
      select: { organization: { select: { timeZone: true } } },
      resolve: (c) => parseCalendarDate(todayIn(c.organization.timeZone, c.createdAt))!,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    value: t.exposeFloat("value", { nullable: true }),
    confidence: t.expose("confidence", { type: HealthEnum }),
    note: t.exposeString("note"),
    authorName: t.string({ select: { author: { select: { name: true } } }, resolve: (c) => c.author.name }),
  }),
});

// Approval history on a shared page: people by name only, as the page shows owners.
const sharedName = (u: { name: string; deletedAt: Date | null }) => (u.deletedAt ? "Deleted user" : u.name);
/**
 * The latest decisions a share page shows per approval milestone. Fewer than in the app: a shared
 * dashboard lists every goal's milestones, and the query's cost bound (graphql/complexity.ts) counts
 * each list at its maximum.
 */
const SHARED_APPROVAL_STEPS = 10;

const SharedApprovalStepRef = builder
  .objectRef<{ action: string; note: string; createdAt: Date; actorName: string }>("SharedApprovalStep")
  .implement({
    fields: (t) => ({
      action: t.exposeString("action", { description: "REQUESTED, APPROVED or REJECTED." }),
      note: t.exposeString("note"),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      actorName: t.exposeString("actorName"),
    }),
  });

const SharedMilestoneRef = builder.prismaObject("Milestone", {
  variant: "SharedMilestone",
  description: "A milestone as a shared view shows it.",
  fields: (t) => ({
    title: t.exposeString("title"),
    dueDate: t.expose("dueDate", { type: "Date" }),
    baselineDueDate: t.expose("baselineDueDate", { type: "Date" }),
    slipCount: t.exposeInt("slipCount"),
    effectiveStatus: t.field({ type: MilestoneStateEnum, select: stateFacts, resolve: stateOf }),
    isCritical: t.boolean({
      select: planFacts,
      resolve: (m, _args, ctx, info) => openPlanEntry(m, ctx)?.critical ?? false,
    }),
    isApproval: t.boolean({ select: { kind: true }, resolve: (m) => m.kind === "APPROVAL" }),
    approvalState: t.string({ nullable: true, select: { approvalState: true }, resolve: (m) => m.approvalState }),
    approverName: t.string({
      nullable: true,
      select: { approver: { select: { name: true, deletedAt: true } } },
      resolve: (m) => (m.approver ? sharedName(m.approver) : null),
    }),
    approvalHistory: t.field({
      type: [SharedApprovalStepRef],
      description: `Who requested, approved or rejected it, when, and their note (oldest first; the newest ${SHARED_APPROVAL_STEPS} when there are more): names only, never emails.`,
      extensions: listSize(SHARED_APPROVAL_STEPS),
      select: {
        approvalSteps: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: SHARED_APPROVAL_STEPS,
          select: { action: true, note: true, createdAt: true, actor: { select: { name: true, deletedAt: true } } },
        },
      },
      resolve: (m) =>
        m.approvalSteps.map((s) => ({ action: s.action, note: s.note, createdAt: s.createdAt, actorName: sharedName(s.actor) })).reverse(),
    }),
  }),
});

const RECENT_CHECK_INS = 10;

const SharedGoalRef = builder.prismaObject("Goal", {
  variant: "SharedGoal",
  description: "A goal as a shared view shows it: its progress and plan, nothing about the rest of the organization.",
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    ownerName: t.string({ select: { owner: { select: { name: true } } }, resolve: (g) => g.owner.name }),
    startDate: t.expose("startDate", { type: "Date" }),
    targetDate: t.expose("targetDate", { type: "Date" }),
    kind: t.expose("kind", { type: GoalKindEnum }),
    unit: t.exposeString("unit", { nullable: true }),
    startValue: t.exposeFloat("startValue", { nullable: true }),
    targetValue: t.exposeFloat("targetValue", { nullable: true }),
    currentValue: t.exposeFloat("currentValue", { nullable: true }),
    direction: t.expose("direction", { type: MetricDirectionEnum, nullable: true }),
    progress: t.exposeFloat("progress", { description: "0..1" }),
    progressFormula: t.string({
      select: progressFacts,
      resolve: (g) => goalProgress(g, g.children, g.milestones).formula,
    }),
    expectedProgress: t.float({ select: expectedFacts, resolve: (g) => expectedProgressOf(g) }),
    health: t.field({ type: HealthEnum, nullable: true, select: healthFacts, resolve: (g) => healthOf(g)?.health ?? null }),
    healthExplanation: t.string({ nullable: true, select: healthFacts, resolve: (g) => healthOf(g)?.explanation ?? null }),
    confidence: t.expose("confidence", { type: HealthEnum, nullable: true }),
    outcome: t.expose("outcome", { type: GoalOutcomeEnum, nullable: true }),
    isClosed: t.boolean({ select: { closedAt: true }, resolve: (g) => g.closedAt !== null }),
    milestones: t.relation("milestones", {
      type: SharedMilestoneRef,
      extensions: listSize(MAX_MILESTONES_PER_GOAL),
      description: "In their planned order.",
      query: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    }),
    recentCheckIns: t.relation("checkIns", {
      type: SharedCheckInRef,
      extensions: listSize(RECENT_CHECK_INS),
      description: `The ${RECENT_CHECK_INS} latest check-ins, newest first.`,
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: RECENT_CHECK_INS },
    }),
    progressHistory: t.field({ type: [ProgressPointRef], extensions: listSize(PLANNED_PROGRESS_POINTS), select: historyFacts, resolve: progressHistoryOf }),
  }),
});

/** Nothing to load (an inactive link, or the other scope): the planned query is deliberately not run. */
function nothing<T>(query: object, empty: T): T {
  void { ...query };
  return empty;
}

const SharedViewRef = builder.objectRef<SharedView>("SharedView").implement({
  description: "What a share link shows. Unless it is ACTIVE, only its status (and when it expired).",
  fields: (t) => ({
    status: t.expose("status", { type: SharedViewStatusEnum }),
    scope: t.field({ type: ShareLinkScopeEnum, nullable: true, resolve: (v) => (v.status === "ACTIVE" ? v.scope : null) }),
    organizationName: t.string({ nullable: true, resolve: (v) => (v.status === "ACTIVE" ? v.organizationName : null) }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    goal: t.prismaField({
      type: SharedGoalRef,
      nullable: true,
      description: "GOAL scope: the goal shared.",
      resolve: (query, v) =>
        v.status === "ACTIVE" && v.goalId
          ? prisma().goal.findFirst({ ...query, where: { id: v.goalId, organizationId: v.organizationId } })
          : nothing(query, null),
    }),
    goals: t.prismaField({
      type: [SharedGoalRef],
      extensions: listSize(MAX_GOALS_PER_ORG),
      description: "DASHBOARD scope: the organization's open goals (not archived), off track first, then at risk, then on track.",
      resolve: async (query, v) =>
        v.status === "ACTIVE" && v.scope === "DASHBOARD"
          ? inOrderOf(v.goalIds, await prisma().goal.findMany({ ...query, where: { id: { in: v.goalIds }, organizationId: v.organizationId } }))
          : nothing(query, []),
    }),
    healthCounts: t.field({
      type: HealthCountsRef,
      nullable: true,
      description: "DASHBOARD scope: how the organization's goals stand.",
      resolve: (v) => (v.status === "ACTIVE" ? v.healthCounts : null),
    }),
  }),
});

builder.queryField("sharedView", (t) =>
  t.field({
    type: SharedViewRef,
    description: "What a share link shows; needs no sign-in. An unknown token answers status NOT_FOUND.",
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true }) },
    // Rate-limited per link and per address (server/rate-limit): 429 with Retry-After past it.
    resolve: async (_root, { token }) => {
      await chargeAttempt("shareView", token);
      return openSharedView(token);
    },
  }),
);

// ---- Creating and revoking ----

const ShareLinkPayload = (name: string) =>
  builder.objectRef<{ shareLinkId: string }>(name).implement({
    fields: (t) => ({
      shareLink: t.prismaField({
        type: "ShareLink",
        resolve: (query, p) => prisma().shareLink.findUniqueOrThrow({ ...query, where: { id: p.shareLinkId } }),
      }),
    }),
  });

const CreateShareLinkInput = builder.inputType("CreateShareLinkInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    goalId: t.id({ description: "The goal to share; omit to share the organization's dashboard (admins only)." }),
    expiresAt: t.field({ type: "DateTime", description: "When the link stops working; omit for a link that lasts until revoked." }),
  }),
});

const CreateShareLinkPayload = builder.objectRef<{ shareLinkId: string; token: string }>("CreateShareLinkPayload").implement({
  fields: (t) => ({
    shareLink: t.prismaField({
      type: "ShareLink",
      resolve: (query, p) => prisma().shareLink.findUniqueOrThrow({ ...query, where: { id: p.shareLinkId } }),
    }),
    path: t.string({
      description: "The secret link's path (/shared/<token>). Shown once: only its hash is stored.",
      resolve: (p) => sharePath(p.token),
    }),
    url: t.string({
      description: "The secret link, absolute when the server knows its public URL (NEXTAUTH_URL), else the path.",
      resolve: (p) => shareUrl(p.token, env().NEXTAUTH_URL),
    }),
  }),
});

builder.mutationField("createShareLink", (t) =>
  t.field({
    type: CreateShareLinkPayload,
    description: "Create a read-only link to a goal (admins, or the goal's owner) or to the dashboard (admins).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateShareLinkInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { shareLink, token } = await createShareLink(ctx.viewer, idOf(input.organizationId, "Organization"), {
        goalId: input.goalId == null ? null : inputIdOf(input.goalId, "Goal"),
        expiresAt: input.expiresAt,
      });
      return { shareLinkId: shareLink.id, token };
    },
  }),
);

const RevokeShareLinkInput = builder.inputType("RevokeShareLinkInput", {
  fields: (t) => ({ shareLinkId: t.id({ required: true }) }),
});

builder.mutationField("revokeShareLink", (t) =>
  t.field({
    type: ShareLinkPayload("RevokeShareLinkPayload"),
    description: "Stop a share link from showing anything (admins, or the goal's owner).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RevokeShareLinkInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      shareLinkId: (await revokeShareLink(ctx.viewer, idOf(input.shareLinkId, "ShareLink"))).id,
    }),
  }),
);
