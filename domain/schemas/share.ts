import { z } from "zod";

// Share links: read-only views for people outside the workspace. Pure rules (status, paths,
// input); the service is shares.ts.

export const SHARE_TOKEN_PREFIX = "wms";

// A far expiry is a link without one in disguise, and instants past year 9999 cannot be read back.
export const MAX_SHARE_LINK_LIFETIME_DAYS = 366;
const DAY_MS = 86_400_000;

export const createShareLinkInput = z.object({
  goalId: z.string().min(1).nullish(),
  expiresAt: z
    .date({ error: "Expiry must be a real date and time." })
    .refine((d) => d.getTime() <= Date.now() + MAX_SHARE_LINK_LIFETIME_DAYS * DAY_MS, {
      message: `A link can expire at most ${MAX_SHARE_LINK_LIFETIME_DAYS} days from now; leave the expiry empty for a link that lasts until revoked.`,
    })
    .nullish(),
});
export type CreateShareLinkInput = z.input<typeof createShareLinkInput>;

export const shareTokenSchema = z.string().trim().min(1).max(200);

export type ShareLinkStatus = "ACTIVE" | "EXPIRED" | "REVOKED";
export type ShareLinkScope = "GOAL" | "DASHBOARD";

/** Revocation wins over expiry; a link without an expiry never expires. */
export function shareLinkStatus(link: { revokedAt: Date | null; expiresAt: Date | null }, now: Date = new Date()): ShareLinkStatus {
  if (link.revokedAt) return "REVOKED";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "EXPIRED";
  return "ACTIVE";
}

export const shareLinkScope = (link: { goalId: string | null }): ShareLinkScope => (link.goalId ? "GOAL" : "DASHBOARD");

// lastViewedAt is advisory: refresh it at most once a minute so a busy link does not write per view.
export const LAST_VIEWED_RESOLUTION_MS = 60_000;

export function needsViewTouch(lastViewedAt: Date | null, now: Date = new Date()): boolean {
  return !lastViewedAt || now.getTime() - lastViewedAt.getTime() >= LAST_VIEWED_RESOLUTION_MS;
}

/** The public page of a share link; the token is the only key to it. */
export function sharePath(token: string): string {
  return `/shared/${encodeURIComponent(token)}`;
}

export function shareUrl(token: string, origin: string | undefined): string {
  const path = sharePath(token);
  return origin ? `${origin.replace(/\/+$/, "")}${path}` : path;
}
