import "server-only";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { notFound } from "../server/errors.ts";

/**
 * The database id inside a Relay global id of the expected type. A malformed id, or one of
 * another type, answers NOT_FOUND like any id that does not exist.
 */
export function idOf(globalId: string, typename: string): string {
  try {
    const decoded = decodeGlobalID(globalId);
    if (decoded.typename === typename && decoded.id) return decoded.id;
  } catch {
    // fall through: malformed ids are simply unknown ids
  }
  throw notFound();
}
