import "server-only";
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { Goal, Milestone, User } from "../prisma/generated/client/client.ts";
import { prisma } from "../server/db.ts";
import { type Page, type PageArgs, pageOf } from "./connections.ts";
import type { Context } from "./context.ts";
import { assigneeIdsByMilestone, type ListedMilestone, loadAll, milestonesOf, perRequest, usersById } from "./loaders.ts";

// Pages of milestones (a goal's `milestones` connection) are made for every goal at one place of
// the query at once, with the people the query asks of them (owner, assignees) loaded before they
// answer. A milestone whose fields all resolve synchronously costs no promise of its own, and the
// goals share one load: on a 200-goal overview with 1,600 milestones, a promise per goal instead of
// one per milestone and person, which was most of the execution's allocations.

// Kept on the row itself (rows are per request), with the goal when a shared list loaded it
// (milestonesWithGoal, below): a WeakMap of 1,600 rows costs the garbage
// collector more than the lookups it saves.
const AHEAD = Symbol("loaded ahead");
type Ahead = { owner?: User | null; assignees?: User[]; goal?: Goal };
type WithAhead = { [AHEAD]?: Ahead };

function fieldsIn(set: SelectionSetNode, info: GraphQLResolveInfo): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsIn(selection.selectionSet, info);
    const fragment = info.fragments[selection.name.value];
    return fragment ? fieldsIn(fragment.selectionSet, info) : [];
  });
}

/** Names of the fields selected at `path` below the field being resolved, fragments included. */
function selectedAt(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) => fieldsIn(set, info).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : [])));
  }
  return new Set(sets.flatMap((set) => fieldsIn(set, info).map((f) => f.name.value)));
}

/**
 * Loads the owners and assignees that the query asks of the milestones at `path` below the field
 * being resolved: one statement for the assignments (by milestone id), then one for the people.
 */
async function loadPeopleAhead(milestones: ListedMilestone[], info: GraphQLResolveInfo, path: string[]) {
  const selected = selectedAt(info, path);
  const wantOwner = selected.has("owner");
  // helpers is the new name of assignees (graphql/types/assignment.ts): the same people.
  const wantAssignees = selected.has("assignees") || selected.has("helpers");
  if (!milestones.length || (!wantOwner && !wantAssignees)) return;
  const assigneeIds = wantAssignees ? await assigneeIdsByMilestone(milestones.map((m) => m.id)) : new Map<string, string[]>();
  const userIds = new Set<string>();
  if (wantOwner) for (const m of milestones) if (m.ownerId) userIds.add(m.ownerId);
  for (const ids of assigneeIds.values()) for (const id of ids) userIds.add(id);
  const users = await usersById([...userIds]);
  for (const m of milestones as (ListedMilestone & WithAhead)[]) {
    const people: Ahead = m[AHEAD] ?? {};
    if (wantOwner) people.owner = m.ownerId ? (users.get(m.ownerId) ?? null) : null;
    if (wantAssignees) {
      const assignees: User[] = [];
      for (const id of assigneeIds.get(m.id) ?? []) {
        const user = users.get(id);
        if (user) assignees.push(user);
      }
      people.assignees = assignees;
    }
    m[AHEAD] = people;
  }
}

/**
 * The page of each goal's milestones that `milestones(...)` asks for, made for all the goals at this
 * place together. Keyed by the field's response key too: two aliases with different arguments are
 * two loads.
 */
export const milestonePagesOf = (ctx: Context, info: GraphQLResolveInfo, args: PageArgs) =>
  perRequest<Page<ListedMilestone>>(ctx, `Goal.milestonePages:${String(info.path.key)}`, info, async (goalIds) => {
    // The goals' milestones through the shared loader: the health facts of these goals read them too.
    const lists = await milestonesOf(ctx, info).loadMany(goalIds);
    const pages = lists.map((rows) => {
      if (rows instanceof Error) throw rows;
      return pageOf(rows, args);
    });
    await loadPeopleAhead(pages.flatMap((page) => page.edges.map((edge) => edge.node)), info, ["edges", "node"]);
    return pages;
  });

/** Names the people a milestone list's selection asks for, e.g. "owner+assignees". */
function peopleSelected(info: GraphQLResolveInfo): string {
  const selected = selectedAt(info, []);
  return [selected.has("owner") ? "owner" : "", selected.has("assignees") || selected.has("helpers") ? "assignees" : ""].join("+");
}

/**
 * Milestones by id for sibling lists of one page (My work's buckets, the dashboard's missed and due
 * soon), with their goals and the people the lists ask for: the lists' loads in one tick share one
 * batch, two statements for the rows and goals and two for the people, however many lists there are.
 */
export const milestonesWithGoal = (ctx: Context, info: GraphQLResolveInfo, page: string, ids: string[]): Promise<Milestone[]> =>
  loadAll(
    perRequest<Milestone | null>(ctx, `${page}.milestones:${peopleSelected(info)}`, undefined, async (keys) => {
      const rows = await prisma().milestone.findMany({ where: { id: { in: keys } }, include: { goal: true } });
      const milestones = rows.map(({ goal, ...m }) => Object.assign(m, { [AHEAD]: { goal } as Ahead }));
      await loadPeopleAhead(milestones, info, []);
      const byId = new Map(milestones.map((m) => [m.id, m] as const));
      return keys.map((id) => byId.get(id) ?? null);
    }),
    ids,
  );

/** The milestone's goal when its list loaded it ahead; undefined otherwise. */
export const goalAhead = (m: object) => (m as WithAhead)[AHEAD]?.goal;

/**
 * Where a milestone's further loads batch: the rows of `milestonesWithGoal` arrive together whatever
 * list asked for them, so they batch for the whole request (undefined place); others at their place.
 */
export const placeOfMilestone = <P>(m: object, info: P): P | undefined => (goalAhead(m) ? undefined : info);

/** The milestone's owner when its page loaded it ahead; undefined otherwise. */
export const ownerAhead = (m: object) => (m as WithAhead)[AHEAD]?.owner;

/** The milestone's assignees (helpers) when its page loaded them ahead; undefined otherwise. */
export const assigneesAhead = (m: object) => (m as WithAhead)[AHEAD]?.assignees;
