"use client";

import { useId } from "react";
import { Select } from "@/app/_components/fields";
import { cx } from "@/app/_components/cx";
import type { TemplateData } from "./template-fields";

/**
 * "Start from a template": a blank goal or one of the goal templates, as a radio group (arrow keys
 * move, the choice pre-fills the form below). When the chosen template has approval milestones,
 * it asks who approves them.
 */
export function GoalTemplateChooser({
  templates,
  value,
  onChange,
  people,
  approverId,
  onApproverChange,
  approverError,
}: {
  templates: readonly TemplateData[];
  value: string;
  onChange: (id: string) => void;
  people: readonly { id: string; name: string }[];
  approverId: string;
  onApproverChange: (id: string) => void;
  approverError?: string;
}) {
  const chosen = templates.find((t) => t.id === value);
  const approvals = chosen?.milestones.filter((m) => m.kind === "APPROVAL") ?? [];
  const options = [{ id: "", name: "Blank goal", description: "Start from empty fields." }, ...templates];
  // Each choice is named by its title alone and described by its text, so the description's words
  // ("unit", "target") never make a radio answer to another field's label.
  const idBase = useId();
  return (
    <section aria-labelledby="template-chooser-heading" className="mb-6 rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="template-chooser-heading" className="text-sm font-semibold text-slate-900">
        Start from a template
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        A template fills in prompts for the description, the kind and metric fields, and adds its milestones once the goal is created.
      </p>
      <div role="radiogroup" aria-labelledby="template-chooser-heading" className="mt-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((t, i) => {
          const checked = t.id === value;
          const nameId = `${idBase}-${i}-name`;
          const descriptionId = `${idBase}-${i}-description`;
          const count = "milestones" in t ? t.milestones.length : 0;
          return (
            <label
              key={t.id || "blank"}
              className={cx(
                "flex cursor-pointer flex-col rounded-lg border px-3 py-2.5 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-indigo-500",
                checked
                  ? "border-indigo-500 bg-indigo-50"
                  : "border-slate-200 hover:border-slate-300",
              )}
            >
              <span className="flex items-center gap-2">
                <input
                  type="radio"
                  name="template"
                  value={t.id}
                  checked={checked}
                  onChange={() => onChange(t.id)}
                  aria-labelledby={nameId}
                  aria-describedby={descriptionId}
                  className="size-4 accent-indigo-600"
                />
                <span id={nameId} className="font-medium text-slate-900">
                  {t.name}
                </span>
              </span>
              <span id={descriptionId} className="mt-1 text-slate-600">
                {t.description}
                {count ? ` ${count} milestones.` : ""}
              </span>
            </label>
          );
        })}
      </div>
      {approvals.length ? (
        <Select
          wrapperClassName="mt-4 max-w-sm"
          label="Approver"
          name="approverId"
          value={approverId}
          error={approverError}
          description={`Signs off ${approvals.map((m) => `“${m.title}”`).join(", ")}.`}
          onChange={(e) => onApproverChange(e.target.value)}
        >
          <option value="">Choose a person…</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      ) : null}
    </section>
  );
}
