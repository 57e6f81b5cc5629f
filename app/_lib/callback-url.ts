// Where a user may be sent after signing in (or up, or out). The one rule for every place that
// redirects to a URL taken from the request: the sign-in and sign-up pages, their forms, and
// next-auth's redirect callback. Browser-safe: the forms import signInUrl from here.

/** Where a refused callback goes instead. */
const HOME = "/";

// Relative callbacks are resolved against this origin when the app's own is not at hand; any
// input that resolves elsewhere (protocol-relative, backslashed, absolute) is refused.
const PLACEHOLDER_ORIGIN = "http://waymark.invalid";

// Browsers and the URL parser drop tabs and newlines silently ("/\t/evil.example" becomes
// "//evil.example"), a raw newline in a Location header makes the page answer 500, and browsers read
// "\" as "/". None of them belongs in a URL the app itself made, so such input is refused outright.
const FORBIDDEN_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/**
 * The post-sign-in destination for `value`: a path on this app (its pathname, query and hash, as
 * the WHATWG URL parser serializes them), or "/" when `value` is anything else.
 *
 * Accepted: a path that starts with a single "/" and stays on the app once parsed; with
 * `appOrigin` also an absolute URL on exactly that origin (next-auth hands over absolute URLs).
 * The result is always a path that starts with one "/", so a browser can only resolve it against
 * the app's own origin.
 */
export function safeCallbackUrl(value: string | string[] | undefined | null, appOrigin?: string): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "" || FORBIDDEN_CHARACTERS.test(raw)) return HOME;

  const isPath = raw.startsWith("/") && !raw.startsWith("//");
  const isAbsolute = appOrigin !== undefined && parseUrl(raw) !== null;
  if (!isPath && !isAbsolute) return HOME;

  const origin = appOrigin === undefined ? PLACEHOLDER_ORIGIN : parseUrl(appOrigin)?.origin;
  const url = origin ? parseUrl(raw, origin) : null;
  if (!url || url.origin !== origin) return HOME;

  // Dot segments can still produce a leading "//" ("/.//evil.example" parses to the path
  // "//evil.example"), which a browser would read as another host.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : HOME;
}

// URL.parse is missing from Node 20.
function parseUrl(input: string, base?: string): URL | null {
  try {
    return new URL(input, base);
  } catch {
    return null;
  }
}

/** The sign-in (or sign-up) URL that brings the user back to `path` afterwards. */
export function signInUrl(path?: string, page: "signin" | "signup" = "signin") {
  return path && path !== "/" ? `/${page}?callbackUrl=${encodeURIComponent(path)}` : `/${page}`;
}
