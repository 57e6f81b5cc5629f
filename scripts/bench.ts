// HTTP benchmark of the real app (`next start`) against a hand-written-SQL baseline, in one run.
//
//   npm run bench -- [--seconds 10] [--connections 8] [--soak 300] [--big] [--no-build]
//
// 1. Creates, migrates and at the end drops its own database `waymark_bench_<pid>`.
// 2. Seeds one organization (200 goals × 8 milestones × 3 assignees, check-ins, history).
// 3. Builds the app (unless --no-build and .next exists) and runs `next start` on a free port.
// 4. Runs the baseline (one json_agg statement through pg + node:http) and checks that its answer
//    equals the app's GraphQL answer to the overview query.
// 5. Measures the overview, the main pages as a signed-in person, the pages' browser-side
//    operations and two writes with autocannon, each row between two baseline runs.
// 6. --big: loads 50 more such organizations and one with 1,000,000 milestones, measures again,
//    and EXPLAINs every statement the app ran, listing those that scan a whole tenant table.
// 7. --soak N: N seconds of overview load while sampling the server's RSS every 10 s.
import { rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { BENCH_PASSWORD, benchOrg, rowCounts, seedHugeOrganization, seedOrganizations } from "./bench-data.ts";
import { startBaselineServer } from "./bench/baseline.ts";
import { benchCalls, type BenchCalls } from "./bench/calls.ts";
import { jsonDifferences } from "./bench/compare.ts";
import { createBenchDatabase } from "./bench/database.ts";
import { explainAll, StatementLog } from "./bench/explain.ts";
import { type Call, measure, type Measurement, statementsOf, warmUp } from "./bench/load.ts";
import { buildApp, type NextServer, rssMb, startNextServer } from "./bench/next-server.ts";
import { line, markdownTable, median, memorySummary, type MemoryResult, type PhaseResult, sideBySide } from "./bench/report.ts";
import { signIn } from "./bench/session.ts";
import { PLANNER_OPTIONS } from "../server/db/planner.ts";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "8" },
    soak: { type: "string", default: "0" },
    big: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const SOAK = Number(values.soak);
for (const [name, value] of Object.entries({ seconds: SECONDS, connections: CONNECTIONS, soak: SOAK })) {
  if (!Number.isFinite(value) || value < 0 || (name !== "soak" && value === 0)) {
    console.error(`--${name} must be a ${name === "soak" ? "non-negative" : "positive"} number`);
    process.exit(2);
  }
}
const WARM_SECONDS = 2;
const load = { connections: CONNECTIONS, seconds: SECONDS };

