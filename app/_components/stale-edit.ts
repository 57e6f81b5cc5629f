import { CombinedGraphQLErrors } from "@apollo/client/errors";

/** A CONFLICT answered to an edit based on an older version (server/db/versioned.ts). */
export interface StaleEdit {
  currentVersion: number;
  changedBy: string | null;
  /** ISO instant of their change, when known. */
  changedAt: string | null;
}

/** The stale-version conflict in a mutation's error, or null for any other error. */
export function staleEditFrom(error: unknown): StaleEdit | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors.find((e) => e.extensions?.code === "CONFLICT" && typeof e.extensions?.currentVersion === "number")?.extensions;
  if (!ext) return null;
  const changedBy = ext.changedBy as { name?: unknown } | null | undefined;
  return {
    currentVersion: ext.currentVersion as number,
    changedBy: typeof changedBy?.name === "string" ? changedBy.name : null,
    changedAt: typeof ext.changedAt === "string" ? ext.changedAt : null,
  };
}
