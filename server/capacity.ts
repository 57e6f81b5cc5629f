import "server-only";
import type { Tx } from "./db.ts";
import { conflict } from "./errors.ts";

// Count limits at creation (server/limits.ts). A count followed by an insert lets two concurrent
// creations both see room; the count therefore runs under a transaction-scoped advisory lock on
// the subject ("share-links:<orgId>"), so creations for one subject queue for a moment while
// readers and every other subject carry on. The lock ends with the transaction.

/** Serializes the rest of this transaction with others that lock the same subject. */
export async function lockSubject(tx: Tx, subject: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(${subject}, 0))`;
}

/** Under the subject's lock: CONFLICT with `message` (which names the limit) once `count` has reached `max`. */
export async function refuseAtLimit(
  tx: Tx,
  limit: { subject: string; max: number; message: string; field?: string },
  count: () => Promise<number>,
): Promise<void> {
  await lockSubject(tx, limit.subject);
  if ((await count()) >= limit.max) throw conflict(limit.field, limit.message);
}
