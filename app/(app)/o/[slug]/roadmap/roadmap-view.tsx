"use client";

import Link from "next/link";
import { type CSSProperties, useMemo, useState } from "react";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import { EmptyState } from "@/app/_components/EmptyState";
import { Checkbox } from "@/app/_components/fields";
import { formatDate } from "@/app/_components/format";
import { type Health, HealthBadge } from "@/app/_components/HealthBadge";
import type { MilestoneState } from "@/app/_components/MilestoneStateBadge";
import { PageHeader } from "@/app/_components/PageHeader";
import { Skeleton } from "@/app/_components/Skeleton";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { todayIn } from "@/domain/dates.ts";
import { type RoadmapRow, roadmapRows } from "@/domain/roadmap.ts";
import { OutcomeBadge } from "@/app/_components/goals/health";
import { Icon } from "@/app/_components/goals/icons";
import { goalHref, newGoalHref } from "@/app/_components/goals/paths";
import { barLabel, markerLabel } from "./roadmap-labels";
import { RoadmapList } from "./roadmap-list";
import { ViewToggle } from "@/app/_components/ViewToggle";
import { useScrollToToday } from "@/app/_components/use-scroll-to-today";
import { RoadmapQuery, roadmapVariables } from "./operations";
import { percent, type RoadmapScale, roadmapScale } from "./roadmap-scale";
import { LoadError } from "@/app/_components/LoadError";



type Goal = ResultOf<typeof RoadmapQuery>["organization"]["roadmap"][number] & { parentId: string | null };

/** The time axis takes what the title column leaves, at least MONTH_REM per month (else it scrolls). */
const MONTH_REM = 4.5;

const BAR_TONES: Record<Health | "CLOSED", { track: string; fill: string }> = {
  ON_TRACK: { track: "bg-emerald-100 ring-emerald-600/30", fill: "bg-emerald-500" },
  AT_RISK: { track: "bg-amber-100 ring-amber-600/30", fill: "bg-amber-500" },
  OFF_TRACK: { track: "bg-red-100 ring-red-600/30", fill: "bg-red-500" },
  NOT_ENOUGH_DATA: { track: "bg-slate-50 ring-slate-400/40", fill: "bg-slate-300" },
  CLOSED: { track: "bg-slate-100 ring-slate-500/30", fill: "bg-slate-400" },
};

const MARKER_TONES: Record<MilestoneState, string> = {
  PLANNED: "bg-white ring-slate-500",
  IN_PROGRESS: "bg-sky-500 ring-sky-700",
  DONE: "bg-emerald-600 ring-emerald-800",
  MISSED: "bg-red-600 ring-red-800",
};

const toneOf = (goal: Pick<Goal, "isClosed" | "health">) => BAR_TONES[goal.isClosed || !goal.health ? "CLOSED" : goal.health];

