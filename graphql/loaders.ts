import "server-only";
import DataLoader from "dataloader";
import type { GraphQLResolveInfo } from "graphql";
import type { Path } from "graphql/jsutils/Path";
import type {
  Activity,
  ApiToken,
  Assignment,
  CheckIn,
  Comment,
  Goal,
  Membership,
  Milestone,
  MilestoneDependency,
  Organization,
  ProgressSnapshot,
  ShareLink,
  User,
} from "../prisma/generated/client/client.ts";
import { rolledUpChildren } from "../server/goals/recompute.ts";
import { visibleShareLinks } from "../server/shares/shares.ts";
import { dateKey, todayIn } from "../domain/dates.ts";
import { roadmapRows } from "../domain/roadmap.ts";
import { prisma } from "../server/db.ts";
import type { Context } from "./context.ts";

// Every relation a list can reach is read through one of these per-request batch loaders: all the
// loads of one tick become one `WHERE key IN (…)` statement, so a request costs one statement per
// relation it touches, whatever the number of rows. Objects reached this way come from an
// authorized parent (the keys are that parent's foreign keys), so they need no check of their own.
// The cache lives on the request's context object and dies with it.

const byRequest = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

// Large enough that any page the cost limit allows is one batch; small enough for PostgreSQL's
// 65,535 bind parameters.
const MAX_BATCH = 20_000;

// One loader per relation and place in the query (the path of the parent objects, list indexes
// left out). All the parents at one place resolve together, so each place's loads form exactly one
// batch: how many statements a query runs depends on its shape only, never on which database
// answer happened to arrive first. (Walked each time: paths are short, and remembering them per
// path object in a WeakMap cost more than the walk.)
function placeOf(path: Path | undefined): string {
  let key = "";
  for (let at = path; at; at = at.prev) if (typeof at.key !== "number") key = `.${at.key}${key}`;
  return key;
}

/** Where in the query a field's parent objects are; loads from one place are batched together. */
export type Place = Pick<GraphQLResolveInfo, "path" | "fieldName"> | undefined;

/**
 * A loader of `relation` for the parents at `at`. Lookups by id are kept apart per field as well:
 * a milestone's owner is asked for as soon as the milestone resolves, its assignees only once
 * their assignments have loaded, and the two must not race to share a batch.
 */
export function perRequest<V>(
  ctx: Context,
  relation: string,
  at: Place,
  batch: (keys: string[]) => Promise<V[]>,
  { byField = false } = {},
): DataLoader<string, V> {
  const name = at ? `${relation}@${placeOf(at.path.prev)}${byField ? `.${at.fieldName}` : ""}` : relation;
  let loaders = byRequest.get(ctx);
  if (!loaders) byRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>((keys) => batch([...keys]), { maxBatchSize: MAX_BATCH });
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

function one<T>(rows: T[], keys: string[], keyOf: (row: T) => string): (T | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => found.get(key) ?? null);
}

/** Rows grouped under their key, each group in the order the rows came. */
function many<T>(rows: T[], keys: string[], keyOf: (row: T) => string): T[][] {
  const groups = new Map(keys.map((key) => [key, [] as T[]] as const));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

const oldestFirst = [{ createdAt: "asc" as const }, { id: "asc" as const }];
const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];
const planned = [{ position: "asc" as const }, { id: "asc" as const }];

// ---- Rows by id ----

/**
 * People by id, per field at a place; `{ byField: false }` for the fields of a row that are all asked
 * for at once (a milestone's owner and approver), so they share one statement whichever are set.
 */
export const userById = (ctx: Context, at?: Place, { byField = true } = {}) =>
  perRequest<User | null>(ctx, "User", at, async (ids) => one(await prisma().user.findMany({ where: { id: { in: ids } } }), ids, (u) => u.id), { byField });

export const goalById = (ctx: Context, at?: Place) =>
  perRequest<Goal | null>(ctx, "Goal", at, async (ids) => one(await prisma().goal.findMany({ where: { id: { in: ids } } }), ids, (g) => g.id), {
    byField: true,
  });

