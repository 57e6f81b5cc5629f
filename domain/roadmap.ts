// The roadmap's row order: every top-level goal followed by its sub-goals (nested, depth-first),
// siblings by start date, then target date, then title. Pure, so the page and tests share it.

export interface RoadmapGoal {
  id: string;
  parentId: string | null;
  title: string;
  /** "YYYY-MM-DD" */
  startDate: string;
  /** "YYYY-MM-DD" */
  targetDate: string;
}

export interface RoadmapRow<T> {
  goal: T;
  /** 0 for a top-level goal, 1 for its sub-goals, ... */
  depth: number;
  /** The parent as shown on the roadmap; null at the top level. */
  parent: T | null;
}

/** Start date, then target date, then title (then id, so the order is total). */
export function compareRoadmapGoals(a: RoadmapGoal, b: RoadmapGoal): number {
  return (
    a.startDate.localeCompare(b.startDate) ||
    a.targetDate.localeCompare(b.targetDate) ||
    a.title.localeCompare(b.title, "en", { sensitivity: "base" }) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Groups goals by parent. A goal whose parent is not in the list (archived, closed and filtered
 * out, or in no list at all) is shown at the top level; so is any goal caught in a parent cycle.
 */
export function roadmapRows<T extends RoadmapGoal>(goals: readonly T[]): RoadmapRow<T>[] {
  const byId = new Map(goals.map((g) => [g.id, g] as const));
  const children = new Map<string, T[]>();
  const roots: T[] = [];
  for (const goal of goals) {
    if (goal.parentId !== null && goal.parentId !== goal.id && byId.has(goal.parentId)) {
      const siblings = children.get(goal.parentId);
      if (siblings) siblings.push(goal);
      else children.set(goal.parentId, [goal]);
    } else {
      roots.push(goal);
    }
  }
  for (const list of children.values()) list.sort(compareRoadmapGoals);

  const rows: RoadmapRow<T>[] = [];
  const placed = new Set<string>();
  const visit = (goal: T, depth: number, parent: T | null) => {
    if (placed.has(goal.id)) return;
    placed.add(goal.id);
    rows.push({ goal, depth, parent });
    for (const child of children.get(goal.id) ?? []) visit(child, depth + 1, goal);
  };
  for (const root of [...roots].sort(compareRoadmapGoals)) visit(root, 0, null);
  // Goals whose ancestry loops never hang from a root: show them at the top level too.
  const stranded = goals.filter((g) => !placed.has(g.id)).sort(compareRoadmapGoals);
  for (const goal of stranded) visit(goal, 0, null);
  return rows;
}
