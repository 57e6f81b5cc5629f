// The security headers of every response, in one place. next.config.ts sends the fixed ones (and
// HSTS) on every response, pages, API and static files alike; proxy.ts adds the Content-Security-
// Policy to pages, with a fresh nonce per request. Pure: no imports, so next.config.ts can load it.

/** Sent on every response. */
export const FIXED_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  // Nobody may frame the app (clickjacking); frame-ancestors in the CSP says the same to new browsers.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites learn the origin only, never a page's path (org slugs, goal ids, share tokens).
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];

/** Sent only when the request came over HTTPS: over plain HTTP browsers ignore it anyway. */
export const STRICT_TRANSPORT_SECURITY = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

/**
 * The request came over HTTPS: a TLS-terminating proxy in front says so in X-Forwarded-Proto (its
 * first value is the client's side), or the URL the server saw is https.
 */
export function isHttpsRequest(headers: Headers, url: URL): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || url.protocol === "https:";
}

/** X-Forwarded-Proto as next.config's `has` matches it (a whole-value regular expression). */
export const FORWARDED_HTTPS_PATTERN = "https(?:\\s*,.*)?";

/** A fresh CSP nonce: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * The Content-Security-Policy of a page. Next reads the nonce back from this header on the
 * request and puts it on its own scripts; the root layout hands it to the Apollo provider.
 *
 * Scripts: only those carrying the nonce, and what they load ('strict-dynamic'); 'self' is only a
 * fallback for browsers without 'strict-dynamic'. No 'unsafe-eval' outside `next dev` (React's dev
 * tools need it there).
 * Styles: stylesheets and <style> elements need 'self' or the nonce, but style *attributes* are
 * allowed ('unsafe-inline' in style-src-attr): progress bars, the roadmap and recharts' SVG set
 * widths and positions through React's style prop, which the server renders as attributes, and
 * nonces cannot apply to attributes. An injected style attribute cannot load anything (img-src and
 * font-src stay 'self') nor run script. `next dev` injects its CSS without a nonce, so dev allows
 * inline styles outright.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    options.dev ? ["style-src", "'self'", "'unsafe-inline'"] : ["style-src", "'self'", `'nonce-${nonce}'`],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    // Over plain HTTP (local runs, the e2e server) it would send every request to a port that is not there.
    ...(options.https ? ([["upgrade-insecure-requests"]] as [string][]) : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}
