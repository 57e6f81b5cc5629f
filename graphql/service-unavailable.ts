import "server-only";
import type { ApolloServerPlugin } from "@apollo/server";
import { budgetCodes, TIMEOUT_RETRY_AFTER_SECONDS } from "./budget.ts";
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from "./errors.ts";

// Failures that depend on the moment, not on the request: retry after this many seconds.
const retryAfter = new Map<string, number>([
  [SERVICE_UNAVAILABLE, RETRY_AFTER_SECONDS],
  [budgetCodes.time, TIMEOUT_RETRY_AFTER_SECONDS],
]);

/**
 * When the database could not be reached (formatError turned that into SERVICE_UNAVAILABLE) or a
 * statement ran past its timeout (QUERY_TIMEOUT), the whole answer is 503 with Retry-After, so
 * clients and load balancers retry instead of showing a failure. Errors arrive here already
 * formatted. (The request budget sets the same for its own QUERY_TIMEOUT.)
 */
export const serviceUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const errors = response.body.singleResult.errors ?? [];
        const seconds = errors.map((e) => retryAfter.get(String(e.extensions?.code))).find((s) => s !== undefined);
        if (seconds === undefined) return;
        response.http.status = 503;
        response.http.headers.set("retry-after", String(seconds));
      },
    };
  },
};
