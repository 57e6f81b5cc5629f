"use client";

import { useQuery } from "@apollo/client/react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type CSSProperties, useEffect, useMemo, useState } from "react";
import { Alert } from "@/app/_components/Alert";
import { Avatar } from "@/app/_components/Avatar";
import { Badge } from "@/app/_components/Badge";
import { Button, ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { type Health, HEALTH_LABELS, HealthBadge } from "@/app/_components/HealthBadge";
import { cx } from "@/app/_components/cx";
import { Disclosure } from "@/app/_components/Disclosure";
import { EmptyState } from "@/app/_components/EmptyState";
import { errorMessage } from "@/app/_components/form-errors";
import { formatDate } from "@/app/_components/format";
import { PageHeader } from "@/app/_components/PageHeader";
import { PaceProgressBar } from "@/app/_components/PaceProgressBar";
import { SkeletonList } from "@/app/_components/Skeleton";
import { graphql, type ResultOf } from "@/graphql/client/graphql";
import { targetHint } from "./goals/dates";
import { ConfidenceMismatch, HEALTH_DOT, HEALTH_RULE, metricText, OutcomeBadge } from "./goals/health";
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
            kind
            unit
            currentValue
            targetValue
            direction
            progress
            progressFormula
            expectedProgress
            health
            healthExplanation
            confidence
            confidenceMismatch
            milestoneCount
            doneMilestoneCount
            missedMilestoneCount
            isClosed
            outcome
            parent {
              id
              title
            }
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

// Counts for the summary strip: health of every open goal (up to 500), not just the loaded page.
const GoalsHealthQuery = graphql(`
  query GoalsHealth($slug: String!) {
    organization(slug: $slug) {
      id
      goals(first: 500) {
        totalCount
        edges {
          node {
            id
            health
            isClosed
          }
        }
      }
    }
  }
`);

type GoalRowData = ResultOf<typeof GoalsListQuery>["organization"]["goals"]["edges"][number]["node"];
type GoalTreeNode = { goal: GoalRowData; children: GoalTreeNode[] };

/** Sub-goals go under their parent when the parent is on the page; the rest keep the list's order. */
function goalTree(goals: readonly GoalRowData[]): GoalTreeNode[] {
  const nodes = new Map(goals.map((goal) => [goal.id, { goal, children: [] as GoalTreeNode[] }]));
  const roots: GoalTreeNode[] = [];
  for (const goal of goals) {
    const node = nodes.get(goal.id)!;
    const parent = goal.parent ? nodes.get(goal.parent.id) : undefined;
    // A parent can't be its own descendant (the server refuses loops); the walk guards anyway.
    let up = parent;
    let loops = false;
    for (let i = 0; up && i < goals.length; i++) {
      if (up.goal.id === goal.id) {
        loops = true;
        break;
      }
      up = up.goal.parent ? nodes.get(up.goal.parent.id) : undefined;
    }
    if (parent && !loops) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

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
  const healthQuery = useQuery(GoalsHealthQuery, { variables: { slug } });
  const org = data?.organization;
  const canEdit = !!org && org.viewerRole !== "STAKEHOLDER";
  const goals = useMemo(() => org?.goals.edges.map((e) => e.node) ?? [], [org]);
  const tree = useMemo(() => goalTree(goals), [goals]);

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

      {healthQuery.data && healthQuery.data.organization.goals.totalCount > 0 ? (
        <HealthSummary goals={healthQuery.data.organization.goals.edges.map((e) => e.node)} total={healthQuery.data.organization.goals.totalCount} />
      ) : null}

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
              ? "A goal is a destination: what you want to reach, why it matters and by when. Measure it with a number or break it into milestones, and watch the progress add up."
              : "When your team sets goals, you'll see them here with their progress and milestones."
          }
          action={newGoalButton}
        />
      ) : org ? (
        <>
          <Card padded={false}>
            <ul className="divide-y divide-slate-100">
              {tree.map((node) => (
                <GoalItem key={node.goal.id} node={node} depth={0} slug={slug} timeZone={org.timeZone} />
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

/** How many open goals are on track, at risk and off track (words and numbers; colour is a second cue). */
function HealthSummary({ goals, total }: { goals: readonly { health: Health | null; isClosed: boolean }[]; total: number }) {
  const count = (h: Health) => goals.filter((g) => g.health === h).length;
  const closed = goals.filter((g) => g.isClosed).length;
  const items: { key: string; label: string; value: number; dot: string }[] = [
    ...(["ON_TRACK", "AT_RISK", "OFF_TRACK"] as const).map((h) => ({ key: h, label: HEALTH_LABELS[h], value: count(h), dot: HEALTH_DOT[h] })),
    ...(closed ? [{ key: "CLOSED", label: "Closed", value: closed, dot: "bg-slate-400" }] : []),
  ];
  return (
    <section aria-label="Goals by health" className="mb-6">
      <dl className={cx("grid gap-3", items.length === 4 ? "grid-cols-2 sm:grid-cols-4" : "grid-cols-3")}>
        {items.map((item) => (
          <div key={item.key} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
            <dt className="flex items-center gap-2 text-xs font-medium text-slate-600 sm:text-sm">
              <span aria-hidden className={cx("size-2 shrink-0 rounded-full", item.dot)} />
              {item.label}
            </dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{item.value}</dd>
          </div>
        ))}
      </dl>
      <Disclosure summary="How is health computed?" className="mt-3">
        <p className="leading-relaxed">
          {HEALTH_RULE} The tick on each bar marks where progress is expected to be today. Each goal’s page shows its numbers and
          formulas; here, hover a goal’s badge or bar to see them.
          {total > goals.length ? ` These counts cover the first ${goals.length} of ${total} goals.` : ""}
        </p>
      </Disclosure>
    </section>
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

function GoalItem({ node, depth, slug, timeZone }: { node: GoalTreeNode; depth: number; slug: string; timeZone: string }) {
  return (
    <li>
      <GoalRow goal={node.goal} depth={depth} parentShown={depth > 0} slug={slug} timeZone={timeZone} />
      {node.children.length ? (
        <ul aria-label={`Sub-goals of ${node.goal.title}`} className="divide-y divide-slate-100 border-t border-slate-100">
          {node.children.map((child) => (
            <GoalItem key={child.goal.id} node={child} depth={depth + 1} slug={slug} timeZone={timeZone} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

// Separators only where the details share a line; on phones each wraps to its own.
const Dot = () => (
  <span aria-hidden className="hidden text-slate-300 sm:inline">
    ·
  </span>
);

function GoalRow({
  goal,
  depth,
  parentShown,
  slug,
  timeZone,
}: {
  goal: GoalRowData;
  depth: number;
  parentShown: boolean;
  slug: string;
  timeZone: string;
}) {
  const archived = !!goal.archivedAt;
  const closed = goal.isClosed;
  const frozen = archived || closed;
  const hint = targetHint(goal.targetDate, timeZone);
  const metric = goal.kind === "METRIC" ? metricText(goal) : null;
  return (
    <div
      style={{ "--depth": Math.min(depth, 4) } as CSSProperties}
      className={cx(
        "relative py-4 pr-5 pl-[calc(1.25rem+var(--depth)*1.25rem)] transition-colors hover:bg-slate-50 sm:pr-6 sm:pl-[calc(1.5rem+var(--depth)*2rem)]",
        frozen && "bg-slate-50/60",
      )}
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:gap-6">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            {depth > 0 ? (
              <svg viewBox="0 0 20 20" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden className="-ml-0.5 size-4 shrink-0 text-slate-400">
                <path strokeLinecap="round" strokeLinejoin="round" d="M5 3v7.5A2.5 2.5 0 0 0 7.5 13H16m0 0-3-3m3 3-3 3" />
              </svg>
            ) : null}
            <Link
              href={goalHref(slug, goal.id)}
              className={cx(
                "min-w-0 truncate text-[15px] font-semibold text-slate-900 hover:text-indigo-700 focus-visible:outline-none",
                // The link covers the whole row; its focus ring is drawn around the row.
                "after:absolute after:inset-0 after:rounded-none focus-visible:after:outline-2 focus-visible:after:-outline-offset-2 focus-visible:after:outline-indigo-600",
                frozen && "text-slate-600",
              )}
            >
              {goal.title}
            </Link>
            {/* Badges sit above the row link so their tooltips (the numbers behind them) can be hovered. */}
            <span className="relative z-10 flex flex-wrap items-center gap-1.5">
              {archived ? <Badge>Archived</Badge> : null}
              {closed && goal.outcome ? <OutcomeBadge outcome={goal.outcome} /> : null}
              {!closed && goal.health ? <HealthBadge health={goal.health} title={goal.healthExplanation ?? undefined} className="cursor-help" /> : null}
              {goal.missedMilestoneCount > 0 ? (
                <Badge tone="red" title="Milestones past their due date and not done" className="cursor-help">
                  {goal.missedMilestoneCount} missed
                </Badge>
              ) : null}
              {!closed && goal.confidence && goal.confidenceMismatch ? (
                <ConfidenceMismatch confidence={goal.confidence} message={goal.confidenceMismatch} className="cursor-help" />
              ) : null}
            </span>
          </div>
          <div className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-500">
            <span className="inline-flex items-center gap-1.5">
              <Avatar name={goal.owner.name} size="xs" decorative />
              <span className="sr-only">Owner: </span>
              {goal.owner.name}
            </span>
            <Dot />
            <span className="inline-flex items-center gap-1">
              <Icon name="calendar" className="size-3.5 text-slate-400" />
              <span>
                Target {formatDate(goal.targetDate)}
                {!frozen ? <span className={cx("ml-1", hint.past ? "text-amber-700" : "text-slate-500")}>({hint.text})</span> : null}
              </span>
            </span>
            <Dot />
            {metric ? (
              <span className="inline-flex items-center gap-1 font-medium text-slate-700 tabular-nums">
                <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden className="size-3.5 text-slate-400">
                  <path d="M15.5 2A1.5 1.5 0 0 0 14 3.5v13a1.5 1.5 0 0 0 1.5 1.5h1a1.5 1.5 0 0 0 1.5-1.5v-13A1.5 1.5 0 0 0 16.5 2h-1ZM9.5 6A1.5 1.5 0 0 0 8 7.5v9A1.5 1.5 0 0 0 9.5 18h1a1.5 1.5 0 0 0 1.5-1.5v-9A1.5 1.5 0 0 0 10.5 6h-1ZM3.5 10A1.5 1.5 0 0 0 2 11.5v5A1.5 1.5 0 0 0 3.5 18h1A1.5 1.5 0 0 0 6 16.5v-5A1.5 1.5 0 0 0 4.5 10h-1Z" />
                </svg>
                {metric}
              </span>
            ) : (
              <span className="tabular-nums">
                {goal.milestoneCount === 0 ? "No milestones yet" : `${goal.doneMilestoneCount}/${goal.milestoneCount} milestones`}
              </span>
            )}
            {goal.parent && !parentShown ? (
              <>
                <Dot />
                <span className="relative z-10 min-w-0 truncate">
                  Part of{" "}
                  <Link
                    href={goalHref(slug, goal.parent.id)}
                    className="rounded font-medium text-slate-700 underline decoration-slate-300 underline-offset-2 hover:text-indigo-700 hover:decoration-indigo-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600"
                  >
                    {goal.parent.title}
                  </Link>
                </span>
              </>
            ) : null}
          </div>
        </div>
        {/* Above the row link, so the formula (its tooltip) can be hovered. */}
        <div title={goal.progressFormula} className="relative z-10 w-full sm:w-56 sm:shrink-0">
          <PaceProgressBar
            value={goal.progress}
            expected={frozen ? null : goal.expectedProgress}
            label={`Progress of ${goal.title}`}
            size="sm"
          />
        </div>
      </div>
    </div>
  );
}
