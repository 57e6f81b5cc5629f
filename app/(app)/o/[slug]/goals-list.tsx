"use client";

import { useQuery } from "@apollo/client/react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Avatar } from "@/app/_components/Avatar";
import { Badge } from "@/app/_components/Badge";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import { EmptyState } from "@/app/_components/EmptyState";
import { errorMessage } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import { PageHeader } from "@/app/_components/PageHeader";
import { ProgressBar } from "@/app/_components/ProgressBar";
import { SkeletonList } from "@/app/_components/Skeleton";
import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { targetHint } from "./goals/dates";
import { Icon } from "./goals/icons";
import { goalHref, newGoalHref } from "./goals/paths";

const PAGE_SIZE = 20;

const GoalsListQuery = graphql(`
  query GoalsList($slug: String!, $includeArchived: Boolean!, $first: Int!, $after: String) {
    organization(slug: $slug) {
      id
      name
      timeZone
      viewerRole
      goals(first: $first, after: $after, includeArchived: $includeArchived) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            title
            startDate
            targetDate
            archivedAt
            progress
            milestoneCount
            doneMilestoneCount
            overdueMilestoneCount
            owner {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type GoalRowData = ResultOf<typeof GoalsListQuery>["organization"]["goals"]["edges"][number]["node"];

export function GoalsList({ slug }: { slug: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // Kept in the URL so "Back" from an archived goal returns to the same view.
  const archivedInUrl = searchParams.get("archived") === "1";
  // Local state answers the click at once; the URL follows (router.replace is a transition).
  const [showArchived, setShowArchived] = useState(archivedInUrl);
  useEffect(() => setShowArchived(archivedInUrl), [archivedInUrl]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  const { data, loading, error, refetch, fetchMore } = useQuery(GoalsListQuery, {
    variables: { slug, includeArchived: showArchived, first: PAGE_SIZE },
  });
  const org = data?.organization;
  const canEdit = !!org && org.viewerRole !== "STAKEHOLDER";
  const goals = org?.goals.edges.map((e) => e.node) ?? [];

  function toggleArchived(next: boolean) {
    setShowArchived(next);
    const params = new URLSearchParams(searchParams.toString());
    if (next) params.set("archived", "1");
    else params.delete("archived");
    const qs = params.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  }

  async function loadMore() {
    if (!org?.goals.pageInfo.endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await fetchMore({
        variables: { after: org.goals.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          if (!fetchMoreResult || !previous.organization) return previous as ResultOf<typeof GoalsListQuery>;
          const seen = new Set(previous.organization.goals.edges.map((e) => e.node.id));
          return {
            ...previous,
            organization: {
              ...previous.organization,
              goals: {
                ...fetchMoreResult.organization.goals,
                edges: [
                  ...previous.organization.goals.edges,
                  ...fetchMoreResult.organization.goals.edges.filter((e) => !seen.has(e.node.id)),
                ],
              },
            },
          } as ResultOf<typeof GoalsListQuery>;
        },
      });
    } catch (e) {
      setMoreError(errorMessage(e));
    } finally {
      setLoadingMore(false);
    }
  }

  const newGoalButton = canEdit ? (
    <ButtonLink href={newGoalHref(slug)} variant="primary" icon={<Icon name="plus" />}>
      New goal
    </ButtonLink>
  ) : null;

  const total = org?.goals.totalCount ?? 0;

  return (
    <div>
      <PageHeader
        title="Goals"
        description={
          org
            ? org.viewerRole === "STAKEHOLDER"
              ? `Where ${org.name} is heading, and how far along each goal is. You have view-only access.`
              : `Where ${org.name} is heading, and how far along each goal is.`
            : "Where your team is heading, and how far along each goal is."
        }
        actions={newGoalButton}
      />

      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-500" aria-live="polite">
          {org ? (
            <>
              <span className="font-medium text-slate-700 tabular-nums">{total}</span>{" "}
              {showArchived ? (total === 1 ? "goal, including archived" : "goals, including archived") : total === 1 ? "active goal" : "active goals"}
            </>
          ) : (
            "\u00a0"
          )}
        </p>
        <ArchivedToggle checked={showArchived} onChange={toggleArchived} />
      </div>

      {error && !data ? (
        <Alert
          tone="error"
          title="Couldn't load goals"
          action={
            <Button size="sm" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        >
          {errorMessage(error)}
        </Alert>
      ) : !org && loading ? (
        <SkeletonList rows={4} label="Loading goals…" />
      ) : org && goals.length === 0 ? (
        <EmptyState
          icon={<Icon name="flag" className="size-6" />}
          title={showArchived ? "No goals yet, archived or otherwise" : "No goals yet"}
          description={
            canEdit
              ? "A goal is a destination: what you want to reach, why it matters and by when. Break it into milestones and watch the progress add up."
              : "When your team sets goals, you'll see them here with their progress and milestones."
          }
          action={newGoalButton}
        />
      ) : org ? (
        <>
          <Card padded={false}>
            <ul className="divide-y divide-slate-100">
              {goals.map((goal) => (
                <GoalRow key={goal.id} goal={goal} slug={slug} timeZone={org.timeZone} />
              ))}
            </ul>
          </Card>
          {moreError ? (
            <Alert tone="error" className="mt-4">
              {moreError}
            </Alert>
          ) : null}
          {org.goals.pageInfo.hasNextPage ? (
            <div className="mt-6 flex flex-col items-center gap-2">
              <Button onClick={() => void loadMore()} loading={loadingMore}>
                Load more
              </Button>
              <p className="text-xs text-slate-500">
                Showing {goals.length} of {total}
              </p>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** A switch-styled native checkbox (appearance-none), so it keeps checkbox semantics and its label. */
function ArchivedToggle({ checked, onChange }: { checked: boolean; onChange: (next: boolean) => void }) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-2.5 text-sm font-medium text-slate-700 select-none">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className={cx(
          "relative h-5 w-9 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors hover:bg-slate-400",
          "checked:bg-indigo-600 checked:hover:bg-indigo-500",
          "before:absolute before:top-0.5 before:left-0.5 before:size-4 before:rounded-full before:bg-white before:shadow-sm before:transition-transform before:content-['']",
          "checked:before:translate-x-4",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600",
        )}
      />
      Show archived
    </label>
  );
}

function GoalRow({ goal, slug, timeZone }: { goal: GoalRowData; slug: string; timeZone: string }) {
  const archived = !!goal.archivedAt;
  const complete = goal.milestoneCount > 0 && goal.doneMilestoneCount === goal.milestoneCount;
  const hint = targetHint(goal.targetDate, timeZone);
  return (
    <li className={cx("relative px-5 py-4 transition-colors hover:bg-slate-50 sm:px-6", archived && "bg-slate-50/60")}>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-6">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <Link
              href={goalHref(slug, goal.id)}
              className={cx(
                "truncate text-[15px] font-semibold text-slate-900 hover:text-indigo-700 focus-visible:outline-none",
                // The link covers the whole row; its focus ring is drawn around the row.
                "after:absolute after:inset-0 after:rounded-none focus-visible:after:outline-2 focus-visible:after:-outline-offset-2 focus-visible:after:outline-indigo-600",
                archived && "text-slate-600",
              )}
            >
              {goal.title}
            </Link>
            {archived ? <Badge>Archived</Badge> : null}
            {complete && !archived ? <Badge tone="green">Complete</Badge> : null}
            {goal.overdueMilestoneCount > 0 ? (
              <Badge tone="red" title="Milestones past their due date and not done">
                {goal.overdueMilestoneCount} overdue
              </Badge>
            ) : null}
          </div>
          <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
            <span className="inline-flex items-center gap-1.5">
              <Avatar name={goal.owner.name} size="xs" decorative />
              <span className="sr-only">Owner: </span>
              {goal.owner.name}
            </span>
            <span aria-hidden className="text-slate-300">
              ·
            </span>
            <span className="inline-flex items-center gap-1">
              <Icon name="calendar" className="size-3.5 text-slate-400" />
              <span>
                Target {formatDate(goal.targetDate)}
                {!archived && !complete ? (
                  <span className={cx("ml-1", hint.past ? "text-amber-700" : "text-slate-400")}>({hint.text})</span>
                ) : null}
              </span>
            </span>
            <span aria-hidden className="text-slate-300">
              ·
            </span>
            <span className="tabular-nums">
              {goal.milestoneCount === 0 ? "No milestones yet" : `${goal.doneMilestoneCount}/${goal.milestoneCount} milestones`}
            </span>
          </div>
        </div>
        <ProgressBar
          value={goal.progress}
          label={`Progress of ${goal.title}`}
          size="sm"
          className="w-full sm:w-56 sm:shrink-0"
        />
      </div>
    </li>
  );
}
