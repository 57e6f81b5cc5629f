import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTIFICATION_KINDS } from "../../domain/notifications/preferences.ts";
import type { NotificationKind } from "../../prisma/generated/client/enums.ts";
import { authSecret } from "../auth/secret.ts";

/**
 * What an unsubscribe link turns off: one kind of notification email, one organization's weekly
 * digest, or (for an invitation, sent to an address that may have no account) that invitation.
 */
export type UnsubscribeTopic =
  | { type: "notification"; userId: string; kind: NotificationKind }
  | { type: "digest"; userId: string; organizationId: string }
  | { type: "invitation"; invitationId: string };

// The link needs no sign-in, so the link itself is the proof: an HMAC over exactly what it
// unsubscribes from, keyed by the server secret (a purpose label keeps it from ever matching a
// signature made for something else). Links do not expire: an old email's link should still work.
const PURPOSE = "waymark-unsubscribe-v1";

function secret(): string {
  const key = authSecret();
  if (!key) throw new Error("NEXTAUTH_SECRET is required to sign unsubscribe links");
  return key;
}

function encode(topic: UnsubscribeTopic): string {
  switch (topic.type) {
    case "notification":
      return `n:${topic.userId}:${topic.kind}`;
    case "digest":
      return `d:${topic.userId}:${topic.organizationId}`;
    case "invitation":
      return `i:${topic.invitationId}`;
  }
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

function decode(payload: string): UnsubscribeTopic | null {
  const [type, a, b, ...rest] = payload.split(":");
  if (rest.length > 0) return null;
  if (type === "n" && a && ID.test(a) && (NOTIFICATION_KINDS as readonly string[]).includes(b ?? "")) {
    return { type: "notification", userId: a, kind: b as NotificationKind };
  }
  if (type === "d" && a && b && ID.test(a) && ID.test(b)) return { type: "digest", userId: a, organizationId: b };
  if (type === "i" && a && ID.test(a) && b === undefined) return { type: "invitation", invitationId: a };
  return null;
}

const sign = (payload: string) => createHmac("sha256", secret()).update(`${PURPOSE}\n${payload}`).digest();

/** The token for an unsubscribe link: the payload and its signature, both base64url. */
export function unsubscribeToken(topic: UnsubscribeTopic): string {
  const payload = encode(topic);
  return `${Buffer.from(payload).toString("base64url")}.${sign(payload).toString("base64url")}`;
}

/** The topic of a token whose signature holds; null for anything altered, truncated or malformed. */
export function verifyUnsubscribeToken(token: string): UnsubscribeTopic | null {
  if (typeof token !== "string" || token.length > 300) return null;
  const [encoded, signature, ...rest] = token.split(".");
  if (!encoded || !signature || rest.length > 0) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  // Re-encoding must give back the same text, so one topic has exactly one valid token.
  if (Buffer.from(payload).toString("base64url") !== encoded) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = sign(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return decode(payload);
}
