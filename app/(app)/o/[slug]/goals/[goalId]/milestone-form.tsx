"use client";

import { type FormEvent, useId, useRef, useState } from "react";
import { formatDate } from "@/app/_components/format";
import { TitleField } from "@/app/_components/TitleField";
import { TITLE_MAX } from "@/domain/schemas/goal.ts";
import { isDueAfterTarget } from "@/domain/schedule.ts";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { Select, TextArea, TextField } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors } from "@/app/_components/form-errors";
import { Icon } from "@/app/_components/goals/icons";
import type { Person } from "./assignee-picker";

export type MilestoneFormValues = {
  title: string;
  dueDate: string;
  description: string;
  /** "" = no owner */
  ownerId: string;
  weight: string;
  /** "" = unknown */
  durationDays: string;
  dependsOnIds: string[];
};

export const emptyMilestoneValues: MilestoneFormValues = {
  title: "",
  dueDate: "",
  description: "",
  ownerId: "",
  weight: "1",
  durationDays: "",
  dependsOnIds: [],
};

const FIELDS = ["title", "dueDate", "description", "ownerId", "weight", "durationDays", "dependsOnIds"] as const;

/** Parsed numbers for the API (the strings were checked by `check`). */
export function parsedNumbers(values: MilestoneFormValues) {
  return {
    weight: values.weight.trim() === "" ? 1 : Number(values.weight),
    durationDays: values.durationDays.trim() === "" ? null : Number(values.durationDays),
  };
}

function check(values: MilestoneFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = "Give the milestone a title.";
  else if (values.title.trim().length > TITLE_MAX) errors.title = `Title must be at most ${TITLE_MAX} characters.`;
  if (!values.dueDate) errors.dueDate = "Choose a due date.";
  const weight = values.weight.trim();
  if (weight !== "" && (!Number.isFinite(Number(weight)) || Number(weight) < 0)) errors.weight = "Weight must be a number, 0 or more.";
  const duration = values.durationDays.trim();
  if (duration !== "" && (!Number.isInteger(Number(duration)) || Number(duration) < 0)) {
    errors.durationDays = "Duration must be a whole number of days.";
  }
  return errors;
}

/**
 * Adds a milestone (mode "create": clears itself and keeps focus in the title for the next one) or
 * edits one in place (mode "edit": Save / Cancel), with its owner, weight, estimated duration and
 * dependencies. `onSubmit` throws the mutation's error; a field-level error (say, a dependency
 * cycle) is shown beside its field.
 */
