"use client";

import { joinParts } from "@/app/_components/join-parts";
import { useId, useState } from "react";
import { Button } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { formatDate } from "@/app/_components/format";
import { HEALTH_LABELS } from "@/app/_components/HealthBadge";
import { Select } from "@/app/_components/fields";
import { type DashboardWindow, windowRange } from "@/domain/dashboard.ts";
import { type DashboardParams, isFiltered, WINDOWS } from "./dashboard-url";
import type { DashboardData } from "./operations";

export const WINDOW_LABELS: Record<DashboardWindow, string> = {
  ALL: "Any target date",
  THIS_QUARTER: "This quarter",
  NEXT_QUARTER: "Next quarter",
  THIS_YEAR: "This year",
};

/** "1 Oct 2026 – 31 Dec 2026": the dates a window covers; null for any date. */
export function windowDates(window: DashboardWindow, today: string): string | null {
  const range = windowRange(window, today);
  return range ? `${formatDate(range.from)} – ${formatDate(range.to)}` : null;
}

/** "This quarter (1 Oct 2026 – 31 Dec 2026)". */
export function windowText(window: DashboardWindow, today: string): string {
  const dates = windowDates(window, today);
  return dates ? `${WINDOW_LABELS[window]} (${dates})` : WINDOW_LABELS[window];
}

/** One sentence naming the active filters, printed in place of the controls. */
export function filterSummary(params: DashboardParams, board: DashboardData): string {
  if (!isFiltered(params)) return "All goals";
  const parts = [
    params.owner ? `Owner: ${board.owners.find((o) => o.id === params.owner)?.name ?? "someone who owns no goal"}` : null,
    params.health ? `Health: ${HEALTH_LABELS[params.health]}` : null,
    params.parent ? `Sub-goals of: ${board.parents.find((p) => p.id === params.parent)?.title ?? "a goal without sub-goals"}` : null,
    params.window !== "ALL" ? `Target date: ${windowText(params.window, board.today)}` : null,
  ];
  return joinParts(parts);
}

/** How many filters are set (the phone's "Filters (n)" button). */
export const activeFilterCount = (params: DashboardParams) =>
  [params.owner, params.health, params.parent, params.window !== "ALL"].filter(Boolean).length;

/** Owner, health, parent goal and target-date window; every change goes to the URL. */
export function DashboardFilters({
  params,
  board,
  onChange,
}: {
  params: DashboardParams;
  board: DashboardData | undefined;
  onChange: (next: DashboardParams) => void;
}) {
  const owners = board?.owners ?? [];
  const parents = board?.parents ?? [];
  const set = (patch: Partial<DashboardParams>) => onChange({ ...params, ...patch });
  // Phones: the first screen is the dashboard, not four selects; they fold behind "Filters (n)".
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(params);
  const panelId = useId();
  return (
    <section aria-label="Filters" className="mb-6 print:hidden">
      <Button
        className="mb-3 sm:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        icon={
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-4">
            <path
              fillRule="evenodd"
              d="M2.628 1.601C5.028 1.206 7.49 1 10 1s4.973.206 7.372.601a.75.75 0 0 1 .628.74v2.288a2.25 2.25 0 0 1-.659 1.59l-4.682 4.683a2.25 2.25 0 0 0-.659 1.59v3.037c0 .684-.31 1.33-.844 1.757l-1.937 1.55A.75.75 0 0 1 8 18.25v-5.757a2.25 2.25 0 0 0-.659-1.591L2.659 6.22A2.25 2.25 0 0 1 2 4.629V2.34a.75.75 0 0 1 .628-.74Z"
              clipRule="evenodd"
            />
          </svg>
        }
      >
        Filters ({active})
      </Button>
      <div
        id={panelId}
        className={cx("gap-3 sm:grid sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-start", open ? "grid" : "hidden")}
      >
        <Select label="Owner" value={params.owner ?? ""} onChange={(e) => set({ owner: e.target.value || null })}>
          <option value="">Everyone</option>
          {params.owner && !owners.some((o) => o.id === params.owner) ? <option value={params.owner}>Someone who owns no goal</option> : null}
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
        <Select
          label="Health"
          value={params.health ?? ""}
          onChange={(e) => set({ health: (e.target.value || null) as DashboardParams["health"] })}
        >
          <option value="">Any health</option>
          {(["OFF_TRACK", "AT_RISK", "ON_TRACK", "NOT_ENOUGH_DATA"] as const).map((h) => (
            <option key={h} value={h}>
              {HEALTH_LABELS[h]}
            </option>
          ))}
        </Select>
        <Select label="Parent goal" value={params.parent ?? ""} onChange={(e) => set({ parent: e.target.value || null })}>
          <option value="">Any goal</option>
          {params.parent && !parents.some((p) => p.id === params.parent) ? <option value={params.parent}>A goal without sub-goals</option> : null}
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              Sub-goals of {p.title}
            </option>
          ))}
        </Select>
        <Select
          label="Target date"
          value={params.window}
          description={board ? (windowDates(params.window, board.today) ?? undefined) : undefined}
          onChange={(e) => set({ window: e.target.value as DashboardWindow })}
        >
          {WINDOWS.map((w) => (
            <option key={w} value={w}>
              {WINDOW_LABELS[w]}
            </option>
          ))}
        </Select>
        {/* Lines up with the selects, below their labels. */}
        <div className="lg:pt-7">
          <Button variant="ghost" disabled={!isFiltered(params)} onClick={() => onChange({ owner: null, parent: null, health: null, window: "ALL" })}>
            Clear filters
          </Button>
        </div>
      </div>
    </section>
  );
}
