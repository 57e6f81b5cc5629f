"use client";

import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { Dialog } from "@/app/_components/Dialog";
import { TextArea } from "@/app/_components/fields";
import { formErrorsFrom } from "@/app/_components/form-errors";
import { ApproveMilestoneMutation, RejectMilestoneMutation, RequestApprovalMutation } from "./approval-operations";

export type ApprovalStepChoice = "REQUEST" | "APPROVE" | "REJECT";

const WORDS: Record<ApprovalStepChoice, { title: string; action: string; hint: string; variant: "primary" | "danger" }> = {
  REQUEST: { title: "Request approval of", action: "Request approval", hint: "Tell the approver what to look at (optional).", variant: "primary" },
  APPROVE: { title: "Approve", action: "Approve", hint: "It becomes done. A note is optional.", variant: "primary" },
  REJECT: { title: "Reject", action: "Reject", hint: "It goes back to its owner, with your note shown on the milestone.", variant: "danger" },
};

/** One approval step with its optional note; errors beside the note or at the top. */
export function ApprovalDialog({
  step,
  milestone,
  onClose,
  onDone,
}: {
  step: ApprovalStepChoice | null;
  milestone: { id: string; title: string; version: number };
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<{ note?: string; form?: string }>({});
  const [request, requested] = useMutation(RequestApprovalMutation);
  const [approve, approved] = useMutation(ApproveMilestoneMutation);
  const [reject, rejected] = useMutation(RejectMilestoneMutation);
  const busy = requested.loading || approved.loading || rejected.loading;
  const words = step ? WORDS[step] : WORDS.REQUEST;

  const close = () => {
    setNote("");
    setErrors({});
    onClose();
  };

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!step) return;
    const variables = { input: { milestoneId: milestone.id, note: note.trim() || undefined, expectedVersion: milestone.version } };
    try {
      if (step === "REQUEST") await request({ variables });
      else if (step === "APPROVE") await approve({ variables });
      else await reject({ variables });
      const done = step === "REQUEST" ? "Approval requested for" : step === "APPROVE" ? "Approved" : "Rejected";
      close();
      onDone(`${done} “${milestone.title}”.`);
    } catch (error) {
      const { fieldErrors, formError } = formErrorsFrom(error, ["note"]);
      setErrors({ note: fieldErrors.note, form: formError });
    }
  }

  return (
    <Dialog open={step !== null} busy={busy} onClose={close} title={`${words.title} “${milestone.title}”`} description={words.hint}>
      <form onSubmit={submit} noValidate className="space-y-4">
        {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
        <TextArea
          label="Note (optional)"
          name="note"
          rows={3}
          maxLength={5000}
          value={note}
          error={errors.note}
          onChange={(e) => setNote(e.target.value)}
        />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={close} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant={words.variant} loading={busy}>
            {words.action}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