export function MilestoneForm({
  mode,
  initial = emptyMilestoneValues,
  minDate,
  targetDate,
  people,
  meId,
  others,
  onSubmit,
  onCancel,
}: {
  mode: "create" | "edit";
  initial?: MilestoneFormValues;
  minDate?: string;
  /** The goal's target date: a due date after it is allowed, with a warning (a schedule risk). */
  targetDate?: string;
  /** Who can own it; undefined while members load. */
  people: readonly Person[] | undefined;
  meId?: string;
  /** The goal's other milestones, which this one may depend on. */
  others: readonly { id: string; title: string }[];
  onSubmit: (values: MilestoneFormValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const dependsId = useId();

  const clear = (field: string) =>
    setErrors((prev) => {
      if (!prev.fieldErrors[field]) return prev;
      const fieldErrors = { ...prev.fieldErrors };
      delete fieldErrors[field];
      return { ...prev, fieldErrors };
    });

  const set = (field: Exclude<keyof MilestoneFormValues, "dependsOnIds">) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setValues((v) => ({ ...v, [field]: value }));
    clear(field);
  };

  const toggleDependency = (id: string, on: boolean) => {
    setValues((v) => ({
      ...v,
      dependsOnIds: on ? [...v.dependsOnIds.filter((x) => x !== id), id] : v.dependsOnIds.filter((x) => x !== id),
    }));
    clear("dependsOnIds");
  };

  const focusField = (field: string) =>
    formRef.current?.querySelector<HTMLElement>(field === "dependsOnIds" ? `[data-field="dependsOnIds"] input` : `[name="${field}"]`)?.focus();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors = check(values);
    if (Object.keys(fieldErrors).length) {
      setErrors({ fieldErrors });
      focusField(FIELDS.find((f) => fieldErrors[f])!);
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await onSubmit({ ...values, title: values.title.trim(), description: values.description.trim() });
      if (mode === "create") {
        setValues(emptyMilestoneValues);
        focusField("title");
      }
    } catch (error) {
      const next = formErrorsFrom(error, FIELDS);
      setErrors(next);
      const first = FIELDS.find((f) => next.fieldErrors[f]);
      if (first) requestAnimationFrame(() => focusField(first));
    } finally {
      setBusy(false);
    }
  }

  // The current owner stays choosable even when they are not in the list (e.g. now a stakeholder).
  const ownerOptions = [...(people ?? [])];
  if (initial.ownerId && !ownerOptions.some((p) => p.id === initial.ownerId)) {
    ownerOptions.unshift({ id: initial.ownerId, name: "Current owner", email: "" });
  }
  const dependencyError = errors.fieldErrors.dependsOnIds;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-label={mode === "create" ? "Add milestone" : `Edit milestone ${initial.title}`}
      onKeyDown={(e) => {
        if (e.key === "Escape" && mode === "edit" && onCancel) {
          e.preventDefault();
          onCancel();
        }
      }}
      className="space-y-4"
    >
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_11rem]">
        <TitleField
          label="Milestone title"
          name="title"
          value={values.title}
          onChange={set("title")}
          error={errors.fieldErrors.title}
          placeholder={mode === "create" ? "e.g. Beta ready for first customers" : undefined}
          autoComplete="off"
          autoFocus={mode === "edit"}
          required
        />
        <TextField
          label="Due date"
          name="dueDate"
          type="date"
          value={values.dueDate}
          onChange={set("dueDate")}
          min={minDate}
          error={errors.fieldErrors.dueDate}
          description={
            targetDate && values.dueDate && isDueAfterTarget(values.dueDate, targetDate) ? (
              <span className="font-medium text-amber-700">
                After the goal&apos;s {formatDate(targetDate)} target: it will show as a schedule risk.
              </span>
            ) : mode === "edit" && initial.dueDate && values.dueDate > initial.dueDate ? (
              "Moving it later counts as a slip."
            ) : undefined
          }
          required
        />
      </div>
      <TextArea
        label="Description"
        name="description"
        value={values.description}
        onChange={set("description")}
        error={errors.fieldErrors.description}
        rows={2}
        maxLength={5000}
        placeholder="What “done” means for this checkpoint (optional)"
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <Select
          label={mode === "edit" ? `Owner of ${initial.title}` : "Owner"}
          name="ownerId"
          value={values.ownerId}
          onChange={set("ownerId")}
          error={errors.fieldErrors.ownerId}
          disabled={!people}
        >
          <option value="">{people ? "No owner" : "Loading members…"}</option>
          {ownerOptions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.id === meId ? " (you)" : ""}
            </option>
          ))}
        </Select>
        <TextField
          label="Weight"
          name="weight"
          type="number"
          inputMode="decimal"
          min={0}
          max={1000}
          step="any"
          value={values.weight}
          onChange={set("weight")}
          error={errors.fieldErrors.weight}
          description="Its share of the goal's progress."
        />
        <TextField
          label="Estimated duration (days)"
          name="durationDays"
          type="number"
          inputMode="numeric"
          min={0}
          max={3650}
          step={1}
          value={values.durationDays}
          onChange={set("durationDays")}
          error={errors.fieldErrors.durationDays}
          description="For backward planning."
        />
      </div>

      {others.length > 0 ? (
        <fieldset data-field="dependsOnIds" aria-describedby={dependencyError ? `${dependsId}-error` : `${dependsId}-hint`}>
          <legend className="text-sm font-medium text-slate-800">Depends on</legend>
          <p id={`${dependsId}-hint`} className="mt-0.5 text-xs text-slate-500">
            Milestones that must be done before this one can start.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            {others.map((o) => {
              const checked = values.dependsOnIds.includes(o.id);
              return (
                <label
                  key={o.id}
                  className={cx(
                    "inline-flex max-w-full cursor-pointer items-center gap-2 rounded-lg border bg-white px-2.5 py-1.5 text-sm shadow-xs",
                    "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600",
                    checked ? "border-indigo-400 bg-indigo-50 text-indigo-900" : "border-slate-300 text-slate-700 hover:bg-slate-50",
                    dependencyError && "border-red-400",
                  )}
                >
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={(e) => toggleDependency(o.id, e.target.checked)}
                    className="size-4 shrink-0 rounded border-slate-300 accent-indigo-600"
                  />
                  <span className="truncate">{o.title}</span>
                </label>
              );
            })}
          </div>
          {dependencyError ? (
            <p id={`${dependsId}-error`} role="alert" className="mt-2 flex items-start gap-1 text-sm text-red-600">
              {dependencyError}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      <div className="flex flex-wrap items-center justify-end gap-3">
        <div className="flex items-center gap-2">
          {mode === "edit" ? (
            <>
              <Button variant="ghost" size="sm" onClick={onCancel} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" variant="primary" size="sm" loading={busy}>
                Save
              </Button>
            </>
          ) : (
            <Button type="submit" variant="primary" loading={busy} icon={<Icon name="plus" />}>
              Add milestone
            </Button>
          )}
        </div>
      </div>
    </form>
  );
}
