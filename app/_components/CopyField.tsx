"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "./Button";
import { cx } from "./cx";

/**
 * A read-only input holding a secret or link, with a Copy button. The copy result is announced
 * politely; when the clipboard API is unavailable the text is selected so Ctrl+C works.
 */
export function CopyField({
  label,
  value,
  copyLabel = "Copy",
  description,
  className,
  autoFocus,
}: {
  label: string;
  value: string;
  copyLabel?: string;
  description?: string;
  className?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "manual">("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      input.current?.select();
      setStatus("manual");
    }
  }

  return (
    <div className={cx("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          autoFocus={autoFocus}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={description ? `${id}-description` : undefined}
          className="block min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-800 focus:outline-2 focus:-outline-offset-1 focus:outline-indigo-600"
        />
        <Button
          variant="secondary"
          onClick={copy}
          icon={
            status === "copied" ? (
              <Check aria-hidden className="size-4 text-emerald-600" />
            ) : (
              <Copy aria-hidden className="size-4 text-slate-500" />
            )
          }
        >
          {copyLabel}
        </Button>
      </div>
      {description ? (
        <p id={`${id}-description`} className="text-xs text-slate-500">
          {description}
        </p>
      ) : null}
      <p aria-live="polite" className={status === "idle" ? "sr-only" : "text-xs font-medium text-emerald-700"}>
        {status === "copied" ? "Copied to clipboard." : status === "manual" ? "Press Ctrl+C (⌘C) to copy the selected text." : ""}
      </p>
    </div>
  );
}