/**
 * Whole milestone rows by id. A field that leads to a milestone loads per field (`byField`); the
 * columns a listed milestone lacks (see `listedMilestoneColumns`) load with `{ byField: false }`, so
 * every such field at one place of the query shares one statement.
 */
export const milestoneById = (ctx: Context, at?: Place, { byField = true } = {}) =>
  perRequest<Milestone | null>(ctx, "Milestone", at, async (ids) =>
    one(await prisma().milestone.findMany({ where: { id: { in: ids } } }), ids, (m) => m.id),
    { byField },
  );

/** Organizations by id: the viewer's own come with the viewer (no statement), others are read. */
export const organizationById = (ctx: Context, at?: Place) =>
  perRequest<Organization | null>(
    ctx,
    "Organization",
    at,
    async (ids) => {
      const known = ctx.viewer?.organizations ?? new Map<string, Organization>();
      const unknown = ids.filter((id) => !known.has(id));
      const read = unknown.length ? await prisma().organization.findMany({ where: { id: { in: unknown } } }) : [];
      return one([...known.values(), ...read], ids, (o) => o.id);
    },
    { byField: true },
  );

// ---- An organization's rows ----

/** An organization's roadmap as ids: `flat` by start date, then target date, then title; `rows` in row order (parents before sub-goals). */
export interface RoadmapOutline {
  flat: string[];
  rows: string[];
}

/** Narrow rows of every non-archived goal (closed ones too unless left out), for the roadmap's order and count. */
export const roadmapOutlineOf = (ctx: Context, includeClosed: boolean, at?: Place) =>
  perRequest<RoadmapOutline>(ctx, `Organization.roadmap:${includeClosed}`, at, async (orgIds) => {
    const goals = await prisma().goal.findMany({
      where: { organizationId: { in: orgIds }, archivedAt: null, ...(includeClosed ? {} : { closedAt: null }) },
      select: { id: true, organizationId: true, parentId: true, title: true, startDate: true, targetDate: true },
      orderBy: [{ startDate: "asc" }, { targetDate: "asc" }, { title: "asc" }, { id: "asc" }],
    });
    return many(goals, orgIds, (g) => g.organizationId).map((flat) => ({
      flat: flat.map((g) => g.id),
      rows: roadmapRows(flat.map((g) => ({ ...g, startDate: dateKey(g.startDate), targetDate: dateKey(g.targetDate) }))).map((row) => row.goal.id),
    }));
  });

/** How many goals of each organization are open (neither closed nor archived): one count for a batch. */
export const openGoalCountOf = (ctx: Context, at?: Place) =>
  perRequest<number>(ctx, "Organization.openGoalCount", at, async (orgIds) => {
    const rows = await prisma().goal.groupBy({
      by: ["organizationId"],
      where: { organizationId: { in: orgIds }, closedAt: null, archivedAt: null },
      _count: { _all: true },
    });
    const counts = new Map(rows.map((r) => [r.organizationId, r._count._all] as const));
    return orgIds.map((id) => counts.get(id) ?? 0);
  });

// ---- A goal's rows ----

/**
 * The columns of a milestone that lists and the computed facts (progress, health, schedule) read.
 * A list holds many milestones and the others are rarely asked for, yet mapping them cost as much
 * again (six of them dates): Milestone fields that read another column load the whole row by id
 * when a query asks (graphql/types/milestone.ts, `unlisted`; `milestoneById` with `byField: false`).
 */
export const listedMilestoneColumns = {
  id: true,
  organizationId: true,
  goalId: true,
  title: true,
  dueDate: true,
  status: true,
  ownerId: true,
  weight: true,
  durationDays: true,
  position: true,
  // Approvals: the row's badge and actions (graphql/types/approval.ts).
  kind: true,
  approverId: true,
  approvalState: true,
  // Planning: owner suggestions match them (graphql/types/owner-suggestion.ts).
  skills: true,
} as const satisfies Partial<Record<keyof Milestone, true>>;
export type ListedMilestone = Pick<Milestone, keyof typeof listedMilestoneColumns>;

