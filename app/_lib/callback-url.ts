/** Only a same-site path may be a post-sign-in destination (no "//evil.example" or absolute URLs). */
export function safeCallbackUrl(value: string | string[] | undefined | null): string {
  const url = Array.isArray(value) ? value[0] : value;
  return url && url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/";
}

/** The sign-in (or sign-up) URL that brings the user back to `path` afterwards. */
export function signInUrl(path?: string, page: "signin" | "signup" = "signin") {
  return path && path !== "/" ? `/${page}?callbackUrl=${encodeURIComponent(path)}` : `/${page}`;
}
