import type { ApolloServerPlugin } from "@apollo/server";

// What one request may really cost, whatever its estimate said: time spent executing and the size
// of the answer, counted as fields resolve. Over either, every field still to resolve fails at
// once, and the answer is one error naming the limit, so a request ends with a clean code long
// before the process could run out of memory.

/** Execution time of one operation. */
export const MAX_EXECUTION_MS = 10_000;
/** The answer's JSON, estimated while it is built (normal pages are 30–400 KB). */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** Seconds a client should wait before retrying an operation that ran out of time. */
export const TIMEOUT_RETRY_AFTER_SECONDS = 5;

export const budgetCodes = {
  time: "QUERY_TIMEOUT",
  size: "RESPONSE_TOO_LARGE",
} as const;

class BudgetExceeded extends Error {
  constructor(
    readonly code: (typeof budgetCodes)[keyof typeof budgetCodes],
    readonly limit: number,
    message: string,
  ) {
    super(message);
  }
}

/** About how many bytes a resolved value adds to the JSON answer (objects count through their own fields). */
function jsonSize(value: unknown): number {
  if (typeof value === "string") return value.length + 2;
  if (typeof value === "number") return 8;
  if (typeof value === "boolean") return 5;
  if (Array.isArray(value)) return 2 + value.length;
  if (value instanceof Date) return 26;
  return value == null ? 4 : 2;
}

export const requestBudget: ApolloServerPlugin = {
  async requestDidStart() {
    let exceeded: BudgetExceeded | null = null;
    return {
      async executionDidStart() {
        const deadline = performance.now() + MAX_EXECUTION_MS;
        let bytes = 0;
        return {
          willResolveField({ info }) {
            if (!exceeded && bytes > MAX_RESPONSE_BYTES) {
              exceeded = new BudgetExceeded(
                budgetCodes.size,
                MAX_RESPONSE_BYTES,
                `The answer would be larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MB, the limit. Ask for fewer fields or smaller pages.`,
              );
            }
            if (!exceeded && performance.now() > deadline) {
              exceeded = new BudgetExceeded(
                budgetCodes.time,
                MAX_EXECUTION_MS,
                `The query ran longer than ${MAX_EXECUTION_MS / 1000} s, the limit. Ask for less, or try again shortly.`,
              );
            }
            if (exceeded) throw exceeded;
            const key = info.fieldName.length + 4;
            return (_error, result) => {
              bytes += key + jsonSize(result);
            };
          },
        };
      },
      // After formatError: the answer becomes this one error, without the partial data.
      async willSendResponse({ response }) {
        if (!exceeded || response.body.kind !== "single") return;
        const { code, limit, message } = exceeded;
        response.body.singleResult.data = null;
        response.body.singleResult.errors = [{ message, extensions: { code, limit } }];
        if (code === budgetCodes.time) {
          // Time depends on load as much as on the query: retryable, like an unavailable database.
          response.http.status = 503;
          response.http.headers.set("retry-after", String(TIMEOUT_RETRY_AFTER_SECONDS));
        } else {
          response.http.status = 400;
        }
      },
    };
  },
};
