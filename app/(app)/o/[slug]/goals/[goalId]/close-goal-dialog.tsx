"use client";

import { type FormEvent, useEffect, useId, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { Dialog } from "@/app/_components/Dialog";
import { TextArea } from "@/app/_components/fields";
import { formErrorsFrom } from "@/app/_components/form-errors";
import type { GoalOutcome as Outcome } from "@/domain/enums.ts";
import { OUTCOME_HINTS, OUTCOME_LABELS } from "@/domain/labels.ts";
import { formatPercent } from "./goal-labels";

const OUTCOMES: Outcome[] = ["ACHIEVED", "PARTIALLY_ACHIEVED", "MISSED", "DROPPED"];
const selected: Record<Outcome, string> = {
  ACHIEVED: "has-checked:border-emerald-500 has-checked:bg-emerald-50",
  PARTIALLY_ACHIEVED: "has-checked:border-amber-500 has-checked:bg-amber-50",
  MISSED: "has-checked:border-red-500 has-checked:bg-red-50",
  DROPPED: "has-checked:border-slate-500 has-checked:bg-slate-100",
};

/** Close a goal with an outcome and a note; `onClose` throws the mutation's error. */
export function CloseGoalDialog({
  open,
  progress,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  progress: number;
  onCancel: () => void;
  onConfirm: (outcome: Outcome, note: string) => Promise<void>;
}) {
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<{ outcome?: string; note?: string; form?: string }>({});
  const legendId = useId();
  const outcomeErrorId = useId();

  useEffect(() => {
    if (open) {
      setOutcome(progress >= 1 ? "ACHIEVED" : "");
      setNote("");
      setErrors({});
    }
  }, [open, progress]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!outcome) {
      setErrors({ outcome: "Choose how the goal ended." });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await onConfirm(outcome, note.trim());
    } catch (error) {
      const e = formErrorsFrom(error, ["outcome", "note"]);
      setErrors({ outcome: e.fieldErrors.outcome, note: e.fieldErrors.note, form: e.formError });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      busy={busy}
      onClose={onCancel}
      title="Close goal"
      description={
        <>
          Progress is {formatPercent(progress)}. A closed goal stays visible with its history, read-only until it is reopened.
        </>
      }
    >
      <form noValidate onSubmit={submit} className="space-y-5" aria-label="Close goal">
        {errors.form ? <Alert tone="error">{errors.form}</Alert> : null}
        <fieldset aria-describedby={errors.outcome ? outcomeErrorId : undefined}>
          <legend id={legendId} className="text-sm font-medium text-slate-800">
            Outcome
          </legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {OUTCOMES.map((o) => (
              <label
                key={o}
                className={cx(
                  "flex cursor-pointer gap-2.5 rounded-lg border bg-white p-3 text-sm shadow-xs transition-colors hover:bg-slate-50",
                  "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600",
                  errors.outcome ? "border-red-400" : "border-slate-300",
                  selected[o],
                )}
              >
                <input
                  type="radio"
                  name="outcome"
                  value={o}
                  checked={outcome === o}
                  onChange={() => {
                    setOutcome(o);
                    setErrors((e) => ({ ...e, outcome: undefined }));
                  }}
                  className="mt-0.5 size-4 shrink-0 accent-indigo-600"
                />
                <span>
                  <span className="block font-medium text-slate-900">{OUTCOME_LABELS[o]}</span>
                  <span aria-hidden className="block text-xs text-slate-500">
                    {OUTCOME_HINTS[o]}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {errors.outcome ? (
            <p id={outcomeErrorId} role="alert" className="mt-1.5 text-sm text-red-600">
              {errors.outcome}
            </p>
          ) : null}
        </fieldset>
        <TextArea
          label="Closing note"
          name="note"
          rows={4}
          maxLength={5000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
          placeholder="What happened, what you learned, what comes next"
        />
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button variant="secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={busy}>
            Close goal
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