/** Every milestone of each goal, in planned order, with the listed columns: what the connection pages and the computed facts read. */
export const milestonesOf = (ctx: Context, at?: Place) =>
  perRequest<ListedMilestone[]>(ctx, "Goal.milestones", at, async (goalIds) =>
    many(
      await prisma().milestone.findMany({ where: { goalId: { in: goalIds } }, orderBy: planned, select: listedMilestoneColumns }),
      goalIds,
      (m) => m.goalId,
    ),
  );

/** Sub-goals that count in the roll-up (not archived), by title. */
export const childrenOf = (ctx: Context, at?: Place) =>
  perRequest<Goal[]>(ctx, "Goal.children", at, async (goalIds) =>
    many(
      await prisma().goal.findMany({ where: { parentId: { in: goalIds }, ...rolledUpChildren.where }, orderBy: rolledUpChildren.orderBy }),
      goalIds,
      (g) => g.parentId!,
    ),
  );

export const checkInsOf = (ctx: Context, at?: Place) =>
  perRequest<CheckIn[]>(ctx, "Goal.checkIns", at, async (goalIds) =>
    many(await prisma().checkIn.findMany({ where: { goalId: { in: goalIds } }, orderBy: newestFirst }), goalIds, (c) => c.goalId),
  );

export const snapshotsOf = (ctx: Context, at?: Place) =>
  perRequest<ProgressSnapshot[]>(ctx, "Goal.snapshots", at, async (goalIds) =>
    many(
      await prisma().progressSnapshot.findMany({
        where: { goalId: { in: goalIds } },
        orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
      }),
      goalIds,
      (s) => s.goalId,
    ),
  );

export const activityOfGoal = (ctx: Context, at?: Place) =>
  perRequest<Activity[]>(ctx, "Goal.activity", at, async (goalIds) =>
    many(await prisma().activity.findMany({ where: { goalId: { in: goalIds } }, orderBy: newestFirst }), goalIds, (a) => a.goalId!),
  );

/** Comments on the goal itself, not on its milestones. */
export const goalCommentsOf = (ctx: Context, at?: Place) =>
  perRequest<Comment[]>(ctx, "Goal.comments", at, async (goalIds) =>
    many(
      await prisma().comment.findMany({ where: { goalId: { in: goalIds }, milestoneId: null }, orderBy: oldestFirst }),
      goalIds,
      (c) => c.goalId,
    ),
  );

/**
 * Whether each "organizationId:userId" is a member now: one statement for a batch. Mentions name
 * people by id, and only current members of the comment's organization are shown as people.
 */
export const isMemberOf = (ctx: Context, at?: Place) =>
  perRequest<boolean>(ctx, "Membership.exists", at, async (keys) => {
    const pairs = keys.map((key) => key.split(":") as [string, string]);
    const rows = await prisma().membership.findMany({
      where: { organizationId: { in: [...new Set(pairs.map(([org]) => org))] }, userId: { in: [...new Set(pairs.map(([, user]) => user))] } },
      select: { organizationId: true, userId: true },
    });
    const members = new Set(rows.map((m) => `${m.organizationId}:${m.userId}`));
    return keys.map((key) => members.has(key));
  });

/** What backward planning reads of each goal: its window, its milestones and their dependencies. */
export interface PlanInputs {
  goal: Pick<Goal, "id" | "organizationId" | "startDate" | "targetDate">;
  milestones: Pick<Milestone, "id" | "dueDate" | "durationDays" | "status" | "position">[];
  dependsOn: Map<string, string[]>;
}

