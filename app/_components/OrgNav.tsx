"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { cx } from "./cx";
import { Dropdown } from "./Dropdown";
import { SavedViewsMenu } from "./saved-views/SavedViewsMenu";

/**
 * Tabs for an organization's sections; the current one is marked aria-current="page". On a phone
 * they scroll sideways: the current tab is scrolled into view, and a fade with an arrow on the
 * side that has more tabs says there are more. "Views", outside the scrolling row so its menu is
 * not clipped, lists the dashboard views saved here.
 */
export function OrgNav({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/o/${slug}`;
  const tabs = [
    { href: base, label: "Dashboard", active: pathname === base },
    { href: `${base}/goals`, label: "Goals", active: pathname.startsWith(`${base}/goals`) },
    { href: `${base}/roadmap`, label: "Roadmap", active: pathname.startsWith(`${base}/roadmap`) },
    { href: `${base}/workload`, label: "Workload", active: pathname.startsWith(`${base}/workload`) },
    { href: `${base}/activity`, label: "Activity", active: pathname.startsWith(`${base}/activity`) },
    { href: `${base}/templates`, label: "Templates", active: pathname.startsWith(`${base}/templates`) },
    { href: `${base}/sharing`, label: "Sharing", active: pathname.startsWith(`${base}/sharing`) },
    { href: `${base}/members`, label: "Members", active: pathname.startsWith(`${base}/members`) },
    { href: `${base}/settings`, label: "Settings", active: pathname.startsWith(`${base}/settings`) },
  ];
  const scroller = useRef<HTMLUListElement>(null);
  const [more, setMore] = useState({ left: false, right: false });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setMore({ left: el.scrollLeft > 1, right: el.scrollLeft + el.clientWidth < el.scrollWidth - 1 });
    el.querySelector<HTMLElement>('[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "center" });
    update();
    el.addEventListener("scroll", update, { passive: true });
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => {
      el.removeEventListener("scroll", update);
      observer.disconnect();
    };
  }, [pathname]);

  const nudge = (direction: 1 | -1) => scroller.current?.scrollBy({ left: direction * 160, behavior: "smooth" });

  return (
    <nav aria-label="Organization" className="mx-auto flex max-w-6xl items-center gap-1 px-4 sm:px-6">
      <div className="relative min-w-0 flex-1">
        <ul ref={scroller} className="-mb-px flex gap-1 overflow-x-auto [scrollbar-width:none] [&::-webkit-scrollbar]:hidden">
          {tabs.map((tab) => (
            <li key={tab.href} className="shrink-0">
              <Link
                href={tab.href}
                aria-current={tab.active ? "page" : undefined}
                className={cx(
                  "inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium whitespace-nowrap transition-colors",
                  tab.active
                    ? "border-indigo-600 text-indigo-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
        {/* Pointer shortcuts only: keyboard users reach every tab with Tab, which scrolls them in. */}
        {more.left ? <ScrollHint side="left" onClick={() => nudge(-1)} /> : null}
        {more.right ? <ScrollHint side="right" onClick={() => nudge(1)} /> : null}
      </div>
      <Dropdown
        align="right"
        className="shrink-0"
        buttonClassName="inline-flex h-9 items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-expanded:bg-slate-100"
        panelClassName="w-72 max-w-[calc(100vw-2rem)]"
        button={() => (
          <>
            <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4 shrink-0">
              <path d="M5.75 2A2.75 2.75 0 0 0 3 4.75v12.5a.75.75 0 0 0 1.2.6L10 13.5l5.8 4.35a.75.75 0 0 0 1.2-.6V4.75A2.75 2.75 0 0 0 14.25 2h-8.5Z" />
            </svg>
            Views
          </>
        )}
      >
        {() => <SavedViewsMenu slug={slug} />}
      </Dropdown>
    </nav>
  );
}

function ScrollHint({ side, onClick }: { side: "left" | "right"; onClick: () => void }) {
  return (
    <button
      type="button"
      tabIndex={-1}
      aria-hidden
      onClick={onClick}
      className={cx(
        "absolute inset-y-0 flex w-12 items-center from-white via-white/90 to-transparent text-slate-500",
        side === "left" ? "left-0 justify-start bg-gradient-to-r pl-1" : "right-0 justify-end bg-gradient-to-l pr-1",
      )}
    >
      <svg viewBox="0 0 20 20" fill="currentColor" className={cx("size-5", side === "left" && "rotate-180")}>
        <path
          fillRule="evenodd"
          d="M8.22 5.22a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.75.75 0 0 1-1.06-1.06L11.94 10 8.22 6.28a.75.75 0 0 1 0-1.06Z"
          clipRule="evenodd"
        />
      </svg>
    </button>
  );
}
