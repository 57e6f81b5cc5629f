// Latency and throughput of the busiest API calls — the org goal list, the goal page, and the
// dashboard and roadmap pages' own operations — executed through the real Apollo Server against
// real PostgreSQL, with a realistic amount of data.
//
//   npx tsx scripts/bench.ts [--goals 200] [--milestones 8] [--seconds 10] [--concurrency 8]
//
// Creates (and drops) a database of its own on DATABASE_URL's server (default: local PostgreSQL).
import { parseArgs } from "node:util";
import { print } from "graphql";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../prisma/generated/client/client.ts";
import { setPrisma } from "../server/db.ts";
import { applyMigrations, pgRunner } from "../server/db/migrate.ts";
import { viewerForUser } from "../server/auth/viewer.ts";
import { createApolloServer } from "../graphql/server.ts";
import { DashboardPageQuery } from "../app/(app)/o/[slug]/dashboard/operations.ts";
import { RoadmapQuery } from "../app/(app)/o/[slug]/roadmap/operations.ts";

const { values } = parseArgs({
  options: {
    goals: { type: "string", default: "200" },
    milestones: { type: "string", default: "8" },
    seconds: { type: "string", default: "10" },
    concurrency: { type: "string", default: "8" },
  },
});
const GOALS = Number(values.goals);
const MILESTONES = Number(values.milestones);
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);

const GOAL_LIST = `query($slug: String!) { organization(slug: $slug) { goals(first: 200) { totalCount edges { node {
  id title progress expectedProgress health confidence missedMilestoneCount targetDate owner { name }
  milestoneCount doneMilestoneCount } } } } }`;
const GOAL_PAGE = `query($id: ID!) { goal(id: $id) { id title description progress progressFormula health healthExplanation
  confidenceMismatch smart { criterion met detail } owner { name }
  milestones(first: 100) { totalCount edges { node { id title dueDate baselineDueDate slipCount effectiveStatus
    latestStart slackDays isCritical startAtRisk owner { name } assignees { name } dependsOn { id } } } }
  checkIns(first: 20) { edges { node { value confidence note createdAt author { name } } } }
  progressHistory { recordedAt progress expectedProgress }
  activity(first: 20) { edges { node { summary createdAt } } } } }`;

const adminUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `waymark_bench_${process.pid}`;
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  await admin(`CREATE DATABASE "${dbName}"`);
  try {
    const runner = await pgRunner(url.toString());
    await applyMigrations(runner);
    await runner.close();

    let statements = 0;
    const prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url.toString(), max: CONCURRENCY + 2 }),
      log: [{ emit: "event", level: "query" }],
    });
    prisma.$on("query", () => statements++);
    setPrisma(prisma);

    const { seedBenchOrg } = await import("./bench-data.ts");
    const { ownerId, slug, goalId } = await seedBenchOrg(prisma, GOALS, MILESTONES);
    const server = createApolloServer();
    const contextValue = { viewer: await viewerForUser(ownerId) };

    for (const [name, query, variables] of [
      ["goal list", GOAL_LIST, { slug }],
      ["goal page", GOAL_PAGE, { id: goalId }],
      ["dashboard", print(DashboardPageQuery), { slug, filter: { window: "ALL" } }],
      ["roadmap", print(RoadmapQuery), { slug, includeClosed: true }],
    ] as const) {
      const once = await server.executeOperation({ query, variables }, { contextValue });
      if (once.body.kind !== "single" || once.body.singleResult.errors) {
        throw new Error(`${name} failed: ${JSON.stringify(once.body.kind === "single" ? once.body.singleResult.errors : once.body)}`);
      }
      const latencies: number[] = [];
      statements = 0;
      const deadline = performance.now() + SECONDS * 1000;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (performance.now() < deadline) {
            const start = performance.now();
            // Each request gets a fresh context, as over HTTP (request-scoped caches included).
            await server.executeOperation({ query, variables }, { contextValue: { viewer: contextValue.viewer } });
            latencies.push(performance.now() - start);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      console.log(
        `${name.padEnd(10)} ${String(latencies.length).padStart(6)} requests  ` +
          `${(latencies.length / SECONDS).toFixed(1).padStart(7)} req/s  ` +
          `p50 ${percentile(latencies, 50).toFixed(1)} ms  p95 ${percentile(latencies, 95).toFixed(1)} ms  ` +
          `p99 ${percentile(latencies, 99).toFixed(1)} ms  ${(statements / latencies.length).toFixed(1)} SQL statements/request`,
      );
    }
    console.log(`(${GOALS} goals × ${MILESTONES} milestones, concurrency ${CONCURRENCY}, ${SECONDS}s per query, PostgreSQL ${url.host})`);
    await prisma.$disconnect();
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  }
}

await main();
process.exit(0);