export function RoadmapView({
  slug,
  initial,
}: {
  slug: string;
  /** What the server rendered the page with. */
  initial?: Seed<ResultOf<typeof RoadmapQuery>, VariablesOf<typeof RoadmapQuery>>;
}) {
  const [includeClosed, setIncludeClosed] = useState(true);
  const [showAll, setShowAll] = useState(false);
  const [view, setView] = useState<"timeline" | "list">("timeline");
  const { data, previousData, loading, error, refetch } = useSeededQuery(RoadmapQuery, roadmapVariables(slug, includeClosed, showAll), initial);
  // While more rows or another filter load, keep showing the last answer instead of a skeleton.
  const shown = data ?? previousData;
  const org = shown?.organization;
  const canEdit = !!org?.viewerCan.editGoals;

  const rows = useMemo(
    () => roadmapRows<Goal>((org?.roadmap ?? []).map((g) => ({ ...g, parentId: g.parent?.id ?? null }))),
    [org],
  );
  const scale = useMemo(
    () =>
      roadmapScale(
        (org?.roadmap ?? []).flatMap((g) => [g.startDate, g.targetDate, ...g.allMilestones.map((m) => m.dueDate)]),
      ),
    [org],
  );
  const today = org ? todayIn(org.timeZone) : null;

  const newGoalButton = canEdit ? (
    <span className="print:hidden">
      <ButtonLink href={newGoalHref(slug)} variant="primary" icon={<Icon name="plus" />}>
        New goal
      </ButtonLink>
    </span>
  ) : null;

  return (
    <div>
      <PageHeader
        title="Roadmap"
        description={
          org
            ? `Every goal of ${org.name} on one timeline, from its start to its target date, grouped under its parent goal.`
            : "Every goal on one timeline, from its start to its target date, grouped under its parent goal."
        }
        actions={newGoalButton}
        className="print:mb-4"
      />

      <div className="mb-4 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <p className="text-sm text-slate-500" aria-live="polite">
          {org ? (
            <>
              {rows.length < org.roadmapGoalCount ? (
                <>
                  <span className="font-medium text-slate-700 tabular-nums">{rows.length}</span> of{" "}
                </>
              ) : null}
              <span className="font-medium text-slate-700 tabular-nums">{org.roadmapGoalCount}</span>{" "}
              {org.roadmapGoalCount === 1 ? "goal" : "goals"}
              {includeClosed ? ", closed ones included" : ", open only"}
            </>
          ) : (
            "\u00a0"
          )}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <Checkbox label="Show closed goals" checked={includeClosed} onChange={(e) => setIncludeClosed(e.target.checked)} />
          <ViewToggle label="Roadmap view" value={view} onChange={setView} />
        </div>
      </div>

      {error && !shown ? (
        <LoadError title="Couldn't load the roadmap" error={error} onRetry={refetch} />
      ) : loading && !shown ? (
        <RoadmapSkeleton />
      ) : org && (rows.length === 0 || !scale) ? (
        <EmptyState
          icon={<Icon name="flag" className="size-6" />}
          title={includeClosed ? "No goals on the roadmap yet" : "No open goals"}
          description={
            canEdit
              ? "Set a goal with a start and a target date and it shows up here as a bar, with its milestones along the way."
              : "When your team sets goals, you'll see them here on one timeline."
          }
          action={newGoalButton}
        />
      ) : org && scale && today ? (
        <>
          {view === "list" ? (
            <Card padded={false}>
              <RoadmapList rows={rows} slug={slug} />
            </Card>
          ) : (
            <>
              <Legend />
              <Card padded={false} className="overflow-hidden print:overflow-visible print:rounded-none print:border-0 print:shadow-none">
                <RoadmapChart rows={rows} scale={scale} today={today} slug={slug} />
              </Card>
            </>
          )}
          {rows.length < org.roadmapGoalCount ? (
            <p className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-500 print:hidden">
              Showing the first {rows.length} goals by start date.
              <Button size="sm" variant="secondary" onClick={() => setShowAll(true)} disabled={loading}>
                Show all {org.roadmapGoalCount} goals
              </Button>
            </p>
          ) : null}
          {!scale.contains(today) ? (
            <p className="mt-3 text-sm text-slate-500">
              Today ({formatDate(today)}) is {today < scale.start ? "before" : "after"} this timeline.
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function RoadmapChart({ rows, scale, today, slug }: { rows: RoadmapRow<Goal>[]; scale: RoadmapScale; today: string; slug: string }) {
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

function RoadmapRowItem({
  row,
  scale,
  slug,
  grid,
  sticky,
}: {
  row: RoadmapRow<Goal>;
  scale: RoadmapScale;
  slug: string;
  grid: string;
  sticky: string;
}) {
  const { goal, depth, parent } = row;
  const tone = toneOf(goal);
  const { left, width } = scale.span(goal.startDate, goal.targetDate);
  const progress = Math.min(1, Math.max(0, goal.progress));
  const expected = Math.min(1, Math.max(0, goal.expectedProgress));
  const label = barLabel({ ...goal, health: goal.health ?? null, milestones: goal.allMilestones });

  return (
    <li className={cx(grid, "min-h-14 break-inside-avoid")}>
      <div
        className={cx(sticky, "flex min-w-0 flex-col justify-center gap-1 border-r border-slate-200 py-2 pr-3")}
        style={{ paddingLeft: `${1 + depth * 1.25}rem` }}
      >
        <div className="flex min-w-0 items-start gap-1.5">
          {depth > 0 ? (
            <span aria-hidden className="shrink-0 text-slate-400">
              ↳
            </span>
          ) : null}
          <Link
            href={goalHref(slug, goal.id)}
            title={goal.title}
            className={cx(
              "line-clamp-2 rounded text-sm leading-snug break-words hover:text-indigo-700 hover:underline",
              depth === 0 ? "font-semibold text-slate-900" : "font-medium text-slate-800",
            )}
          >
            {goal.title}
          </Link>
          {parent ? <span className="sr-only">, sub-goal of {parent.title}</span> : null}
        </div>
        <div className="flex min-w-0 items-center gap-2 text-xs text-slate-500">
          {goal.isClosed ? (
            goal.outcome ? (
              <OutcomeBadge outcome={goal.outcome} />
            ) : null
          ) : goal.health ? (
            <HealthBadge health={goal.health} />
          ) : null}
          {/* Phones: the narrow title column has no room for it (the List view shows it). */}
          <span className="hidden min-w-0 truncate sm:inline">{goal.owner.name}</span>
        </div>
      </div>

      <div className="relative min-h-14">
        <div
          role="img"
          aria-label={label}
          title={label}
          className={cx("absolute top-1/2 h-4 min-w-1 -translate-y-1/2 overflow-hidden rounded-full ring-1 ring-inset", tone.track)}
          style={{ left: percent(left), width: percent(width) }}
        >
          <div className={cx("h-full", tone.fill)} style={{ width: percent(progress) }} />
        </div>
        {!goal.isClosed ? (
          <span
            aria-hidden
            className="absolute top-1/2 h-6 w-0.5 -translate-x-1/2 -translate-y-1/2 rounded-full bg-slate-800"
            style={{ left: percent(left + width * expected) }}
          />
        ) : null}
        {goal.allMilestones.map((m) => {
          const name = markerLabel(m);
          return (
            <span
              key={m.id}
              role="img"
              aria-label={name}
              title={name}
              className={cx(
                "absolute top-1/2 z-[1] size-2.5 -translate-x-1/2 -translate-y-1/2 rotate-45 rounded-[2px] ring-2",
                MARKER_TONES[m.effectiveStatus],
                m.isCritical && "outline-2 outline-offset-1 outline-indigo-600",
              )}
              style={{ left: percent(scale.xMid(m.dueDate)) }}
            />
          );
        })}
      </div>
    </li>
  );
}

/** What the colours and marks mean, in words. */
function Legend() {
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

function RoadmapSkeleton() {
  return (
    <div role="status" aria-label="Loading the roadmap…" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="border-b border-slate-200 px-4 py-4">
        <Skeleton className="h-3 w-1/2" />
      </div>
      {[40, 55, 30, 65, 45].map((w, i) => (
        <div key={i} className="grid grid-cols-[12rem_1fr] items-center sm:grid-cols-[18rem_1fr] gap-4 border-b border-slate-100 px-4 py-4 last:border-0">
          <div className="space-y-2">
            <Skeleton className="h-3.5 w-3/4" />
            <Skeleton className="h-3 w-1/3" />
          </div>
          <div style={{ marginLeft: `${i * 8}%`, width: `${w}%` }}>
            <Skeleton className="h-4 rounded-full" />
          </div>
        </div>
      ))}
    </div>
  );
}

