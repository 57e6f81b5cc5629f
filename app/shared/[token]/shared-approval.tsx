import { formatDateTime } from "@/app/_components/format";
import type { SharedGoalData } from "./shared-view";

type SharedMilestone = SharedGoalData["milestones"][number];

const ACTION_WORDS: Record<string, string> = { REQUESTED: "Approval requested", APPROVED: "Approved", REJECTED: "Rejected" };

/** An approval milestone on a shared page: who approves and each decision, by name (never an email). */
export function SharedApproval({ milestone: m }: { milestone: SharedMilestone }) {
  return (
    <div className="mt-1 text-sm text-slate-600">
      <p>Approval by {m.approverName ?? "no one yet"}</p>
      {m.approvalHistory.length > 0 ? (
        <ol className="mt-1 space-y-0.5 border-l-2 border-slate-200 pl-3" aria-label={`Approval history of ${m.title}`}>
          {m.approvalHistory.map((s, i) => (
            <li key={i}>
              {ACTION_WORDS[s.action] ?? s.action} by {s.actorName}, <time dateTime={s.createdAt}>{formatDateTime(s.createdAt)}</time>
              {s.note ? <span className="whitespace-pre-line">: “{s.note}”</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
