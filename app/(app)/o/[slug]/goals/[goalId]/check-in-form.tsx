"use client";

import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { TextArea, TextField } from "@/app/_components/fields";
import { type Health, HEALTH_LABELS } from "@/app/_components/HealthBadge";
import { useApiForm } from "@/app/_components/use-api-form";
import { CHECK_IN_FIELDS, type CheckInFormValues, checkInFormSchema, checkInSubmission } from "./check-in-form-schema";
import type { CheckInsGoal } from "./check-ins-fields";
import { formatMetric } from "./goal-labels";
import { CreateCheckInMutation } from "./operations";

/** What an owner can say in a check-in: the three pace levels (NOT_ENOUGH_DATA is computed only). */
type Confidence = Exclude<Health, "NOT_ENOUGH_DATA">;
const CONFIDENCES: Confidence[] = ["ON_TRACK", "AT_RISK", "OFF_TRACK"];

const radioStyles: Record<Confidence, string> = {
  ON_TRACK: "has-checked:border-emerald-500 has-checked:bg-emerald-50 has-checked:text-emerald-800",
  AT_RISK: "has-checked:border-amber-500 has-checked:bg-amber-50 has-checked:text-amber-900",
  OFF_TRACK: "has-checked:border-red-500 has-checked:bg-red-50 has-checked:text-red-800",
};
const dotStyles: Record<Confidence, string> = { ON_TRACK: "bg-emerald-500", AT_RISK: "bg-amber-500", OFF_TRACK: "bg-red-500" };

/** The check-in form: the metric's new value, the owner's confidence and a note. */
export function CheckInForm({ goal }: { goal: CheckInsGoal }) {
  const metric = goal.kind === "METRIC";
  const { kind, unit } = goal;
  const resolver = useMemo(() => zodResolver(checkInFormSchema({ kind, unit }), undefined, { raw: true }), [kind, unit]);
  const { form, field, formError, submitWith } = useApiForm<CheckInFormValues>({
    defaultValues: { value: "", confidence: goal.confidence ?? "", note: "" },
    resolver,
    fields: CHECK_IN_FIELDS,
  });
  const [saved, setSaved] = useState("");
  const legendId = useId();
  const confidenceErrorId = useId();
  const confidenceError = form.formState.errors.confidence?.message;
  const [createCheckIn] = useMutation(CreateCheckInMutation, {
    refetchQueries: ["GoalCheckIns", "GoalActivity"],
  });

  const submit = submitWith(async (values) => {
    setSaved("");
    await createCheckIn({ variables: { input: { goalId: goal.id, ...checkInSubmission(goal, values), note: values.note.trim() || undefined } } });
    form.reset({ value: "", note: "", confidence: values.confidence });
    setSaved("Check-in saved.");
  });

  const lastValue = formatMetric(goal.currentValue, goal.unit);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        setSaved("");
        void submit(e);
      }}
      aria-label="Check in"
      className="mt-5 space-y-4 border-y border-slate-200 bg-slate-50/70 px-5 py-5 sm:px-6"
    >
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className={cx("grid gap-4", metric && "sm:grid-cols-[12rem_1fr]")}>
        {metric ? (
          <TextField
            label="Current value"
            {...field("value")}
            type="number"
            inputMode="decimal"
            step="any"
            description={`${goal.unit ? `In ${goal.unit}. ` : ""}Now ${lastValue}.`}
            required
          />
        ) : null}
        <fieldset aria-describedby={confidenceError ? confidenceErrorId : undefined}>
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
                  confidenceError ? "border-red-400" : "border-slate-300",
                  radioStyles[c],
                )}
              >
                <input type="radio" {...form.register("confidence")} value={c} className="sr-only" />
                <span aria-hidden className={cx("size-2 shrink-0 rounded-full", dotStyles[c])} />
                <span className="truncate">{HEALTH_LABELS[c]}</span>
              </label>
            ))}
          </div>
          {confidenceError ? (
            <p id={confidenceErrorId} role="alert" className="mt-1.5 text-sm text-red-600">
              {confidenceError}
            </p>
          ) : null}
        </fieldset>
      </div>
      <TextArea
        label="Note"
        {...field("note")}
        rows={3}
        maxLength={5000}
        placeholder="What moved, what's in the way, what's next"
      />
      <div className="flex flex-wrap items-center justify-end gap-3">
        <p aria-live="polite" className="text-sm text-emerald-700">
          {saved}
        </p>
        <Button type="submit" variant="primary" loading={form.formState.isSubmitting}>
          Save check-in
        </Button>
      </div>
    </form>
  );
}
