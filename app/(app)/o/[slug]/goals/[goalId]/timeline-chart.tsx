import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import { MILESTONE_STATE_LABELS } from "@/domain/labels.ts";
import type { MilestoneState } from "@/app/_components/MilestoneStateBadge";
import type { TimelineGoal, TimelineMilestone } from "./milestone-timeline-fields";
import { Arrows, arrowSides } from "./timeline-arrows";
import { ArrowSwatch, at, Diamond, LegendItem, MARKER_FILL } from "./timeline-marks";
import { TimelineRow } from "./timeline-row";
import { type LabelAlign, labelAlign } from "./timeline-scale";
import { useOverflowing } from "./use-overflowing";
import { useTimelineLayout } from "./use-timeline-layout";
import { useScrollToToday } from "@/app/_components/use-scroll-to-today";

const STATES: MilestoneState[] = ["DONE", "IN_PROGRESS", "PLANNED", "MISSED"];

const ALIGN: Record<LabelAlign, string> = {
  start: "pl-1",
  center: "-translate-x-1/2",
  end: "-translate-x-full pr-1",
};

/** Two flags on two lines: line 0 is the upper one. */
const flagBottom = (line: 0 | 1, lines: 1 | 2) => (lines === 2 && line === 0 ? "bottom-5" : "bottom-0.5");

/** The drawn timeline: legend, Today and Target flags, one row a milestone, dependency arrows and the axis. */
export function TimelineChart({ goal, milestones, today }: { goal: TimelineGoal; milestones: TimelineMilestone[]; today: string }) {
  const { x, ticks, todayX, targetX, flags, links, moved, planned, critical } = useTimelineLayout(goal, milestones, today);
  const scroller = useScrollToToday(todayX != null && todayX >= 0 && todayX <= 100 ? todayX / 100 : null, "--tl-title", 1);
  const overflowing = useOverflowing(scroller);
  const open = todayX != null;

  return (
    <Card padded={false} className="[-webkit-print-color-adjust:exact] [print-color-adjust:exact] print:shadow-none">
      <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1.5 border-b border-slate-100 px-4 py-3 text-xs text-slate-600 sm:px-5">
        {STATES.map((s) => (
          <LegendItem key={s} swatch={<Diamond className={cx("size-3", MARKER_FILL[s])} />}>
            {MILESTONE_STATE_LABELS[s]}
          </LegendItem>
        ))}
        {moved ? (
          <LegendItem swatch={<Diamond hollow className="size-3" />}>Baseline (first due date)</LegendItem>
        ) : null}
        {planned ? (
          <LegendItem swatch={<span className="inline-block h-1.5 w-5 rounded-full bg-slate-300" />}>Latest start → due</LegendItem>
        ) : null}
        {critical ? (
          <LegendItem swatch={<span className="inline-block h-1.5 w-5 rounded-full bg-indigo-400" />}>Critical path</LegendItem>
        ) : null}
        {links.length ? (
          <LegendItem swatch={<ArrowSwatch />}>Depends on</LegendItem>
        ) : null}
        {open ? (
          <LegendItem swatch={<span className="inline-block h-3.5 border-l-2 border-dashed border-slate-600" />}>Today</LegendItem>
        ) : null}
        <LegendItem swatch={<span className="inline-block h-3.5 border-l-2 border-slate-800" />}>Target date</LegendItem>
      </ul>

      <div
        ref={scroller}
        tabIndex={overflowing ? 0 : undefined}
        role={overflowing ? "region" : undefined}
        aria-label={overflowing ? "Timeline, scrolls sideways" : undefined}
        className="overflow-x-auto rounded-b-xl print:overflow-visible"
      >
        <div className="relative min-w-[44rem] pb-1 [--tl-title:9rem] sm:min-w-[36rem] sm:[--tl-title:14rem] print:min-w-0 print:[--tl-title:12rem]">
          {/* Today and Target flags above the rows. */}
          <div aria-hidden className="grid grid-cols-[var(--tl-title)_minmax(0,1fr)]">
            <div className="sticky left-0 z-10 bg-white print:static" />
            <div className={cx("relative mx-4 text-xs font-medium", flags.lines === 2 ? "h-11" : "h-7")}>
              <span
                className={cx("absolute whitespace-nowrap text-slate-900", flagBottom(flags.target.line, flags.lines), ALIGN[flags.target.align])}
                style={at(targetX)}
              >
                Target
              </span>
              {todayX != null ? (
                <span
                  className={cx("absolute whitespace-nowrap text-slate-700", flagBottom(flags.today.line, flags.lines), ALIGN[flags.today.align])}
                  style={at(todayX)}
                >
                  Today
                </span>
              ) : null}
            </div>
          </div>

          <div className="relative">
            {/* Grid lines, the Today and Target lines and the dependency arrows, behind the rows' markers. */}
            <div aria-hidden className="pointer-events-none absolute inset-y-0 right-4 left-[calc(var(--tl-title)+1rem)]">
              {ticks.map((t) => (
                <span key={t.date} className="absolute inset-y-0 w-px bg-slate-100" style={at(t.x)} />
              ))}
              <span className="absolute inset-y-0 -ml-px border-l-2 border-slate-800" style={at(targetX)} />
              {todayX != null ? (
                <span className="absolute inset-y-0 border-l-2 border-dashed border-slate-600" style={at(todayX)} />
              ) : null}
              <Arrows links={links} xs={milestones.map((m) => x(m.dueDate))} halos={milestones.map((m) => m.isCritical)} />
            </div>

            <ol aria-label="Milestones on the timeline" className="relative">
              {milestones.map((m, i) => (
                <TimelineRow key={m.id} m={m} x={x} today={today} arrowsIn={arrowSides(i, links)} />
              ))}
            </ol>
          </div>

          {/* The time axis. */}
          <div aria-hidden className="grid grid-cols-[var(--tl-title)_minmax(0,1fr)] border-t border-slate-200">
            <div className="sticky left-0 z-10 bg-white print:static" />
            <div className={cx("relative mx-4 text-xs text-slate-500", ticks.some((t) => t.year) ? "h-10" : "h-7")}>
              {ticks.map((t) => (
                <span key={t.date} className="absolute top-0 h-1.5 w-px bg-slate-300" style={at(t.x)} />
              ))}
              {ticks.map((t) => (
                <span
                  key={t.date}
                  className={cx("absolute top-2 flex flex-col whitespace-nowrap", ALIGN[labelAlign(t.x, 4)], t.year && "items-center")}
                  style={at(t.x)}
                >
                  {t.label}
                  {t.year ? <span className="font-medium text-slate-600">{t.year}</span> : null}
                </span>
              ))}
            </div>
          </div>
        </div>
      </div>
    </Card>
  );
}
