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
 *  - pageStatus: set by a page that explains itself but is not a success (a share link that is
 *    gone: 410; unknown: 404); the response goes out with that status instead of 200.
 */
export interface RequestScope {
  address?: string;
  charged: Map<string, Promise<unknown>>;
  limitedFor?: number;
  pageStatus?: PageStatus;
}

const pageStatusText = { 404: "Not Found", 410: "Gone" } as const;
export type PageStatus = keyof typeof pageStatusText;

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

/** A page that renders its own explanation: its response goes out with this status instead of 200. */
export function markPageStatus(status: PageStatus): void {
  const scope = storage.getStore();
  if (scope) scope.pageStatus = status;
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
      answerMarkedPages(res, scope);
    } catch {
      return emit.call(this, event, ...args);
    }
    return storage.run(scope, () => emit.call(this, event, ...args));
  } as typeof http.Server.prototype.emit;
}

// The status is decided before the first byte: the pages that mark it do so before they render.
function answerMarkedPages(res: http.ServerResponse, scope: RequestScope) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    const marked = scope.limitedFor !== undefined ? 429 : scope.pageStatus;
    if (marked !== undefined && !this.headersSent) {
      const status = typeof args[0] === "number" ? args[0] : this.statusCode;
      if (status === 200) {
        if (typeof args[0] === "number") args[0] = marked;
        else this.statusCode = marked;
        if (typeof args[1] === "string") args[1] = marked === 429 ? "Too Many Requests" : pageStatusText[marked];
        if (marked === 429) this.setHeader("Retry-After", String(scope.limitedFor));
      }
    }
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}
