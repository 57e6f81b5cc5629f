import type { GoalOutcome, NotificationKind } from "../enums.ts";
import { OUTCOME_LABELS } from "../labels.ts";

// One sentence per notification, as the inbox shows it (the API's Notification.summary). Titles
// come from the notification's data, as they were when it happened.

const HEALTH_TEXT: Record<string, string> = { ON_TRACK: "on track", AT_RISK: "at risk", OFF_TRACK: "off track" };

export interface SummaryInput {
  kind: NotificationKind;
  /** The person who caused it; null for what the server noticed itself (due, missed, check-in due). */
  actorName: string | null;
  data: Record<string, unknown>;
}

const text = (data: Record<string, unknown>, key: string) => (typeof data[key] === "string" ? (data[key] as string) : null);
const quoted = (title: string | null, fallback: string) => (title ? `“${title}”` : fallback);

export function notificationSummary(input: SummaryInput): string {
  const sentence = describe(input);
  return sentence[0].toUpperCase() + sentence.slice(1);
}

function describe({ kind, actorName, data }: SummaryInput): string {
  const who = actorName ?? "Someone";
  const goal = quoted(text(data, "goalTitle"), "a goal");
  const milestone = quoted(text(data, "milestoneTitle"), "a milestone");
  switch (kind) {
    case "OWNER_ASSIGNED":
      return text(data, "milestoneTitle") ? `${who} made you owner of ${milestone} in ${goal}` : `${who} made you owner of ${goal}`;
    case "ASSIGNEE_ADDED":
      return `${who} assigned you to ${milestone} in ${goal}`;
    case "MENTIONED":
      return `${who} mentioned you on ${text(data, "milestoneTitle") ? milestone : goal}`;
    case "COMMENTED":
      return `${who} commented on ${text(data, "milestoneTitle") ? milestone : goal}`;
    case "MILESTONE_DUE_SOON":
      return `${milestone} in ${goal} is due in 3 days`;
    case "MILESTONE_MISSED":
      return `${milestone} in ${goal} was missed`;
    case "CHECK_IN_DUE":
      return `A check-in is due on ${goal}`;
    case "HEALTH_CHANGED": {
      const to = HEALTH_TEXT[text(data, "to") ?? ""];
      const from = HEALTH_TEXT[text(data, "from") ?? ""];
      if (!to) return `${goal} changed health`;
      return `${goal} is now ${to}${from ? ` (was ${from})` : ""}`;
    }
    case "GOAL_CLOSED": {
      const outcome = OUTCOME_LABELS[text(data, "outcome") as GoalOutcome];
      return `${who} closed ${goal}${outcome ? `: ${outcome.toLowerCase()}` : ""}`;
    }
    case "APPROVAL_REQUESTED":
      return `${who} asks for your approval of ${milestone} in ${goal}`;
    case "APPROVAL_DECIDED":
      return `${who} ${text(data, "decision") === "REJECTED" ? "rejected" : "approved"} ${milestone} in ${goal}`;
  }
}
