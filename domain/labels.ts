import type { GoalOutcome, MilestoneStatus } from "./enums.ts";
import type { EffectiveStatus } from "./schedule.ts";

// The one place each enum value gets its words: goal outcomes and milestone states, as every page
// (the goal page, goals list, roadmap, shared page) and the activity sentences show them.

export const OUTCOME_LABELS: Record<GoalOutcome, string> = {
  ACHIEVED: "Achieved",
  PARTIALLY_ACHIEVED: "Partially achieved",
  MISSED: "Missed",
  DROPPED: "Dropped",
};

/** What each outcome means, where a person chooses one (closing a goal). */
export const OUTCOME_HINTS: Record<GoalOutcome, string> = {
  ACHIEVED: "The target was reached.",
  PARTIALLY_ACHIEVED: "Real progress, short of the target.",
  MISSED: "The target date passed without reaching it.",
  DROPPED: "No longer worth pursuing.",
};

/** A milestone's state as shown: its stored status, or MISSED once its due date passed while not done. */
export const MILESTONE_STATE_LABELS: Record<EffectiveStatus, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  MISSED: "Missed",
};

/** The statuses a person can set, in their order (MISSED is computed, never set). */
export const SETTABLE_MILESTONE_STATUSES: readonly MilestoneStatus[] = ["PLANNED", "IN_PROGRESS", "DONE"];
