"use client";

import { Alert } from "./Alert";
import { Button } from "./Button";

/**
 * The foot of a paged list: why the last "Load more" failed (if it did), and while there is more,
 * the "Load more" button with "Showing 20 of 45" (when `shown` and `total` are given).
 * Pair it with `useLoadMore` (use-load-more.ts).
 *
 * - `placement="page"` (default): under a page's list card; centred button, the count under it,
 *   the error as an `Alert`.
 * - `placement="card"`: inside a card, below its list; a small button with the count beside it,
 *   or a full-width quiet button when there is no count; the error as a line of red text.
 */
export function LoadMore({
  hasMore,
  loading,
  error,
  onLoadMore,
  shown,
  total,
  noun,
  what,
  placement = "page",
  className,
}: {
  /** `pageInfo.hasNextPage`. */
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  onLoadMore: () => unknown;
  /** How many items the list shows now. */
  shown?: number;
  /** How many there are in all (`totalCount`). */
  total?: number;
  /** Names the items in the count: "check-in" gives "Showing 5 of 12 check-ins". */
  noun?: string;
  /** Ends the button's accessible name: "check-ins" gives "Load more check-ins" (visible text stays "Load more"). */
  what?: string;
  placement?: "page" | "card";
  className?: string;
}) {
  if (!hasMore && !error) return null;
  const count =
    shown != null && total != null ? `Showing ${shown} of ${noun ? `${total} ${total === 1 ? noun : `${noun}s`}` : total}` : null;
  const label = (
    <>
      Load more{what ? <span className="sr-only"> {what}</span> : null}
    </>
  );
  const onClick = () => void onLoadMore();
  const page = placement === "page";

  return (
    <div className={className}>
      {!error ? null : page ? (
        <Alert tone="error" className="mt-4">
          {error}
        </Alert>
      ) : (
        <p role="alert" className="mt-2 text-sm text-red-600">
          {error}
        </p>
      )}
      {!hasMore ? null : page ? (
        <div className="mt-6 flex flex-col items-center gap-2">
          <Button onClick={onClick} loading={loading}>
            {label}
          </Button>
          {count ? <p className="text-xs text-slate-500">{count}</p> : null}
        </div>
      ) : count ? (
        <div className="mt-1 flex items-center justify-between gap-3 border-t border-slate-100 pt-4">
          <p className="text-xs text-slate-500">{count}</p>
          <Button size="sm" onClick={onClick} loading={loading}>
            {label}
          </Button>
        </div>
      ) : (
        <div className="mt-2">
          <Button size="sm" variant="ghost" className="w-full" onClick={onClick} loading={loading}>
            {label}
          </Button>
        </div>
      )}
    </div>
  );
}
