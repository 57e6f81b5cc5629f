import type { MilestoneState } from "@/app/_components/MilestoneStateBadge";
import { MILESTONE_STATE_LABELS } from "@/domain/labels.ts";
import { formatDate, shortDate } from "@/app/_components/format";
import { listWords } from "@/domain/activity-summary.ts";

// What each row of the milestone timeline says in words: the accessible name of the row, so a
// screen reader gets every fact the drawing shows (state, baseline vs current, plan, dependencies).

export interface TimelineMilestone {
  title: string;
  dueDate: string;
  baselineDueDate: string;
  slipCount: number;
  effectiveStatus: MilestoneState;
  latestStart?: string | null;
  isCritical: boolean;
  dependsOn: readonly { title: string }[];
}

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/** "was 1 Mar, slipped once" / "was 20 Mar, moved earlier": only when the due date moved. */
export function baselineText(m: Pick<TimelineMilestone, "dueDate" | "baselineDueDate" | "slipCount">): string | null {
  if (m.baselineDueDate === m.dueDate) return null;
  const baseline = shortDate(m.baselineDueDate, m.dueDate);
  if (m.slipCount > 0) return `baseline ${baseline}, slipped ${times(m.slipCount)}`;
  return `baseline ${baseline}, moved earlier`;
}

/** Whether the plan draws a bar: a latest start before the due date. */
export const hasPlanBar = (m: Pick<TimelineMilestone, "dueDate" | "latestStart">): m is typeof m & { latestStart: string } =>
  !!m.latestStart && m.latestStart < m.dueDate;

/**
 * "Ship beta: due 12 Mar 2026 (baseline 1 Mar, slipped once), missed, start by 20 Feb,
 * depends on Design review, on the critical path".
 */
export function timelineRowLabel(m: TimelineMilestone): string {
  const baseline = baselineText(m);
  const parts = [
    `due ${formatDate(m.dueDate)}${baseline ? ` (${baseline})` : ""}`,
    MILESTONE_STATE_LABELS[m.effectiveStatus].toLowerCase(),
  ];
  if (m.effectiveStatus !== "DONE" && hasPlanBar(m)) parts.push(`start by ${shortDate(m.latestStart, m.dueDate)}`);
  if (m.dependsOn.length) parts.push(`depends on ${listWords(m.dependsOn.map((d) => d.title))}`);
  if (m.isCritical) parts.push("on the critical path");
  return `${m.title}: ${parts.join(", ")}`;
}
