import type { Health } from "@/app/_components/HealthBadge";
import type { MilestoneState } from "@/app/_components/MilestoneStateBadge";

// The roadmap's colours, shared by its bars, markers and legend so the legend always matches.

export const BAR_TONES: Record<Health | "CLOSED", { track: string; fill: string }> = {
  ON_TRACK: { track: "bg-emerald-100 ring-emerald-600/30", fill: "bg-emerald-500" },
  AT_RISK: { track: "bg-amber-100 ring-amber-600/30", fill: "bg-amber-500" },
  OFF_TRACK: { track: "bg-red-100 ring-red-600/30", fill: "bg-red-500" },
  NOT_ENOUGH_DATA: { track: "bg-slate-50 ring-slate-400/40", fill: "bg-slate-300" },
  CLOSED: { track: "bg-slate-100 ring-slate-500/30", fill: "bg-slate-400" },
};

export const MARKER_TONES: Record<MilestoneState, string> = {
  PLANNED: "bg-white ring-slate-500",
  IN_PROGRESS: "bg-sky-500 ring-sky-700",
  DONE: "bg-emerald-600 ring-emerald-800",
  MISSED: "bg-red-600 ring-red-800",
};

/** A bar's colours: its health while open, grey once closed. */
export const toneOf = (goal: { isClosed: boolean; health?: Health | null }) => BAR_TONES[goal.isClosed || !goal.health ? "CLOSED" : goal.health];
