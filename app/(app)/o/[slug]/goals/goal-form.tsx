"use client";

import { type FormEvent, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Select, TextArea, TextField } from "@/app/_components/fields";
import { type FormErrors, formErrorsFrom, noErrors } from "@/app/_components/form-errors";

export type GoalFormValues = {
  title: string;
  description: string;
  ownerId: string;
  startDate: string;
  targetDate: string;
};

export type MemberOption = { userId: string; name: string; email: string; role: string };

const FIELDS = ["title", "description", "ownerId", "startDate", "targetDate"] as const;

/** Checks what the browser can before a round trip; the server validates again and has the last word. */
function validate(v: GoalFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.title.trim()) errors.title = "Title is required.";
  if (!v.ownerId) errors.ownerId = "Choose an owner.";
  if (!v.startDate) errors.startDate = "Start date is required.";
  if (!v.targetDate) errors.targetDate = "Target date is required.";
  else if (v.startDate && v.targetDate < v.startDate) errors.targetDate = "Target date must be on or after the start date.";
  return errors;
}

/**
 * The goal's fields, for creating and for editing. `onSubmit` runs the mutation and throws its
 * error; messages land beside the field the server names (`extensions.field`), the rest on top.
 */
export function GoalForm({
  initial,
  members,
  viewerId,
  submitLabel,
  cancelHref,
  onSubmit,
}: {
  initial: GoalFormValues;
  members: MemberOption[];
  viewerId?: string;
  submitLabel: string;
  cancelHref: string;
  onSubmit: (values: GoalFormValues) => Promise<void>;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof GoalFormValues) => (e: { target: { value: string } }) => {
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

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors = validate(values);
    if (Object.keys(fieldErrors).length) {
      setErrors({ fieldErrors });
      const first = FIELDS.find((f) => fieldErrors[f]);
      if (first) event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    const form = event.currentTarget;
    try {
      await onSubmit({ ...values, title: values.title.trim(), description: values.description.trim() });
    } catch (error) {
      const next = formErrorsFrom(error, FIELDS);
      setErrors(next);
      const first = FIELDS.find((f) => next.fieldErrors[f]);
      if (first) form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      setBusy(false);
    }
  }

  // The current owner stays selectable even if they have since left the organization.
  const options = members.some((m) => m.userId === values.ownerId) || !values.ownerId
    ? members
    : [...members, { userId: values.ownerId, name: "Current owner (no longer a member)", email: "", role: "" }];

  return (
    <form noValidate onSubmit={submit} className="space-y-6">
      {errors.formError ? <Alert tone="error">{errors.formError}</Alert> : null}
      <TextField
        label="Title"
        name="title"
        value={values.title}
        onChange={set("title")}
        error={errors.fieldErrors.title}
        placeholder="e.g. Launch the new onboarding flow"
        maxLength={200}
        autoComplete="off"
        required
        autoFocus={!initial.title}
      />
      <TextArea
        label="Description (why)"
        name="description"
        value={values.description}
        onChange={set("description")}
        error={errors.fieldErrors.description}
        description="Why this goal matters and what success looks like. Shown at the top of the goal."
        rows={5}
        maxLength={5000}
      />
      <Select
        label="Owner"
        name="ownerId"
        value={values.ownerId}
        onChange={set("ownerId")}
        error={errors.fieldErrors.ownerId}
        description="The person accountable for getting there."
        required
      >
        {!values.ownerId ? <option value="">Choose an owner…</option> : null}
        {options.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
            {m.userId === viewerId ? " (you)" : ""}
          </option>
        ))}
      </Select>
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField
          label="Start date"
          name="startDate"
          type="date"
          value={values.startDate}
          onChange={set("startDate")}
          error={errors.fieldErrors.startDate}
          required
        />
        <TextField
          label="Target date"
          name="targetDate"
          type="date"
          value={values.targetDate}
          onChange={set("targetDate")}
          min={values.startDate || undefined}
          error={errors.fieldErrors.targetDate}
          required
        />
      </div>
      <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-100 pt-5">
        <ButtonLink href={cancelHref} variant="ghost">
          Cancel
        </ButtonLink>
        <Button type="submit" variant="primary" loading={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** Org members as owner choices, sorted by name. */
export function memberOptions(
  edges: ReadonlyArray<{ node: { role: string; user: { id: string; name: string; email: string } } }> | undefined,
): MemberOption[] {
  return (edges ?? [])
    .map(({ node }) => ({ userId: node.user.id, name: node.user.name, email: node.user.email, role: node.role }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