// Its own loader: planning asks from several fields and places, and sharing the goal and milestone
// loaders would split their batches into waves. Goals and milestones side by side, then the
// dependencies by milestone id (joining them to Milestone on goalId scanned the whole table).
export const planInputsOf = (ctx: Context, at?: Place) =>
  perRequest<PlanInputs | null>(ctx, "Goal.plan", at, async (goalIds) => {
    const [goals, milestones] = await Promise.all([
      prisma().goal.findMany({ where: { id: { in: goalIds } }, select: { id: true, organizationId: true, startDate: true, targetDate: true } }),
      prisma().milestone.findMany({
        where: { goalId: { in: goalIds } },
        orderBy: planned,
        select: { id: true, goalId: true, dueDate: true, durationDays: true, status: true, position: true },
      }),
    ]);
    // One array parameter: a batch of goals may hold more milestones than PostgreSQL has bind parameters.
    const dependencies = milestones.length
      ? await prisma().$queryRaw<{ milestoneId: string; dependsOnId: string }[]>`
          SELECT "milestoneId", "dependsOnId" FROM "MilestoneDependency" WHERE "milestoneId" = ANY(${milestones.map((m) => m.id)})`
      : [];
    const dependsOn = new Map<string, string[]>();
    for (const d of dependencies) {
      const list = dependsOn.get(d.milestoneId);
      if (list) list.push(d.dependsOnId);
      else dependsOn.set(d.milestoneId, [d.dependsOnId]);
    }
    const milestonesOfGoal = many(milestones, goalIds, (m) => m.goalId);
    return one(goals, goalIds, (g) => g.id).map((goal, i) => (goal ? { goal, milestones: milestonesOfGoal[i]!, dependsOn } : null));
  });

// ---- A milestone's rows ----

/** Who is assigned to each milestone, oldest assignment first: user ids only (a page's assignees load by id). */
export const assigneeIdsOf = (ctx: Context, at?: Place) =>
  perRequest<string[]>(ctx, "Milestone.assigneeIds", at, async (milestoneIds) =>
    many(
      await prisma().assignment.findMany({ where: { milestoneId: { in: milestoneIds } }, orderBy: oldestFirst, select: { milestoneId: true, userId: true } }),
      milestoneIds,
      (a) => a.milestoneId,
    ).map((rows) => rows.map((a) => a.userId)),
  );

export const assignmentsOf = (ctx: Context, at?: Place) =>
  perRequest<Assignment[]>(ctx, "Milestone.assignments", at, async (milestoneIds) =>
    many(
      await prisma().assignment.findMany({ where: { milestoneId: { in: milestoneIds } }, orderBy: oldestFirst }),
      milestoneIds,
      (a) => a.milestoneId,
    ),
  );

/** The dependency rows of each milestone: what it waits for. */
export const prerequisitesOf = (ctx: Context, at?: Place) =>
  perRequest<MilestoneDependency[]>(ctx, "Milestone.dependsOn", at, async (milestoneIds) =>
    many(
      await prisma().milestoneDependency.findMany({ where: { milestoneId: { in: milestoneIds } }, orderBy: { id: "asc" } }),
      milestoneIds,
      (d) => d.milestoneId,
    ),
  );

/** The dependency rows pointing at each milestone: what waits for it. */
export const dependentsOf = (ctx: Context, at?: Place) =>
  perRequest<MilestoneDependency[]>(ctx, "Milestone.dependents", at, async (milestoneIds) =>
    many(
      await prisma().milestoneDependency.findMany({ where: { dependsOnId: { in: milestoneIds } }, orderBy: { id: "asc" } }),
      milestoneIds,
      (d) => d.dependsOnId,
    ),
  );

export const milestoneCommentsOf = (ctx: Context, at?: Place) =>
  perRequest<Comment[]>(ctx, "Milestone.comments", at, async (milestoneIds) =>
    many(
      await prisma().comment.findMany({ where: { milestoneId: { in: milestoneIds } }, orderBy: oldestFirst }),
      milestoneIds,
      (c) => c.milestoneId!,
    ),
  );

// ---- Rows that depend on who is asking ----

/** A user's memberships in the viewer's organizations (other tenants stay invisible), by organization name. */
export const membershipsOf = (ctx: Context, at?: Place) =>
  perRequest<Membership[]>(ctx, "User.memberships", at, async (userIds) =>
    many(
      await prisma().membership.findMany({
        where: { userId: { in: userIds }, organizationId: { in: ctx.viewer?.orgIds ?? [] } },
        orderBy: [{ organization: { name: "asc" } }, { id: "asc" }],
      }),
      userIds,
      (m) => m.userId,
    ),
  );

