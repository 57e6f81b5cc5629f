"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useWatch } from "react-hook-form";
import { useApiForm } from "@/app/_components/use-api-form";
import { emptyMilestoneValues, MILESTONE_FIELDS, milestoneFormSchema, type MilestoneFormValues } from "./milestone-form-values";

// Raw: the handler gets the typed values, as the caller's mutation takes them.
const resolver = zodResolver(milestoneFormSchema, undefined, { raw: true });

/**
 * The milestone form's state (react-hook-form, the API's own schema): errors beside their fields,
 * the server's too (say, a dependency cycle); creating clears the form for the next one.
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
  const { form, field, formError, submitWith } = useApiForm<MilestoneFormValues>({
    defaultValues: initial,
    resolver,
    fields: MILESTONE_FIELDS,
  });
  const values = useWatch({ control: form.control }) as MilestoneFormValues;

  const toggleDependency = (id: string, on: boolean) => {
    const current = form.getValues("dependsOnIds");
    const next = on ? [...current.filter((x) => x !== id), id] : current.filter((x) => x !== id);
    form.setValue("dependsOnIds", next, { shouldDirty: true });
    form.clearErrors("dependsOnIds");
  };

  const setSkills = (skills: string[]) => {
    form.setValue("skills", skills, { shouldDirty: true });
    form.clearErrors("skills");
  };
  // A tag's own message (skills.3) or the list's (too many), beside the tag input either way.
  const skillErrors = form.formState.errors.skills as unknown as ({ message?: string } & Record<string, unknown>) | undefined;
  const skillsError =
    skillErrors?.message ??
    (Object.values(skillErrors ?? {}).find((v) => v && typeof v === "object" && "message" in v) as { message?: string } | undefined)?.message;

  const submit = submitWith(async (typed) => {
    await onSubmit({ ...typed, title: typed.title.trim(), description: typed.description.trim() });
    if (mode === "create") {
      form.reset(emptyMilestoneValues);
      form.setFocus("title");
    }
  });

  return {
    values,
    field,
    formError,
    dependencyError: form.formState.errors.dependsOnIds?.message,
    busy: form.formState.isSubmitting,
    toggleDependency,
    setSkills,
    skillsError,
    submit,
  };
}
