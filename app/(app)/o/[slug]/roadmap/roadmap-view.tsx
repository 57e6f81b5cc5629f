"use client";

import { useMemo, useState } from "react";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { EmptyState } from "@/app/_components/EmptyState";
import { Checkbox } from "@/app/_components/fields";
import { formatDate } from "@/app/_components/format";
import { Icon } from "@/app/_components/goals/icons";
import { newGoalHref } from "@/app/_components/goals/paths";
import { LoadError } from "@/app/_components/LoadError";
import { PageHeader } from "@/app/_components/PageHeader";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import { ViewToggle } from "@/app/_components/ViewToggle";
import { todayIn } from "@/domain/dates.ts";
import { roadmapRows } from "@/domain/roadmap.ts";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { type RoadmapGoal, RoadmapQuery, roadmapVariables } from "./operations";
import { RoadmapChart } from "./roadmap-chart";
import { RoadmapLegend } from "./roadmap-legend";
import { RoadmapList } from "./roadmap-list";
import { roadmapScale } from "./roadmap-scale";
import { RoadmapSkeleton } from "./roadmap-skeleton";

/** The roadmap page: every goal on one timeline (or as a list), closed ones optionally left out. */
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
    () => roadmapRows<RoadmapGoal>((org?.roadmap ?? []).map((g) => ({ ...g, parentId: g.parent?.id ?? null }))),
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
              <RoadmapLegend />
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
