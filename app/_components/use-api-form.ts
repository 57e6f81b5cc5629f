"use client";

import { useState } from "react";
import { type FieldValues, type Path, type Resolver, useForm, type UseFormProps } from "react-hook-form";
import { formErrorsFrom } from "./form-errors";

/**
 * A react-hook-form form whose rules are the API's own zod schema (`resolver`, checked in the
 * browser first) and whose server answer lands where it belongs: a field the API names
 * (`extensions.field`) gets its message beside it and the first such field the focus; anything
 * else is `formError`, for the top of the form. The one way the app's forms submit.
 */
export function useApiForm<V extends FieldValues>({
  defaultValues,
  resolver,
  fields,
  mode,
}: {
  defaultValues: UseFormProps<V>["defaultValues"];
  resolver: Resolver<V>;
  /** The fields in the order they are shown: the first in error gets the focus. */
  fields: readonly Path<V>[];
  mode?: UseFormProps<V>["mode"];
}) {
  const form = useForm<V>({ defaultValues, resolver, mode });
  const [formError, setFormError] = useState<string | undefined>();

  /** What a field component takes: the registration and its message. */
  const field = (name: Path<V>) => ({
    ...form.register(name),
    error: (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message,
  });

  /** The form's onSubmit: checks, then runs `save`; what it throws becomes messages (see above). */
  const submitWith = (save: (values: V) => Promise<void>) =>
    form.handleSubmit(async (values) => {
      setFormError(undefined);
      try {
        await save(values);
      } catch (error) {
        const { fieldErrors, formError } = formErrorsFrom(error, fields as readonly string[]);
        setFormError(formError);
        const first = fields.find((f) => fieldErrors[f]);
        for (const f of fields) {
          if (fieldErrors[f]) form.setError(f, { type: "server", message: fieldErrors[f] }, { shouldFocus: f === first });
        }
      }
    });

  return { form, field, formError, setFormError, submitWith };
}
