"use client";

import { type CSSProperties, type ReactNode, type RefObject, useEffect, useState } from "react";
import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import { formatDate, shortDate } from "@/app/_components/format";
import type { MilestoneState } from "@/app/_components/MilestoneStateBadge";
import { MILESTONE_STATE_LABELS } from "@/domain/labels.ts";
import { todayIn } from "@/app/_components/goals/dates";
import { milestoneAnchor } from "@/app/_components/goals/milestone-anchor";
import type { TimelineGoal } from "./milestone-timeline-fields";
import { type LabelAlign, flagLayout, labelAlign, timelineDomain, timelineTicks, timelineX } from "./timeline-scale";
import { hasPlanBar, timelineRowLabel } from "./timeline-text";
import { ViewToggle } from "@/app/_components/ViewToggle";
import { Separated } from "@/app/_components/separated";
import { useScrollToToday } from "@/app/_components/use-scroll-to-today";

/** Row height in px (`h-12`): the dependency overlay counts its y coordinates in these. */
const ROW = 48;
/** Half a marker's size plus a gap, in px: where an arrow leaves or meets a marker. */
const MARKER_GAP = 10;
/** The same around a critical marker's halo. */
const HALO_GAP = 15;
const gapAround = (critical: boolean) => (critical ? HALO_GAP : MARKER_GAP);

// The same tones as MilestoneStateBadge (grey / blue / green / red), one step darker so the
// markers keep a 3:1 contrast against white.
const MARKER_FILL: Record<MilestoneState, string> = {
  PLANNED: "fill-slate-500",
  IN_PROGRESS: "fill-sky-600",
  DONE: "fill-emerald-600",
  MISSED: "fill-red-600",
};
const STATE_TEXT: Record<MilestoneState, string> = {
  PLANNED: "text-slate-600",
  IN_PROGRESS: "text-sky-700",
  DONE: "text-emerald-700",
  MISSED: "text-red-700",
};
const STATES: MilestoneState[] = ["DONE", "IN_PROGRESS", "PLANNED", "MISSED"];

const ALIGN: Record<LabelAlign, string> = {
  start: "pl-1",
  center: "-translate-x-1/2",
  end: "-translate-x-full pr-1",
};

/** Two flags on two lines: line 0 is the upper one. */
const flagBottom = (line: 0 | 1, lines: 1 | 2) => (lines === 2 && line === 0 ? "bottom-5" : "bottom-0.5");

const at = (x: number, extra?: CSSProperties): CSSProperties => ({ left: `${x}%`, ...extra });

type Milestone = TimelineGoal["milestones"]["edges"][number]["node"];

/**
 * The goal's milestones on a time axis, one row per milestone in the list's order: a diamond at
 * the current due date coloured by state, a hollow one at the baseline when the date moved, a bar
 * from the latest start (backward planning) to the due date, arrows from prerequisites, the
 * critical path in indigo, and "Today" and "Target" lines. Hand-built with CSS positions in
 * percent (see timeline-scale.ts), so it stretches to its box and prints at page width. Each row's
 * title is a link to the milestone whose accessible name says everything the row draws.
 */
export function MilestoneTimeline({ goal, timeZone }: { goal: TimelineGoal; timeZone: string }) {
  const milestones = goal.milestones.edges.map((e) => e.node);
  if (milestones.length === 0) return null;
  return <Timeline goal={goal} milestones={milestones} timeZone={timeZone} />;
}

