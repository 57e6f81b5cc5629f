// Whether a PostgreSQL server answers at a connection URL. The test suites fall back to embedded
// PostgreSQL (PGlite) when none does, so that `npm test` runs on a machine without a server.
//   node scripts/postgres-probe.mjs [URL]   # exit 0: a server answers; 1: none does
import pg from "pg";

export const DEFAULT_TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/**
 * True when a server answers at `url`, even to refuse us (a wrong password or a missing database
 * is a server that answers and should be reported as such, not replaced by PGlite).
 */
export async function postgresAnswers(url, timeoutMs = 3_000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch (error) {
    // SQLSTATE codes are five characters; socket errors are ECONNREFUSED, ENOENT, ETIMEDOUT...
    return typeof error?.code === "string" && /^[0-9A-Z]{5}$/.test(error.code);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The one-line notice printed when a suite runs on embedded PostgreSQL instead. */
export function embeddedNotice(url, suite) {
  const where = url ? safeHost(url) : "DATABASE_URL (unset)";
  return `[${suite}] No PostgreSQL server answers at ${where}: running on embedded PostgreSQL (PGlite). Tests that need a real server (concurrent sessions, row locks, statement timeouts, shared rate-limit counters) are skipped.`;
}

function safeHost(url) {
  try {
    const parsed = new URL(url);
    return parsed.host || parsed.searchParams.get("host") || url;
  } catch {
    return "DATABASE_URL";
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exit((await postgresAnswers(process.argv[2] ?? process.env.DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL)) ? 0 : 1);
}
