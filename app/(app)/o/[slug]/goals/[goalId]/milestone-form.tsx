"use client";

import { type FormEvent, useRef, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button } from "@/app/_components/Button";
import { TextArea, TextField } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors } from "@/app/_components/form-errors";
import { Icon } from "../icons";

export type MilestoneFormValues = { title: string; dueDate: string; description: string };

const FIELDS = ["title", "dueDate", "description"] as const;

/**
 * Adds a milestone (mode "create": clears itself and keeps focus in the title for the next one) or
 * edits one in place (mode "edit": Save / Cancel). `onSubmit` throws the mutation's error.
 */
export function MilestoneForm({
  mode,
  initial = { title: "", dueDate: "", description: "" },
  minDate,
  onSubmit,
  onCancel,
}: {
  mode: "create" | "edit";
  initial?: MilestoneFormValues;
  minDate?: string;
  onSubmit: (values: MilestoneFormValues) => Promise<void>;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (field: keyof MilestoneFormValues) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setValues((v) => ({ ...v, [field]: value }));
    if (errors.fieldErrors[field]) {
      setErrors((prev) => {
        const fieldErrors = { ...prev.fieldErrors };
        delete fieldErrors[field];
        return { ...prev, fieldErrors };
      });
    }
  };

  const focusField = (field: string) => formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors: Record<string, string> = {};
    if (!values.title.trim()) fieldErrors.title = "Give the milestone a title.";
    if (!values.dueDate) fieldErrors.dueDate = "Choose a due date.";
    if (Object.keys(fieldErrors).length) {
      setErrors({ fieldErrors });
      focusField(FIELDS.find((f) => fieldErrors[f])!);
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await onSubmit({ title: values.title.trim(), dueDate: values.dueDate, description: values.description.trim() });
      if (mode === "create") {
        setValues({ title: "", dueDate: "", description: "" });
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
        <TextField
          label="Milestone title"
          name="title"
          value={values.title}
          onChange={set("title")}
          error={errors.fieldErrors.title}
          placeholder={mode === "create" ? "e.g. Beta ready for first customers" : undefined}
          maxLength={200}
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