function Timeline({ goal, milestones, timeZone }: { goal: TimelineGoal; milestones: Milestone[]; timeZone: string }) {
  const [view, setView] = useState<"timeline" | "list">("timeline");
  const open = !goal.isClosed;
  const today = todayIn(timeZone);
  const domain = timelineDomain(goal.startDate, goal.targetDate, [
    ...milestones.flatMap((m) => [m.dueDate, m.baselineDueDate, m.latestStart]),
    open ? today : null,
  ]);
  const x = (date: string) => timelineX(domain, date);
  const ticks = timelineTicks(domain);
  const todayX = open ? x(today) : null;
  const scroller = useScrollToToday(todayX != null && todayX >= 0 && todayX <= 100 ? todayX / 100 : null, "--tl-title", 1);
  const overflowing = useOverflowing(scroller);
  const targetX = x(goal.targetDate);
  const flags = flagLayout(todayX, targetX);

  const row = new Map(milestones.map((m, i) => [m.id, i]));
  const links = milestones.flatMap((m, to) =>
    m.dependsOn.flatMap((d) => {
      const from = row.get(d.id);
      return from === undefined ? [] : [{ from, to, critical: m.isCritical && milestones[from]!.isCritical }];
    }),
  );

  const moved = milestones.some((m) => m.baselineDueDate !== m.dueDate);
  const planned = milestones.some((m) => m.effectiveStatus !== "DONE" && hasPlanBar(m));
  const critical = milestones.some((m) => m.isCritical);

  return (
    <section aria-labelledby="timeline-heading">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="timeline-heading" className="text-lg font-semibold text-slate-900">
            Timeline
          </h2>
          {/* Dates unbroken, and no "·" left at the end of a line on a phone. */}
          <p className="text-sm text-slate-500">
            <Separated>
              <span>
                Start <span className="whitespace-nowrap">{formatDate(goal.startDate)}</span> → target{" "}
                <span className="whitespace-nowrap">{formatDate(goal.targetDate)}</span>
              </span>
              {open ? <span className="whitespace-nowrap">today {formatDate(today)}</span> : null}
            </Separated>
          </p>
        </div>
        <ViewToggle label="Timeline view" value={view} onChange={setView} />
      </div>

      {view === "list" ? (
        <Card padded={false}>
          <ol aria-label="Milestones in order" className="divide-y divide-slate-100">
            {milestones.map((m) => (
              <li key={m.id} className="px-4 py-2.5 text-sm sm:px-5">
                <a href={`#${milestoneAnchor(m.id)}`} dir="auto" className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                  {m.title}
                </a>
                <p className="text-slate-600 first-letter:uppercase">{timelineRowLabel(m).slice(m.title.length + 2)}</p>
              </li>
            ))}
          </ol>
        </Card>
      ) : (

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
      )}
    </section>
  );
}

type Side = "above" | "below";
type Link = { from: number; to: number; critical: boolean };

/**
 * Arrows reach a dependent's marker from above when its prerequisite is listed before it, from
 * below otherwise; the value says whether any of them is on the critical path.
 */
function arrowSides(to: number, links: readonly Link[]): Map<Side, boolean> {
  const sides = new Map<Side, boolean>();
  for (const link of links) {
    if (link.to !== to) continue;
    const side: Side = link.from < to ? "above" : "below";
    sides.set(side, (sides.get(side) ?? false) || link.critical);
  }
  return sides;
}

function TimelineRow({
  m,
  x,
  today,
  arrowsIn,
}: {
  m: Milestone;
  x: (date: string) => number;
  today: string;
  arrowsIn: Map<Side, boolean>;
}) {
  const label = timelineRowLabel(m);
  const due = x(m.dueDate);
  const baseline = m.baselineDueDate !== m.dueDate ? x(m.baselineDueDate) : null;
  const bar = m.effectiveStatus !== "DONE" && hasPlanBar(m) ? x(m.latestStart) : null;
  const state = m.effectiveStatus;

  return (
    <li className="grid h-12 grid-cols-[var(--tl-title)_minmax(0,1fr)] border-b border-slate-100 last:border-b-0 print:break-inside-avoid">
      <div
        title={label}
        className="sticky left-0 z-10 flex min-w-0 flex-col justify-center border-r border-slate-100 bg-white pr-3 pl-4 sm:pl-5 print:static"
      >
        {/* Named by the whole sentence, which starts with the visible title. */}
        <a
          href={`#${milestoneAnchor(m.id)}`}
          aria-label={label}
          className="truncate rounded-sm text-sm font-medium text-slate-800 hover:text-indigo-700 hover:underline"
        >
          {m.title}
        </a>
        <span aria-hidden className="truncate text-xs text-slate-500">
          {shortDate(m.dueDate, today)} · <span className={STATE_TEXT[state]}>{MILESTONE_STATE_LABELS[state]}</span>
          {baseline != null ? ` · was ${shortDate(m.baselineDueDate, m.dueDate)}` : ""}
        </span>
      </div>
      <div aria-hidden className="relative mx-4">
        {bar != null ? (
          <span
            className={cx("absolute top-[calc(50%+5px)] h-1.5 rounded-full", m.isCritical ? "bg-indigo-400" : "bg-slate-300")}
            style={at(bar, { width: `${due - bar}%` })}
          />
        ) : null}
        {baseline != null ? (
          <>
            <span
              className="absolute top-1/2 border-t-2 border-dotted border-slate-500"
              style={at(Math.min(baseline, due), { width: `${Math.abs(due - baseline)}%` })}
            />
            <Diamond hollow className="absolute top-1/2 size-3.5 -translate-x-1/2 -translate-y-1/2" style={at(baseline)} />
          </>
        ) : null}
        {m.isCritical ? (
          <span className="absolute top-1/2 size-6 -translate-x-1/2 -translate-y-1/2 rounded-full bg-indigo-100 ring-2 ring-indigo-500" style={at(due)} />
        ) : null}
        <Diamond className={cx("absolute top-1/2 size-4 -translate-x-1/2 -translate-y-1/2", MARKER_FILL[state])} style={at(due)} />
        {[...arrowsIn].map(([side, critical]) => (
          <ArrowHead key={side} side={side} critical={critical} halo={m.isCritical} x={due} />
        ))}
      </div>
    </li>
  );
}

