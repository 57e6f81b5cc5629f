import { AsyncLocalStorage } from "node:async_hooks";
import { appendFileSync } from "node:fs";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { env } from "./env.ts";

/**
 * Per-request accounting behind the `Server-Timing` header and the `[slow]` log line: SQL
 * statements and database time (counted by the driver adapter wrapper below), GraphQL execution
 * time, and when the page render started. A store exists only inside a request; work outside one
 * (jobs, scripts, startup) is counted nowhere.
 */
export interface RequestMetrics {
  readonly start: number;
  /** SQL statements issued, transaction control (BEGIN, COMMIT, savepoints) excluded as in the statement-count tests. */
  statements: number;
  readonly db: BusyClock;
  readonly gql: BusyClock;
  /** When Next started handling the route (after the proxy); set for pages by server/http-timing.ts. */
  renderStart?: number;
  /** The GraphQL operation name, for the slow-request line. */
  operation?: string;
}

/**
 * Wall-clock time during which at least one unit of work was in flight. Statements of one request
 * often run concurrently (sibling resolvers, batched loads), so summing their durations would
 * report more database time than the request took.
 */
export class BusyClock {
  private inFlight = 0;
  private since = 0;
  private done = 0;

  enter() {
    if (this.inFlight++ === 0) this.since = performance.now();
  }

  leave() {
    if (--this.inFlight === 0) this.done += performance.now() - this.since;
  }

  ms(now = performance.now()) {
    return this.inFlight > 0 ? this.done + now - this.since : this.done;
  }

  async time<T>(fn: () => Promise<T>): Promise<T> {
    this.enter();
    try {
      return await fn();
    } finally {
      this.leave();
    }
  }
}

// Next bundles the instrumentation hook, route handlers and pages separately, and each bundle may
// carry its own copy of this module: the storage must be one per process, so it lives on globalThis.
const storage: AsyncLocalStorage<RequestMetrics> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("waymark.requestMetrics")
] ??= new AsyncLocalStorage<RequestMetrics>()) as AsyncLocalStorage<RequestMetrics>;

export function newRequestMetrics(): RequestMetrics {
  return { start: performance.now(), statements: 0, db: new BusyClock(), gql: new BusyClock() };
}

/** The current request's metrics, or undefined outside a request. */
export function requestMetrics(): RequestMetrics | undefined {
  return storage.getStore();
}

/** Runs fn with a fresh store (a new request); everything it awaits is accounted to it. */
export function withRequestMetrics<T>(fn: () => T, metrics: RequestMetrics = newRequestMetrics()): T {
  return storage.run(metrics, fn);
}

/** Times one GraphQL execution of the current request (no-op outside a request). */
export function timeGraphql<T>(fn: () => Promise<T>): Promise<T> {
  const metrics = storage.getStore();
  return metrics ? metrics.gql.time(fn) : fn();
}

const ms = (n: number) => n.toFixed(1);

/**
 * `db;dur=12.3;desc="7 statements", gql;dur=30.1, render;dur=40.2, total;dur=55.0`, measured up to
 * now (the moment the headers are written). `render` only for pages (renderStart set). `db` and
 * `gql` are wall-clock time with at least one statement or execution in flight.
 */
export function serverTiming(metrics: RequestMetrics, now = performance.now()): string {
  const parts = [
    // Always "statements", even for one: the format is parsed by the benchmark.
    `db;dur=${ms(metrics.db.ms(now))};desc="${metrics.statements} statements"`,
    `gql;dur=${ms(metrics.gql.ms(now))}`,
  ];
  if (metrics.renderStart !== undefined) parts.push(`render;dur=${ms(now - metrics.renderStart)}`);
  parts.push(`total;dur=${ms(now - metrics.start)}`);
  return parts.join(", ");
}

let thresholds: { ms: number; statements: number } | undefined;

/** Logs one `[slow]` line when the request passed SLOW_REQUEST_MS or SLOW_REQUEST_STATEMENTS. */
export function warnIfSlow(metrics: RequestMetrics, label: string, now = performance.now()) {
  if (!thresholds) {
    try {
      const { SLOW_REQUEST_MS, SLOW_REQUEST_STATEMENTS } = env();
      thresholds = { ms: SLOW_REQUEST_MS, statements: SLOW_REQUEST_STATEMENTS };
    } catch {
      // An invalid environment is reported where the app reads it; logging must not throw.
      thresholds = { ms: 1000, statements: 100 };
    }
  }
  const total = now - metrics.start;
  if (total <= thresholds.ms && metrics.statements <= thresholds.statements) return;
  console.warn(`[slow] ${metrics.operation ?? label} ${ms(total)} ms, ${metrics.statements} SQL statements`);
}

// ---- driver adapter wrapper ----

const transactionControl = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

type SqlLog = (query: SqlQuery) => void;

function sqlLog(file: string): SqlLog {
  const bigints = (_key: string, value: unknown) => (typeof value === "bigint" ? value.toString() : value);
  return (query) => {
    try {
      appendFileSync(file, `${JSON.stringify({ query: query.sql, params: query.args }, bigints)}\n`);
    } catch (error) {
      console.warn(`[sql-log] could not append to ${file}:`, error);
    }
  };
}

async function statement<T>(query: SqlQuery, log: SqlLog | undefined, run: () => Promise<T>): Promise<T> {
  const control = transactionControl.test(query.sql);
  if (log && !control) log(query);
  const metrics = storage.getStore();
  if (!metrics) return run();
  if (!control) metrics.statements++;
  return metrics.db.time(run);
}

/** Forwards everything to `target` (bound to it), except the given overrides. */
function delegate<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(t, key) {
      if (Object.hasOwn(overrides, key)) return overrides[key as keyof T];
      const value = Reflect.get(t, key, t);
      return typeof value === "function" ? value.bind(t) : value;
    },
  });
}

function countingQueryable<T extends SqlQueryable>(inner: T, log: SqlLog | undefined): Partial<T> {
  return {
    queryRaw: (query: SqlQuery) => statement(query, log, () => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => statement(query, log, () => inner.executeRaw(query)),
  } as Partial<T>;
}

function countingTransaction(tx: Transaction, log: SqlLog | undefined): Transaction {
  return delegate(tx, countingQueryable(tx, log));
}

function countingDriverAdapter(adapter: SqlDriverAdapter, log: SqlLog | undefined): SqlDriverAdapter {
  return delegate<SqlDriverAdapter>(adapter, {
    ...countingQueryable(adapter, log),
    // The adapter sends BEGIN itself: its time is database time, but it is no statement of ours.
    startTransaction: async (isolationLevel) => {
      const metrics = storage.getStore();
      const start = () => adapter.startTransaction(isolationLevel);
      return countingTransaction(await (metrics ? metrics.db.time(start) : start()), log);
    },
  });
}

/**
 * Wraps a Prisma driver adapter factory (PrismaPg, PrismaPGlite) so that every statement a client
 * built on it sends, in or out of a transaction, is counted and timed for the current request.
 * With WAYMARK_SQL_LOG set to a file, each statement is also appended to it as
 * `{"query": ..., "params": [...]}` (a benchmarking aid: it EXPLAINs what requests ran).
 */
export function countingAdapter<F extends SqlDriverAdapterFactory>(factory: F): F {
  let file: string | undefined;
  try {
    file = env().WAYMARK_SQL_LOG;
  } catch {
    file = undefined;
  }
  const log = file ? sqlLog(file) : undefined;
  return delegate<SqlDriverAdapterFactory>(factory, {
    connect: async () => countingDriverAdapter(await factory.connect(), log),
  }) as F;
}
