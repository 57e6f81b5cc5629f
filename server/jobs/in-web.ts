import "server-only";
import { startJobRunner, type JobRunner } from "./runner.ts";

// The jobs inside the web server process (instrumentation.ts), the default: nothing more to run
// or supervise. With several processes (scripts/serve.mjs forks one per core) each runs a
// graphile-worker runner on the same database, which is what it is built for.
//
// Never in the way of the server: started in the background (a database that is down at boot, or
// a runner that gave up later, is retried every RETRY_MS, while the pages answer 503 on their own),
// and stopped on SIGTERM/SIGINT
// before the process exits, so running jobs finish and release their locks. Next's own signal
// handler closes the HTTP server and then calls process.exit: that exit waits (at most
// STOP_TIMEOUT_MS) for the runner to stop; a job cut short would otherwise stay locked for
// graphile-worker's 4 hours before another runner retries it.

const RETRY_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

const state = globalThis as unknown as { __waymarkJobs?: { runner: JobRunner | null; stopping: boolean } };

export function startJobsInWeb(): void {
  if (state.__waymarkJobs) return; // once per process (dev reloads call register again)
  const jobs: { runner: JobRunner | null; stopping: boolean } = { runner: null, stopping: false };
  state.__waymarkJobs = jobs;

  const start = async () => {
    if (jobs.stopping) return;
    try {
      const runner = (jobs.runner = await startJobRunner());
      if (jobs.stopping) return await runner.stop();
      // A runner that gave up (the database gone for good) is started anew, like one that never started.
      runner.done.then(
        () => undefined,
        (error) => {
          if (jobs.stopping) return;
          jobs.runner = null;
          console.error(`[jobs] stopped after an error (starting again in ${RETRY_MS / 1000} s):`, error instanceof Error ? error.message : error);
          setTimeout(start, RETRY_MS).unref();
        },
      );
    } catch (error) {
      console.error(`[jobs] could not start (trying again in ${RETRY_MS / 1000} s):`, error instanceof Error ? error.message : error);
      setTimeout(start, RETRY_MS).unref();
    }
  };
  void start();

  let stopped: Promise<void> | null = null;
  const stop = () => {
    jobs.stopping = true;
    stopped ??= Promise.race([
      (jobs.runner?.stop() ?? Promise.resolve()).catch((error) => console.error("[jobs] stop:", error)),
      new Promise<void>((resolve) => setTimeout(resolve, STOP_TIMEOUT_MS).unref()),
    ]);
    return stopped;
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop());

  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    if (!jobs.runner) return exit(code);
    void stop().finally(() => exit(code));
    return undefined as never;
  }) as typeof process.exit;
}