/**
 * Elbow lines from each prerequisite's marker along its row to the dependent's date, then down (or
 * up) into the dependent's marker: the dependent's own row stays clear for its baseline and plan.
 */
function Arrows({
  links,
  xs,
  halos,
}: {
  links: readonly Link[];
  xs: readonly number[];
  halos: readonly boolean[];
}) {
  if (links.length === 0) return null;
  const height = xs.length * ROW;
  const mid = (i: number) => i * ROW + ROW / 2;
  // Critical links last, so they are drawn over the others.
  const ordered = [...links].sort((a, b) => Number(a.critical) - Number(b.critical));
  return (
    // x in percent of the plot's width, y in px: stretched sideways only, with non-scaling strokes.
    <svg className="absolute inset-0 h-full w-full overflow-visible" viewBox={`0 0 100 ${height}`} preserveAspectRatio="none">
      {ordered.map(({ from, to, critical }) => {
        const x1 = xs[from]!;
        const x2 = xs[to]!;
        const down = to > from ? 1 : -1;
        // Starts under the prerequisite's marker, which is drawn over it.
        const y1 = x1 === x2 ? mid(from) + down * gapAround(halos[from]!) : mid(from);
        const y2 = mid(to) - down * gapAround(halos[to]!);
        const d = x1 === x2 ? `M ${x1} ${y1} V ${y2}` : `M ${x1} ${y1} H ${x2} V ${y2}`;
        return (
          <path
            key={`${from}-${to}`}
            d={d}
            fill="none"
            vectorEffect="non-scaling-stroke"
            strokeWidth={1.5}
            className={critical ? "stroke-indigo-500" : "stroke-slate-400"}
          />
        );
      })}
    </svg>
  );
}

/** Places the arrowhead's tip just outside the marker (or its halo), pointing at it. */
function arrowPosition(side: Side, gap: number): { transform: string; rotate: number } {
  return side === "above"
    ? { transform: `translate(-50%, calc(-100% - ${gap}px))`, rotate: 90 }
    : { transform: `translate(-50%, ${gap}px)`, rotate: -90 };
}

function ArrowHead({ side, critical, halo, x }: { side: Side; critical: boolean; halo: boolean; x: number }) {
  const { transform, rotate } = arrowPosition(side, gapAround(halo) - 2);
  return (
    <svg
      viewBox="0 0 8 8"
      className={cx("absolute top-1/2 size-2", critical ? "fill-indigo-500" : "fill-slate-500")}
      style={at(x, { transform })}
    >
      <path d="M0 0 8 4 0 8Z" transform={`rotate(${rotate} 4 4)`} />
    </svg>
  );
}

function Diamond({ hollow, className, style }: { hollow?: boolean; className?: string; style?: CSSProperties }) {
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

function ArrowSwatch() {
  return (
    <svg viewBox="0 0 20 10" aria-hidden className="h-2.5 w-5">
      <path d="M1 5H15" strokeWidth={1.5} className="stroke-slate-400" />
      <path d="M13 1 19 5 13 9Z" className="fill-slate-500" />
    </svg>
  );
}

function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="inline-flex items-center gap-1.5">
      <span aria-hidden className="inline-flex items-center">
        {swatch}
      </span>
      {children}
    </li>
  );
}

/** Whether the element is scrolled sideways (then it takes focus, so the keyboard can scroll it). */
function useOverflowing(ref: RefObject<HTMLElement | null>): boolean {
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflowing(el.scrollWidth > el.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return overflowing;
}
