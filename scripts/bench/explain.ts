// Which statements the app ran scan a whole tenant table? The server appends one JSON line
// {"query", "params"} per statement to WAYMARK_SQL_LOG; each distinct statement is EXPLAINed with
// its logged parameters as a prepared statement (pg's query(text, values)), so PostgreSQL infers
// the parameter types from the statement as it did for Prisma.
import { createReadStream, existsSync, truncateSync } from "node:fs";
import { createInterface } from "node:readline";
import type pg from "pg";

export const TENANT_TABLES = new Set([
  "Goal", "Milestone", "Assignment", "MilestoneDependency", "CheckIn", "ProgressSnapshot",
  "Activity", "Comment", "Membership", "Invitation", "ShareLink", "ApiToken",
]);

/** Distinct statements (by text) with the parameters of their first occurrence. */
export class StatementLog {
  readonly statements = new Map<string, unknown[]>();
  lines = 0;
  malformed = 0;

  constructor(readonly file: string) {}

  /** Empties the file, so that it holds only what the server runs from now on. */
  truncate() {
    if (existsSync(this.file)) truncateSync(this.file, 0);
  }

  /** Reads what the file holds now into `statements`, then empties it. */
  async collect() {
    if (!existsSync(this.file)) return;
    const lines = createInterface({ input: createReadStream(this.file, "utf8"), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      this.lines++;
      try {
        const entry = JSON.parse(line) as { query?: unknown; params?: unknown };
        if (typeof entry.query !== "string") throw new Error("no query");
        if (!this.statements.has(entry.query)) this.statements.set(entry.query, Array.isArray(entry.params) ? entry.params : []);
      } catch {
        this.malformed++;
      }
    }
    this.truncate();
  }
}

export interface ScanFinding {
  query: string;
  tables: string[];
}

export interface ExplainReport {
  explained: number;
  skipped: number;
  failures: { query: string; error: string }[];
  findings: ScanFinding[];
}

function seqScans(plan: unknown, found: Set<string>) {
  if (Array.isArray(plan)) {
    for (const item of plan) seqScans(item, found);
  } else if (plan && typeof plan === "object") {
    const node = plan as Record<string, unknown>;
    if (node["Node Type"] === "Seq Scan" && TENANT_TABLES.has(String(node["Relation Name"]))) found.add(String(node["Relation Name"]));
    for (const value of Object.values(node)) if (value && typeof value === "object") seqScans(value, found);
  }
}

// Only statements that have a plan; BEGIN, COMMIT, SAVEPOINT, SET … have none.
const EXPLAINABLE = /^\s*\(?\s*(SELECT|WITH|INSERT|UPDATE|DELETE)\b/i;

export async function explainAll(client: pg.Client, statements: Map<string, unknown[]>): Promise<ExplainReport> {
  const report: ExplainReport = { explained: 0, skipped: 0, failures: [], findings: [] };
  for (const [query, params] of statements) {
    if (!EXPLAINABLE.test(query)) {
      report.skipped++;
      continue;
    }
    try {
      const { rows } = await client.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (FORMAT JSON) ${query}`, params);
      report.explained++;
      const tables = new Set<string>();
      seqScans(rows[0]?.["QUERY PLAN"], tables);
      if (tables.size > 0) report.findings.push({ query, tables: [...tables].sort() });
    } catch (error) {
      report.failures.push({ query, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
