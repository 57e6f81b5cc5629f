// The real app: `next build` (unless reused), then served as `npm start` serves it
// (scripts/serve.mjs: `next start` workers sharing one port) on a free port, in a process group of
// its own, so that stopping it stops every worker.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";

export function buildApp(skipIfBuilt: boolean) {
  if (skipIfBuilt && existsSync(".next/BUILD_ID")) {
    console.log("Reusing the existing .next build (--no-build).");
    return;
  }
  console.log("Building the app (next build)…");
  const started = Date.now();
  const result = spawnSync("npx", ["next", "build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface NextServer {
  origin: string;
  /** The server's processes: the primary and its `next start` workers. */
  serverPids(): number[];
  /** The last 20 kB of its stdout and stderr, for error messages. */
  output(): string;
  /**
   * Resolves once the server has stopped working: autocannon ends a run with requests still in
   * flight, and the server keeps executing them, which would slow down whatever is measured next.
   */
  waitIdle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startNextServer(databaseUrl: string, sqlLogFile: string): Promise<NextServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // What `npm start` serves with (scripts/serve.mjs): `next start` workers sharing the port.
  const child: ChildProcess = spawn(process.execPath, ["scripts/serve.mjs"], {
    detached: true, // its own process group: one kill reaches every process it forks
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: origin,
      PORT: String(port),
      HOST: "127.0.0.1",
      WAYMARK_SQL_LOG: sqlLogFile,
    },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });

  // Until the whole group is gone: the server `next start` forks outlives the wrapper for a moment,
  // and would still be writing to the SQL log (and holding database connections).
  const stop = async () => {
    const pgid = child.pid;
    if (pgid === undefined) return;
    const alive = () => groupMembers(pgid).length > 0;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-pgid, name);
      } catch {
        // the group ended meanwhile
      }
    };
    if (!alive()) return;
    signal("SIGTERM");
    const deadline = Date.now() + 5000;
    while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (alive()) signal("SIGKILL");
    while (alive()) await new Promise((r) => setTimeout(r, 100));
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`next start exited before answering:\n${output}`);
    try {
      const res = await fetch(`${origin}/api/auth/csrf`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  const serverPids = () => groupMembers(child.pid!);
  return { origin, serverPids, output: () => output, waitIdle: () => waitIdle(serverPids), stop };
}

/** Live (not zombie) processes of a process group, from /proc. */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the parenthesised command: state, ppid, pgrp, …
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pgid && state !== "Z") members.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return members;
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"]).stdout?.toString().trim()) || 100;

/** CPU seconds (user + system) a process has used so far. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime are fields 14 and 15 of /proc/<pid>/stat, i.e. 12 and 13 after the command.
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** CPU seconds the processes have used so far (those that ended meanwhile count as 0). */
const totalCpuSeconds = (pids: number[]) =>
  pids.reduce((sum, pid) => {
    try {
      return sum + cpuSeconds(pid);
    } catch {
      return sum;
    }
  }, 0);

/** Waits until the server's processes together use less than 10% of a core over half a second (at most 5 minutes). */
async function waitIdle(pids: () => number[]) {
  const deadline = Date.now() + 300_000;
  let before = totalCpuSeconds(pids());
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    const now = totalCpuSeconds(pids());
    if (now - before < 0.05) return;
    before = now;
  }
  console.warn("The server was still busy after 5 minutes; measuring anyway.");
}

/** Resident set size of processes in MB (VmRSS), summed. */
export function rssMb(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    if (!kb) throw new Error(`No VmRSS for process ${pid}`);
    return sum + Number(kb) / 1024;
  }, 0);
}
