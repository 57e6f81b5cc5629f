import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "../db.ts";
import type { Claim } from "./scope.ts";

/** How long an answer is replayed for its key. */
export const KEY_TTL_HOURS = 24;
/**
 * How long an attempt holds its key before a retry may take it over, if it has written nothing.
 * Longer than a request can run (graphql/budget.ts: 10 s), so only a crashed attempt loses its key.
 */
export const LEASE_SECONDS = 30;

export interface StoredAnswer {
  status: number;
  contentType: string;
  body: string;
}

export type ClaimResult =
  | { kind: "claimed"; claim: Claim }
  | { kind: "answered"; answer: StoredAnswer }
  /** The key was first used for another request. */
  | { kind: "mismatch" }
  /** Another attempt holds the key and is still within its lease. */
  | { kind: "running" }
  /** The first attempt wrote, then its answer was lost (a crash between commit and storing it). */
  | { kind: "lost" };

interface Row {
  id: string;
  attempt: string;
  requestHash: string;
  applied: boolean;
  leaseOver: boolean;
  responseStatus: number | null;
  responseType: string | null;
  responseBody: string | null;
}

/**
 * Takes the key for this request, in one statement of its own (committed before the mutation
 * runs): the unique (principal, key) index lets only one concurrent request have it. A row is
 * taken over when it expired, or when its attempt's lease ran out without writing (that attempt
 * died). Otherwise the row says what to answer.
 */
export async function claimKey(principal: string, key: string, requestHash: string): Promise<ClaimResult> {
  const id = randomUUID();
  const attempt = randomUUID();
  const [row] = await prisma().$queryRaw<Row[]>`
    INSERT INTO "IdempotencyKey" ("id", "principal", "key", "requestHash", "attempt", "leaseUntil", "expiresAt")
    VALUES (${id}, ${principal}, ${key}, ${requestHash}, ${attempt},
            now() + make_interval(secs => ${LEASE_SECONDS}), now() + make_interval(hours => ${KEY_TTL_HOURS}))
    ON CONFLICT ("principal", "key") DO UPDATE SET
      "requestHash" = EXCLUDED."requestHash", "attempt" = EXCLUDED."attempt", "leaseUntil" = EXCLUDED."leaseUntil",
      "expiresAt" = EXCLUDED."expiresAt", "createdAt" = now(), "appliedAt" = NULL,
      "responseStatus" = NULL, "responseType" = NULL, "responseBody" = NULL
    WHERE "IdempotencyKey"."expiresAt" < now()
       OR ("IdempotencyKey"."requestHash" = EXCLUDED."requestHash" AND "IdempotencyKey"."responseStatus" IS NULL
           AND "IdempotencyKey"."appliedAt" IS NULL AND "IdempotencyKey"."leaseUntil" < now())
    RETURNING "id", "attempt"`;
  if (row?.attempt === attempt) return { kind: "claimed", claim: { id: row.id, attempt } };

  const [existing] = await prisma().$queryRaw<Row[]>`
    SELECT "id", "attempt", "requestHash", "appliedAt" IS NOT NULL AS "applied", "leaseUntil" < now() AS "leaseOver",
           "responseStatus", "responseType", "responseBody"
    FROM "IdempotencyKey" WHERE "principal" = ${principal} AND "key" = ${key}`;
  // Deleted in between (its attempt failed without writing): try again as new.
  if (!existing) return claimKey(principal, key, requestHash);
  if (existing.requestHash !== requestHash) return { kind: "mismatch" };
  if (existing.responseStatus !== null) {
    return { kind: "answered", answer: { status: existing.responseStatus, contentType: existing.responseType ?? "application/json", body: existing.responseBody ?? "" } };
  }
  return existing.applied && existing.leaseOver ? { kind: "lost" } : { kind: "running" };
}

/** Keeps the answer for replays. */
export async function storeAnswer(claim: Claim, answer: StoredAnswer): Promise<void> {
  await prisma().$executeRaw`
    UPDATE "IdempotencyKey" SET "responseStatus" = ${answer.status}, "responseType" = ${answer.contentType}, "responseBody" = ${answer.body}
    WHERE "id" = ${claim.id} AND "attempt" = ${claim.attempt}`;
}

/**
 * Gives the key back after an attempt that failed in a way worth retrying, so the retry runs the
 * mutation again; unless it wrote after all (then its answer is kept). True when given back.
 */
export async function releaseUnlessApplied(claim: Claim): Promise<boolean> {
  const deleted = await prisma().$executeRaw`
    DELETE FROM "IdempotencyKey" WHERE "id" = ${claim.id} AND "attempt" = ${claim.attempt} AND "appliedAt" IS NULL`;
  return deleted > 0;
}

/** Deletes expired keys, a batch at a time (the expiresAt index finds them). Returns how many. */
export async function deleteExpiredKeys(batch = 1000): Promise<number> {
  return prisma().$executeRaw`
    DELETE FROM "IdempotencyKey" WHERE "id" IN (
      SELECT "id" FROM "IdempotencyKey" WHERE "expiresAt" < now() ORDER BY "expiresAt" LIMIT ${batch})`;
}

const CLEANUP_EVERY_MS = 10 * 60_000;
let lastCleanup = 0;

/** At most every 10 minutes per process, in the background: expired keys never pile up. */
export function cleanUpNowAndThen(): void {
  const now = Date.now();
  if (now - lastCleanup < CLEANUP_EVERY_MS) return;
  lastCleanup = now;
  deleteExpiredKeys().catch(() => {
    lastCleanup = 0;
  });
}
