import { prisma } from "../../../server/db.ts";
import { RETRY_AFTER_SECONDS } from "../../../graphql/errors.ts";

// For load balancers: 200 while this instance can reach the database, 503 otherwise. Never cached.
export const dynamic = "force-dynamic";

/** How long the database may take to answer before the instance counts as unhealthy. */
const TIMEOUT_MS = 2000;

export async function GET(): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  try {
    await Promise.race([
      prisma().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database check timed out")), TIMEOUT_MS).unref()),
    ]);
    return Response.json({ status: "ok" }, { headers });
  } catch (error) {
    // The reason goes to the server's log; a probe only needs the verdict.
    console.error("[health] database check failed:", error instanceof Error ? error.message : error);
    return Response.json({ status: "unavailable" }, { status: 503, headers: { ...headers, "retry-after": String(RETRY_AFTER_SECONDS) } });
  }
}
