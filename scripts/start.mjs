// `npm start`: migrate, load demo data into an empty database, build, serve.
// With DATABASE_URL unset everything lives in embedded PostgreSQL (PGlite) under .data/.
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

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

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env });

run("npx", ["tsx", "scripts/db/migrate.ts"]);
run("npx", ["tsx", "prisma/seed.ts"]);
run("npx", ["next", "build"]);

// Supervised: a server that dies (a crash, running out of memory) is started again, after 1 s,
// doubling up to 30 s while it keeps dying within a minute of starting. A signal stops it for good.
const MIN_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;
const HEALTHY_AFTER_MS = 60_000;
let backoff = MIN_BACKOFF_MS;
let server = null;
let stopping = false;

function serve() {
  const startedAt = Date.now();
  // `node` on next's own binary rather than npx, so a signal reaches the server itself.
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
  server.on("exit", (code, signal) => {
    server = null;
    if (stopping) process.exit(code ?? 0);
    if (Date.now() - startedAt > HEALTHY_AFTER_MS) backoff = MIN_BACKOFF_MS;
    console.error(`[start] server exited (${signal ?? `code ${code}`}); restarting in ${backoff / 1000} s`);
    setTimeout(serve, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  });
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    if (server) server.kill(signal);
    else process.exit(0);
  });
}
serve();
