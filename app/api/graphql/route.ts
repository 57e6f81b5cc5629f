import { startServerAndCreateNextHandler } from "@as-integrations/next";
import { NextRequest } from "next/server";
import { type Context, createContext } from "../../../graphql/context.ts";
import { createApolloServer } from "../../../graphql/server.ts";
import { newRequestMetrics, requestMetrics, serverTiming, warnIfSlow, withRequestMetrics } from "../../../server/request-metrics.ts";

const handler = startServerAndCreateNextHandler<NextRequest, Context>(createApolloServer(), {
  context: createContext,
});

// The integration reads a JSON body only when content-type is exactly "application/json";
// many clients add "; charset=utf-8", so drop media-type parameters before handing it over.
function withPlainJsonContentType(req: NextRequest): NextRequest {
  const contentType = req.headers.get("content-type");
  if (!contentType || contentType === "application/json") return req;
  if (contentType.split(";")[0]!.trim().toLowerCase() !== "application/json") return req;
  const headers = new Headers(req.headers);
  headers.set("content-type", "application/json");
  return new NextRequest(req.url, { method: req.method, headers, body: req.body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
}

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
export const POST = (req: NextRequest) => timed(() => handler(withPlainJsonContentType(req)));
