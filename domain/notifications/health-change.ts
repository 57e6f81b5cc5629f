import type { Health, PaceHealth } from "../health.ts";

/**
 * What to do with a goal's computed health given the health its followers were last told about
 * (Goal.announcedHealth):
 * - not judged (NOT_ENOUGH_DATA) or closed (null): nothing; the last announcement stands;
 * - never announced yet: record it silently — a first judgement is not a change, and goals that
 *   existed before announcements did would otherwise all announce at once on the first sweep;
 * - the same as announced: nothing;
 * - different: record it and notify, from → to.
 */
export function healthAnnouncement(
  announced: PaceHealth | null,
  current: Health | null,
): { record: PaceHealth; notify: boolean } | null {
  if (current === null || current === "NOT_ENOUGH_DATA") return null;
  if (announced === null) return { record: current, notify: false };
  if (announced === current) return null;
  return { record: current, notify: true };
}
