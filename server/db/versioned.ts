import "server-only";
import { z } from "zod";
import type { Viewer } from "../auth/viewer.ts";
import type { Tx } from "../db.ts";
import { DomainError, parseInput } from "../errors.ts";

// Optimistic concurrency for goals and milestones. A person's edit sends the version it was based
// on (`expectedVersion`, optional so that existing API clients keep working); the service compares
// it under the row lock it already holds, so two edits from one version cannot both pass. What a
// person changes bumps the version and names them; computed roll-ups and check-ins do not, so they
// never make an edit conflict.

const expectedVersionSchema = z.object({
  expectedVersion: z.number().int("Must be a whole number.").min(1, "Must be 1 or more.").optional(),
});

/** The caller's expected version, validated (BAD_USER_INPUT naming the field). */
export const parseExpectedVersion = (expectedVersion: number | null | undefined) =>
  parseInput(expectedVersionSchema, { expectedVersion: expectedVersion ?? undefined }).expectedVersion;

interface Versioned {
  version: number;
  editedById: string | null;
  editedAt: Date | null;
}

export const STALE_MESSAGE = "Someone else changed this after you opened it. Reload their version, or overwrite it with yours.";

/**
 * Refuses an edit based on an older version: CONFLICT (not retryable as it is) whose extensions
 * carry the current version and values and who changed it last, and when.
 */
export async function assertVersion(tx: Tx, row: Versioned, expected: number | undefined, current: Record<string, unknown>) {
  if (expected === undefined || expected === row.version) return;
  const editor = row.editedById
    ? await tx.user.findUnique({ where: { id: row.editedById }, select: { id: true, name: true, deletedAt: true } })
    : null;
  throw new DomainError("CONFLICT", STALE_MESSAGE, "expectedVersion", {
    retryable: false,
    currentVersion: row.version,
    current,
    changedBy: editor ? { id: editor.id, name: editor.deletedAt ? "Deleted user" : editor.name } : null,
    changedAt: row.editedAt?.toISOString() ?? null,
  });
}

/** The columns a person's edit sets, beside what it changes. */
export const bumpVersion = (viewer: Viewer) => ({ version: { increment: 1 }, editedById: viewer.userId, editedAt: new Date() });
