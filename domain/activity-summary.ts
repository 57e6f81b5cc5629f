// The sentence a person reads for each activity. Pure (no server-only imports) so the UI can use
// it too. Titles come from the activity's own data, as they were when it happened.
import { formatShortDay } from "./date-format.ts";
import type { ActivityKind, GoalOutcome } from "./enums.ts";
import { OUTCOME_LABELS } from "./labels.ts";
import { DEFAULT_LOCALE } from "./locale.ts";

/** Kind-specific details stored with an activity (Activity.data). */
export interface ActivityData {
  goalTitle?: string;
  milestoneTitle?: string;
  /** GOAL_UPDATED: the fields that changed; previousTitle when the goal was renamed. */
  fields?: string[];
  previousTitle?: string;
  reopened?: boolean;
  /** DUE_DATE_MOVED: calendar dates "YYYY-MM-DD" and the slip count after the move. */
  from?: string;
  to?: string;
  slipCount?: number;
  slipped?: boolean;
  /** CHECK_IN */
  value?: number | null;
  unit?: string | null;
  confidence?: string;
  /** GOAL_CLOSED */
  outcome?: string;
  /** MEMBER_JOINED */
  role?: string;
}

const FIELD_LABELS: Record<string, string> = {
  title: "title",
  description: "description",
  ownerId: "owner",
  startDate: "start date",
  targetDate: "target date",
  kind: "kind",
  unit: "unit",
  startValue: "start value",
  targetValue: "target value",
  direction: "direction",
  parentId: "parent goal",
  weight: "weight",
  relevance: "relevance",
  rationale: "rationale",
  checkInCadence: "check-in cadence",
};

const CONFIDENCE_WORDS: Record<string, string> = { ON_TRACK: "on track", AT_RISK: "at risk", OFF_TRACK: "off track" };
const ROLE_WORDS: Record<string, string> = { OWNER: "an owner", ADMIN: "an admin", MEMBER: "a member", STAKEHOLDER: "a stakeholder" };

const quote = (title: string | undefined) => `“${title ?? "untitled"}”`;

/** "a, b and c" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

export function formatValue(value: number, unit?: string | null): string {
  const number = new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(value);
  return unit ? `${number} ${unit}` : number;
}

/** The sentence, with its dates in `locale` (the reader's: the API passes the request's). */
export function activitySummary(
  activity: { kind: ActivityKind; actorName: string; data: ActivityData | null | undefined },
  locale: string = DEFAULT_LOCALE,
): string {
  const d = activity.data ?? {};
  const who = activity.actorName;
  const goal = quote(d.goalTitle);
  const milestone = quote(d.milestoneTitle);
  switch (activity.kind) {
    case "GOAL_CREATED":
      return `${who} created the goal ${goal}`;
    case "GOAL_UPDATED": {
      if (d.reopened) return `${who} reopened ${goal}`;
      const fields = (d.fields ?? []).map((f) => FIELD_LABELS[f] ?? f);
      if (d.previousTitle && fields.length === 1) return `${who} renamed ${quote(d.previousTitle)} to ${goal}`;
      return fields.length ? `${who} changed the ${listWords(fields)} of ${goal}` : `${who} updated ${goal}`;
    }
    case "GOAL_ARCHIVED":
      return `${who} archived ${goal}`;
    case "GOAL_UNARCHIVED":
      return `${who} unarchived ${goal}`;
    case "GOAL_CLOSED":
      if (d.outcome === "DROPPED") return `${who} dropped ${goal}`;
      return `${who} closed ${goal} as ${OUTCOME_LABELS[d.outcome as GoalOutcome]?.toLowerCase() ?? "done"}`;
    case "MILESTONE_CREATED":
      return `${who} added the milestone ${milestone} to ${goal}`;
    case "MILESTONE_DONE":
      return `${who} marked ${milestone} done`;
    case "MILESTONE_REOPENED":
      return `${who} reopened ${milestone}`;
    case "MILESTONE_MISSED":
      return `${milestone} of ${goal} passed its due date unfinished`;
    case "APPROVAL_REQUESTED":
      return `${who} requested approval of ${milestone}`;
    case "APPROVAL_APPROVED":
      return `${who} approved ${milestone}`;
    case "APPROVAL_REJECTED":
      return `${who} rejected ${milestone}`;
    case "MILESTONE_DELETED":
      return `${who} deleted the milestone ${milestone} from ${goal}`;
    case "DUE_DATE_MOVED": {
      if (!d.from || !d.to) return `${who} moved the due date of ${milestone}`;
      const sentence = `${who} moved the due date of ${milestone} from ${formatShortDay(d.from, d.to, locale)} to ${formatShortDay(d.to, d.from, locale)}`;
      return d.slipped ? `${sentence} (slip ${d.slipCount ?? 1})` : sentence;
    }
    case "CHECK_IN": {
      const parts: string[] = [];
      if (d.value != null) parts.push(formatValue(d.value, d.unit));
      if (d.confidence) parts.push(CONFIDENCE_WORDS[d.confidence] ?? d.confidence);
      return parts.length ? `${who} checked in on ${goal}: ${parts.join(", ")}` : `${who} checked in on ${goal}`;
    }
    case "COMMENT_ADDED":
      return `${who} commented on ${d.milestoneTitle ? milestone : goal}`;
    case "MEMBER_JOINED":
      return `${who} joined as ${ROLE_WORDS[d.role ?? ""] ?? "a member"}`;
  }
}
