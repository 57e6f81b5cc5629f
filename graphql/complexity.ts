import "server-only";
import type { ApolloServerPlugin } from "@apollo/server";
import { type FieldNode, GraphQLError, type GraphQLField, Kind, getNamedType, getNullableType, isLeafType, isListType } from "graphql";
import { type ComplexityEstimator, getComplexity } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./connections.ts";
import { limitCodes } from "./errors.ts";

// An upper bound on how many values a query can resolve: every field costs 1, and a list or
// connection multiplies the cost of its selection by the most items it can return, so nesting
// multiplies. A connection returns at most its page (first/last, else the default page; a first or
// last over the connection's maximum is refused here, before anything runs); a plain list returns at most the size it declares next to its definition, with
// `extensions: listSize(n)` (n from server/limits.ts), or fewer when its `first` argument says so.
//
// The limit is above the worst case of every page's own operation with every list at its maximum
// (the dashboard's "show all" of 1,000 goals × 200 milestones is about 6M; the full dashboard with
// assignees, as an API client reads it, about 12M; test/integration/query-bounds.test.ts checks the
// pages) and far below what nesting lists in lists reaches (roadmap → allMilestones → dependents:
// 8·10^7; the reported allMilestones → goal → allMilestones chain: 10^10). What a query within it
// really returns is held by the request budget (graphql/budget.ts).
export const MAX_COMPLEXITY = 20_000_000;

export interface ListCost {
  /** The most items the list can return. */
  listSize: number;
  /** A number argument that caps it, such as `first`. */
  sizeArgument?: string;
}

/** Field option: `extensions: listSize(MAX_MILESTONES_PER_GOAL)`. */
export function listSize(max: number, sizeArgument?: string): { cost: ListCost } {
  return { cost: { listSize: max, ...(sizeArgument ? { sizeArgument } : {}) } };
}

/** A list field without a declared size counts as this many (and test/integration/query-bounds.test.ts fails). */
export const UNDECLARED_LIST_SIZE = 1000;

type AnyField = GraphQLField<unknown, unknown>;

export function isConnectionField(field: AnyField): boolean {
  const named = getNamedType(field.type);
  return named.name.endsWith("Connection") && "getFields" in named && "edges" in named.getFields();
}

/** A list of objects whose size the cost model needs declared (a connection's edges are its page). */
export function needsListSize(parentName: string, field: AnyField): boolean {
  if (!isListType(getNullableType(field.type)) || isLeafType(getNamedType(field.type))) return false;
  return !(parentName.endsWith("Connection") && field.name === "edges");
}

export function declaredListCost(field: AnyField): ListCost | undefined {
  return (field.extensions as { cost?: ListCost } | undefined)?.cost;
}

/**
 * The largest page a connection serves: MAX_PAGE_SIZE, or the size it declares next to its
 * definition with `extensions: listSize(n)` (and the same `maxSize` for the Prisma plugin).
 */
export function maxPageSize(field: AnyField): number {
  return declaredListCost(field)?.listSize ?? MAX_PAGE_SIZE;
}

/**
 * A first/last over the connection's maximum is refused rather than capped: a client asking for
 * a million rows would otherwise believe a page of 200 was all there is, or loop on it.
 */
export function pageSizeRefusal(field: AnyField, args: Record<string, unknown>): GraphQLError | null {
  const max = maxPageSize(field);
  const argument = (["first", "last"] as const).find((name) => typeof args[name] === "number" && (args[name] as number) > max);
  if (!argument) return null;
  return new GraphQLError(
    `${argument} on ${field.name} is ${args[argument]}; a page holds at most ${max}. Ask for the rest with ${argument === "first" ? "after" : "before"}.`,
    { extensions: { code: limitCodes.pageSize, field: argument, limit: max, http: { status: 400 } } },
  );
}

/** The most items a list or connection field returns with these arguments; undefined for other fields. */
export function maxItems(parentName: string, field: AnyField, args: Record<string, unknown>): number | undefined {
  if (isConnectionField(field)) {
    const asked = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
    return Math.min(Math.max(1, asked), maxPageSize(field));
  }
  if (!needsListSize(parentName, field)) return undefined;
  // nodes(ids:): one item per id asked for (the token limit bounds how many).
  if (Array.isArray(args.ids) && !declaredListCost(field)) return args.ids.length;
  const cost = declaredListCost(field);
  const max = cost?.listSize ?? UNDECLARED_LIST_SIZE;
  const narrowed = cost?.sizeArgument ? args[cost.sizeArgument] : undefined;
  return typeof narrowed === "number" ? Math.max(0, Math.min(narrowed, max)) : max;
}

// A connection's page multiplies its edges, not its totalCount or pageInfo: each edges selection's
// own cost is kept here for the connection above it (children are estimated first).
const edgesCost = new WeakMap<FieldNode, number>();

const estimator: ComplexityEstimator = ({ type, field, node, args, childComplexity }) => {
  const cost = 1 + childComplexity;
  if (type.name.endsWith("Connection") && field.name === "edges") edgesCost.set(node, cost);
  const connection = isConnectionField(field as AnyField);
  const refusal = connection ? pageSizeRefusal(field as AnyField, args) : null;
  if (refusal) throw refusal;
  const items = maxItems(type.name, field as AnyField, args);
  if (items === undefined) return cost;
  if (connection) {
    const selections = node.selectionSet?.selections ?? [];
    const edges = selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === "edges");
    // Fragments in the selection: count all of it per item, an overestimate.
    if (selections.every((s) => s.kind === Kind.FIELD) && edges.every((e) => edgesCost.has(e))) {
      return cost + (items - 1) * edges.reduce((sum, e) => sum + edgesCost.get(e)!, 0);
    }
  }
  return 1 + items * childComplexity;
};

/** The cost of an operation; throws when its variables don't coerce. */
export function costOf(options: Omit<Parameters<typeof getComplexity>[0], "estimators">): number {
  return getComplexity({ ...options, estimators: [estimator] });
}

export const complexityLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        let complexity: number;
        try {
          complexity = costOf({ schema, query: document, operationName: request.operationName, variables: request.variables });
        } catch (error) {
          if (error instanceof GraphQLError && error.extensions.code === limitCodes.pageSize) throw error;
          // Variables that don't coerce: execution reports them as BAD_USER_INPUT, naming the variable.
          return;
        }
        if (complexity > MAX_COMPLEXITY) {
          throw new GraphQLError(`Query is too complex (${complexity}; the limit is ${MAX_COMPLEXITY}). Ask for fewer fields or smaller pages.`, {
            // A request error, not a server failure: 400 under either response media type.
            extensions: { code: limitCodes.complexity, limit: MAX_COMPLEXITY, http: { status: 400 } },
          });
        }
      },
    };
  },
};
