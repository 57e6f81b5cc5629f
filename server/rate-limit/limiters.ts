import "server-only";
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "../env.ts";
import { type EntryPoint, limits, type Rule } from "./config.ts";

export type Scope = "account" | "address";

/** Where counters live: one limiter per entry point and scope. */
export interface LimiterStore {
  limiter(entry: EntryPoint, scope: Scope): RateLimiterAbstract;
  close(): Promise<void>;
}

// The table comes from our migration (prisma/migrations/*_rate_limits), never from the library.
const TABLE = "RateLimit";

/**
 * Counters in PostgreSQL, shared by every app instance on the database. A small pool of its own
 * (Prisma's pool is private to its adapter), so a flood of refused requests cannot take
 * connections from other users' reads. If the database errors, each limiter falls back to an
 * in-process count (insuranceLimiter) rather than refusing or waving everyone through.
 */
export function postgresStore(connectionString: string, poolSize = 4): LimiterStore {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client's error (the database restarting) must not crash the process.
  pool.on("error", () => {});
  return storeOf(
    (keyPrefix, rule) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        tableName: TABLE,
        tableCreated: true,
        keyPrefix,
        points: rule.points,
        duration: rule.seconds,
        // A key over its limit is then refused from memory until its window ends: a flood from
        // one address or at one account costs no database round trips.
        inMemoryBlockOnConsumed: rule.points + 1,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points: rule.points, duration: rule.seconds }),
      }),
    () => pool.end(),
  );
}

/**
 * For the embedded database (PGlite, no DATABASE_URL): PGlite allows one process per data
 * directory, so there is only ever one app instance, and counting in memory is equivalent.
 */
export function memoryStore(): LimiterStore {
  return storeOf(
    (keyPrefix, rule) => new RateLimiterMemory({ keyPrefix, points: rule.points, duration: rule.seconds }),
    async () => {},
  );
}

function storeOf(make: (keyPrefix: string, rule: Rule) => RateLimiterAbstract, close: () => Promise<void>): LimiterStore {
  const cache = new Map<string, RateLimiterAbstract>();
  return {
    limiter(entry, scope) {
      const keyPrefix = `${entry}:${scope}`;
      let limiter = cache.get(keyPrefix);
      if (!limiter) cache.set(keyPrefix, (limiter = make(keyPrefix, limits[entry][scope])));
      return limiter;
    },
    close,
  };
}

// One store per process (kept on globalThis: Next may bundle this module more than once).
const g = globalThis as unknown as { __waymarkRateLimits?: LimiterStore };

export function limiterStore(): LimiterStore {
  if (!g.__waymarkRateLimits) {
    const { DATABASE_URL } = env();
    g.__waymarkRateLimits = DATABASE_URL ? postgresStore(DATABASE_URL) : memoryStore();
  }
  return g.__waymarkRateLimits;
}

/** For tests: counters of their own (e.g. two stores on two pools, as two app instances). */
export function setLimiterStore(store: LimiterStore | undefined): void {
  g.__waymarkRateLimits = store;
}
