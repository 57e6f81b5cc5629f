import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A random secret for links and API tokens; only its sha256 is stored. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
