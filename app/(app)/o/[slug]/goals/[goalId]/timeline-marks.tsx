import type { CSSProperties, ReactNode } from "react";
import { cx } from "@/app/_components/cx";
import type { MilestoneState } from "@/app/_components/MilestoneStateBadge";

// The timeline's shared drawing pieces: geometry, colours and the small SVG marks.

/** Row height in px (`h-12`): the dependency overlay counts its y coordinates in these. */
export const ROW = 48;
/** Half a marker's size plus a gap, in px: where an arrow leaves or meets a marker. */
const MARKER_GAP = 10;
/** The same around a critical marker's halo. */
const HALO_GAP = 15;
export const gapAround = (critical: boolean) => (critical ? HALO_GAP : MARKER_GAP);

// The same tones as MilestoneStateBadge (grey / blue / green / red), one step darker so the
// markers keep a 3:1 contrast against white.
export const MARKER_FILL: Record<MilestoneState, string> = {
  PLANNED: "fill-slate-500",
  IN_PROGRESS: "fill-sky-600",
  DONE: "fill-emerald-600",
  MISSED: "fill-red-600",
};
export const STATE_TEXT: Record<MilestoneState, string> = {
  PLANNED: "text-slate-600",
  IN_PROGRESS: "text-sky-700",
  DONE: "text-emerald-700",
  MISSED: "text-red-700",
};

export const at = (x: number, extra?: CSSProperties): CSSProperties => ({ left: `${x}%`, ...extra });

export function Diamond({ hollow, className, style }: { hollow?: boolean; className?: string; style?: CSSProperties }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden className={cx(hollow && "fill-white stroke-slate-500", className)} style={style}>
      <path
        d="M8 1.5 14.5 8 8 14.5 1.5 8Z"
        strokeWidth={hollow ? 1.5 : 1}
        strokeDasharray={hollow ? "2 1.5" : undefined}
        className={hollow ? undefined : "stroke-white"}
      />
    </svg>
  );
}

export function ArrowSwatch() {
  return (
    <svg viewBox="0 0 20 10" aria-hidden className="h-2.5 w-5">
      <path d="M1 5H15" strokeWidth={1.5} className="stroke-slate-400" />
      <path d="M13 1 19 5 13 9Z" className="fill-slate-500" />
    </svg>
  );
}

export function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="inline-flex items-center gap-1.5">
      <span aria-hidden className="inline-flex items-center">
        {swatch}
      </span>
      {children}
    </li>
  );
}
