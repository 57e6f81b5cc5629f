import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

// `npm start` as an operator runs it (on embedded PostgreSQL in a folder of its own, on a free port),
// stopped as a supervisor stops it: SIGTERM to npm. Every process it started must be gone afterwards.
// The processes are found by a variable only this run's processes carry (children inherit it).

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Commands of live processes whose environment holds TAG=value. */
function processesTagged(tag: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (!environ.includes(`WAYMARK_PROCESS_TAG=${tag}`)) continue;
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      if (/^State:\s+Z/m.test(status)) continue; // exited, waiting to be reaped
      found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim()}`);
    } catch {
      // gone while we looked, or not ours to read
    }
  }
  return found;
}

test("npm start serves, and SIGTERM to npm stops it and every process it started", async () => {
  test.setTimeout(240_000);
  const port = await freePort();
  const tag = `${process.pid}-${Date.now()}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "waymark-npm-start-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    PGLITE_DIR: dataDir,
    NEXTAUTH_SECRET: "waymark-npm-start-test-secret-0123456789",
    // Never rebuild here: the e2e web server is serving this .next/ (built by scripts/e2e-server.sh).
    REBUILD: "0",
    WAYMARK_PROCESS_TAG: tag,
  };
  delete env.DATABASE_URL;
  const npm = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  npm.stdout.on("data", (chunk) => (output += chunk));
  npm.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => npm.on("exit", (code, signal) => resolve({ code, signal })));

  try {
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status, {
        timeout: 200_000,
        intervals: [1_000],
        message: `npm start did not serve /api/health; its output:\n${output}`,
      })
      .toBe(200);
    expect(output).toContain("[build] skipping next build: REBUILD=0");
    const running = processesTagged(tag);
    expect(running.some((p) => p.includes("scripts/start.mjs")), running.join("\n")).toBe(true);
    expect(running.some((p) => p.includes("next")), running.join("\n")).toBe(true);

    npm.kill("SIGTERM");
    const { code } = await exited;
    await expect.poll(() => processesTagged(tag), { timeout: 15_000, message: "processes left after SIGTERM" }).toEqual([]);
    // npm reports the server's own exit: a clean stop, not a crash.
    expect(code, output).toBe(0);
  } finally {
    for (const line of processesTagged(tag)) process.kill(Number(line.split(" ")[0]), "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
});
