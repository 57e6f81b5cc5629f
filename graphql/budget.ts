import "server-only";
import type { ApolloServerPlugin } from "@apollo/server";
import { defaultFieldResolver, getNullableType, type GraphQLSchema, isListType, isObjectType } from "graphql";

// What one request may really cost, whatever its estimate said. Three measures, each where it is
// cheap: the time spent executing and the items of every list, both checked as each list field
// resolves (not every field: a per-field hook made Apollo wrap every resolver in the schema, and
// cost a tenth of a large page's CPU); and the answer's size, exactly, once it is serialized
// (graphql/http.ts). Over any, the answer is one error naming the limit, without partial data, so
// a request ends with a clean code long before the process could run out of memory.

/** Execution time of one operation. */
export const MAX_EXECUTION_MS = 10_000;
/** The answer's JSON (normal pages are 30–450 KB). */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/**
 * Items of all the lists in one answer: what keeps memory bounded before the answer is serialized.
 * An item with an id is 40 bytes of JSON or more, so an answer past this count would pass
 * MAX_RESPONSE_BYTES anyway; counting stops it before it is built. The largest real answers (a
 * 200-goal overview) hold under 10,000.
 */
export const MAX_LIST_ITEMS = 200_000;
/** Seconds a client should wait before retrying an operation that ran out of time. */
export const TIMEOUT_RETRY_AFTER_SECONDS = 5;

export const budgetCodes = {
  time: "QUERY_TIMEOUT",
  size: "RESPONSE_TOO_LARGE",
} as const;

export class BudgetExceeded extends Error {
  constructor(
    readonly code: (typeof budgetCodes)[keyof typeof budgetCodes],
    readonly limit: number,
    message: string,
  ) {
    super(message);
  }

  /** The one error an answer over budget becomes, as GraphQL's JSON. */
  toJSON() {
    return { message: this.message, extensions: { code: this.code, limit: this.limit } };
  }

  get status() {
    return this.code === budgetCodes.time ? 503 : 400;
  }
}

export const tooLarge = () =>
  new BudgetExceeded(
    budgetCodes.size,
    MAX_RESPONSE_BYTES,
    `The answer would be larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB, the limit. Ask for fewer fields or smaller pages.`,
  );

const tooLong = () =>
  new BudgetExceeded(
    budgetCodes.time,
    MAX_EXECUTION_MS,
    `The query ran longer than ${MAX_EXECUTION_MS / 1000} s, the limit. Ask for less, or try again shortly.`,
  );

interface Budget {
  deadline: number;
  items: number;
  exceeded: BudgetExceeded | null;
}

// Keyed by the operation's context object: it lives exactly as long as the request.
const budgets = new WeakMap<object, Budget>();

/** Counts a list's items against the request's budget and checks its time; throws once over either. */
function spend(context: object, items: number) {
  const budget = budgets.get(context);
  if (!budget) return;
  if (!budget.exceeded) {
    budget.items += items;
    if (budget.items > MAX_LIST_ITEMS) budget.exceeded = tooLarge();
    else if (performance.now() > budget.deadline) budget.exceeded = tooLong();
  }
  if (budget.exceeded) throw budget.exceeded;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as { then?: unknown } | null)?.then === "function";
const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * Meters every list field of the schema (connections' `edges` included): each resolved list counts
 * its items and checks the clock. Done once, on the built schema.
 */
export function meterLists(schema: GraphQLSchema) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isListType(getNullableType(field.type))) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const result = resolve(source, args, context, info);
        if (!isThenable(result)) {
          spend(context, lengthOf(result));
          return result;
        }
        return Promise.resolve(result).then((list) => {
          spend(context, lengthOf(list));
          return list;
        });
      };
    }
  }
}

export const requestBudget: ApolloServerPlugin = {
  async requestDidStart({ contextValue }) {
    return {
      async executionDidStart() {
        budgets.set(contextValue, { deadline: performance.now() + MAX_EXECUTION_MS, items: 0, exceeded: null });
      },
      // After formatError: the answer becomes this one error, without the partial data.
      async willSendResponse({ response }) {
        const exceeded = budgets.get(contextValue)?.exceeded;
        if (!exceeded || response.body.kind !== "single") return;
        response.body.singleResult.data = null;
        response.body.singleResult.errors = [exceeded.toJSON()];
        response.http.status = exceeded.status;
        // Time depends on load as much as on the query: retryable, like an unavailable database.
        if (exceeded.code === budgetCodes.time) response.http.headers.set("retry-after", String(TIMEOUT_RETRY_AFTER_SECONDS));
      },
    };
  },
};
