"use client";

import { useQuery } from "@apollo/client/react";
import { Alert } from "@/app/_components/Alert";
import { Badge } from "@/app/_components/Badge";
import { Button } from "@/app/_components/Button";
import { Card } from "@/app/_components/Card";
import { cx } from "@/app/_components/cx";
import { errorMessage } from "@/app/_components/form-errors";
import { formatDateTime, formatRelative } from "@/app/_components/format";
import { LoadMore } from "@/app/_components/LoadMore";
import { Skeleton } from "@/app/_components/Skeleton";
import { useLoadMore } from "@/app/_components/use-load-more";
import { ACTIVITY_PAGE, GoalActivityQuery } from "./operations";

/** Who did what on this goal, newest first; wins (milestones done, goal achieved) stand out. */
export function ActivityFeed({ goalId }: { goalId: string }) {
  const query = useQuery(GoalActivityQuery, {
    variables: { id: goalId, first: ACTIVITY_PAGE },
  });
  const { data, loading, error, refetch } = query;
  const more = useLoadMore(query, {
    connection: (data) => data.goal.activity,
    withConnection: (data, activity) => ({ ...data, goal: { ...data.goal, activity } }),
  });
  const connection = data?.goal.activity;

  return (
    <Card padded={false}>
      <h2 id="activity-heading" className="px-5 pt-5 text-base font-semibold text-slate-900 sm:px-6 sm:pt-6">
        Activity
      </h2>
      {!connection && loading ? (
        <div role="status" aria-label="Loading activity…" className="space-y-4 px-5 py-5 sm:px-6">
          {[0, 1, 2].map((i) => (
            <div key={i} className="space-y-2">
              <Skeleton className="h-3.5 w-5/6" />
              <Skeleton className="h-3 w-1/4" />
            </div>
          ))}
        </div>
      ) : !connection ? (
        <div className="px-5 py-5 sm:px-6">
          <Alert
            tone="error"
            action={
              <Button size="sm" onClick={() => void refetch()}>
                Try again
              </Button>
            }
          >
            Couldn&apos;t load activity. {errorMessage(error)}
          </Alert>
        </div>
      ) : connection.edges.length === 0 ? (
        <p className="px-5 py-5 text-sm text-slate-500 sm:px-6">Nothing has happened here yet.</p>
      ) : (
        <div className="px-3 pt-3 pb-4 sm:px-4">
          <ol aria-labelledby="activity-heading" className="space-y-1">
            {connection.edges.map(({ node }) => (
              <li
                key={node.id}
                className={cx(
                  "flex gap-3 rounded-lg px-2 py-2.5",
                  node.isWin && "bg-emerald-50 ring-1 ring-emerald-200 ring-inset",
                )}
              >
                <span
                  aria-hidden
                  className={cx(
                    "mt-1.5 size-2 shrink-0 rounded-full",
                    node.isWin ? "bg-emerald-500 ring-4 ring-emerald-100" : "bg-slate-300",
                  )}
                />
                <div className="min-w-0 flex-1 text-sm">
                  <p className={cx("break-words", node.isWin ? "font-medium text-emerald-900" : "text-slate-700")}>
                    {node.summary}
                  </p>
                  <p className="mt-0.5 flex items-center gap-2 text-xs text-slate-500">
                    <time dateTime={node.createdAt} title={formatDateTime(node.createdAt)}>
                      {formatRelative(node.createdAt)}
                    </time>
                    {node.isWin ? <Badge tone="green">Win</Badge> : null}
                  </p>
                </div>
              </li>
            ))}
          </ol>
          <LoadMore
            placement="card"
            className="px-2"
            hasMore={connection.pageInfo.hasNextPage}
            loading={more.loadingMore}
            error={more.error}
            onLoadMore={more.loadMore}
            what="activity"
          />
        </div>
      )}
    </Card>
  );
}
