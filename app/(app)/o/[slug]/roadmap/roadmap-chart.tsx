import type { CSSProperties } from "react";
import { cx } from "@/app/_components/cx";
import { formatDate } from "@/app/_components/format";
import { useScrollToToday } from "@/app/_components/use-scroll-to-today";
import type { RoadmapRow } from "@/domain/roadmap.ts";
import type { RoadmapGoal } from "./operations";
import { RoadmapRowItem } from "./roadmap-row";
import { percent, type RoadmapScale } from "./roadmap-scale";

/** The time axis takes what the title column leaves, at least MONTH_REM per month (else it scrolls). */
const MONTH_REM = 4.5;

/** Every goal on one time axis: month and quarter lines, the today line, one row a goal. */
export function RoadmapChart({ rows, scale, today, slug }: { rows: RoadmapRow<RoadmapGoal>[]; scale: RoadmapScale; today: string; slug: string }) {
  const showToday = scale.contains(today);
  const todayX = percent(scale.xMid(today));
  const layout = { "--roadmap-min-width": `calc(var(--roadmap-labels) + ${scale.months.length * MONTH_REM}rem)` } as CSSProperties;
  const grid = "grid grid-cols-[var(--roadmap-labels)_minmax(0,1fr)]";
  const sticky = "sticky left-0 z-20 bg-white print:static";
  const scroller = useScrollToToday(showToday ? scale.xMid(today) : null, "--roadmap-labels");

  return (
    // The title column (--roadmap-labels) narrows on small screens, where the axis scrolls under it.
    <div
      ref={scroller}
      className="overflow-x-auto [--roadmap-labels:9.5rem] sm:[--roadmap-labels:18rem] print:overflow-visible print:[print-color-adjust:exact] print:[--roadmap-labels:14rem]"
    >
      <div style={layout} className="relative min-w-(--roadmap-min-width) print:min-w-0">
        {/* Month and quarter lines and the today line, under the bars, across every row. */}
        <div aria-hidden className="pointer-events-none absolute inset-y-0 right-0 left-(--roadmap-labels)">
          {scale.months.map((m) => (
            <div
              key={m.day}
              className={cx("absolute inset-y-0 border-l", m.quarterStart ? "border-slate-300" : "border-slate-100")}
              style={{ left: percent(m.x) }}
            />
          ))}
          {showToday ? <div className="absolute inset-y-0 z-10 w-0.5 -translate-x-1/2 bg-indigo-600" style={{ left: todayX }} /> : null}
        </div>

        {/* Three lanes, top to bottom: the Today marker, quarters, months; so the marker never covers a label. */}
        <div className={cx(grid, "relative h-16 border-b border-slate-200 text-xs")}>
          <div className={cx(sticky, "flex items-end border-r border-slate-200 px-4 pb-2 font-medium text-slate-500")}>Goal</div>
          <div className="relative">
            {scale.months.map((m) => (
              <div key={m.day} className="absolute inset-y-0 flex flex-col justify-end pb-2 pl-1.5" style={{ left: percent(m.x) }}>
                {m.quarter ? <span className="font-semibold text-slate-700">{m.quarter.slice(0, 2)}</span> : null}
                <span className={cx("whitespace-nowrap", m.quarterStart ? "font-medium text-slate-700" : "text-slate-500")}>{m.label}</span>
              </div>
            ))}
            {showToday ? (
              <span
                role="img"
                aria-label={`Today, ${formatDate(today)}`}
                title={`Today, ${formatDate(today)}`}
                className="absolute top-1 z-10 -translate-x-1/2 rounded-full bg-indigo-600 px-1.5 py-0.5 text-[11px] leading-none font-semibold text-white"
                style={{ left: todayX }}
              >
                <span aria-hidden>Today</span>
              </span>
            ) : null}
          </div>
        </div>

        <ol aria-label="Goals on the roadmap" className="relative divide-y divide-slate-100">
          {rows.map((row) => (
            <RoadmapRowItem key={row.goal.id} row={row} scale={scale} slug={slug} grid={grid} sticky={sticky} />
          ))}
        </ol>
      </div>
    </div>
  );
}
