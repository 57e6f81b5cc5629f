// Read lazily rather than through env() at import time, so `next build` needs no secret.
// Outside production a fixed fallback keeps dev and test sessions working without setup.
export function authSecret(): string | undefined {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  return process.env.NODE_ENV === "production" ? undefined : "waymark-development-secret-not-for-production";
}
