import "server-only";
import { PothosValidationError, validateConnectionArguments } from "@pothos/core";
import { formatPrismaCursor, parsePrismaCursor } from "@pothos/plugin-prisma";
import { badInput, type DomainError } from "../server/errors.ts";

// A page of a relation whose rows a batch loader already holds, with the same arguments, cursors,
// limits and errors as the Prisma plugin's connections: clients cannot tell them apart.

export const DEFAULT_PAGE_SIZE = 50;
/** The largest page of a connection that declares no size of its own (complexity.ts maxPageSize). */
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

/**
 * Pothos refuses bad connection arguments and cursors with PothosValidationError, here as in the
 * relay and Prisma plugins' own connections. They are the client's input: BAD_USER_INPUT naming the
 * argument (`given`: the arguments written on the field, to tell a bad `after` from a bad `before`).
 * Null for other errors.
 */
export function connectionArgumentError(error: unknown, given: readonly string[]): DomainError | null {
  if (!(error instanceof PothosValidationError)) return null;
  const text = error.message;
  const named = /^Arguments? "(\w+)"/.exec(text)?.[1];
  if (named && /non-negative integer/.test(text)) return badInput(named, `${named} must be a whole number, 0 or more.`);
  if (named) return badInput(named, `${text}.`);
  if (/cursor/i.test(text)) {
    const field = given.includes("before") && !given.includes("after") ? "before" : "after";
    return badInput(field, `${field} is not a valid cursor for this connection.`);
  }
  return null;
}

function validateArguments(args: PageArgs) {
  try {
    validateConnectionArguments(args);
  } catch (error) {
    throw connectionArgumentError(error, Object.keys(args)) ?? error;
  }
}

function cursorId(cursor: string, field: "after" | "before"): unknown {
  try {
    return parsePrismaCursor(cursor);
  } catch (error) {
    throw connectionArgumentError(error, [field]) ?? error;
  }
}

export function pageOf<T extends { id: string }>(rows: readonly T[], args: PageArgs): Page<T> {
  validateArguments(args);
  if (args.before != null && args.after != null) throw badInput("before", 'Arguments "before" and "after" are not supported at the same time.');
  if (args.before != null && args.first != null) throw badInput("before", 'Arguments "before" and "first" are not supported at the same time.');
  if (args.after != null && args.last != null) throw badInput("after", 'Arguments "after" and "last" are not supported at the same time.');

  // Over the API a first/last past the maximum is refused before execution (complexity.ts's
  // pageSizeRefusal); the cap only guards in-process execution of the pages' own operations.
  const size = Math.min(args.first ?? args.last ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const backward = args.before != null || args.last != null;
  // A cursor to a row that is gone starts an empty page, as Prisma's cursor does.
  const at = (cursor: string, field: "after" | "before") => {
    const id = cursorId(cursor, field);
    return rows.findIndex((row) => row.id === id);
  };
  let from = 0;
  let to = rows.length;
  if (args.after != null) {
    const i = at(args.after, "after");
    from = i < 0 ? rows.length : i + 1;
  }
  if (args.before != null) {
    const i = at(args.before, "before");
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
