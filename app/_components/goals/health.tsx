import { TriangleAlert } from "lucide-react";
import { Badge, type BadgeTone } from "@/app/_components/Badge";
import { cx } from "@/app/_components/cx";
import { type Health, HEALTH_LABELS } from "@/app/_components/HealthBadge";
import type { GoalOutcome } from "@/domain/enums.ts";
import { HEALTH_GRACE_DAYS, HEALTH_THRESHOLDS } from "@/domain/health.ts";
import { OUTCOME_LABELS } from "@/domain/labels.ts";
import { formatNumber } from "@/domain/progress.ts";
import { Icon } from "./icons";

// Outcome, confidence mismatch and metric summaries for the goals list: always words, colour only
// as a second cue. Health itself uses the shared HealthBadge.

const OUTCOME_TONE: Record<GoalOutcome, BadgeTone> = { ACHIEVED: "green", PARTIALLY_ACHIEVED: "amber", MISSED: "red", DROPPED: "neutral" };

const pts = (share: number) => Math.round(share * 100);

/** The thresholds in words, from the one place they are defined. */
export const HEALTH_RULE = `Health compares progress with the pace expected by today (the share of the start → target window that has passed): more than ${pts(HEALTH_THRESHOLDS.atRisk)}% behind is at risk, more than ${pts(HEALTH_THRESHOLDS.offTrack)}% behind is off track, and each missed milestone lowers it one level. A new goal is not judged (not enough data yet) until its first check-in, progress or milestone due date, or for its first ${HEALTH_GRACE_DAYS} days.`;

/** A closed goal's outcome: the one badge every page shows it with. */
export function OutcomeBadge({ outcome, className }: { outcome: GoalOutcome; className?: string }) {
  return (
    <Badge tone={OUTCOME_TONE[outcome]} className={className} title="Closed">
      {outcome === "ACHIEVED" ? <Icon name="check" className="-ml-0.5 size-3.5" /> : null}
      <span className="sr-only">Closed: </span>
      {OUTCOME_LABELS[outcome]}
    </Badge>
  );
}

/** "Owner says: on track" with a warning icon; the mismatch sentence is the tooltip and is read out. */
export function ConfidenceMismatch({ confidence, message, className }: { confidence: Health; message: string; className?: string }) {
  return (
    <span
      title={message}
      className={cx("inline-flex items-center gap-1 text-xs font-medium whitespace-nowrap text-amber-800", className)}
    >
      <TriangleAlert aria-hidden className="size-3.5 text-amber-500" />
      Owner says: {HEALTH_LABELS[confidence].toLowerCase()}
      <span className="sr-only"> ({message})</span>
    </span>
  );
}

/** "140 / 300 users", "≥ 99.5 %" style summaries of a metric goal's numbers. */
export function metricText(goal: {
  currentValue: number | null;
  targetValue: number | null;
  unit: string | null;
  direction: string | null;
}): string | null {
  if (goal.targetValue == null) return null;
  const unit = !goal.unit ? "" : goal.unit === "%" ? "%" : ` ${goal.unit}`;
  const current = goal.currentValue == null ? "—" : formatNumber(goal.currentValue);
  const target = formatNumber(goal.targetValue);
  if (goal.direction === "STAY_ABOVE") return `${current}${unit} (stay ≥ ${target})`;
  if (goal.direction === "STAY_BELOW") return `${current}${unit} (stay ≤ ${target})`;
  return `${current} / ${target}${unit}`;
}
