/**
 * Merging one more page of a Relay connection into the pages already shown. Pure, so it is
 * unit-tested on its own; `useLoadMore` (use-load-more.ts) applies it inside Apollo's `fetchMore`.
 */

/** The part of a Relay connection the merge reads: cursors and edges whose nodes have ids. */
export type PagedConnection = {
  readonly pageInfo: { readonly endCursor?: string | null; readonly startCursor?: string | null };
  readonly edges: readonly { readonly node: { readonly id: string } }[];
};

/** Which way a list grows: later pages under it (`after`), or earlier ones above it (`before`). */
export type PageDirection = "forward" | "backward";

/** The cursor to fetch the next page from, if there is one. */
export function nextCursor(connection: PagedConnection, direction: PageDirection = "forward"): string | null {
  return (direction === "forward" ? connection.pageInfo.endCursor : connection.pageInfo.startCursor) ?? null;
}

/**
 * `shown` with `page` added: after it (forward: the new page's totalCount and pageInfo win) or before
 * it (backward: only the new page's pageInfo is taken). Nodes already shown are not repeated, e.g.
 * when a new item moved the list along between two fetches.
 */
export function mergePage<C extends PagedConnection>(shown: C, page: C, direction: PageDirection = "forward"): C {
  const seen = new Set(shown.edges.map((edge) => edge.node.id));
  const added = page.edges.filter((edge) => !seen.has(edge.node.id));
  return direction === "forward"
    ? { ...page, edges: [...shown.edges, ...added] }
    : { ...shown, pageInfo: page.pageInfo, edges: [...added, ...shown.edges] };
}
