"use client";

import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { cx } from "./cx";

/**
 * A disclosure-style popover (button + panel of links/buttons). Escape or a click outside closes
 * it and returns focus to the button; ArrowUp/ArrowDown move between the panel's links and buttons.
 * `button` receives the open state and renders the trigger's content. Give the trigger its accessible
 * name through that content (e.g. an sr-only span) or through `label` (aria-label; note that Playwright's
 * getByLabel also matches aria-label, so content is the quieter choice).
 */
export function Dropdown({
  label,
  button,
  children,
  align = "left",
  buttonClassName,
  panelClassName,
  className,
}: {
  label?: string;
  button: (open: boolean) => ReactNode;
  /** `close(true)` also returns focus to the button (after an action that stays on the page). */
  children: (close: (focusTrigger?: boolean) => void) => ReactNode;
  align?: "left" | "right";
  buttonClassName?: string;
  panelClassName?: string;
  /** Classes for the wrapper (e.g. min-w-0 so a long trigger can shrink in a flex row). */
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const pathname = usePathname();

  const close = useCallback((focusTrigger = false) => {
    setOpen(false);
    if (focusTrigger) trigger.current?.focus();
  }, []);

  useEffect(() => {
    setOpen(false);
  }, [pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open]);

  function items() {
    return Array.from(panel.current?.querySelectorAll<HTMLElement>("a[href], button:not(:disabled)") ?? []);
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === "Escape" && open) {
      event.preventDefault();
      close(true);
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    if (!open) {
      setOpen(true);
      requestAnimationFrame(() => items()[0]?.focus());
      return;
    }
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const next = event.key === "ArrowDown" ? (index + 1) % list.length : (index - 1 + list.length) % list.length;
    list[next]?.focus();
  }

  return (
    <div ref={root} className={cx("relative", className)} onKeyDown={onKeyDown}>
      <button
        ref={trigger}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={cx(buttonClassName, "print:hidden")}
      >
        {button(open)}
      </button>
      <div
        ref={panel}
        id={panelId}
        hidden={!open}
        className={cx(
          "absolute z-40 mt-2 min-w-56 origin-top rounded-xl border border-slate-200 bg-white p-1.5 shadow-lg ring-1 ring-slate-900/5",
          align === "right" ? "right-0" : "left-0",
          panelClassName,
        )}
      >
        {open ? children((focusTrigger = false) => close(focusTrigger)) : null}
      </div>
    </div>
  );
}

export const dropdownItemClasses =
  "flex w-full items-center gap-2.5 rounded-lg px-2.5 py-2 text-left text-sm text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:bg-slate-100 focus-visible:outline-none";
