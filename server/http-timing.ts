import http from "node:http";
import {
  newRequestMetrics,
  type RequestMetrics,
  requestMetrics,
  serverTiming,
  warnIfSlow,
  withRequestMetrics,
} from "./request-metrics.ts";

/**
 * Server-Timing on every response of the Node server that `next start` runs, pages included.
 * App Router pages cannot set response headers, and nothing in Next runs around a whole request,
 * so the HTTP server itself is instrumented, once per process (from instrumentation.ts):
 *  - each "request" event is dispatched inside a fresh metrics store, so everything Next does for
 *    that request (proxy, route handler, render, Prisma) is accounted to it;
 *  - the response's writeHead, which Node calls for explicit and implicit headers alike, adds the
 *    header with the numbers up to that moment. Work streamed after the headers is not in it: an
 *    RSC response (a client-side navigation) starts streaming before the page's server components
 *    have run, so its header shows little; HTML waits for the page's shell, so it shows the page;
 *  - when the response is done, a slow request logs one line, counting the whole response.
 * Requests that arrive while the server is still starting (before register() ran) are not timed.
 * Nothing here may throw into Next's request handling.
 */
export async function installHttpTiming(): Promise<void> {
  const g = globalThis as Record<symbol, unknown>;
  const installed = Symbol.for("waymark.httpTiming");
  if (g[installed]) return;
  g[installed] = true;

  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    let metrics: RequestMetrics | undefined;
    if (event === "request") {
      try {
        metrics = track(args[0] as http.IncomingMessage, args[1] as http.ServerResponse);
      } catch {
        metrics = undefined;
      }
    }
    return metrics ? withRequestMetrics(() => emit.call(this, event, ...args), metrics) : emit.call(this, event, ...args);
  } as typeof http.Server.prototype.emit;

  await watchRenderStart();
}

function track(req: http.IncomingMessage, res: http.ServerResponse): RequestMetrics | undefined {
  const path = (req.url ?? "/").split("?")[0]!;
  // Immutable build assets: nothing to measure, and they are most of a page load's requests.
  if (path.startsWith("/_next/static/")) return undefined;
  const metrics = newRequestMetrics();
  // Pages render; route handlers (/api/...) and Next's own endpoints don't. Until Next reports the
  // start of its route handling (watchRenderStart), a page's render counts from the request start.
  if (!path.startsWith("/api/") && !path.startsWith("/_next/")) metrics.renderStart = metrics.start;

  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    try {
      if (!this.headersSent) this.setHeader("Server-Timing", serverTiming(metrics));
    } catch {
      // The response goes out without timings rather than not at all.
    }
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof res.writeHead;

  res.once("close", () => {
    try {
      warnIfSlow(metrics, path);
    } catch {
      // Logging must never break a response.
    }
  });
  return metrics;
}

interface SpanOptions {
  attributes?: Record<string, unknown>;
}

/**
 * Next reports its request lifecycle as OpenTelemetry spans. Its documented root span,
 * "BaseServer.handleRequest", starts when Next begins handling the route, after routing and the
 * proxy (which runs in a pass of its own, so the latest start wins): `render` is measured from there.
 * This registers a tracer that records nothing and only notes that moment, without a tracing SDK.
 * If an OpenTelemetry SDK is registered instead, render counts from the request start.
 */
async function watchRenderStart(): Promise<void> {
  try {
    // @ts-expect-error: Next ships its copy of @opentelemetry/api without type declarations.
    const { trace, INVALID_SPAN_CONTEXT } = await import("next/dist/compiled/@opentelemetry/api");
    const span: unknown = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);
    const tracer = {
      startSpan(_name: string, options?: SpanOptions) {
        if (options?.attributes?.["next.span_type"] === "BaseServer.handleRequest") {
          const metrics = requestMetrics();
          if (metrics?.renderStart !== undefined) metrics.renderStart = performance.now();
        }
        return span;
      },
      // (name, fn), (name, options, fn) or (name, options, context, fn)
      startActiveSpan(name: string, ...rest: unknown[]) {
        const fn = rest[rest.length - 1] as (s: unknown) => unknown;
        const options = typeof rest[0] === "object" ? (rest[0] as SpanOptions) : undefined;
        return fn(tracer.startSpan(name, options));
      },
    };
    trace.setGlobalTracerProvider({ getTracer: () => tracer });
  } catch (error) {
    console.warn("[server-timing] render start not available, render counts from the request start:", error);
  }
}
