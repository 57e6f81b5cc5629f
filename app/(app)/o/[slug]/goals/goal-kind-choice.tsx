import { ChartColumn, Flag, type LucideIcon } from "lucide-react";
import { useId } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { cx } from "@/app/_components/cx";
import type { GoalFormValues } from "./goal-form-schema";

const CHOICES: { kind: GoalFormValues["kind"]; label: string; description: string; icon: LucideIcon }[] = [
  { kind: "MILESTONE", label: "Milestones", description: "Done when its milestones (and any sub-goals) are done.", icon: Flag },
  {
    kind: "METRIC",
    label: "A number (metric)",
    description: "A number moves from a start value toward a target, e.g. users from 120 to 300.",
    icon: ChartColumn,
  },
];

/** The "How is progress measured?" radio group, as two cards. */
export function GoalKindChoice() {
  const id = useId();
  const { register, control, formState } = useFormContext<GoalFormValues>();
  const value = useWatch({ control, name: "kind" });
  const error = formState.errors.kind?.message;
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">How is progress measured?</legend>
      <div className="mt-2 grid gap-3 sm:grid-cols-2">
        {CHOICES.map((c) => {
          const checked = value === c.kind;
          const inputId = `${id}-${c.kind}`;
          return (
            <div
              key={c.kind}
              className={cx(
                "relative flex gap-3 rounded-lg border p-4 transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600",
                checked ? "border-indigo-600 bg-indigo-50/60 ring-1 ring-indigo-600" : "border-slate-300 bg-white hover:border-slate-400",
              )}
            >
              <input
                id={inputId}
                type="radio"
                value={c.kind}
                {...register("kind")}
                aria-describedby={`${inputId}-description`}
                aria-invalid={error ? true : undefined}
                className="relative z-10 mt-0.5 size-4 shrink-0 cursor-pointer accent-indigo-600 focus-visible:outline-none"
              />
              <div className="min-w-0">
                <label
                  htmlFor={inputId}
                  className="flex cursor-pointer items-center gap-1.5 text-sm font-semibold text-slate-900 after:absolute after:inset-0 after:content-['']"
                >
                  <c.icon aria-hidden className={cx("size-4", checked ? "text-indigo-600" : "text-slate-400")} />
                  {c.label}
                </label>
                <p id={`${inputId}-description`} className="mt-1 text-xs text-slate-600">
                  {c.description}
                </p>
              </div>
            </div>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-1.5 text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
