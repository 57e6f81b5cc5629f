export type MemberOption = { userId: string; name: string; email: string; role: string };
export type ParentOption = { id: string; title: string; depth: number };

/** Org members as owner choices, sorted by name. */
export function memberOptions(
  edges: ReadonlyArray<{ node: { role: string; user: { id: string; name: string; email: string } } }> | undefined,
): MemberOption[] {
  return (edges ?? [])
    .map(({ node }) => ({ userId: node.user.id, name: node.user.name, email: node.user.email, role: node.role }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

type GoalNode = { id: string; title: string; archivedAt: string | null; isClosed: boolean; parent: { id: string } | null };

/**
 * Goals a goal may be placed under, as a tree in the org's order: open and not archived, and never
 * the goal itself or anything below it (that would be a loop; the server checks again).
 */
export function parentOptions(edges: ReadonlyArray<{ node: GoalNode }> | undefined, excludeId?: string): ParentOption[] {
  const goals = (edges ?? []).map((e) => e.node);
  const byId = new Map(goals.map((g) => [g.id, g]));
  const children = new Map<string, GoalNode[]>();
  const roots: GoalNode[] = [];
  for (const g of goals) {
    const parentId = g.parent?.id;
    if (parentId && byId.has(parentId)) children.set(parentId, [...(children.get(parentId) ?? []), g]);
    else roots.push(g);
  }
  const out: ParentOption[] = [];
  const walk = (g: GoalNode, depth: number, seen: Set<string>) => {
    if (g.id === excludeId || seen.has(g.id)) return;
    seen.add(g.id);
    const eligible = !g.archivedAt && !g.isClosed;
    if (eligible) out.push({ id: g.id, title: g.title, depth });
    for (const child of children.get(g.id) ?? []) walk(child, eligible ? depth + 1 : depth, seen);
  };
  const seen = new Set<string>();
  for (const root of roots) walk(root, 0, seen);
  return out;
}
