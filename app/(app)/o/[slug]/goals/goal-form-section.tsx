import { type ReactNode, useId } from "react";
import { useFormContext } from "react-hook-form";
import type { GoalFormValues } from "./goal-form-schema";

/** One titled card of the goal form. */
export function FormSection({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {description ? <p className="mt-1 text-sm text-slate-500">{description}</p> : null}
      <div className="mt-5 space-y-5">{children}</div>
    </section>
  );
}

/** A field's registration and its error, to spread into a TextField, TextArea or Select of the goal form. */
export function useGoalField() {
  const { register, formState } = useFormContext<GoalFormValues>();
  return (name: keyof GoalFormValues) => ({ ...register(name), error: formState.errors[name]?.message });
}
