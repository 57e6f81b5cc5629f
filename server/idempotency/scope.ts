import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Tx } from "../db.ts";
import { DomainError } from "../errors.ts";

/** The Idempotency-Key row the current request holds (server/idempotency/store.ts). */
export interface Claim {
  id: string;
  attempt: string;
}

const current = new AsyncLocalStorage<Claim>();

export const runWithClaim = <T>(claim: Claim, fn: () => Promise<T>): Promise<T> => current.run(claim, fn);

/**
 * Inside a write transaction (server/db/write-transaction.ts): notes on the key's row, in the same
 * commit as the write, that this request wrote. A retry can then tell "written, answer lost" from
 * "never written". The update also locks the row until commit, so no retry can take the key over
 * while this write is in flight; and if one took it over already (our lease ran out), this write
 * is rolled back rather than made twice.
 */
export async function markAppliedInTransaction(tx: Tx): Promise<void> {
  const claim = current.getStore();
  if (!claim) return;
  const updated = await tx.$executeRaw`
    UPDATE "IdempotencyKey" SET "appliedAt" = now() WHERE "id" = ${claim.id} AND "attempt" = ${claim.attempt}`;
  if (updated === 0) {
    throw new DomainError("CONFLICT", "A newer attempt with the same Idempotency-Key is running; this one saved nothing.");
  }
}
