import type { ApolloServerPlugin } from "@apollo/server";
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from "./errors.ts";

/**
 * When the database could not be reached (formatError turned that into SERVICE_UNAVAILABLE), the
 * whole answer is 503 with Retry-After, so clients and load balancers retry instead of showing a
 * failure. Errors arrive here already formatted.
 */
export const serviceUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const errors = response.body.singleResult.errors ?? [];
        if (!errors.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
