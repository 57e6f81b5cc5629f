"use client";

import { cx } from "./cx";

const LABELS = { timeline: "Timeline", list: "List" } as const;
type View = keyof typeof LABELS;

/** Timeline or list: two toggle buttons (aria-pressed), for pages whose timeline has a list fallback. */
export function ViewToggle({ label, value, onChange }: { label: string; value: View; onChange: (view: View) => void }) {
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 print:hidden">
      {(Object.keys(LABELS) as View[]).map((view) => (
        <button
          key={view}
          type="button"
          aria-pressed={value === view}
          onClick={() => onChange(view)}
          className={cx(
            "rounded-md px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600",
            value === view ? "bg-indigo-600 text-white" : "text-slate-600 hover:bg-slate-100",
          )}
        >
          {LABELS[view]}
        </button>
      ))}
    </div>
  );
}
