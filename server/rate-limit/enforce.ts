import "server-only";
import { createHash } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env.ts";
import { normalizeAddress } from "./client-address.ts";
import type { EntryPoint } from "./config.ts";
import { RateLimitedError } from "./errors.ts";
import { limiterStore, type Scope } from "./limiters.ts";
import { requestScope } from "./request-scope.ts";

/** A charged attempt; forgive() gives it back (a sign-in that turned out to be right). */
export interface Attempt {
  forgive(): Promise<void>;
}

const free: Attempt = { forgive: async () => {} };

/**
 * Counts one attempt at `entry` against the account (email, user id or secret; undefined when
 * there is none) and against the client address of the current request; throws RateLimitedError
 * when either is over its limit. Subjects are stored hashed: no emails, addresses or secrets in
 * the counters table, and a bounded key length.
 */
export function chargeAttempt(entry: EntryPoint, account: string | undefined): Promise<Attempt> {
  const scope = requestScope();
  // One request is one attempt, however many layers of it ask (a page, its metadata and the
  // resolver they run): later askers share the first one's answer.
  const onceKey = `${entry}\n${account ?? ""}`;
  const earlier = scope?.charged.get(onceKey);
  if (earlier) return earlier.then(() => free);
  const attempt = charge(entry, account, scope?.address);
  scope?.charged.set(onceKey, attempt);
  return attempt;
}

async function charge(entry: EntryPoint, account: string | undefined, address: string | undefined): Promise<Attempt> {
  const subjects: [Scope, string][] = [];
  if (account) subjects.push(["account", account]);
  if (!address) warnNoAddressOnce();
  else if (!allowlist().has(address)) subjects.push(["address", address]);

  const charged = subjects.map(([kind, subject]) => ({ limiter: limiterStore().limiter(entry, kind), key: digest(subject) }));
  const results = await Promise.allSettled(charged.map(({ limiter, key }) => limiter.consume(key)));
  let waitMs = 0;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!isRefusal(result.reason)) throw result.reason;
    waitMs = Math.max(waitMs, result.reason.msBeforeNext);
  }
  if (waitMs > 0) throw new RateLimitedError(waitMs / 1000);
  return {
    async forgive() {
      await Promise.all(charged.map(({ limiter, key }) => limiter.reward(key, 1)));
    },
  };
}

/**
 * A limiter's "over the limit" answer. Not `instanceof RateLimiterRes`: the limiter store is one per
 * process (globalThis, limiters.ts) while Next bundles this module once per layer, so a page's copy
 * of the class is not the one the store's limiters reject with (a page over its limit answered 500).
 */
function isRefusal(reason: unknown): reason is RateLimiterRes {
  return reason instanceof RateLimiterRes || (typeof reason === "object" && reason !== null && typeof (reason as RateLimiterRes).msBeforeNext === "number");
}

let allowed: Set<string> | undefined;
function allowlist(): Set<string> {
  allowed ??= new Set([...env().RATE_LIMIT_ALLOWLIST].map(normalizeAddress));
  return allowed;
}

function digest(subject: string): string {
  return createHash("sha256").update(subject).digest("base64url");
}

let warned = false;
function warnNoAddressOnce() {
  if (warned || process.env.NODE_ENV !== "production") return;
  warned = true;
  console.warn("[rate-limit] no client address for this request: per-address limits are off (instrumentation.ts not run?)");
}
