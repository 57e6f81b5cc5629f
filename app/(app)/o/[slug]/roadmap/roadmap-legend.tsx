import { cx } from "@/app/_components/cx";
import { BAR_TONES, MARKER_TONES } from "./roadmap-tones";

/** What the colours and marks mean, in words. */
export function RoadmapLegend() {
  const swatch = "inline-block h-2.5 w-5 rounded-full ring-1 ring-inset";
  const diamond = "inline-block size-2.5 rotate-45 rounded-[2px] ring-2";
  return (
    <div className="mb-3 print:[print-color-adjust:exact]">
      <h2 className="sr-only">Legend</h2>
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-slate-600">
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={cx(swatch, BAR_TONES.ON_TRACK.track)} /> On track
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={cx(swatch, BAR_TONES.AT_RISK.track)} /> At risk
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={cx(swatch, BAR_TONES.OFF_TRACK.track)} /> Off track
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={cx(swatch, BAR_TONES.NOT_ENOUGH_DATA.track)} /> Not enough data yet
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={cx(swatch, BAR_TONES.CLOSED.track)} /> Closed
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3.5 w-0.5 rounded-full bg-slate-800" /> Expected by today
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={cx(diamond, MARKER_TONES.PLANNED)} /> Milestone
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={cx(diamond, MARKER_TONES.DONE)} /> Done
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={cx(diamond, MARKER_TONES.MISSED)} /> Missed
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className={cx(diamond, MARKER_TONES.PLANNED, "outline-2 outline-offset-1 outline-indigo-600")} /> Critical path
        </li>
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3.5 w-0.5 bg-indigo-600" /> Today
        </li>
      </ul>
    </div>
  );
}
