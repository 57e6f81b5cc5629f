// Pure and browser-safe: the sign-in form reads the same wording the server writes.

/** "Too many attempts. Try again in 14 minutes." */
export function tooManyAttempts(retryAfterSeconds: number): string {
  return `Too many attempts. Try again in ${waitFor(retryAfterSeconds)}.`;
}

function waitFor(seconds: number): string {
  if (seconds < 60) return seconds <= 1 ? "a second" : `${Math.ceil(seconds)} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}

// next-auth passes only an error string from authorize() to the browser, so the wait travels in it.
const SIGN_IN_PREFIX = "RateLimited:";

export function signInRateLimitedCode(retryAfterSeconds: number): string {
  return `${SIGN_IN_PREFIX}${Math.ceil(retryAfterSeconds)}`;
}

/** The wait in seconds when a sign-in error string says the attempt was rate-limited, else null. */
export function signInRetryAfter(error: string | null | undefined): number | null {
  if (!error?.startsWith(SIGN_IN_PREFIX)) return null;
  const seconds = Number(error.slice(SIGN_IN_PREFIX.length));
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}
