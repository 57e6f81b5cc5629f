import { Badge, type BadgeTone } from "./Badge";

export type MilestoneState = "PLANNED" | "IN_PROGRESS" | "DONE" | "MISSED";

export const MILESTONE_STATE_LABELS: Record<MilestoneState, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  MISSED: "Missed",
};

const tones: Record<MilestoneState, BadgeTone> = { PLANNED: "neutral", IN_PROGRESS: "blue", DONE: "green", MISSED: "red" };

/** A milestone's effective state in words and colour; MISSED (due date passed, not done) is red. */
export function MilestoneStateBadge({ state, className }: { state: MilestoneState; className?: string }) {
  return (
    <Badge tone={tones[state]} className={className}>
      {MILESTONE_STATE_LABELS[state]}
    </Badge>
  );
}
