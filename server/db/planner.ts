import "server-only";
// Per-connection settings of the app's pool (server/db.ts), passed as startup options so they
// need no privileges on the database.

// PostgreSQL's default random_page_cost (4) prices a random read as on a spinning disk, so a
// lookup of a few thousand rows by index (a page of milestones' assignments) is planned as a scan
// of the whole table. On SSD storage, where this runs, 1.1 is the usual setting: that statement
// then reads the index and takes 7 ms instead of 22 ms on a table of 250,000 assignments.
export const PLANNER_OPTIONS = "-c random_page_cost=1.1";

/**
 * The longest one SQL statement of the app may run, lock waits included. The request budget
 * (graphql/budget.ts, 10 s) is checked between resolvers, so it cannot stop a statement that is
 * already running; this does, a little after the budget, so a request never waits on the database
 * much past it. Canceled statements (57014) answer QUERY_TIMEOUT (graphql/errors.ts). Scripts that
 * load data in bulk (the bench) use PLANNER_OPTIONS alone.
 */
export const STATEMENT_TIMEOUT_MS = 12_000;

export function connectionOptions(statementTimeoutMs = STATEMENT_TIMEOUT_MS): string {
  return `${PLANNER_OPTIONS} -c statement_timeout=${statementTimeoutMs}`;
}
