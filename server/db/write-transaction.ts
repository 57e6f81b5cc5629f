import "server-only";
import { anyCause, POOL_MAX, prisma, type Tx } from "../db.ts";
import { DomainError } from "../errors.ts";
import { markAppliedInTransaction } from "../idempotency/scope.ts";
import { Semaphore } from "./semaphore.ts";

// The one rule for transactions that write, used by every service that changes data.
//
// - At most WRITE_SLOTS of them run at once per process, fewer than the pool's connections
//   (POOL_MAX), so a burst of writes to one goal (which all queue on its row lock anyway)
//   waits here, in memory, and reads still find a free connection.
// - A write waits for a slot at most QUEUE_WAIT_MS; once it has one, the goal's lock comes within
//   a few transactions' time (at most WRITE_SLOTS - 1 are ahead of it), so the whole write stays
//   inside the request budget's 10 s (graphql/budget.ts) and its answer is not cut off after the
//   commit. Each transaction may wait TX_MAX_WAIT_MS for a connection and run TX_TIMEOUT_MS.
// - A deadlock (40P01) or serialization failure (40001) rolls back everything, so the body is
//   simply run again, a few times with a growing jittered pause. What still fails, or found no
//   slot in time, answers CONFLICT with `retryable: true`: nothing was written, try again.
export const WRITE_SLOTS = Math.max(1, POOL_MAX - 4);
const QUEUE_WAIT_MS = 7_000;
const TX_MAX_WAIT_MS = 2_000;
const TX_TIMEOUT_MS = 5_000;
const ATTEMPTS = 4;
const RETRY_WINDOW_MS = 3_000;

const slots = new Semaphore(WRITE_SLOTS);

export const BUSY_MESSAGE = "Too many changes are being saved at the moment; nothing was saved. Try again.";
export const busy = () => new DomainError("CONFLICT", BUSY_MESSAGE, undefined, { retryable: true });

/** Runs `body` in a transaction under the rules above; the body may run more than once. */
export async function writeTransaction<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
  const release = await slots.acquire(QUEUE_WAIT_MS);
  if (!release) throw busy();
  // No retry starts past this, so a write never outlives the request budget by much.
  const retryUntil = Date.now() + RETRY_WINDOW_MS;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await prisma().$transaction(
          async (tx) => {
            const result = await body(tx);
            // A mutation sent with an Idempotency-Key records, in this same commit, that it wrote.
            await markAppliedInTransaction(tx);
            return result;
          },
          { maxWait: TX_MAX_WAIT_MS, timeout: TX_TIMEOUT_MS },
        );
      } catch (error) {
        if (!isTransientConflict(error)) throw error;
        if (attempt === ATTEMPTS || Date.now() > retryUntil) throw busy();
        await pause(attempt);
      }
    }
  } finally {
    release();
  }
}

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt * (0.5 + Math.random())));

// P2034: Prisma's write conflict or deadlock; P2028: its transaction could not start in time or
// ran out of time (rolled back either way). 40001/40P01 as PostgreSQL reports them through the
// driver adapter (raw queries), and 55P03 (lock not available).
const transientPrismaCodes = new Set(["P2034", "P2028"]);
const transientSqlStates = new Set(["40001", "40P01", "55P03"]);

/** True when an error means "rolled back because of other transactions", so running again may succeed. */
export function isTransientConflict(error: unknown): boolean {
  return anyCause(
    error,
    ({ code, kind, originalCode }) =>
      (typeof code === "string" && (transientPrismaCodes.has(code) || transientSqlStates.has(code))) ||
      kind === "TransactionWriteConflict" ||
      (typeof originalCode === "string" && transientSqlStates.has(originalCode)),
  );
}
