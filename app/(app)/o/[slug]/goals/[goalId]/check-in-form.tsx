"use client";

import { useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { TextArea, TextField } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors } from "@/app/_components/form-errors";
import { type Health, HEALTH_LABELS } from "@/app/_components/HealthBadge";
import type { CheckInsGoal } from "./check-ins-fields";
import { formatMetric } from "./goal-labels";
import { CreateCheckInMutation } from "./operations";

/** What an owner can say in a check-in: the three pace levels (NOT_ENOUGH_DATA is computed only). */
type Confidence = Exclude<Health, "NOT_ENOUGH_DATA">;
const CONFIDENCES: Confidence[] = ["ON_TRACK", "AT_RISK", "OFF_TRACK"];
const FIELDS = ["value", "confidence", "note"] as const;

const radioStyles: Record<Confidence, string> = {
  ON_TRACK: "has-checked:border-emerald-500 has-checked:bg-emerald-50 has-checked:text-emerald-800",
  AT_RISK: "has-checked:border-amber-500 has-checked:bg-amber-50 has-checked:text-amber-900",
  OFF_TRACK: "has-checked:border-red-500 has-checked:bg-red-50 has-checked:text-red-800",
};
const dotStyles: Record<Confidence, string> = { ON_TRACK: "bg-emerald-500", AT_RISK: "bg-amber-500", OFF_TRACK: "bg-red-500" };

/** The check-in form: the metric's new value, the owner's confidence and a note. */
export function CheckInForm({ goal }: { goal: CheckInsGoal }) {
  const metric = goal.kind === "METRIC";
  const [value, setValue] = useState("");
  const [confidence, setConfidence] = useState<Health | "">(goal.confidence ?? "");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saved, setSaved] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const legendId = useId();
  const confidenceErrorId = useId();
  const [createCheckIn, { loading }] = useMutation(CreateCheckInMutation, {
    refetchQueries: ["GoalCheckIns", "GoalActivity"],
  });

  const clearError = (field: string) =>
    setErrors((prev) => {
      if (!prev.fieldErrors[field]) return prev;
      const fieldErrors = { ...prev.fieldErrors };
      delete fieldErrors[field];
      return { ...prev, fieldErrors };
    });

  const focusFirst = (fieldErrors: Record<string, string>) => {
    const first = FIELDS.find((f) => fieldErrors[f]);
    if (!first) return;
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved("");
    const fieldErrors: Record<string, string> = {};
    const number = value.trim() === "" ? null : Number(value);
    if (metric && number === null) fieldErrors.value = `Enter the current value${goal.unit ? ` in ${goal.unit}` : ""}.`;
    else if (metric && !Number.isFinite(number)) fieldErrors.value = "Enter a number.";
    if (!confidence) fieldErrors.confidence = "Choose how confident you are.";
    if (Object.keys(fieldErrors).length) {
      setErrors({ fieldErrors });
      focusFirst(fieldErrors);
      return;
    }
    setErrors(noErrors);
    try {
      await createCheckIn({
        variables: {
          input: {
            goalId: goal.id,
            confidence: confidence as Confidence,
            note: note.trim() || undefined,
            ...(metric ? { value: number } : {}),
          },
        },
      });
      setValue("");
      setNote("");
      setSaved("Check-in saved.");
    } catch (error) {
      const next = formErrorsFrom(error, FIELDS);
      setErrors(next);
      focusFirst(next.fieldErrors);
    }
  }

  const lastValue = formatMetric(goal.currentValue, goal.unit);
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-label="Check in"
      className="mt-5 space-y-4 border-y border-slate-200 bg-slate-50/70 px-5 py-5 sm:px-6"
    >
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <div className={cx("grid gap-4", metric && "sm:grid-cols-[12rem_1fr]")}>
        {metric ? (
          <TextField
            label="Current value"
            name="value"
            type="number"
            inputMode="decimal"
            step="any"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              clearError("value");
            }}
            error={errors.fieldErrors.value}
            description={`${goal.unit ? `In ${goal.unit}. ` : ""}Now ${lastValue}.`}
            required
          />
        ) : null}
        <fieldset aria-describedby={errors.fieldErrors.confidence ? confidenceErrorId : undefined}>
          <legend id={legendId} className="text-sm font-medium text-slate-800">
            Confidence
            <span aria-hidden className="ml-0.5 text-slate-400">
              *
            </span>
          </legend>
          <div className="mt-1.5 grid grid-cols-3 gap-2">
            {CONFIDENCES.map((c) => (
              <label
                key={c}
                className={cx(
                  "flex cursor-pointer items-center justify-center gap-2 rounded-lg border bg-white px-2 py-2 text-sm font-medium text-slate-700 shadow-xs transition-colors",
                  "hover:bg-slate-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600",
                  errors.fieldErrors.confidence ? "border-red-400" : "border-slate-300",
                  radioStyles[c],
                )}
              >
                <input
                  type="radio"
                  name="confidence"
                  value={c}
                  checked={confidence === c}
                  onChange={() => {
                    setConfidence(c);
                    clearError("confidence");
                  }}
                  className="sr-only"
                />
                <span aria-hidden className={cx("size-2 shrink-0 rounded-full", dotStyles[c])} />
                <span className="truncate">{HEALTH_LABELS[c]}</span>
              </label>
            ))}
          </div>
          {errors.fieldErrors.confidence ? (
            <p id={confidenceErrorId} role="alert" className="mt-1.5 text-sm text-red-600">
              {errors.fieldErrors.confidence}
            </p>
          ) : null}
        </fieldset>
      </div>
      <TextArea
        label="Note"
        name="note"
        rows={3}
        maxLength={5000}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          clearError("note");
        }}
        error={errors.fieldErrors.note}
        placeholder="What moved, what's in the way, what's next"
      />
      <div className="flex flex-wrap items-center justify-end gap-3">
        <p aria-live="polite" className="text-sm text-emerald-700">
          {saved}
        </p>
        <Button type="submit" variant="primary" loading={loading}>
          Save check-in
        </Button>
      </div>
    </form>
  );
}
