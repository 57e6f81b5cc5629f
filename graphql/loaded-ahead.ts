import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";
import type { Milestone, User } from "../prisma/generated/client/client.ts";
import type { Context } from "./context.ts";
import { assigneeIdsOf, loadAll, userById } from "./loaders.ts";

// The people on a page of milestones (owner, assignees), loaded by the connection that lists the
// page, before it answers. A milestone whose fields all resolve synchronously costs graphql-js no
// promise of its own; with 1,600 milestones on a page that is most of the execution time. The
// loads are the same batched statements the fields would run; they only happen earlier.

// Kept on the row itself (rows are per request): a WeakMap of 1,600 rows costs the garbage
// collector more than the lookups it saves.
const AHEAD = Symbol("people loaded ahead");
type Ahead = { owner?: User | null; assignees?: User[] };
type WithAhead = Milestone & { [AHEAD]?: Ahead };

function fieldsIn(set: SelectionSetNode, info: GraphQLResolveInfo): FieldNode[] {
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsIn(selection.selectionSet, info);
    const fragment = info.fragments[selection.name.value];
    return fragment ? fieldsIn(fragment.selectionSet, info) : [];
  });
}

// Every goal of a page shares its field nodes: read the selection once per field node and path.
const selections = new WeakMap<readonly FieldNode[], Map<string, Set<string>>>();

/** Names of the fields selected at `path` below the field being resolved, fragments included. */
function selectedAt(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let byPath = selections.get(info.fieldNodes);
  if (!byPath) selections.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join(".");
  let selected = byPath.get(key);
  if (!selected) byPath.set(key, (selected = readSelectedAt(info, path)));
  return selected;
}

function readSelectedAt(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) => fieldsIn(set, info).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : [])));
  }
  return new Set(sets.flatMap((set) => fieldsIn(set, info).map((f) => f.name.value)));
}

/**
 * Loads the owners and assignees that the query asks of a goal's page of `milestones` (the nodes at
 * `path`): the pages of every goal at this place batch into one statement for assignments (by
 * milestone id), then one for the people (by user id).
 */
export async function loadPeopleAhead(milestones: Milestone[], ctx: Context, info: GraphQLResolveInfo, path: string[]) {
  const selected = selectedAt(info, path);
  const wantOwner = selected.has("owner");
  const wantAssignees = selected.has("assignees");
  if (!milestones.length || (!wantOwner && !wantAssignees)) return;
  const assigneeIds = wantAssignees ? await assigneeIdsOf(ctx, info).loadMany(milestones.map((m) => m.id)) : [];
  const userIds = new Set<string>();
  for (const m of milestones) if (wantOwner && m.ownerId) userIds.add(m.ownerId);
  for (const ids of assigneeIds) if (Array.isArray(ids)) for (const id of ids) userIds.add(id);
  const users = new Map((await loadAll(userById(ctx, info), [...userIds])).map((u) => [u.id, u] as const));
  milestones.forEach((m: WithAhead, i) => {
    const people: Ahead = {};
    if (wantOwner) people.owner = m.ownerId ? (users.get(m.ownerId) ?? null) : null;
    if (wantAssignees) {
      const ids = assigneeIds[i];
      people.assignees = Array.isArray(ids) ? ids.flatMap((id) => users.get(id) ?? []) : [];
    }
    m[AHEAD] = people;
  });
}

/** The milestone's owner when its page loaded it ahead; undefined otherwise. */
export const ownerAhead = (m: Milestone) => (m as WithAhead)[AHEAD]?.owner;

/** The milestone's assignees when its page loaded them ahead; undefined otherwise. */
export const assigneesAhead = (m: Milestone) => (m as WithAhead)[AHEAD]?.assignees;
