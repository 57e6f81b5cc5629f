"use client";

import { type KeyboardEvent, type ReactNode, useRef } from "react";
import { cx } from "@/app/_components/cx";
import { GOAL_TABS, type GoalTab } from "./use-goal-tab";

export const tabId = (tab: GoalTab) => `tab-${tab}`;

/**
 * The goal page's sections as ARIA tabs: one tab stop, arrow keys (and Home / End) move between
 * tabs and open them. Paper has no tabs: every printable section prints (see GoalTabPanel).
 */
export function GoalTabList({ tab, onSelect }: { tab: GoalTab; onSelect: (tab: GoalTab) => void }) {
  const refs = useRef(new Map<GoalTab, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = GOAL_TABS.findIndex((t) => t.id === tab);
    const last = GOAL_TABS.length - 1;
    const next =
      event.key === "ArrowRight" ? (index === last ? 0 : index + 1)
      : event.key === "ArrowLeft" ? (index === 0 ? last : index - 1)
      : event.key === "Home" ? 0
      : event.key === "End" ? last
      : null;
    if (next == null) return;
    event.preventDefault();
    const id = GOAL_TABS[next]!.id;
    onSelect(id);
    refs.current.get(id)?.focus();
  }

  return (
    <div
      role="tablist"
      aria-label="Goal sections"
      onKeyDown={onKeyDown}
      className="-mx-1 mb-5 flex gap-1 overflow-x-auto border-b border-slate-200 px-1 print:hidden"
    >
      {GOAL_TABS.map((t) => {
        const selected = t.id === tab;
        return (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
              else refs.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={tabId(t.id)}
            aria-selected={selected}
            aria-controls={t.id}
            tabIndex={selected ? 0 : -1}
            onClick={() => onSelect(t.id)}
            className={cx(
              "-mb-px inline-flex shrink-0 items-center gap-1.5 border-b-2 px-3 py-2.5 text-sm font-medium whitespace-nowrap",
              "focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600",
              selected ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
            )}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}

/** One section: shown while its tab is open, and always on paper unless `printable` is false. */
export function GoalTabPanel({
  id,
  tab,
  printable = true,
  children,
}: {
  id: GoalTab;
  tab: GoalTab;
  printable?: boolean;
  children: ReactNode;
}) {
  const open = id === tab;
  return (
    <div
      role="tabpanel"
      id={id}
      aria-labelledby={tabId(id)}
      // Not the `hidden` attribute: Tailwind's preflight makes it win over print:block.
      className={cx("scroll-mt-6", open ? (printable ? "" : "print:hidden") : printable ? "hidden print:block" : "hidden")}
    >
      {children}
    </div>
  );
}
