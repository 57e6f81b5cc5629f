// `npm run worker`: runs the background jobs (server/jobs) in a process of its own, for when the
// web servers run with JOBS_IN_WEB=0. Any number of these may run against one PostgreSQL database.
// SIGTERM/SIGINT: the running jobs finish (their locks released), then the process exits 0.
//   DATABASE_URL=postgresql://… npm run worker
import { startJobRunner } from "../server/jobs/runner.ts";

if (!process.env.DATABASE_URL) {
  // PGlite allows one process per data directory, and that is the web server (npm start), which
  // runs the jobs in-process.
  console.error("npm run worker needs DATABASE_URL: on the embedded database, npm start runs the jobs itself.");
  process.exit(1);
}

const runner = await startJobRunner();
console.log(`[worker] running jobs (pid ${process.pid})`);

let stopping = false;
// Stopped on its own (the database gone for good): exit non-zero so the supervisor starts it again.
runner.done.then(
  () => stopping || process.exit(1),
  (error) => {
    console.error("[worker] stopped after an error:", error);
    process.exit(1);
  },
);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing running jobs`);
    runner.stop().then(
      () => process.exit(0),
      (error) => {
        console.error("[worker] stop failed:", error);
        process.exit(1);
      },
    );
  });
}
