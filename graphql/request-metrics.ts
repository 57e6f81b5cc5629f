import "server-only";
import type { ApolloServerPlugin } from "@apollo/server";
import { requestMetrics } from "../server/request-metrics.ts";

/**
 * Accounts each operation's execution to the request's metrics (Server-Timing `gql`) and names the
 * request after the operation for the slow-request log. Parsing, validation and the context (the
 * viewer) are not execution; their SQL still counts under `db`.
 */
export const requestMetricsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const metrics = requestMetrics();
    if (!metrics) return;
    return {
      async didResolveOperation({ operationName }) {
        metrics.operation ??= operationName ?? "anonymous";
      },
      async executionDidStart() {
        metrics.gql.enter();
        return {
          async executionDidEnd() {
            metrics.gql.leave();
          },
        };
      },
    };
  },
};
