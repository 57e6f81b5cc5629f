import "server-only";
import type { EntryPoint } from "./config.ts";
import { chargeAttempt } from "./enforce.ts";
import { RateLimitedError } from "./errors.ts";
import { markPageRateLimited } from "./request-scope.ts";

/**
 * For server components: charges the attempt and answers true when it is over the limit; the
 * page then renders its own explanation, and the response goes out as 429 with Retry-After.
 */
export async function pageIsRateLimited(entry: EntryPoint, account: string | undefined): Promise<boolean> {
  try {
    await chargeAttempt(entry, account);
    return false;
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    markPageRateLimited(error.retryAfterSeconds);
    return true;
  }
}
