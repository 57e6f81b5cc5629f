import { formatDate } from "@/app/_components/format";
import { listWords } from "@/domain/activity-summary.ts";
import { plural } from "./goal-labels";

// The critical-path card's words, from the API's numbers only (no rule is recomputed here).

/** "0 days slack", "3 days slack", or "2 days over" when it can't fit before its limit. */
export function slackText(slack: number): string {
  return slack >= 0 ? `${plural(slack, "day")} slack` : `${plural(-slack, "day")} over`;
}

export interface PathOutlook {
  targetDate: string;
  plannedFinish?: string | null;
  targetSlackDays?: number | null;
  criticalPath: readonly { title: string; dueDate: string; slackDays?: number | null }[];
}

/**
 * The headline is about the goal's target date (`targetSlackDays`). When the path has less slack
 * than that, a milestone's own due date is the tighter limit: the second line names it, instead of
 * calling that due date the target (issue #12: "13 days past the target" beside "7 days slack").
 */
export function criticalPathText(goal: PathOutlook): { headline: string; tighter: string | null } {
  const target = `the ${formatDate(goal.targetDate)} target`;
  const targetSlack = goal.targetSlackDays ?? 0;
  const finish = goal.plannedFinish ? `Done by ${formatDate(goal.plannedFinish)} at the earliest` : "The plan";
  const headline =
    targetSlack > 0
      ? `${finish}: ${plural(targetSlack, "day")} before ${target}`
      : targetSlack === 0
        ? `${finish}: no slack, any delay here moves ${target}`
        : `${finish}: ${plural(-targetSlack, "day")} past ${target}`;
  const pathSlack = goal.criticalPath[0]?.slackDays ?? targetSlack;
  if (pathSlack >= targetSlack) return { headline, tighter: null };
  const bound = goal.criticalPath.filter((m) => m.slackDays === pathSlack);
  const one = bound.length === 1;
  const names = listWords(bound.map((m) => `“${m.title}”`));
  const tighter =
    pathSlack < 0
      ? `${names} can't be done by ${one ? `its due date (${formatDate(bound[0]!.dueDate)})` : "their due dates"}: ${plural(-pathSlack, "day")} over.`
      : `${names} ${one ? "has" : "have"} only ${slackText(pathSlack)} before ${one ? "its own due date" : "their own due dates"}.`;
  return { headline, tighter };
}
