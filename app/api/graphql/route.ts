import type { NextRequest } from "next/server";
import { createContext } from "../../../graphql/context.ts";
import { createGraphQLHandler } from "../../../graphql/http.ts";
import { createApolloServer } from "../../../graphql/server.ts";
import { newRequestMetrics, requestMetrics, serverTiming, warnIfSlow, withRequestMetrics } from "../../../server/request-metrics.ts";

const handler = createGraphQLHandler(createApolloServer(), createContext);

// Server-Timing for API clients. Under `next start` the HTTP hook (server/http-timing.ts) has already
// entered this request's metrics, and rewrites the header with the final numbers when the response is
// written (and logs slow requests); without it (tests, another server) this handler is the request.
async function timed(handle: () => Promise<Response>): Promise<Response> {
  const outer = requestMetrics();
  const metrics = outer ?? newRequestMetrics();
  const response = await (outer ? handle() : withRequestMetrics(handle, metrics));
  metrics.operation ??= "anonymous";
  try {
    response.headers.set("Server-Timing", serverTiming(metrics));
  } catch {
    // Immutable headers (a Response.error or redirect): the response goes out without timings.
  }
  if (!outer) warnIfSlow(metrics, "anonymous");
  return response;
}

export const GET = (req: NextRequest) => timed(() => handler(req));
export const POST = (req: NextRequest) => timed(() => handler(req));
