import { daysBetween, plusDays } from "./calendar.ts";

// Who should own a milestone: the members whose skills fit the work, then those interested in it,
// then those with the most room in the milestone's weeks. Pure: the API ranks with it
// (Milestone.ownerSuggestions) and the workload page measures load with the same rule.

/** A span of calendar days (YYYY-MM-DD), both ends included. */
export interface DaySpan {
  start: string;
  end: string;
}

/** A milestone someone owns or helps with, still open. */
export interface OpenWork {
  dueDate: string;
  durationDays: number | null;
}

export interface Candidate {
  userId: string;
  name: string;
  skills: readonly string[];
  interests: readonly string[];
  /** Share of a full week given to this organization, in percent (100 = full time). */
  availability: number;
  timeOff: readonly DaySpan[];
  openWork: readonly OpenWork[];
}

export interface SuggestionTarget {
  skills: readonly string[];
  dueDate: string;
  durationDays: number | null;
}

export interface OwnerSuggestion {
  userId: string;
  name: string;
  matchedSkills: string[];
  matchedInterests: string[];
  /** Open milestones that overlap the target's window. */
  openInWindow: number;
  daysOff: number;
  /** Work in the window over capacity in it: 1 = fully booked; Infinity when away the whole time. */
  load: number;
  /** Why, in a line: "has design and research · 2 open milestones in these weeks". */
  reason: string;
}

/**
 * A milestone without a duration still takes its owner's time: it counts as a week of work before
 * its due date, so an undated effort neither vanishes from the load nor dominates it.
 */
export const DEFAULT_WORK_DAYS = 7;

/** The days a milestone's work occupies: its duration (or a week) ending on its due date. */
export function workSpan(work: OpenWork): DaySpan {
  const days = work.durationDays && work.durationDays > 0 ? Math.floor(work.durationDays) : DEFAULT_WORK_DAYS;
  return { start: plusDays(work.dueDate, 1 - days), end: work.dueDate };
}

export function spanDays(span: DaySpan): number {
  return Math.max(0, daysBetween(span.start, span.end) + 1);
}

export function overlapDays(a: DaySpan, b: DaySpan): number {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return end < start ? 0 : daysBetween(start, end) + 1;
}

/** Days off inside `window`, overlapping time-off spans counted once. */
export function daysOffIn(window: DaySpan, timeOff: readonly DaySpan[]): number {
  const off = new Set<string>();
  for (const span of timeOff) {
    const start = span.start > window.start ? span.start : window.start;
    const end = span.end < window.end ? span.end : window.end;
    for (let day = start; day <= end; day = plusDays(day, 1)) off.add(day);
  }
  return off.size;
}

/**
 * Load in a window: the days of open work falling in it (each milestone weighted by the part of its
 * duration inside the window; two at once count twice) over the days the person can give it — the
 * window's days minus time off, times their availability. 1 means fully booked, above 1 over-allocated.
 */
export function loadIn(window: DaySpan, person: Pick<Candidate, "availability" | "timeOff" | "openWork">) {
  const daysOff = daysOffIn(window, person.timeOff);
  const capacity = ((spanDays(window) - daysOff) * Math.max(0, person.availability)) / 100;
  let busyDays = 0;
  let openInWindow = 0;
  for (const work of person.openWork) {
    const days = overlapDays(workSpan(work), window);
    if (days === 0) continue;
    busyDays += days;
    openInWindow += 1;
  }
  const load = capacity > 0 ? busyDays / capacity : busyDays > 0 || daysOff > 0 ? Infinity : 0;
  return { load, busyDays, capacity, daysOff, openInWindow };
}

/** Tags compare without case or surrounding spaces: "Design " and "design" are one skill. */
export const normalizeTag = (tag: string) => tag.trim().toLowerCase();

function matches(wanted: readonly string[], offered: readonly string[]): string[] {
  const have = new Set(offered.map(normalizeTag));
  return [...new Set(wanted.map(normalizeTag))].filter((tag) => tag && have.has(tag));
}

function words(tags: readonly string[]): string {
  if (tags.length <= 1) return tags.join("");
  return `${tags.slice(0, -1).join(", ")} and ${tags[tags.length - 1]}`;
}

function reasonFor(s: Omit<OwnerSuggestion, "reason">, wantsSkills: boolean): string {
  const parts: string[] = [];
  if (s.matchedSkills.length > 0) parts.push(`has ${words(s.matchedSkills)}`);
  else if (wantsSkills) parts.push("no matching skills");
  if (s.matchedInterests.length > 0) parts.push(`interested in ${words(s.matchedInterests)}`);
  if (s.openInWindow === 0) parts.push("free in these weeks");
  else parts.push(`${s.openInWindow} open milestone${s.openInWindow === 1 ? "" : "s"} in these weeks`);
  if (s.daysOff > 0) parts.push(`${s.daysOff} day${s.daysOff === 1 ? "" : "s"} off`);
  return parts.join(" · ");
}

/**
 * Ranks candidates for a milestone: most of its skills first, then most interest in them, then the
 * lightest load in the milestone's window (time off counts against them), then by name.
 */
export function suggestOwners(target: SuggestionTarget, candidates: readonly Candidate[], first = 5): OwnerSuggestion[] {
  const window = workSpan(target);
  const ranked = candidates.map((c) => {
    const { load, daysOff, openInWindow } = loadIn(window, c);
    const base = {
      userId: c.userId,
      name: c.name,
      matchedSkills: matches(target.skills, c.skills),
      matchedInterests: matches(target.skills, c.interests),
      openInWindow,
      daysOff,
      load,
    };
    return { ...base, reason: reasonFor(base, target.skills.length > 0) };
  });
  ranked.sort(
    (a, b) =>
      b.matchedSkills.length - a.matchedSkills.length ||
      b.matchedInterests.length - a.matchedInterests.length ||
      // Equal loads compare as 0 (Infinity − Infinity would be NaN).
      (a.load === b.load ? 0 : a.load - b.load) ||
      a.name.localeCompare(b.name),
  );
  return ranked.slice(0, Math.max(0, first));
}
