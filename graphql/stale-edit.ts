import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { DomainError } from "../server/errors.ts";

/** `expectedVersion` on edit inputs: documented once, the same for goals and milestones. */
export const EXPECTED_VERSION_DESCRIPTION =
  "The `version` this edit was based on. If someone changed it since, nothing is saved and the answer is CONFLICT " +
  "with extensions { currentVersion, current, changedBy, changedAt }. Omit it to overwrite unconditionally.";

// Ids in a stale edit's current values, and the types their global ids name.
const idTypes: Record<string, string> = { ownerId: "User", parentId: "Goal" };

/**
 * Runs an edit; a stale-version CONFLICT from the service (server/db/versioned.ts) leaves with the
 * global ids the API speaks instead of database ids.
 */
export async function withGlobalIdsInConflict<T>(edit: () => Promise<T>): Promise<T> {
  try {
    return await edit();
  } catch (error) {
    const current = error instanceof DomainError ? (error.details?.current as Record<string, unknown> | undefined) : undefined;
    if (!current || !(error instanceof DomainError)) throw error;
    const encoded = Object.fromEntries(
      Object.entries(current).map(([key, value]) => [key, idTypes[key] && typeof value === "string" ? encodeGlobalID(idTypes[key], value) : value]),
    );
    const changedBy = error.details!.changedBy as { id: string; name: string } | null;
    throw new DomainError(error.code, error.message, error.field, {
      ...error.details,
      current: encoded,
      changedBy: changedBy && { ...changedBy, id: encodeGlobalID("User", changedBy.id) },
    });
  }
}
