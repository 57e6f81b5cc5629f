"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { Alert } from "@/app/_components/Alert";
import { Button, ButtonLink } from "@/app/_components/Button";
import { formErrorsFrom } from "@/app/_components/form-errors";
import { GoalBasicsFields } from "./goal-basics-fields";
import type { MemberOption, ParentOption } from "./goal-form-options";
import { GOAL_FORM_FIELDS, type GoalFormSubmission, type GoalFormValues, goalFormSchema, toSubmission } from "./goal-form-schema";
import { GoalProgressFields } from "./goal-metric-fields";
import { GoalPlacementFields } from "./goal-placement-fields";
import { GoalSmartPreview, type SmartContext } from "./goal-smart-preview";

export { blankDetails, type GoalFormSubmission, type GoalFormValues } from "./goal-form-schema";
export { memberOptions, parentOptions, type MemberOption, type ParentOption } from "./goal-form-options";

// The API's own schema checks every field at once in the browser (raw: the handler gets the typed
// values, as the mutation takes them); the server still has the last word.
const resolver = zodResolver(goalFormSchema, undefined, { raw: true });

/**
 * The goal's fields, for creating and for editing, with a live SMART checklist beside them.
 * `onSubmit` runs the mutation and throws its error; messages land beside the field the server
 * names (`extensions.field`), the rest on top.
 */
export function GoalForm({
  initial,
  members,
  parents,
  viewerId,
  submitLabel,
  cancelHref,
  smartContext,
  onSubmit,
}: {
  initial: GoalFormValues;
  members: MemberOption[];
  /** Goals this one may sit under (open, not itself or below it), in tree order. */
  parents: ParentOption[];
  viewerId?: string;
  submitLabel: string;
  cancelHref: string;
  smartContext: SmartContext;
  onSubmit: (values: GoalFormSubmission) => Promise<void>;
}) {
  const form = useForm<GoalFormValues>({ defaultValues: initial, resolver });
  const [formError, setFormError] = useState<string | undefined>();

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    try {
      await onSubmit(toSubmission(values));
    } catch (error) {
      const { fieldErrors, formError } = formErrorsFrom(error, GOAL_FORM_FIELDS);
      setFormError(formError);
      const first = GOAL_FORM_FIELDS.find((f) => fieldErrors[f]);
      for (const f of GOAL_FORM_FIELDS) {
        if (fieldErrors[f]) form.setError(f, { type: "server", message: fieldErrors[f] }, { shouldFocus: f === first });
      }
    }
  });

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] lg:items-start">
        <div className="space-y-6 lg:col-start-1">
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          <GoalBasicsFields members={members} viewerId={viewerId} autoFocus={!initial.title} />
          <GoalProgressFields />
          <GoalPlacementFields parents={parents} />
        </div>

        <aside className="lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <GoalSmartPreview context={smartContext} />
        </aside>

        <div className="flex flex-wrap items-center justify-end gap-3 lg:col-start-1">
          <ButtonLink href={cancelHref} variant="ghost">
            Cancel
          </ButtonLink>
          <Button type="submit" variant="primary" loading={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
