import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/secret.ts";

// After a password change the current browser must move to the new session generation while every
// other session ends. next-auth re-issues the cookie through its session update (the jwt callback
// with trigger "update"), but anyone holding any cookie can call that endpoint, so the update must
// carry proof that this session itself changed the password: a short-lived ticket signed with the
// auth secret, answered by the password-change mutation only.
const TICKET_TTL_MS = 5 * 60_000;

function sign(payload: string): string {
  return createHmac("sha256", `session-renewal:${authSecret() ?? ""}`).update(payload).digest("base64url");
}

export function sessionRenewalTicket(userId: string, sessionVersion: number, now = Date.now()): string {
  const payload = `${userId}.${sessionVersion}.${now + TICKET_TTL_MS}`;
  return `${payload}.${sign(payload)}`;
}

/** The generation the ticket grants to this user's session, or null when it is not a valid ticket for them. */
export function verifySessionRenewal(ticket: unknown, userId: string | undefined, now = Date.now()): number | null {
  if (typeof ticket !== "string" || !userId) return null;
  const parts = ticket.split(".");
  if (parts.length !== 4) return null;
  const [ticketUserId, version, expires, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(`${ticketUserId}.${version}.${expires}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (ticketUserId !== userId || Number(expires) < now || !/^\d+$/.test(version)) return null;
  return Number(version);
}