/** API tokens, newest first: only the viewer's own; anyone else's list is empty. */
export const apiTokensOf = (ctx: Context, at?: Place) =>
  perRequest<ApiToken[]>(ctx, "User.apiTokens", at, async (userIds) => {
    const own = userIds.filter((id) => id === ctx.viewer?.userId);
    const tokens = own.length ? await prisma().apiToken.findMany({ where: { userId: { in: own } }, orderBy: newestFirst }) : [];
    return many(tokens, userIds, (t) => t.userId);
  });

/** Share links to each goal that the viewer may see, newest first. */
export const shareLinksOf = (ctx: Context, { activeOnly }: { activeOnly: boolean }, at?: Place) =>
  perRequest<ShareLink[]>(ctx, `Goal.shareLinks:${activeOnly}`, at, async (goalIds) =>
    many(
      await prisma().shareLink.findMany({
        where: { AND: [{ goalId: { in: goalIds } }, visibleShareLinks(ctx.viewer, { activeOnly })] },
        orderBy: newestFirst,
      }),
      goalIds,
      (l) => l.goalId!,
    ),
  );

// ---- Whole sets at once ----
// For callers that hold every key of a place at once (a page loaded ahead): one statement per
// MAX_BATCH keys, and no promise per key as DataLoader's loadMany makes.

async function inChunks<T>(keys: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  if (keys.length <= MAX_BATCH) return keys.length ? read(keys) : [];
  const chunks: Promise<T[]>[] = [];
  for (let i = 0; i < keys.length; i += MAX_BATCH) chunks.push(read(keys.slice(i, i + MAX_BATCH)));
  return (await Promise.all(chunks)).flat();
}

/** Who is assigned to each milestone, oldest assignment first: user ids by milestone id. */
export async function assigneeIdsByMilestone(milestoneIds: string[]): Promise<Map<string, string[]>> {
  const rows = await inChunks(milestoneIds, (ids) =>
    prisma().assignment.findMany({ where: { milestoneId: { in: ids } }, orderBy: oldestFirst, select: { milestoneId: true, userId: true } }),
  );
  const byMilestone = new Map<string, string[]>();
  for (const { milestoneId, userId } of rows) {
    const ids = byMilestone.get(milestoneId);
    if (ids) ids.push(userId);
    else byMilestone.set(milestoneId, [userId]);
  }
  return byMilestone;
}

/** Users by id. */
export async function usersById(userIds: string[]): Promise<Map<string, User>> {
  const users = await inChunks(userIds, (ids) => prisma().user.findMany({ where: { id: { in: ids } } }));
  return new Map(users.map((u) => [u.id, u] as const));
}

/** Rows by id, skipping ids that no longer resolve, in the order of `ids`. */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((row): row is T => row != null && !(row instanceof Error));
}

// ---- Per-request facts ----

/** An organization's IANA time zone: from the viewer's memberships (loaded with the viewer), else loaded. */
export function timeZoneOf(ctx: Context, organizationId: string): string | Promise<string> {
  const known = ctx.viewer?.timeZones.get(organizationId);
  if (known) return known;
  return organizationById(ctx)
    .load(organizationId)
    .then((org) => org?.timeZone ?? "UTC");
}

const todays = new WeakMap<Context, Map<string, string>>();

/** Today ("YYYY-MM-DD") in an organization's time zone, once per request and organization. */
export function todayOf(ctx: Context, organizationId: string): string | Promise<string> {
  let days = todays.get(ctx);
  if (!days) todays.set(ctx, (days = new Map()));
  const known = days.get(organizationId);
  if (known) return known;
  const remember = (timeZone: string) => {
    const today = todayIn(timeZone);
    days.set(organizationId, today);
    return today;
  };
  const timeZone = timeZoneOf(ctx, organizationId);
  return typeof timeZone === "string" ? remember(timeZone) : timeZone.then(remember);
}
