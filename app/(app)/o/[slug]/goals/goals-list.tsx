"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { ButtonLink } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import { EmptyState } from "@/app/_components/EmptyState";
import { LoadMore } from "@/app/_components/LoadMore";
import { PageHeader } from "@/app/_components/PageHeader";
import { SkeletonList } from "@/app/_components/Skeleton";
import { useLoadMore } from "@/app/_components/use-load-more";
import type { ResultOf, VariablesOf } from "@/graphql/client/graphql";
import { GoalRow } from "@/app/_components/goals/goal-row";
import type { GoalRowData } from "@/app/_components/goals/goal-row-fields";
import { Icon } from "@/app/_components/goals/icons";
import { newGoalHref } from "@/app/_components/goals/paths";
import { LoadError } from "@/app/_components/LoadError";
import { type Seed, useSeededQuery } from "@/app/_components/use-seeded-query";
import { GoalsListQuery, goalsListVariables } from "./operations";

type GoalsListSeed = Seed<ResultOf<typeof GoalsListQuery>, VariablesOf<typeof GoalsListQuery>>;

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

export function GoalsList({ slug, initial }: { slug: string; initial?: GoalsListSeed }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  // Kept in the URL so "Back" from an archived goal returns to the same view.
  const archivedInUrl = searchParams.get("archived") === "1";
  // Local state answers the click at once; the URL follows (router.replace is a transition).
  const [showArchived, setShowArchived] = useState(archivedInUrl);
  useEffect(() => setShowArchived(archivedInUrl), [archivedInUrl]);

  const query = useSeededQuery(GoalsListQuery, goalsListVariables(slug, showArchived), initial);
  const { data, loading, error, refetch } = query;
  const more = useLoadMore(query, {
    connection: (data) => data.organization.goals,
    withConnection: (data, goals) => ({ ...data, organization: { ...data.organization, goals } }),
  });
  const org = data?.organization;
  const canEdit = !!org?.viewerCan.editGoals;
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
            ? canEdit
              ? `Where ${org.name} is heading, and how far along each goal is.`
              : `Where ${org.name} is heading, and how far along each goal is. You have view-only access.`
            : "Where your team is heading, and how far along each goal is."
        }
        actions={newGoalButton}
      />

      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-500" aria-live="polite">
          {org ? (
            <>
              <span className="font-medium text-slate-700 tabular-nums">{org.openGoalCount}</span>{" "}
              {org.openGoalCount === 1 ? "active goal" : "active goals"}
              {total > org.openGoalCount ? (
                <>
                  {" "}
                  · {total - org.openGoalCount} {showArchived ? "closed or archived" : "closed"}
                </>
              ) : null}
            </>
          ) : (
            "\u00a0"
          )}
        </p>
        <ArchivedToggle checked={showArchived} onChange={toggleArchived} />
      </div>

      {error && !data ? (
        <LoadError title="Couldn't load goals" error={error} onRetry={refetch} />
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
          <LoadMore
            hasMore={org.goals.pageInfo.hasNextPage}
            loading={more.loadingMore}
            error={more.error}
            onLoadMore={more.loadMore}
            shown={goals.length}
            total={total}
          />
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

function GoalItem({ node, depth, slug, timeZone }: { node: GoalTreeNode; depth: number; slug: string; timeZone: string }) {
  return (
    <li>
      <GoalRow goal={node.goal} depth={depth} parentShown={depth > 0} subGoalCount={node.children.length} slug={slug} timeZone={timeZone} />
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
