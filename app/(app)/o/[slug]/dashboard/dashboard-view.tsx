"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button, ButtonLink } from "@/app/_components/Button";
import { cx } from "@/app/_components/cx";
import { EmptyState } from "@/app/_components/EmptyState";
import { formatDate } from "@/app/_components/format";
import { HEALTH_LABELS } from "@/app/_components/HealthBadge";
import { LoadError } from "@/app/_components/LoadError";
import { PageHeader } from "@/app/_components/PageHeader";
import { PrintButton } from "@/app/_components/PrintButton";
import { Skeleton, SkeletonList } from "@/app/_components/Skeleton";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { GoalRow } from "@/app/_components/goals/goal-row";
import { Icon } from "@/app/_components/goals/icons";
import { goalsHref, newGoalHref } from "@/app/_components/goals/paths";
import { DashboardFilters, filterSummary } from "./dashboard-filters";
import { type DashboardParams, dashboardFilter, dashboardSearch, isFiltered, readDashboardParams } from "./dashboard-url";
import { HealthOverview } from "./health-overview";
import { SavedViewsBar } from "./saved-views-bar";
import { MilestonePanel, RecentWins } from "./milestone-panels";
import { DashboardPageQuery, dashboardVariables, type Expanded, NOTHING_EXPANDED } from "./operations";

