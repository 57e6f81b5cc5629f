"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useSyncExternalStore } from "react";

export const GOAL_TABS = [
  { id: "milestones", label: "Milestones & timeline" },
  { id: "check-ins", label: "Check-ins" },
  { id: "discussion", label: "Discussion" },
] as const;

export type GoalTab = (typeof GOAL_TABS)[number]["id"];

const isTab = (value: string | null | undefined): value is GoalTab => GOAL_TABS.some((t) => t.id === value);

/** An address's hash as a tab: a section's anchor, the old "#check-in" link, or a milestone's anchor. */
function tabOfHash(hash: string): GoalTab | null {
  const id = hash.replace(/^#/, "");
  if (isTab(id)) return id;
  if (id === "check-in") return "check-ins";
  if (id.startsWith("milestone-")) return "milestones";
  return null;
}

// Fired after the hook changes the address itself (pushState fires no event of its own).
const TAB_CHANGED = "waymark:goal-tab";

function onAddressChange(notify: () => void) {
  window.addEventListener("popstate", notify);
  window.addEventListener(TAB_CHANGED, notify);
  return () => {
    window.removeEventListener("popstate", notify);
    window.removeEventListener(TAB_CHANGED, notify);
  };
}

const tabInAddress = () => new URL(window.location.href).searchParams.get("tab");

/**
 * The goal page's open section lives in the address (`?tab=check-ins`; the first section has no
 * parameter), so reload, back/forward and a sent link all keep it. The browser's address is the
 * source (Back across a reload restores entries Next.js's router did not push); the server renders
 * from the request's search params. Changing tabs is a pushState: no navigation, no refetch.
 */
export function useGoalTab() {
  const rendered = useSearchParams().get("tab");
  const fromUrl = useSyncExternalStore(onAddressChange, tabInAddress, () => rendered);
  const tab: GoalTab = isTab(fromUrl) ? fromUrl : "milestones";

  const select = useCallback((next: GoalTab, { replace = false, keepHash = false } = {}) => {
    const url = new URL(window.location.href);
    if (next === "milestones") url.searchParams.delete("tab");
    else url.searchParams.set("tab", next);
    if (!keepHash) url.hash = "";
    if (url.href === window.location.href) return;
    window.history[replace ? "replaceState" : "pushState"](null, "", url);
    window.dispatchEvent(new Event(TAB_CHANGED));
  }, []);

  // Anchors open their section: "#check-ins" or "#milestone-…" (a dashboard link) on arrival, or
  // a link followed inside the page (say, the summary's next milestone).
  useEffect(() => {
    const follow = () => {
      const wanted = tabOfHash(window.location.hash);
      if (!wanted) return;
      const current = new URL(window.location.href).searchParams.get("tab") ?? "milestones";
      if (wanted !== current) select(wanted, { replace: true, keepHash: wanted === "milestones" });
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [select]);

  return { tab, select };
}
