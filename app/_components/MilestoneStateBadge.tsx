import { MILESTONE_STATE_LABELS } from "@/domain/labels.ts";
import type { EffectiveStatus } from "@/domain/schedule.ts";
import { Badge, type BadgeTone } from "./Badge";

export type MilestoneState = EffectiveStatus;

const tones: Record<MilestoneState, BadgeTone> = { PLANNED: "neutral", IN_PROGRESS: "blue", DONE: "green", MISSED: "red" };

/** A milestone's effective state in words and colour; MISSED (due date passed, not done) is red. */
export function MilestoneStateBadge({ state, className }: { state: MilestoneState; className?: string }) {
  return (
    <Badge tone={tones[state]} className={className}>
      {MILESTONE_STATE_LABELS[state]}
    </Badge>
  );
}
