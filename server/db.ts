import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../prisma/generated/client/client.ts";
import { env } from "./env.ts";
import { countingAdapter } from "./request-metrics.ts";

// One Prisma client per process, created on first use (never at import time, so that
// `next build` never opens the embedded database). Kept on globalThis to survive dev reloads.
const globalForPrisma = globalThis as unknown as { __waymarkPrisma?: PrismaClient };

// Statements are counted and timed per request (Server-Timing, slow-request log) by the adapter.
function createAdapter() {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) return countingAdapter(new PrismaPg({ connectionString: DATABASE_URL, max: 10 }));
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
