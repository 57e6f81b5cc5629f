import { daysBetween, plusDays } from "../calendar.ts";
import type { MilestoneKind } from "../enums.ts";
import type { RelativeDue, TemplateMilestone } from "../schemas/template.ts";

// Relative template dates ⇄ calendar dates in one goal's window. Pure: the preview dialog, the API
// and the insertion use the same rule. Goal dates are calendar days already ("YYYY-MM-DD", stored
// as dates without a time), so no time zone enters here: the organization's zone only decides
// which day is "today", and a template is anchored to the goal's start and target, never to today.

export interface GoalWindow {
  startDate: string;
  targetDate: string;
}

export interface ExpandedMilestone {
  key: string;
  title: string;
  description: string;
  /** The calendar date, inside the goal's window. */
  dueDate: string;
  durationDays: number | null;
  kind: MilestoneKind;
  /** Keys of the milestones of the same expansion it depends on. */
  dependsOn: string[];
  /** Set when the relative date fell outside the window and was moved to its edge: why. */
  warning: string | null;
}

/** The calendar date a relative due date names in `goal`'s window, before clamping. */
export const dueDateIn = (due: RelativeDue, goal: GoalWindow): string =>
  due.from === "START" ? plusDays(goal.startDate, due.days) : plusDays(goal.targetDate, -due.days);

/**
 * A template's milestones dated in `goal`'s window. A date outside the window (a short goal for a
 * long template) is moved to the nearest edge and says so in `warning`, never silently.
 * Dependencies keep their keys; the caller maps keys to the ids it creates.
 */
export function expandTemplate(milestones: readonly TemplateMilestone[], goal: GoalWindow): ExpandedMilestone[] {
  return milestones.map((m) => {
    const wanted = dueDateIn(m.due, goal);
    let dueDate = wanted;
    let warning: string | null = null;
    if (wanted > goal.targetDate) {
      dueDate = goal.targetDate;
      warning = `${describeDue(m.due)} falls after the goal's target date: placed on the target date.`;
    } else if (wanted < goal.startDate) {
      dueDate = goal.startDate;
      warning = `${describeDue(m.due)} falls before the goal's start date: placed on the start date.`;
    }
    return {
      key: m.key,
      title: m.title,
      description: m.doneMeans,
      dueDate,
      durationDays: m.durationDays,
      kind: m.kind,
      dependsOn: [...m.dependsOn],
      warning,
    };
  });
}

/** "14 days after the start" / "7 days before the target" / "On the start date". */
export function describeDue(due: RelativeDue): string {
  const edge = due.from === "START" ? "start" : "target";
  if (due.days === 0) return `On the ${edge} date`;
  const n = `${due.days} ${due.days === 1 ? "day" : "days"}`;
  return due.from === "START" ? `${n} after the start` : `${n} before the target`;
}

/**
 * The inverse of `dueDateIn`: a calendar date as a relative due date, counted from the nearer end of
 * the window (so a milestone near the target follows the target when a goal is re-planned). Dates
 * outside the window are anchored at the edge they passed (0 days), since offsets are never negative.
 */
export function relativeDue(dueDate: string, goal: GoalWindow): RelativeDue {
  if (dueDate <= goal.startDate) return { from: "START", days: 0 };
  if (dueDate >= goal.targetDate) return { from: "TARGET", days: 0 };
  const fromStart = daysBetween(goal.startDate, dueDate);
  const beforeTarget = daysBetween(dueDate, goal.targetDate);
  return fromStart <= beforeTarget ? { from: "START", days: fromStart } : { from: "TARGET", days: beforeTarget };
}

export interface DatedMilestone {
  id: string;
  title: string;
  description: string;
  dueDate: string;
  durationDays: number | null;
  kind: MilestoneKind;
  dependsOnIds: readonly string[];
}

/**
 * A goal's milestones as template milestones, in their order: dates relative to its window, ids
 * replaced by keys made from titles ("design-approval", "design-approval-2"), dependencies on
 * milestones outside the list dropped.
 */
export function templateFromMilestones(milestones: readonly DatedMilestone[], goal: GoalWindow): TemplateMilestone[] {
  const keys = new Map<string, string>();
  const used = new Set<string>();
  for (const m of milestones) {
    const base = keyOf(m.title);
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base.slice(0, 55)}-${n}`;
    used.add(key);
    keys.set(m.id, key);
  }
  return milestones.map((m) => ({
    key: keys.get(m.id)!,
    title: m.title,
    doneMeans: m.description,
    due: relativeDue(m.dueDate, goal),
    durationDays: m.durationDays,
    dependsOn: m.dependsOnIds.filter((id) => keys.has(id)).map((id) => keys.get(id)!),
    kind: m.kind,
  }));
}

/** "Design approval (v2)" → "design-approval-v2"; never empty. */
export function keyOf(title: string): string {
  const key = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/g, "");
  return key || "milestone";
}
