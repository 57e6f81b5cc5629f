// The production server: `next start` in worker processes that share one port (node:cluster),
// each started again when it dies. `npm start` runs it after migrating and building; so does
// `scripts/bench.ts`, so the benchmark measures what production runs.
//
//   PORT=3000 [HOST=127.0.0.1] [WEB_CONCURRENCY=2] node scripts/serve.mjs
//
// Why workers: one Node process executes JavaScript on one core, and a GraphQL answer is mostly
// JavaScript (resolvers, row mapping, serialization); PostgreSQL uses the other cores. One worker
// per core lets the app use the machine the way the database does.
import cluster from "node:cluster";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";

const require = createRequire(import.meta.url);

/**
 * How many workers: WEB_CONCURRENCY, else one per core. Embedded PostgreSQL (no DATABASE_URL) is
 * one process per data directory, and its rate-limit counters live in memory: one worker then.
 */
export function workerCount(env = process.env, cores = availableParallelism()) {
  if (!env.DATABASE_URL) return 1;
  const asked = Number(env.WEB_CONCURRENCY);
  return Number.isInteger(asked) && asked > 0 ? asked : cores;
}

// A worker that dies (a crash, running out of memory) is started again after 1 s, doubling up to
// 30 s while workers keep dying within a minute of starting. A signal stops them all for good.
const MIN_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
const HEALTHY_AFTER_MS = 60_000;

export function serve(env = process.env) {
  const port = env.PORT ?? "3000";
  const args = ["start", "-p", port, ...(env.HOST ? ["-H", env.HOST] : [])];
  cluster.setupPrimary({ exec: require.resolve("next/dist/bin/next"), args });

  let backoff = MIN_BACKOFF_MS;
  let stopping = false;
  const startedAt = new Map();
  const fork = () => {
    const worker = cluster.fork({ ...env, NODE_ENV: "production" });
    startedAt.set(worker.id, Date.now());
  };

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (lived > HEALTHY_AFTER_MS) backoff = MIN_BACKOFF_MS;
    console.error(`[serve] worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another in ${backoff / 1000} s`);
    setTimeout(fork, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  });

  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {});
      if (workers.length === 0) process.exit(0);
      for (const worker of workers) worker?.process.kill(signal);
    });
  }

  const count = workerCount(env);
  console.log(`[serve] ${count} worker${count === 1 ? "" : "s"} on port ${port}`);
  for (let i = 0; i < count; i++) fork();
}

if (import.meta.url === `file://${process.argv[1]}`) serve();
