import { formatDate } from "@/app/_components/format.ts";
import { HEALTH_LABELS, type Health } from "@/app/_components/HealthBadge.tsx";
import type { MilestoneState } from "@/app/_components/MilestoneStateBadge.tsx";
import { MILESTONE_STATE_LABELS } from "@/domain/labels.ts";
import { formatPercent } from "@/domain/progress.ts";

// What the roadmap says in words: the accessible names (and tooltips) of its bars and markers.
// Dates follow the viewer's locale (format.ts); the examples are en-US.

export interface BarFacts {
  title: string;
  startDate: string;
  targetDate: string;
  progress: number;
  expectedProgress: number;
  health: Health | null;
  isClosed: boolean;
  milestones: readonly { effectiveStatus: MilestoneState }[];
}

const share = (value: number) => formatPercent(Math.min(1, Math.max(0, value)));

/** "Launch v2: Jan 1, 2026 – Mar 31, 2026, 40% done, 55% expected by today, at risk; 4 milestones, 1 missed". */
export function barLabel(goal: BarFacts): string {
  const dates = `${formatDate(goal.startDate)} – ${formatDate(goal.targetDate)}`;
  const state = goal.isClosed
    ? "closed"
    : `${share(goal.expectedProgress)} expected by today${goal.health ? `, ${HEALTH_LABELS[goal.health].toLowerCase()}` : ""}`;
  const count = goal.milestones.length;
  const missed = goal.milestones.filter((m) => m.effectiveStatus === "MISSED").length;
  const milestones = count === 0 ? "no milestones" : `${count} ${count === 1 ? "milestone" : "milestones"}${missed ? `, ${missed} missed` : ""}`;
  return `${goal.title}: ${dates}, ${share(goal.progress)} done, ${state}; ${milestones}`;
}

/** "Ship beta — due Mar 12, 2026, missed" (", on the critical path" when it is). */
export function markerLabel(milestone: { title: string; dueDate: string; effectiveStatus: MilestoneState; isCritical: boolean }): string {
  const state = MILESTONE_STATE_LABELS[milestone.effectiveStatus].toLowerCase();
  return `${milestone.title} — due ${formatDate(milestone.dueDate)}, ${state}${milestone.isCritical ? ", on the critical path" : ""}`;
}
