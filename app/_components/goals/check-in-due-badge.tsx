import { CalendarClock } from "lucide-react";
import { Badge } from "@/app/_components/Badge";
import { formatDate } from "@/app/_components/format";
import { checkInBadge } from "@/domain/check-in-cadence";
import type { CheckInDueData } from "./check-in-due-fields";

const CADENCE_WORDS = { WEEKLY: "weekly", BIWEEKLY: "every two weeks", MONTHLY: "monthly", NONE: "never" } as const;

/**
 * "Check-in due" (amber) or "No check-in for N weeks" (red), the same small badge on goal rows and
 * on the goal page; nothing when no check-in is owed. The words come from domain/check-in-cadence.ts.
 */
export function CheckInDueBadge({ goal, className }: { goal: CheckInDueData; className?: string }) {
  const badge = checkInBadge(goal.checkIn);
  if (!badge) return null;
  const since = goal.checkIn.dueSince ? `, due since ${formatDate(goal.checkIn.dueSince)}` : "";
  return (
    <Badge
      tone={badge.tone === "silent" ? "red" : "amber"}
      title={`Check-ins are expected ${CADENCE_WORDS[goal.checkInCadence]}${since}.`}
      className={className}
    >
      <CalendarClock aria-hidden className="size-3" />
      {badge.label}
    </Badge>
  );
}
