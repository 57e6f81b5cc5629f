// Embedded PostgreSQL (PGlite, in memory) behind PostgreSQL's wire protocol, for running the e2e
// suite on a machine without a PostgreSQL server: the app and the test process both connect to it
// with an ordinary DATABASE_URL. Not for production: PGlite is one session, so this serializes
// clients. A client holds the database from its first message until PGlite is idle again (after a
// Sync or a simple Query, outside a transaction), so extended-protocol messages and transactions
// of different connections never interleave. Statement timeouts and row locks between sessions do
// not exist here; tests that need them run only on a real server.
//
//   node scripts/pglite-server.mjs --socket-dir DIR   # listens on DIR/.s.PGSQL.5432
//   node scripts/pglite-server.mjs --port N           # listens on 127.0.0.1:N (0: any free port)
// Prints "ready <connection URL>" once it accepts connections; stops on SIGTERM/SIGINT.
import { mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

/** One holder of the database at a time, in arrival order. */
function createLock() {
  let holder = null;
  const waiting = [];
  return {
    get holder() {
      return holder;
    },
    acquire(owner) {
      if (holder === owner) return Promise.resolve();
      if (holder === null) {
        holder = owner;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push({ owner, resolve }));
    },
    release(owner) {
      if (holder !== owner) return;
      const next = waiting.shift();
      holder = next ? next.owner : null;
      next?.resolve();
    },
  };
}

/** Splits a byte stream into protocol messages: the first one untyped (startup), then typed. */
function messageReader() {
  let buffer = Buffer.alloc(0);
  let started = false;
  return {
    push(chunk) {
      buffer = Buffer.concat([buffer, chunk]);
      const messages = [];
      for (;;) {
        const headerLength = started ? 5 : 4;
        if (buffer.length < headerLength) break;
        const length = started ? 1 + buffer.readInt32BE(1) : buffer.readInt32BE(0);
        if (buffer.length < length) break;
        const message = buffer.subarray(0, length);
        buffer = buffer.subarray(length);
        if (!started) {
          const code = message.readInt32BE(4);
          // SSL and GSS encryption requests come before the real startup message.
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) started = true;
          messages.push({ type: "startup", code, bytes: message });
        } else {
          messages.push({ type: String.fromCharCode(message[0]), bytes: message });
        }
      }
      return messages;
    },
  };
}

export async function startPgliteServer({ socketDir, port, host = "127.0.0.1" }) {
  const db = await PGlite.create();
  const lock = createLock();

  async function releaseAfterAbort(owner) {
    if (lock.holder !== owner) return;
    // The client left mid-way: end its extended-protocol cycle and its transaction.
    await db.execProtocolRaw(SYNC);
    if (db.isInTransaction()) await db.exec("ROLLBACK");
    lock.release(owner);
  }

  const server = createServer((socket) => {
    const owner = Symbol("connection");
    const reader = messageReader();
    let chain = Promise.resolve();
    let closed = false;

    const handle = async (message) => {
      if (closed) return;
      if (message.type === "startup" && (message.code === SSL_REQUEST || message.code === GSSENC_REQUEST)) {
        socket.write("N");
        return;
      }
      if ((message.type === "startup" && message.code === CANCEL_REQUEST) || message.type === "X") {
        closed = true;
        socket.end();
        return;
      }
      await lock.acquire(owner);
      const reply = await db.execProtocolRaw(new Uint8Array(message.bytes));
      if (reply.length > 0 && !socket.destroyed) socket.write(reply);
      const cycleEnds = message.type === "startup" || message.type === "S" || message.type === "Q";
      if (cycleEnds && !db.isInTransaction()) lock.release(owner);
    };

    socket.setNoDelay(true);
    socket.on("data", (chunk) => {
      for (const message of reader.push(chunk)) chain = chain.then(() => handle(message));
      chain = chain.catch((error) => {
        console.error("[pglite-server]", error);
        socket.destroy();
      });
    });
    const onGone = () => {
      closed = true;
      chain = chain.then(() => releaseAfterAbort(owner)).catch((error) => console.error("[pglite-server]", error));
    };
    socket.on("close", onGone);
    socket.on("error", () => {});
  });

  let url;
  let file = null;
  if (socketDir) {
    mkdirSync(socketDir, { recursive: true });
    file = path.join(socketDir, ".s.PGSQL.5432");
    rmSync(file, { force: true });
    await new Promise((resolve, reject) => server.listen(file, resolve).once("error", reject));
    url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
  } else {
    await new Promise((resolve, reject) => server.listen(port ?? 0, host, resolve).once("error", reject));
    url = `postgresql://postgres@${host}:${server.address().port}/postgres`;
  }

  return {
    url,
    socketFile: file,
    async close() {
      await new Promise((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const running = await startPgliteServer({ socketDir: arg("--socket-dir"), port: arg("--port") === undefined ? undefined : Number(arg("--port")) });
  console.log(`ready ${running.url}`);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    // Exit at once: what it holds is in memory and goes with it.
    process.on(signal, () => {
      if (running.socketFile) rmSync(running.socketFile, { force: true });
      process.exit(0);
    });
  }
}
