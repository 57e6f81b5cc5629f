// `npm start`: migrate, load demo data into an empty database, build when the sources changed, serve.
// With DATABASE_URL unset everything lives in embedded PostgreSQL (PGlite) under .data/.
//
// Signals: SIGTERM or SIGINT stops whatever runs at that moment (the migration, the seed, the build
// or the server workers) and then this process, with the child's exit code. Each step runs in its
// own process group so that the signal reaches the whole tree (`next build` starts workers of its
// own). npm runs this through `sh -c`, which dies on SIGTERM without passing it on: the package.json
// script `exec`s node, and should this process still be orphaned, it stops as if sent SIGTERM.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { buildIfChanged, exitCode } from "./build-if-changed.mjs";
import { serve } from "./serve.mjs";
import { TSX_NODE_ARGS } from "./outside-next.mjs";

const port = process.env.PORT ?? "3000";
const env = { ...process.env };
env.NEXTAUTH_URL ??= `http://localhost:${port}`;

// A secret generated once per checkout keeps sessions valid across restarts.
if (!env.NEXTAUTH_SECRET) {
  mkdirSync(".data", { recursive: true });
  const file = ".data/nextauth-secret";
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
}

let current = null;
let stopSignal = null;

function onSignal(signal) {
  if (stopSignal) return;
  stopSignal = signal;
  console.log(`[start] ${signal}: stopping`);
  if (current) process.kill(-current.pid, signal);
  else process.exit(exitCode(null, signal));
}
const SIGNALS = ["SIGINT", "SIGTERM"];
for (const signal of SIGNALS) process.on(signal, onSignal);

// Orphaned (the shell or npm above us was killed): stop rather than keep serving unsupervised.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, "SIGTERM");
}, 1_000).unref();

/** Runs one step in its own process group; resolves to its exit code. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env, detached: true });
    current = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      current = null;
      resolve(exitCode(code, signal));
    });
  });
}

async function step(command, args) {
  const code = await run(command, args);
  if (stopSignal || code !== 0) process.exit(code);
}

const tsx = (script) => [...TSX_NODE_ARGS, script];
await step(process.execPath, tsx("scripts/db/migrate.ts"));
await step(process.execPath, tsx("prisma/seed.ts"));
const built = await buildIfChanged({ env, run });
if (stopSignal || built !== 0) process.exit(built);

// From here scripts/serve.mjs owns SIGINT/SIGTERM: it stops the workers, then exits.
for (const signal of SIGNALS) process.off(signal, onSignal);
// Workers that die are started again; see scripts/serve.mjs.
serve({ ...env, PORT: port });
