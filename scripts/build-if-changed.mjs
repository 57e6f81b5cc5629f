// `next build` takes about 90 s on our machines, so `npm start` and the e2e server build only when
// what the build reads has changed since the build in `.next/`. "What it reads" is the content of
// the app's source folders and root config files (tests excluded), the lockfile (versions of Next,
// Prisma...) and the NEXT_PUBLIC_* variables that are inlined into the bundle. After a successful
// build, its hash is kept in `.next/waymark-build.json` together with that build's BUILD_ID, so a
// build made by any other command (`next build`, `npm run build`) is not mistaken for ours.
//
//   node scripts/build-if-changed.mjs        # build if needed, saying why
// REBUILD=1 always builds; REBUILD=0 never does (it serves whatever .next/ holds: for tests that
// must not replace a build another process is serving).
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { constants } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);

const SOURCE_DIRS = ["app", "domain", "graphql", "server", "prisma", "public"];
const ROOT_FILES = [
  "package.json",
  "package-lock.json",
  "next.config.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "tailwind.config.ts",
  "proxy.ts",
  "instrumentation.ts",
];
// Generated from prisma/schema.prisma (hashed) by the Prisma version in the lockfile (hashed).
const SKIPPED_DIRS = new Set(["node_modules", "generated"]);
const isTest = (name) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(name);

function listFiles(root, dir) {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listFiles(root, rel);
    return entry.isFile() && !isTest(entry.name) ? [rel] : [];
  });
}

/** sha256 over the build's inputs: relative path and content of each file, and NEXT_PUBLIC_* values. */
export function sourceHash(root = process.cwd(), env = process.env) {
  const hash = createHash("sha256");
  const files = [...SOURCE_DIRS.flatMap((dir) => listFiles(root, dir)), ...ROOT_FILES.filter((f) => existsSync(path.join(root, f)))];
  for (const file of files.sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  for (const key of Object.keys(env).filter((k) => k.startsWith("NEXT_PUBLIC_")).sort()) hash.update(`${key}=${env[key]}\0`);
  return hash.digest("hex");
}

const stampFile = (root) => path.join(root, ".next", "waymark-build.json");
const buildIdFile = (root) => path.join(root, ".next", "BUILD_ID");

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Whether `.next/` holds a build of the current sources, and in words why (not). */
export function buildStatus(root = process.cwd(), env = process.env) {
  const hash = sourceHash(root, env);
  const short = hash.slice(0, 12);
  if (env.REBUILD === "1") return { fresh: false, hash, reason: "REBUILD=1 asks for a new build" };
  if (!existsSync(buildIdFile(root))) return { fresh: false, hash, reason: "there is no build in .next/ yet" };
  if (env.REBUILD === "0") return { fresh: true, hash, reason: "REBUILD=0 keeps the build in .next/ whatever its sources" };
  const stamp = readJson(stampFile(root));
  const buildId = readFileSync(buildIdFile(root), "utf8").trim();
  if (!stamp) return { fresh: false, hash, reason: "the build in .next/ has no record of its sources" };
  if (stamp.buildId !== buildId) return { fresh: false, hash, reason: "the build in .next/ was made by another command since" };
  if (stamp.hash !== hash) return { fresh: false, hash, reason: `the sources changed since the last build (${stamp.hash.slice(0, 12)} → ${short})` };
  return { fresh: true, hash, reason: `the sources are unchanged since the last build (${short})` };
}

/** Records that `.next/` now holds a build of sources with this hash. */
export function recordBuild(hash, root = process.cwd()) {
  const buildId = readFileSync(buildIdFile(root), "utf8").trim();
  writeFileSync(stampFile(root), `${JSON.stringify({ hash, buildId, builtAt: new Date().toISOString() })}\n`);
}

/**
 * Builds unless the build in `.next/` is of the current sources. `run(command, args)` runs a child
 * process and resolves to its exit code (start.mjs passes one that forwards signals to it).
 * Resolves to the build's exit code, 0 when skipped.
 */
export async function buildIfChanged({ root = process.cwd(), env = process.env, run, log = console.log } = {}) {
  const status = buildStatus(root, env);
  if (status.fresh) {
    log(`[build] skipping next build: ${status.reason}`);
    return 0;
  }
  log(`[build] running next build: ${status.reason}`);
  // A build that fails or is interrupted must not leave the old record behind.
  rmSync(stampFile(root), { force: true });
  const code = await run(process.execPath, [require.resolve("next/dist/bin/next"), "build"]);
  if (code === 0) recordBuild(status.hash, root);
  return code;
}

/** Runs a child with inherited stdio; resolves to its exit code (128 + signal number when killed). */
export function runInherited(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(exitCode(code, signal)));
  });
}

/** A child's exit as a shell reports it: its code, or 128 + the number of the signal that ended it. */
export function exitCode(code, signal) {
  return code ?? 128 + (constants.signals[signal] ?? 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const code = await buildIfChanged({ run: (cmd, args) => runInherited(cmd, args) });
  process.exit(code);
}