// Undone in reverse order at the end, on failure, and on Ctrl-C.
const cleanups: (() => Promise<unknown> | unknown)[] = [];
async function cleanUp() {
  for (let step = cleanups.pop(); step; step = cleanups.pop()) {
    try {
      await step();
    } catch (error) {
      console.error("Cleanup step failed:", error);
    }
  }
}
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // npx forwards the terminal's Ctrl-C too: clean up once.
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the servers and dropping the database…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** One request as autocannon would send it (first of the call's requests), via fetch. */
async function sendOnce(call: Call) {
  const template = call.requests[0]!;
  const request = template.setupRequest ? template.setupRequest({ ...template }, {}) : template;
  const res = await fetch(new URL(request.path ?? "/", call.origin), {
    method: request.method ?? "GET",
    headers: request.headers,
    body: request.body,
    redirect: "manual",
  });
  return { status: res.status, serverTiming: res.headers.get("server-timing") ?? undefined, text: await res.text() };
}

/** The baseline must answer exactly what GraphQL answers, or the comparison means nothing. */
async function checkBaseline(calls: BenchCalls) {
  const [app, baseline] = [await sendOnce(calls.overview), await sendOnce(calls.baseline)];
  const differences = jsonDifferences(JSON.parse(app.text), JSON.parse(baseline.text));
  if (app.status !== 200 || differences.length > 0) {
    throw new Error(
      `The baseline's answer differs from GraphQL's (GraphQL status ${app.status}):\n  ${differences.join("\n  ")}\n` +
        `GraphQL began: ${app.text.slice(0, 300)}\nBaseline began: ${baseline.text.slice(0, 300)}`,
    );
  }
  const goals = (JSON.parse(app.text) as { data: { organization: { goals: { edges: unknown[] } } } }).data.organization.goals.edges.length;
  console.log(`Baseline answer equals the GraphQL answer (${goals} goals, ${(app.text.length / 1024).toFixed(0)} KB).`);
}

/** Every row works before it is measured: 2xx, no redirect, no GraphQL errors. */
async function checkCalls(calls: Call[]) {
  for (const call of calls) {
    for (const request of call.requests) {
      const once = await sendOnce({ ...call, requests: [request] });
      if (once.status !== 200 || (call.graphql && once.text.includes('"errors":['))) {
        throw new Error(`${call.name} failed before measuring: ${once.status} ${once.text.slice(0, 500)}`);
      }
      const n = statementsOf(once.serverTiming);
      console.log(`  ok  ${call.name}${call.requests.length > 1 ? ` [${JSON.parse(request.body!).operationName}]` : ""}: ${(once.text.length / 1024).toFixed(0)} KB, ${n ?? "n/a"} statements`);
    }
  }
}

/**
 * Baseline, row, baseline, row, …, baseline: each row is compared with the mean of the baseline
 * runs on either side of it, so that machine noise affects both alike.
 */
async function runPhase(label: string, calls: BenchCalls, app: NextServer, log: StatementLog, collectLog: boolean): Promise<PhaseResult> {
  console.log(`\n== ${label}: ${CONNECTIONS} connections, ${SECONDS} s per row (after ${WARM_SECONDS} s warm-up) ==`);
  const baselineLoad = { ...load };
  const appLoad = { ...load, settle: () => app.waitIdle() };
  // Every call warms up first, so the database's caches hold what all of them read: right after the
  // big load, the first row otherwise measured cold caches (its baseline ran at 2/3 of the later ones).
  await warmUp(calls.baseline, { ...baselineLoad, seconds: WARM_SECONDS });
  for (const call of calls.rows) await warmUp(call, { ...appLoad, seconds: WARM_SECONDS });
  const baselines: Measurement[] = [await measure(calls.baseline, baselineLoad)];
  console.log(line(baselines[0]!));
  const rows: PhaseResult["rows"] = [];
  for (const call of calls.rows) {
    await warmUp(call, { ...appLoad, seconds: WARM_SECONDS });
    log.truncate(); // the log then holds only the measured requests' statements
    const measurement = await measure(call, appLoad);
    if (collectLog) await log.collect();
    const after = await measure(calls.baseline, baselineLoad);
    const ratio = measurement.requestsPerSecond / ((baselines.at(-1)!.requestsPerSecond + after.requestsPerSecond) / 2);
    baselines.push(after);
    rows.push({ measurement, ratio });
    console.log(line(measurement, ratio));
    if (measurement.note) console.log(`    ${measurement.note} (${measurement.seconds.toFixed(0)} s)`);
    if (measurement.firstError) console.log(`    first error: ${measurement.firstError}`);
  }
  const runs = baselines.map((b) => b.requestsPerSecond);
  const baseline: Measurement = {
    ...baselines[0]!,
    name: `${calls.baseline.name} (median of ${runs.length})`,
    requestsPerSecond: median(runs),
    p50: median(baselines.map((b) => b.p50)),
    p99: median(baselines.map((b) => b.p99)),
    errors: baselines.reduce((sum, b) => sum + b.errors, 0),
  };
  console.log(`baseline runs: ${runs.map((r) => r.toFixed(1)).join(", ")} req/s`);
  return { label, baseline, baselineRuns: runs, rows };
}

async function soak(call: Call, serverPids: () => number[], log: StatementLog): Promise<MemoryResult> {
  console.log(`\n== soak: ${SOAK} s of overview load, RSS of the server's processes every 10 s ==`);
  const started = performance.now();
  const samples: MemoryResult["samples"] = [];
  const sample = () => {
    const mb = rssMb(serverPids());
    const seconds = (performance.now() - started) / 1000;
    samples.push({ seconds, mb });
    log.truncate(); // minutes of statement lines would otherwise fill the disk
    console.log(`  ${seconds.toFixed(0).padStart(4)} s  ${mb.toFixed(0)} MB`);
  };
  sample();
  const timer = setInterval(sample, 10_000);
  try {
    const m = await measure(call, { connections: CONNECTIONS, seconds: SOAK });
    clearInterval(timer);
    if ((performance.now() - started) / 1000 - samples.at(-1)!.seconds > 5) sample();
    return { samples, requestsPerSecond: m.requestsPerSecond, errors: m.errors };
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  buildApp(values["no-build"]);

  const db = await createBenchDatabase();
  cleanups.push(() => db.drop());
  console.log(`Database ${db.name} created and migrated.`);
  // The app's planner settings, so that EXPLAIN shows the plans the app gets.
  const client = new pg.Client({ connectionString: db.url, options: PLANNER_OPTIONS });
  await client.connect();
  cleanups.push(() => client.end());

  let started = Date.now();
  await seedOrganizations(client, 0, 0);
  const org = await benchOrg(client);
  // VACUUM too: otherwise autovacuum gets to the freshly loaded tables during the measurements.
  await client.query("VACUUM ANALYZE");
  const smallCounts = await rowCounts(client);
  console.log(`Seeded in ${((Date.now() - started) / 1000).toFixed(1)} s:`, smallCounts);

  const log = new StatementLog(path.join(tmpdir(), `waymark-bench-sql-${process.pid}.jsonl`));
  cleanups.push(() => rmSync(log.file, { force: true }));
  const app = await startNextServer(db.url, log.file);
  cleanups.push(() => app.stop());
  console.log(`next start answers at ${app.origin} (server processes ${app.serverPids().join(", ")}).`);
  const baselineServer = await startBaselineServer(db.url);
  cleanups.push(() => baselineServer.close());

  const cookie = await signIn(app.origin, org.ownerEmail, BENCH_PASSWORD);
  console.log(`Signed in as ${org.ownerEmail} through /api/auth/callback/credentials.`);
  const calls = benchCalls(org, app.origin, baselineServer.url, cookie);
  await checkBaseline(calls);
  await checkCalls(calls.rows);

  const small = await runPhase("small database", calls, app, log, false);
  let big: PhaseResult | undefined;
  let bigCounts: Record<string, number> | undefined;
  let scanReport = "";
  if (values.big) {
    started = Date.now();
    console.log("\nLoading 50 more organizations and one with 1,000,000 milestones…");
    await seedOrganizations(client, 1, 50);
    await seedHugeOrganization(client);
    await client.query("VACUUM ANALYZE");
    bigCounts = await rowCounts(client);
    console.log(`Loaded in ${((Date.now() - started) / 1000).toFixed(0)} s:`, bigCounts);
    await checkBaseline(calls); // same organization, same answer whatever else the tables hold
    log.statements.clear();
    big = await runPhase("big database", calls, app, log, true);
    scanReport = await scans(client, log);
  }

  const memory = SOAK > 0 ? await soak(calls.overview, app.serverPids, log) : undefined;

  const cores = cpus();
  const size =
    `1 organization: 200 goals × 8 milestones × 3 assignees (${smallCounts.Milestone} milestones, ${smallCounts.Assignment} assignments)` +
    (bigCounts ? `; big: 51 such organizations + 1 with 1,000,000 milestones (${bigCounts.Milestone} milestones in all)` : "");
  console.log(`\n== Results (${small.label}) ==\n\n${markdownTable(small)}`);
  if (big) console.log(`\n== Small → big database ==\n\n${sideBySide(small, big)}`);
  console.log(
    `\nData: ${size}. Load: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per row after ${WARM_SECONDS} s warm-up, ` +
      `each row between two baseline runs. Machine: ${cores.length} cores (${cores[0]?.model.trim()}), Node ${process.version}.`,
  );
  console.log(memory ? memorySummary(memory) : "Memory: not measured (--soak 0).");
  if (scanReport) console.log(`\n== Plans of the statements the app ran on the big database ==\n\n${scanReport}`);
  const failed = [...small.rows, ...(big?.rows ?? [])].filter((r) => r.measurement.errors > 0);
  if (failed.length > 0) {
    console.log(`\nRows with errors:\n${failed.map((r) => `- ${r.measurement.name}: ${r.measurement.errors}, first: ${r.measurement.firstError}`).join("\n")}`);
    console.log(`\nLast lines of the next start output:\n${app.output().split("\n").slice(-40).join("\n")}`);
  }
}

/** EXPLAIN every distinct statement of the big run; list those with a Seq Scan on a tenant table. */
async function scans(client: pg.Client, log: StatementLog): Promise<string> {
  if (log.lines === 0) {
    return "SQL log: the server wrote no statements to WAYMARK_SQL_LOG, so no plans were checked.";
  }
  const report = await explainAll(client, log.statements);
  const out = [
    `SQL log: ${log.lines} statements, ${log.statements.size} distinct; ${report.explained} explained, ${report.skipped} without a plan` +
      (log.malformed ? `, ${log.malformed} unreadable lines` : "") +
      (report.failures.length ? `, ${report.failures.length} could not be explained` : "") +
      ".",
  ];
  const sizes = await client.query<{ relname: string; n: number }>(
    `SELECT relname, reltuples::bigint AS n FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
  );
  const rowsOf = new Map(sizes.rows.map((r) => [r.relname, Number(r.n)]));
  // On a table of a few pages (the benchmark's one API token) a Seq Scan is the cheapest plan: only
  // scans of tables that have grown with the data are findings.
  const SMALL_TABLE_ROWS = 1000;
  const isLarge = (table: string) => (rowsOf.get(table) ?? Infinity) >= SMALL_TABLE_ROWS;
  const findings = report.findings.filter((f) => f.tables.some(isLarge));
  const small = [...new Set(report.findings.filter((f) => !f.tables.some(isLarge)).flatMap((f) => f.tables))];
  if (small.length) out.push(`Seq Scans of tables under ${SMALL_TABLE_ROWS} rows, not counted: ${small.map((t) => `"${t}" (${rowsOf.get(t)} rows)`).join(", ")}.`);
  if (findings.length === 0) {
    out.push(`no statement scans a whole tenant table of ${SMALL_TABLE_ROWS} rows or more`);
  } else {
    // Statements that differ only in the length of an IN list are one shape.
    const shapes = new Map<string, { tables: string[]; query: string; count: number }>();
    for (const finding of findings) {
      const key = condense(finding.query).replace(/\$\d+/g, "$n");
      const shape = shapes.get(key);
      if (shape) shape.count++;
      else shapes.set(key, { tables: finding.tables, query: condense(finding.query), count: 1 });
    }
    out.push(`${findings.length} statement(s), ${shapes.size} shape(s), scan a whole tenant table:`);
    for (const { tables, query, count } of shapes.values()) {
      const variants = count > 1 ? ` (${count} statements differing only in list lengths)` : "";
      out.push(`- Seq Scan on ${tables.map((t) => `"${t}" (${rowsOf.get(t) ?? "?"} rows)`).join(", ")}${variants}:`);
      out.push(`    ${query.slice(0, 700)}`);
    }
    out.push("(Row counts are the planner's estimates.)");
  }
  for (const failure of report.failures) out.push(`- could not EXPLAIN (${failure.error}): ${condense(failure.query).slice(0, 300)}`);
  return out.join("\n");
}

/** A statement shortened for reading: the select list elided, "$1,$2,…,$200" as "$1…$200". */
function condense(query: string): string {
  return query
    .replace(/\s+/g, " ")
    .replace(/\$(\d+)(?:, ?\$\d+){2,}, ?\$(\d+)/g, "$$$1…$$$2")
    .replace(/^SELECT (.{60,}?) FROM /, "SELECT … FROM ");
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
process.exit();
