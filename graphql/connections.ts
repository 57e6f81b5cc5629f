import { PothosValidationError, validateConnectionArguments } from "@pothos/core";
import { formatPrismaCursor, parsePrismaCursor } from "@pothos/plugin-prisma";

// A page of a relation whose rows a batch loader already holds, with the same arguments, cursors,
// limits and errors as the Prisma plugin's connections: clients cannot tell them apart.

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface Page<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasPreviousPage: boolean; hasNextPage: boolean };
}

export function pageOf<T extends { id: string }>(rows: readonly T[], args: PageArgs): Page<T> {
  validateConnectionArguments(args);
  if (args.before != null && args.after != null) throw new PothosValidationError('Arguments "before" and "after" are not supported at the same time');
  if (args.before != null && args.first != null) throw new PothosValidationError('Arguments "before" and "first" are not supported at the same time');
  if (args.after != null && args.last != null) throw new PothosValidationError('Arguments "after" and "last" are not supported at the same time');

  const size = Math.min(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const backward = args.before != null || args.last != null;
  // A cursor to a row that is gone starts an empty page, as Prisma's cursor does.
  const at = (cursor: string) => rows.findIndex((row) => row.id === parsePrismaCursor(cursor));
  let from = 0;
  let to = rows.length;
  if (args.after != null) {
    const i = at(args.after);
    from = i < 0 ? rows.length : i + 1;
  }
  if (args.before != null) {
    const i = at(args.before);
    to = i < 0 ? 0 : i;
  }
  const more = to - from > size;
  const nodes = backward ? rows.slice(Math.max(from, to - size), to) : rows.slice(from, Math.min(to, from + size));
  const edges = nodes.map((node) => ({ cursor: formatPrismaCursor(node, "id"), node }));
  return {
    totalCount: rows.length,
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      hasPreviousPage: args.after != null ? true : backward ? more : false,
      hasNextPage: args.before != null ? true : args.last != null ? false : more,
    },
  };
}

/** The `totalCount` field of a connection type whose pages come from pageOf. */
// biome-ignore lint: the field builder's generic type is not worth spelling out here.
export const totalCountField = <T extends { int: (options: any) => any }>(t: T) => ({
  totalCount: t.int({ resolve: (page: unknown) => (page as Page<unknown>).totalCount }) as ReturnType<T["int"]>,
});
