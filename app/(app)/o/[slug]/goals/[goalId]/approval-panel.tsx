"use client";

import { useState } from "react";
import { Badge, type BadgeTone } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { formatDateTime } from "@/app/_components/format";
import type { MilestoneApproval } from "@/app/_components/goals/milestone-row-fields";
import { ApprovalDialog, type ApprovalStepChoice } from "./approval-dialog";

const STATE: Record<NonNullable<MilestoneApproval["approvalState"]>, { label: string; tone: BadgeTone }> = {
  REQUESTED: { label: "Approval requested", tone: "amber" },
  APPROVED: { label: "Approved", tone: "green" },
  REJECTED: { label: "Rejected", tone: "red" },
};

const ACTION_WORDS = { REQUESTED: "Requested", APPROVED: "Approved", REJECTED: "Rejected" } as const;

/** The state of an approval milestone, as a badge (beside its title). */
export function ApprovalBadge({ milestone: m }: { milestone: MilestoneApproval }) {
  if (m.kind !== "APPROVAL") return null;
  const state = m.approvalState ? STATE[m.approvalState] : { label: "Needs approval", tone: "neutral" as const };
  return <Badge tone={state.tone}>{state.label}</Badge>;
}

/**
 * An approval milestone's sign-off: who approves, the latest rejection's note, the steps the
 * viewer may take (asked of the API: `viewerCan`), and the history (who, when, note).
 */
export function ApprovalPanel({ milestone: m }: { milestone: MilestoneApproval & { title: string; version: number } }) {
  const [step, setStep] = useState<ApprovalStepChoice | null>(null);
  const [announcement, setAnnouncement] = useState("");
  if (m.kind !== "APPROVAL") return null;
  const steps = m.approvalSteps;
  const last = steps.at(-1);
  const rejection = m.approvalState === "REJECTED" && last?.action === "REJECTED" ? last : null;

  return (
    <div className="mt-2 space-y-2 text-sm">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-slate-600">
        <span>
          Approver: <span className="font-medium text-slate-800">{m.approver?.name ?? "none"}</span>
        </span>
        {m.viewerCan.requestApproval ? (
          <Button size="sm" variant="secondary" onClick={() => setStep("REQUEST")}>
            {m.approvalState === "REJECTED" ? "Request approval again" : "Request approval"}
          </Button>
        ) : null}
        {m.viewerCan.decideApproval ? (
          <>
            <Button size="sm" variant="primary" onClick={() => setStep("APPROVE")}>
              Approve
            </Button>
            <Button size="sm" variant="danger" onClick={() => setStep("REJECT")}>
              Reject
            </Button>
          </>
        ) : null}
      </p>
      {rejection ? (
        <p className="rounded-md bg-red-50 px-3 py-2 text-red-800 ring-1 ring-red-600/20 ring-inset">
          Rejected by {rejection.actorName}
          {rejection.note ? <span className="whitespace-pre-line">: “{rejection.note}”</span> : (
            " without a note."
          )}
        </p>
      ) : null}
      {steps.length > 0 ? (
        <details className="group">
          <summary className="cursor-pointer text-slate-600 hover:text-slate-900">Approval history ({steps.length})</summary>
          <ol aria-label={`Approval history of ${m.title}`} className="mt-2 space-y-1.5 border-l-2 border-slate-200 pl-3">
            {steps.map((s, i) => (
              <li key={i} className="text-slate-700">
                <span className="font-medium">{ACTION_WORDS[s.action]}</span> by {s.actorName},{" "}
                <time dateTime={s.createdAt}>{formatDateTime(s.createdAt)}</time>
                {s.note ? <span className="whitespace-pre-line">: “{s.note}”</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <ApprovalDialog step={step} milestone={m} onClose={() => setStep(null)} onDone={setAnnouncement} />
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
