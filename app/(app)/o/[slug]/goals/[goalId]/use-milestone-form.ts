"use client";

import { type FormEvent, useRef, useState } from "react";
import { type FormErrors, formErrorsFrom, noErrors } from "@/app/_components/form-errors";
import { checkMilestoneValues, emptyMilestoneValues, MILESTONE_FIELDS, type MilestoneFormValues } from "./milestone-form-values";

/**
 * The milestone form's state: values, errors beside their fields, and a submit that checks first,
 * then shows the server's field errors (say, a dependency cycle) where they belong.
 */
export function useMilestoneForm({
  mode,
  initial,
  onSubmit,
}: {
  mode: "create" | "edit";
  initial: MilestoneFormValues;
  onSubmit: (values: MilestoneFormValues) => Promise<void>;
}) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

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
    formRef.current
      ?.querySelector<HTMLElement>(field === "dependsOnIds" ? `[data-field="dependsOnIds"] input` : `[name="${field}"]`)
      ?.focus();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldErrors = checkMilestoneValues(values);
    if (Object.keys(fieldErrors).length) {
      setErrors({ fieldErrors });
      focusField(MILESTONE_FIELDS.find((f) => fieldErrors[f])!);
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
      const next = formErrorsFrom(error, MILESTONE_FIELDS);
      setErrors(next);
      const first = MILESTONE_FIELDS.find((f) => next.fieldErrors[f]);
      if (first) requestAnimationFrame(() => focusField(first));
    } finally {
      setBusy(false);
    }
  }

  return { values, errors, busy, formRef, set, toggleDependency, submit };
}
