import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../prisma/generated/client/client.ts";
import { connectionOptions } from "./db/planner.ts";
import { env } from "./env.ts";
import { countingAdapter } from "./request-metrics.ts";

// One Prisma client per process, created on first use (never at import time, so that
// `next build` never opens the embedded database). Kept on globalThis to survive dev reloads.
const globalForPrisma = globalThis as unknown as { __waymarkPrisma?: PrismaClient };

/** Connections per process; write transactions use fewer of them at once (server/db/write-transaction.ts). */
export const POOL_MAX = 10;

// Statements are counted and timed per request (Server-Timing, slow-request log) by the adapter.
function createAdapter() {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) return countingAdapter(new PrismaPg({ connectionString: DATABASE_URL, max: POOL_MAX, options: connectionOptions() }));
  // PGlite allows one process per data directory: the app server is that process.
  return countingAdapter(new PrismaPGlite(new PGlite(PGLITE_DIR)));
}

export function prisma(): PrismaClient {
  globalForPrisma.__waymarkPrisma ??= new PrismaClient({ adapter: createAdapter() });
  return globalForPrisma.__waymarkPrisma;
}

/** For tests and scripts that bring their own client (e.g. one that counts statements). */
export function setPrisma(client: PrismaClient) {
  globalForPrisma.__waymarkPrisma = client;
}

export type { PrismaClient };
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// Failures that mean "the database cannot be reached right now", not "this request is wrong":
// Prisma's connection codes, the driver adapter's kinds, PostgreSQL's connection-exception class
// (08xxx), shutdown and crash recovery (57P01-57P03), too many connections (53300), and socket errors.
const unavailablePrismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const unavailableKinds = new Set(["DatabaseNotReachable", "DatabaseUnavailable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
const unavailableCodes = new Set(["57P01", "57P02", "57P03", "53300", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN"]);

/** Whether an error or any error it wraps (Prisma → driver adapter → pg) passes the test. */
export function anyCause(error: unknown, test: (e: Record<string, unknown>) => boolean): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (typeof e !== "object" || e === null || seen.has(e)) continue;
    seen.add(e);
    const fields = e as Record<string, unknown>;
    if (test(fields)) return true;
    queue.push(fields.cause, (fields.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
  }
  return false;
}

/** True when an error (from Prisma, the driver adapter or pg) says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return anyCause(error, ({ code, kind, originalCode, message }) => {
    if (typeof code === "string" && (unavailablePrismaCodes.has(code) || unavailableCodes.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (typeof kind === "string" && unavailableKinds.has(kind)) return true;
    if (typeof originalCode === "string" && (unavailableCodes.has(originalCode) || /^08[0-9A-Z]{3}$/.test(originalCode))) return true;
    // pg's own message when the server closes the socket under a running query.
    return typeof message === "string" && /Connection terminated (unexpectedly|due to connection timeout)/.test(message);
  });
}

/** True when PostgreSQL canceled a statement (57014 query_canceled), e.g. past its statement_timeout (db/planner.ts). */
export function isStatementCanceled(error: unknown): boolean {
  return anyCause(error, ({ code, originalCode }) => code === "57014" || originalCode === "57014");
}

/** PostgreSQL's code for a refused value (data exception class 22: NUL byte, out of range...), if that is what failed. */
export function dataExceptionCode(error: unknown): string | null {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } })?.meta?.driverAdapterError?.cause;
  const code = cause?.originalCode;
  return typeof code === "string" && code.startsWith("22") ? code : null;
}
