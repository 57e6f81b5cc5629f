"use client";

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
              <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 text-emerald-600">
                <path
                  fillRule="evenodd"
                  d="M16.704 4.153a.75.75 0 0 1 .143 1.052l-8 10.5a.75.75 0 0 1-1.127.075l-4.5-4.5a.75.75 0 0 1 1.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 0 1 1.05-.143Z"
                  clipRule="evenodd"
                />
              </svg>
            ) : (
              <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 text-slate-500">
                <path d="M7 3.5A1.5 1.5 0 0 1 8.5 2h3.879a1.5 1.5 0 0 1 1.06.44l3.122 3.12A1.5 1.5 0 0 1 17 6.622V12.5a1.5 1.5 0 0 1-1.5 1.5h-1v-3.379a3 3 0 0 0-.879-2.121L10.5 5.379A3 3 0 0 0 8.379 4.5H7v-1Z" />
                <path d="M4.5 6A1.5 1.5 0 0 0 3 7.5v9A1.5 1.5 0 0 0 4.5 18h7a1.5 1.5 0 0 0 1.5-1.5v-5.879a1.5 1.5 0 0 0-.44-1.06L9.44 6.439A1.5 1.5 0 0 0 8.378 6H4.5Z" />
              </svg>
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
