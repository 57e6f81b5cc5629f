"use client";

import { useState } from "react";
import { errorMessage } from "./form-errors";
import { mergePage, nextCursor, type PageDirection, type PagedConnection } from "./paged-connection";

type UpdateQuery<TData> = (previous: TData, options: { fetchMoreResult: TData }) => TData;

/**
 * What the hooks need from `useQuery`'s result: the data shown and its `fetchMore`, which must take
 * the cursor variable (`$after: String` for `useLoadMore`, `$before: String` for `useLoadEarlier`).
 */
type PagedQuery<TData, TCursor> = {
  data: TData | undefined;
  fetchMore: (options: { variables: TCursor; updateQuery: UpdateQuery<TData> }) => Promise<unknown>;
};

/** Where the connection sits in the query's data, and the data with it replaced. */
export type ConnectionLens<TData, C extends PagedConnection> = {
  connection: (data: TData) => C;
  /** Spread each level down to the connection: `(data, goals) => ({ ...data, org: { ...data.org, goals } })`. */
  withConnection: (data: TData, connection: C) => TData;
};

export type LoadMore = {
  /** Fetches the next page (`useLoadEarlier`: the earlier one) and merges it into the cached list. */
  loadMore: () => Promise<void>;
  loadingMore: boolean;
  /** Why the last `loadMore` failed, in one sentence; cleared when it is tried again. */
  error: string | null;
};

/**
 * "Load more" for a Relay connection in a query: `fetchMore({ variables: { after: endCursor } })`
 * with an `updateQuery` that appends the new page's edges (nodes already shown are not repeated).
 *
 *   const query = useQuery(GoalActivityQuery, { variables: { id, first: 8 } });
 *   const more = useLoadMore(query, {
 *     connection: (data) => data.goal.activity,
 *     withConnection: (data, activity) => ({ ...data, goal: { ...data.goal, activity } }),
 *   });
 *   <LoadMore hasMore={…hasNextPage} loading={more.loadingMore} error={more.error} onLoadMore={more.loadMore} />
 */
export function useLoadMore<TData, C extends PagedConnection>(
  query: PagedQuery<TData, { after: string }>,
  lens: ConnectionLens<TData, C>,
): LoadMore {
  return usePages(query.data, lens, "forward", (after, updateQuery) => query.fetchMore({ variables: { after }, updateQuery }));
}

/**
 * The same for a list that shows its latest page and grows upwards (comments, oldest first):
 * `fetchMore({ variables: { before: startCursor } })`, the earlier page put first.
 */
export function useLoadEarlier<TData, C extends PagedConnection>(
  query: PagedQuery<TData, { before: string }>,
  lens: ConnectionLens<TData, C>,
): LoadMore {
  return usePages(query.data, lens, "backward", (before, updateQuery) => query.fetchMore({ variables: { before }, updateQuery }));
}

function usePages<TData, C extends PagedConnection>(
  data: TData | undefined,
  { connection, withConnection }: ConnectionLens<TData, C>,
  direction: PageDirection,
  fetchPage: (cursor: string, updateQuery: UpdateQuery<TData>) => Promise<unknown>,
): LoadMore {
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function loadMore() {
    const cursor = data === undefined ? null : nextCursor(connection(data), direction);
    if (!cursor) return;
    setLoadingMore(true);
    setError(null);
    try {
      await fetchPage(cursor, (previous, { fetchMoreResult }) =>
        withConnection(previous, mergePage(connection(previous), connection(fetchMoreResult), direction)),
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoadingMore(false);
    }
  }

  return { loadMore, loadingMore, error };
}
