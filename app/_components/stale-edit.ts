import { useState } from "react";
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

/**
 * An edit form's side of optimistic concurrency: `trySave` runs a save and, when it was stale,
 * keeps the unsaved input with who changed it (`conflict`) instead of failing the form; `resolve`
 * runs "reload" or "overwrite" for that conflict.
 */
export function useStaleEdit<Input>() {
  const [conflict, setConflict] = useState<(StaleEdit & { input: Input }) | null>(null);
  const [resolving, setResolving] = useState(false);

  /** True when saved; false when stale (the conflict shows). Other errors are thrown. */
  async function trySave(input: Input, save: (input: Input) => Promise<unknown>): Promise<boolean> {
    try {
      await save(input);
    } catch (error) {
      const stale = staleEditFrom(error);
      if (!stale) throw error;
      setConflict({ ...stale, input });
      return false;
    }
    setConflict(null);
    return true;
  }

  async function resolve(action: (current: StaleEdit & { input: Input }) => Promise<void>, onError: (error: unknown) => void) {
    if (!conflict) return;
    setResolving(true);
    try {
      await action(conflict);
    } catch (error) {
      onError(error);
    } finally {
      setResolving(false);
    }
  }

  return { conflict, clear: () => setConflict(null), resolving, trySave, resolve };
}
