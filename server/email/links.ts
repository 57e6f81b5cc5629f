import "server-only";
import { env } from "../env.ts";
import { unsubscribeToken, type UnsubscribeTopic } from "./unsubscribe-token.ts";

// Emails are read outside the app, so every link in them is absolute, on the app's public origin.

/** The app's public origin (NEXTAUTH_URL), without a trailing slash. */
export function appOrigin(): string {
  const configured = env().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return configured.replace(/\/+$/, "");
}

/** An absolute URL of a path on the app ("/o/acme/goals/…"). */
export const absoluteUrl = (path: string) => `${appOrigin()}${path.startsWith("/") ? path : `/${path}`}`;

/** The page that confirms and applies an unsubscribe (app/unsubscribe/page.tsx). */
export const unsubscribeUrl = (topic: UnsubscribeTopic) => absoluteUrl(`/unsubscribe?token=${unsubscribeToken(topic)}`);

/** RFC 8058 one-click unsubscribe: mail clients POST here (app/unsubscribe/one-click/route.ts). */
export const oneClickUnsubscribeUrl = (topic: UnsubscribeTopic) =>
  absoluteUrl(`/unsubscribe/one-click?token=${unsubscribeToken(topic)}`);

export const preferencesUrl = () => absoluteUrl("/settings/notifications");
