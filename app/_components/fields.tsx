"use client";

import { ChevronDown, CircleAlert } from "lucide-react";
import { type ComponentProps, type ReactNode, useEffect, useId } from "react";
import { cx } from "./cx";

type FieldChrome = {
  label: ReactNode;
  /** Shown under the input in red with role="alert"; also marks the input aria-invalid. */
  error?: string | null;
  /** Help text under the label, linked with aria-describedby. */
  description?: ReactNode;
  /** Visually hide the label (it stays the accessible name). */
  hideLabel?: boolean;
  /** Classes for the wrapper around label, input and messages. */
  wrapperClassName?: string;
};

export const controlClasses = (invalid: boolean, className?: string) =>
  cx(
    "block w-full rounded-lg border bg-white px-3 py-2 text-sm text-slate-900 shadow-xs transition-colors",
    "placeholder:text-slate-400 focus:outline-2 focus:-outline-offset-1 focus:outline-indigo-600",
    "disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500 read-only:bg-slate-50",
    invalid ? "border-red-400 focus:outline-red-600" : "border-slate-300",
    className,
  );

function useFieldIds(id: string | undefined, error: unknown, description: unknown) {
  const generated = useId();
  const inputId = id ?? generated;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  return { inputId, descriptionId, errorId, describedBy };
}

function Field({
  inputId,
  label,
  hideLabel,
  description,
  descriptionId,
  error,
  errorId,
  wrapperClassName,
  required,
  children,
}: FieldChrome & {
  inputId: string;
  descriptionId?: string;
  errorId?: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={cx("space-y-1.5", wrapperClassName)}>
      <label htmlFor={inputId} className={cx("block text-sm font-medium text-slate-800", hideLabel && "sr-only")}>
        {label}
        {required ? (
          <span aria-hidden className="ml-0.5 text-slate-400">
            *
          </span>
        ) : null}
      </label>
      {children}
      {description ? (
        <p id={descriptionId} className="text-xs text-slate-500">
          {description}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="flex items-start gap-1 text-sm text-red-600">
          <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  error,
  description,
  hideLabel,
  wrapperClassName,
  id,
  className,
  ...props
}: FieldChrome & ComponentProps<"input">) {
  const ids = useFieldIds(id, error, description);
  return (
    <Field {...{ label, error, description, hideLabel, wrapperClassName, required: props.required }} {...ids}>
      <input
        id={ids.inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClasses(!!error, className)}
        {...props}
      />
    </Field>
  );
}

export function TextArea({
  label,
  error,
  description,
  hideLabel,
  wrapperClassName,
  id,
  className,
  rows = 4,
  ...props
}: FieldChrome & ComponentProps<"textarea">) {
  const ids = useFieldIds(id, error, description);
  return (
    <Field {...{ label, error, description, hideLabel, wrapperClassName, required: props.required }} {...ids}>
      <textarea
        id={ids.inputId}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={controlClasses(!!error, cx("min-h-20 resize-y", className))}
        {...props}
      />
    </Field>
  );
}

export function Select({
  label,
  error,
  description,
  hideLabel,
  wrapperClassName,
  id,
  className,
  children,
  ...props
}: FieldChrome & ComponentProps<"select">) {
  const ids = useFieldIds(id, error, description);
  return (
    <Field {...{ label, error, description, hideLabel, wrapperClassName, required: props.required }} {...ids}>
      <div className="relative">
        <select
          id={ids.inputId}
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          className={controlClasses(!!error, cx("appearance-none pr-9", className))}
          {...props}
        >
          {children}
        </select>
        <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-slate-500" />
      </div>
    </Field>
  );
}

/** A checkbox with its label to the right. */
export function Checkbox({
  label,
  description,
  id,
  className,
  ...props
}: { label: ReactNode; description?: ReactNode } & Omit<ComponentProps<"input">, "type">) {
  const generated = useId();
  const inputId = id ?? generated;
  return (
    <div className={cx("flex items-start gap-2.5", className)}>
      <input
        id={inputId}
        type="checkbox"
        aria-describedby={description ? `${inputId}-description` : undefined}
        className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-indigo-600"
        {...props}
      />
      <div className="text-sm">
        <label htmlFor={inputId} className="font-medium text-slate-800">
          {label}
        </label>
        {description ? (
          <p id={`${inputId}-description`} className="text-slate-500">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** After a failed submit, moves focus to the first field marked invalid (or the form's error banner). */
export function useFocusFirstError(form: React.RefObject<HTMLFormElement | null>, errors: { fieldErrors: object; formError?: string }) {
  useEffect(() => {
    if (!Object.keys(errors.fieldErrors).length && !errors.formError) return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [form, errors]);
}
