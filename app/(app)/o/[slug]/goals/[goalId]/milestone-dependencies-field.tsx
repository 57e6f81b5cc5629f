"use client";

import { useId } from "react";
import { cx } from "@/app/_components/cx";

/** "Depends on": the goal's other milestones as toggles, with the server's cycle error beside them. */
export function MilestoneDependenciesField({
  others,
  selected,
  error,
  onToggle,
}: {
  others: readonly { id: string; title: string }[];
  selected: readonly string[];
  error?: string;
  onToggle: (id: string, on: boolean) => void;
}) {
  const id = useId();
  if (others.length === 0) return null;
  return (
    <fieldset data-field="dependsOnIds" aria-describedby={error ? `${id}-error` : `${id}-hint`}>
      <legend className="text-sm font-medium text-slate-800">Depends on</legend>
      <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-500">
        Milestones that must be done before this one can start.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {others.map((o) => {
          const checked = selected.includes(o.id);
          return (
            <label
              key={o.id}
              className={cx(
                "inline-flex max-w-full cursor-pointer items-center gap-2 rounded-lg border bg-white px-2.5 py-1.5 text-sm shadow-xs",
                "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600",
                checked ? "border-indigo-400 bg-indigo-50 text-indigo-900" : "border-slate-300 text-slate-700 hover:bg-slate-50",
                error && "border-red-400",
              )}
            >
              <input
                type="checkbox"
                checked={checked}
                onChange={(e) => onToggle(o.id, e.target.checked)}
                className="size-4 shrink-0 rounded border-slate-300 accent-indigo-600"
              />
              <span className="truncate">{o.title}</span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="mt-2 flex items-start gap-1 text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
