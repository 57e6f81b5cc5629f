import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { prisma } from "../db.ts";
import { chargeAttempt } from "../rate-limit/enforce.ts";
import { RateLimitedError } from "../rate-limit/errors.ts";
import { signInRateLimitedCode } from "../rate-limit/messages.ts";
import { assertHashingAvailable, burnPasswordCheck, verifyPassword } from "./passwords.ts";

/**
 * The Credentials provider's authorize(): null for a wrong email or password (the same answer and
 * about the same time either way). Each attempt is charged to the email and the client address
 * before any hashing, so a flood over the limit costs no CPU; a success gives its attempt back,
 * so the limits count failures.
 */
export async function authorizeWithPassword(credentials: Record<string, string> | undefined) {
  const email = credentials?.email?.trim().toLowerCase() ?? "";
  const password = credentials?.password ?? "";
  try {
    // During a flood most attempts end here: no query, no counting, no hashing.
    assertHashingAvailable();
    const attempt = await chargeAttempt("signIn", email || undefined);
    const user = email ? await prisma().user.findUnique({ where: { email } }) : null;
    if (!user) {
      await burnPasswordCheck(password);
      return null;
    }
    if (!(await verifyPassword(password, user.passwordHash))) return null;
    await attempt.forgive();
    return { id: user.id, email: user.email, name: user.name };
  } catch (error) {
    if (!(error instanceof RateLimitedError)) throw error;
    const outcome = signInOutcome.getStore();
    if (outcome) outcome.retryAfterSeconds = error.retryAfterSeconds;
    // next-auth hands only this string to the browser (`error` of signIn()'s result).
    throw new Error(signInRateLimitedCode(error.retryAfterSeconds));
  }
}

const signInOutcome = new AsyncLocalStorage<{ retryAfterSeconds?: number }>();

type RouteHandler<Rest extends unknown[]> = (req: Request, ...rest: Rest) => Promise<Response>;

/**
 * Wraps next-auth's route handler: next-auth answers a refused authorize() with 401, so a
 * rate-limited sign-in is turned into 429 with Retry-After here, keeping next-auth's body (the
 * JSON that signIn() parses) and cookies.
 */
export function withSignInRateLimits<Rest extends unknown[]>(handler: RouteHandler<Rest>): RouteHandler<Rest> {
  return async (req, ...rest) => {
    const outcome: { retryAfterSeconds?: number } = {};
    const response = await signInOutcome.run(outcome, () => handler(req, ...rest));
    if (outcome.retryAfterSeconds === undefined) return response;
    const headers = new Headers(response.headers);
    headers.set("Retry-After", String(outcome.retryAfterSeconds));
    // A plain form post would have been redirected to the error page; 429 cannot redirect.
    headers.delete("Location");
    const body = response.status >= 300 && response.status < 400 ? null : await response.arrayBuffer();
    return new Response(body, { status: 429, statusText: "Too Many Requests", headers });
  };
}
