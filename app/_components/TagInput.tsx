"use client";

import { X } from "lucide-react";
import { type KeyboardEvent, useId, useState } from "react";
import { cx } from "./cx";

/**
 * Free tags as chips (skills, interests). Enter or a comma adds what was typed, Backspace in an
 * empty box removes the last chip, each chip has its own remove button. Suggestions come from a
 * native <datalist> (the organization's tags), which browsers make keyboardable and announce.
 * Tags are compared without case, as the API does (domain/schemas/planning.ts, cleanTags).
 */
export function TagInput({
  label,
  value,
  onChange,
  suggestions = [],
  error,
  description,
  placeholder = "Type and press Enter",
  disabled,
  id,
}: {
  label: string;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  suggestions?: readonly string[];
  error?: string;
  description?: string;
  placeholder?: string;
  disabled?: boolean;
  id?: string;
}) {
  const generated = useId();
  const inputId = id ?? generated;
  const listId = `${inputId}-suggestions`;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const [draft, setDraft] = useState("");
  const has = (tag: string) => value.some((t) => t.toLowerCase() === tag.toLowerCase());

  function add(raw: string) {
    const tag = raw.trim().replace(/\s+/g, " ");
    setDraft("");
    if (!tag || has(tag)) return;
    onChange([...value, tag]);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter" || e.key === ",") {
      // Enter must not submit the form while a tag is being typed.
      if (draft.trim() || e.key === ",") e.preventDefault();
      add(draft);
    } else if (e.key === "Backspace" && !draft && value.length) {
      onChange(value.slice(0, -1));
    }
  }

  return (
    <div className="space-y-1.5">
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div
        className={cx(
          // A field's look without controlClasses' :read-only tint, which a <div> always matches.
          "flex w-full flex-wrap items-center gap-1.5 rounded-lg border bg-white px-3 py-1.5 text-sm shadow-xs",
          "focus-within:outline-2 focus-within:-outline-offset-1",
          error ? "border-red-400 focus-within:outline-red-600" : "border-slate-300 focus-within:outline-indigo-600",
          disabled && "cursor-not-allowed bg-slate-50",
        )}
      >
        <ul aria-label={`Chosen ${label.toLowerCase()}`} className="contents">
          {value.map((tag) => (
            <li key={tag} className="inline-flex items-center gap-1 rounded-md bg-slate-100 py-0.5 pr-1 pl-2 text-xs font-medium text-slate-700">
              <span dir="auto">{tag}</span>
              <button
                type="button"
                disabled={disabled}
                onClick={() => onChange(value.filter((t) => t !== tag))}
                aria-label={`Remove ${tag}`}
                className="rounded p-0.5 text-slate-500 hover:bg-slate-200 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600"
              >
                <X aria-hidden className="size-3" />
              </button>
            </li>
          ))}
        </ul>
        <input
          id={inputId}
          list={listId}
          value={draft}
          disabled={disabled}
          placeholder={value.length ? undefined : placeholder}
          aria-invalid={error ? true : undefined}
          aria-describedby={[descriptionId, errorId].filter(Boolean).join(" ") || undefined}
          onChange={(e) => {
            const next = e.target.value;
            // Picking a datalist suggestion replaces the text whole: take it as a tag at once.
            if (suggestions.includes(next) && next.length - draft.length > 1) add(next);
            else setDraft(next);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => draft.trim() && add(draft)}
          className="min-w-24 flex-1 border-0 bg-transparent p-0.5 text-sm outline-none placeholder:text-slate-400"
        />
        <datalist id={listId}>
          {suggestions
            .filter((s) => !has(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      </div>
      {description ? (
        <p id={descriptionId} className="text-xs text-slate-500">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}
