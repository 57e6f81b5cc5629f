import "server-only";
import { DomainError } from "../errors.ts";
import { tooManyAttempts } from "./messages.ts";

/**
 * Over a rate limit. `extensions.http` is read by Apollo Server (graphql-js copies an original
 * error's extensions onto the located error), so /api/graphql answers 429 with Retry-After; the
 * formatted error keeps only the code RATE_LIMITED and the message.
 */
export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;
  readonly extensions: { code: "RATE_LIMITED"; http: { status: 429; headers: Map<string, string> } };

  constructor(retryAfterSeconds: number, message?: string) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super("RATE_LIMITED", message ?? tooManyAttempts(seconds));
    this.name = "RateLimitedError";
    this.retryAfterSeconds = seconds;
    this.extensions = { code: "RATE_LIMITED", http: { status: 429, headers: new Map([["retry-after", String(seconds)]]) } };
  }
}
