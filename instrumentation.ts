// Runs once when the Next server process starts. App Router pages cannot set response headers,
// so Server-Timing for every response (pages and /api/graphql alike) is added by instrumenting
// the Node HTTP server (server/http-timing.ts). Node runtime only; never fails the server start.
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
}
