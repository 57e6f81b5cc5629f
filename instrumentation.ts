// Runs once when the Next server process starts. App Router pages cannot set response headers,
// so Server-Timing for every response (pages and /api/graphql alike) is added by instrumenting
// the Node HTTP server (server/http-timing.ts). It also starts the background jobs' runner.
// Node runtime only; never fails the server start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  try {
    const { installHttpTiming } = await import("./server/http-timing.ts");
    await installHttpTiming();
  } catch (error) {
    console.warn("[server-timing] not installed:", error);
  }
  // Rate limits need each request's client address, which Next hides from route handlers and pages.
  try {
    const { installRequestScope } = await import("./server/rate-limit/request-scope.ts");
    installRequestScope();
  } catch (error) {
    console.warn("[rate-limit] per-address limits are off:", error);
  }
  // Background jobs (server/jobs: notifications, emails, reminders, digests) run in this process
  // unless JOBS_IN_WEB=0, which leaves them to `npm run worker`. Started in the background.
  if (process.env.JOBS_IN_WEB !== "0" && process.env.NEXT_PHASE !== "phase-production-build") {
    try {
      const { startJobsInWeb } = await import("./server/jobs/in-web.ts");
      startJobsInWeb();
    } catch (error) {
      console.warn("[jobs] not started in this process:", error);
    }
  }
}
