"use client";

import { useQuery } from "@apollo/client/react";
import { Alert } from "@/app/_components/Alert";
import { Avatar } from "@/app/_components/Avatar";
import { Button } from "@/app/_components/Button";
import { errorMessage } from "@/app/_components/form-errors";
import { formatDateTimeIn, formatDayIn, formatRelative } from "@/app/_components/format";
import { HealthBadge } from "@/app/_components/HealthBadge";
import { LoadMore } from "@/app/_components/LoadMore";
import { Skeleton } from "@/app/_components/Skeleton";
import { useLoadMore } from "@/app/_components/use-load-more";
import type { CheckInsGoal } from "./check-ins-fields";
import { formatMetric } from "./goal-labels";
import { CHECK_INS_PAGE, GoalCheckInsQuery } from "./operations";

/** The goal's check-ins, newest first, a page at a time. */
export function CheckInHistory({ goal, timeZone }: { goal: CheckInsGoal; timeZone: string }) {
  const query = useQuery(GoalCheckInsQuery, {
    variables: { id: goal.id, first: CHECK_INS_PAGE },
  });
  const { data, loading, error, refetch } = query;
  const more = useLoadMore(query, {
    connection: (data) => data.goal.checkIns,
    withConnection: (data, checkIns) => ({ ...data, goal: { ...data.goal, checkIns } }),
  });
  const connection = data?.goal.checkIns;

  if (!connection && loading) {
    return (
      <div role="status" aria-label="Loading check-ins…" className="space-y-4 px-5 py-5 sm:px-6">
        {[0, 1].map((i) => (
          <div key={i} className="flex gap-3">
            <Skeleton className="size-8 rounded-full" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-3.5 w-1/3" />
              <Skeleton className="h-3 w-2/3" />
            </div>
          </div>
        ))}
      </div>
    );
  }
  if (!connection) {
    return (
      <div className="px-5 py-5 sm:px-6">
        <Alert
          tone="error"
          action={
            <Button size="sm" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        >
          Couldn&apos;t load check-ins. {errorMessage(error)}
        </Alert>
      </div>
    );
  }
  if (connection.edges.length === 0) {
    return (
      <p className="px-5 py-6 text-sm text-slate-500 sm:px-6">
        No check-ins yet. {goal.viewerCan.edit && !goal.isClosed && !goal.archivedAt ? "Record the first one above." : ""}
      </p>
    );
  }

  return (
    <div className="px-5 pb-5 sm:px-6">
      <h3 className="sr-only">History</h3>
      <ol className="divide-y divide-slate-100" aria-label="Check-in history">
        {connection.edges.map(({ node }) => (
          <li key={node.id} className="flex gap-3 py-4">
            <Avatar name={node.author.name} size="sm" decorative />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="text-sm font-medium text-slate-900">{node.author.name}</span>
                <time dateTime={node.createdAt} title={formatDateTimeIn(node.createdAt, timeZone)} className="text-sm text-slate-500">
                  {formatDayIn(node.createdAt, timeZone)}
                  {/* "3 days ago" may turn over between the server render and the browser's. */}
                  <span className="text-slate-500" suppressHydrationWarning>
                    {" "}
                    · {formatRelative(node.createdAt)}
                  </span>
                </time>
                <HealthBadge health={node.confidence} className="ml-auto" />
              </div>
              {node.value != null ? (
                <p className="mt-1 text-sm text-slate-700">
                  Value <span className="font-semibold text-slate-900 tabular-nums">{formatMetric(node.value, goal.unit)}</span>
                </p>
              ) : null}
              {node.note ? (
                <p dir="auto" className="mt-1 text-sm leading-relaxed break-words whitespace-pre-line text-slate-600">{node.note}</p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <LoadMore
        placement="card"
        hasMore={connection.pageInfo.hasNextPage}
        loading={more.loadingMore}
        error={more.error}
        onLoadMore={more.loadMore}
        shown={connection.edges.length}
        total={connection.totalCount}
        noun="check-in"
        what="check-ins"
      />
    </div>
  );
}
