// `npm start`: migrate, load demo data into an empty database, build, serve.
// With DATABASE_URL unset everything lives in embedded PostgreSQL (PGlite) under .data/.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { serve } from "./serve.mjs";

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

// Workers that die are started again; see scripts/serve.mjs.
serve({ ...env, PORT: port });
