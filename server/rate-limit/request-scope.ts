import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import { env } from "../env.ts";
import { clientAddressOf } from "./client-address.ts";

/**
 * What rate limiting needs to know about the HTTP request being served, without threading the
 * request through every layer: route handlers, server components and resolvers all run inside it.
 *  - address: the client address (client-address.ts); Next hides the socket from route handlers.
 *  - charged: limits already charged for this request, so a page that reads its data through the
 *    GraphQL schema in-process pays once, not once per layer.
 *  - limitedFor: set when a page was refused; the response then goes out as 429 with Retry-After
 *    (App Router pages cannot set a status themselves).
 */
export interface RequestScope {
  address?: string;
  charged: Map<string, Promise<unknown>>;
  limitedFor?: number;
}

// One per process even when Next bundles this module more than once.
const storage: AsyncLocalStorage<RequestScope> = ((globalThis as Record<symbol, unknown>)[Symbol.for("waymark.rateLimitScope")] ??=
  new AsyncLocalStorage<RequestScope>()) as AsyncLocalStorage<RequestScope>;

export function requestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Runs fn as one request from `address` (the HTTP hook below; tests that bypass a server). */
export function withRequestScope<T>(address: string | undefined, fn: () => T): T {
  return storage.run({ address, charged: new Map() }, fn);
}

/** A refused page: its response becomes 429 with this Retry-After. */
export function markPageRateLimited(retryAfterSeconds: number): void {
  const scope = storage.getStore();
  if (scope) scope.limitedFor = retryAfterSeconds;
}

/**
 * Installed once per process from instrumentation.ts: every request of the Node server that
 * `next start` runs gets a scope. Nothing here may throw into Next's request handling.
 */
export function installRequestScope(): void {
  const g = globalThis as Record<symbol, unknown>;
  const installed = Symbol.for("waymark.rateLimitScopeInstalled");
  if (g[installed]) return;
  g[installed] = true;
  const trustProxy = env().TRUST_PROXY;

  const emit = http.Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event !== "request") return emit.call(this, event, ...args);
    const req = args[0] as http.IncomingMessage;
    const res = args[1] as http.ServerResponse;
    let scope: RequestScope;
    try {
      scope = { address: clientAddressOf(req.socket?.remoteAddress, req.headers["x-forwarded-for"], trustProxy), charged: new Map() };
      answerLimitedPagesWith429(res, scope);
    } catch {
      return emit.call(this, event, ...args);
    }
    return storage.run(scope, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;
}

function answerLimitedPagesWith429(res: http.ServerResponse, scope: RequestScope) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    if (scope.limitedFor !== undefined && !this.headersSent) {
      const status = typeof args[0] === "number" ? args[0] : this.statusCode;
      if (status === 200) {
        if (typeof args[0] === "number") args[0] = 429;
        else this.statusCode = 429;
        if (typeof args[1] === "string") args[1] = "Too Many Requests";
        this.setHeader("Retry-After", String(scope.limitedFor));
      }
    }
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}
