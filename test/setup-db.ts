import { afterAll } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../prisma/generated/client/client.ts";
import { setPrisma } from "../server/db.ts";
import { applyMigrations, pgliteRunner } from "../server/db/migrate.ts";
import { installLocalQueue } from "../server/jobs/install.ts";
import { countingAdapter } from "../server/request-metrics.ts";
import { recordStatement } from "./helpers/statements.ts";

async function adapter() {
  if (process.env.DATABASE_URL) return new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 5 });
  const db = new PGlite();
  await applyMigrations(pgliteRunner(db));
  // The in-process job queue's table (server/jobs/local-queue.ts): enqueueJob writes to it.
  await installLocalQueue(pgliteRunner(db));
  return new PrismaPGlite(db);
}

// Every test file gets a client that reports each SQL statement, so tests can count them.
// The adapter is wrapped as in the app (server/db.ts), so requests count statements the same way.
const client = new PrismaClient({ adapter: countingAdapter(await adapter()), log: [{ emit: "event", level: "query" }] });
client.$on("query", (event) => recordStatement(event.query));
setPrisma(client);

afterAll(() => client.$disconnect());