/** The organization's landing page: where its goals stand, what needs attention, what is coming. */
export function DashboardView({
  slug,
  initial,
}: {
  slug: string;
  /** What the server rendered the page with. */
  initial?: Seed<ResultOf<typeof DashboardPageQuery>, VariablesOf<typeof DashboardPageQuery>>;
}) {
  const pathname = usePathname();
  const params = readDashboardParams(useSearchParams());

  const [expanded, setExpanded] = useState<Expanded>(NOTHING_EXPANDED);
  const variables = dashboardVariables(slug, dashboardFilter(params), expanded);
  const { data, previousData, loading, error, refetch } = useSeededQuery(DashboardPageQuery, variables, initial);
  const expand = (list: keyof Expanded) => setExpanded((now) => ({ ...now, [list]: true }));
  // While a new filter loads, keep showing the last answer (dimmed) instead of a skeleton.
  const shown = data ?? previousData;
  const org = shown?.organization;
  const board = org?.dashboard;
  const canEdit = !!org?.viewerCan.editGoals;

  // The native history API updates useSearchParams without asking the server to render the page
  // again: the browser fetches the new filter itself.
  const change = (next: DashboardParams) => window.history.replaceState(null, "", `${pathname}${dashboardSearch(next)}`);
  const clear = () => change({ owner: null, parent: null, health: null, window: "ALL" });

  const newGoal = canEdit ? (
    <ButtonLink href={newGoalHref(slug)} variant="primary" icon={<Icon name="plus" />}>
      New goal
    </ButtonLink>
  ) : null;

  if (error && !shown) {
    return (
      <>
        <PageHeader title="Dashboard" />
        <LoadError
          title="Couldn't load the dashboard"
          error={error}
          onRetry={refetch}
          actions={
            isFiltered(params) ? (
              <Button size="sm" variant="ghost" onClick={clear}>
                Clear filters
              </Button>
            ) : null
          }
        />
      </>
    );
  }

  if (!org || !board) return <DashboardSkeleton />;

  const counts = board.healthCounts;
  // Every goal has an owner: no owners means no goals (archived ones aside).
  const hasGoals = board.owners.length > 0;
  const refreshing = loading && !data;

  return (
    <div>
      <PageHeader
        title="Dashboard"
        description={
          <>
            Where {org.name}’s goals stand on <span className="whitespace-nowrap">{formatDate(board.today)}</span>, most in need of attention first.
            {canEdit ? "" : " You have view-only access."}
          </>
        }
        actions={
          <>
            <PrintButton variant="secondary" />
            {newGoal}
          </>
        }
      />
      {org.mission ? (
        // A quiet reminder of what the goals serve; only when the organization has set one.
        <p className="-mt-5 mb-6 max-w-3xl text-sm text-slate-600">
          <span className="font-medium text-slate-700">Mission:</span> <span dir="auto">{org.mission}</span>
        </p>
      ) : null}
      <p className="mb-4 hidden text-sm text-slate-600 print:block">
        {org.name} · printed {formatDate(board.today)} · {filterSummary(params, board)}
      </p>

      {!hasGoals ? (
        <EmptyState
          icon={<Icon name="flag" className="size-6" />}
          title="No goals yet"
          description={
            canEdit
              ? "Set a goal and its milestones, and this page shows at a glance whether it is getting there."
              : "When the team sets goals, you'll see here at a glance whether they are getting there."
          }
          action={newGoal}
        />
      ) : (
        <>
          <SavedViewsBar slug={slug} params={params} />
          <DashboardFilters params={params} board={board} onChange={change} />
          <div aria-busy={refreshing} className={cx("grid grid-cols-1 gap-6 transition-opacity lg:grid-cols-3", refreshing && "opacity-60")}>
            <div className="min-w-0 space-y-6 lg:col-span-2">
              <HealthOverview counts={counts} selected={params.health} onSelect={(health) => change({ ...params, health })} />
              <section aria-labelledby="goals-heading" className="rounded-xl border border-slate-200 bg-white shadow-sm print:shadow-none">
                <div className="flex flex-wrap items-baseline justify-between gap-2 px-5 pt-4 pb-3 sm:px-6">
                  <h2 id="goals-heading" className="text-base font-semibold text-slate-900">
                    {params.health ? `${HEALTH_LABELS[params.health]} goals` : "Open goals"}{" "}
                    <span className="font-normal text-slate-500 tabular-nums">({board.goalCount})</span>
                  </h2>
                  <p className="text-sm text-slate-500">Off track first, then at risk, then by target date.</p>
                </div>
                {board.goals.length === 0 ? (
                  <div className="border-t border-slate-100 px-5 py-8 text-center sm:px-6">
                    <p className="font-medium text-slate-900">No open goals match these filters</p>
                    <p className="mt-1 text-sm text-slate-500">Try another owner, health or date window.</p>
                    {isFiltered(params) ? (
                      <Button className="mt-4" size="sm" onClick={clear}>
                        Clear filters
                      </Button>
                    ) : null}
                  </div>
                ) : (
                  <ul className="divide-y divide-slate-100 border-t border-slate-100">
                    {board.goals.map((goal) => (
                      <li key={goal.id} className="print:break-inside-avoid">
                        <GoalRow
                          goal={goal}
                          depth={0}
                          parentShown={false}
                          subGoalCount={board.parents.some((p) => p.id === goal.id)}
                          slug={slug}
                          timeZone={org.timeZone}
                        />
                      </li>
                    ))}
                  </ul>
                )}
                <p className="flex flex-wrap items-center gap-2 border-t border-slate-100 px-5 py-3 text-sm sm:px-6 print:hidden">
                  {board.goals.length < board.goalCount ? (
                    <Button size="sm" variant="secondary" onClick={() => expand("goals")} disabled={loading}>
                      Show all {board.goalCount} goals
                    </Button>
                  ) : null}
                  <ButtonLink href={goalsHref(slug)} variant="ghost" size="sm">
                    All goals, closed and archived too →
                  </ButtonLink>
                </p>
              </section>
            </div>
            <div className="min-w-0 space-y-6">
              <MilestonePanel
                id="missed-heading"
                title="Missed milestones"
                empty="Nothing missed. Every past due date was met."
                milestones={board.missedMilestones}
                count={board.missedCount}
                onShowAll={() => expand("milestones")}
                expanded={expanded.milestones}
                slug={slug}
                today={board.today}
                late
              />
              <MilestonePanel
                id="due-soon-heading"
                title="Due in the next 14 days"
                empty="No milestones due in the next two weeks."
                milestones={board.dueSoon}
                count={board.dueSoonCount}
                onShowAll={() => expand("milestones")}
                expanded={expanded.milestones}
                slug={slug}
                today={board.today}
                late={false}
              />
              <RecentWins wins={board.recentWins} slug={slug} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}

function DashboardSkeleton() {
  return (
    <div role="status" aria-busy="true" aria-label="Loading the dashboard…">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="mt-3 h-4 w-96 max-w-full" />
      <div className="mt-8 grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Skeleton className="h-48 w-full rounded-xl" />
          <SkeletonList rows={4} label="Loading goals…" />
        </div>
        <Skeleton className="h-72 w-full rounded-xl" />
      </div>
    </div>
  );
}
