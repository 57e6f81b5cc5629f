import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser, FACTORY_PASSWORD } from "../../prisma/factories.ts";
import { authOptions } from "../../server/auth/options.ts";
import { withSignInRateLimits } from "../../server/auth/sign-in.ts";
import { limits } from "../../server/rate-limit/config.ts";
import { signInRetryAfter } from "../../server/rate-limit/messages.ts";
import { withRequestScope } from "../../server/rate-limit/request-scope.ts";
import { AuthClient, nextAuthRoute } from "../helpers/next-auth-route.ts";

// POST /api/auth/callback/credentials as the route composes it (app/api/auth/[...nextauth]/route.ts).
const route = withSignInRateLimits(nextAuthRoute(authOptions));
const uniqueAddress = () => `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join(".")}`;

/** One browser at one address. */
function browser(address = uniqueAddress()) {
  return new AuthClient((req) => withRequestScope(address, () => route(req)));
}

async function expectSignInRateLimited(response: Response) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  // What next-auth's signIn() reads: the error the sign-in form turns into "Try again in N minutes".
  const { url } = (await response.json()) as { url: string };
  expect(signInRetryAfter(new URL(url).searchParams.get("error"))).toBe(retryAfter);
  expect(response.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(false);
}

describe("sign-in rate limits (POST /api/auth/callback/credentials)", () => {
  it("after 10 wrong passwords for one account (from any addresses) answers 429 with Retry-After, even for the right password", async () => {
    const user = await createUser();
    for (let i = 0; i < limits.signIn.account.points; i++) {
      const response = await browser().signIn(user.email, "wrong password");
      expect(response.status).toBe(401);
    }
    await expectSignInRateLimited(await browser().signIn(user.email, "wrong password"));
    await expectSignInRateLimited(await browser().signIn(user.email.toUpperCase(), FACTORY_PASSWORD));
  });

  it("successful sign-ins do not count: a person who signs in often is never locked out", async () => {
    const user = await createUser();
    const client = browser();
    for (let i = 0; i < limits.signIn.account.points + 2; i++) expect((await client.signIn(user.email, FACTORY_PASSWORD)).status).toBe(200);
  });

  it("after 50 failures from one address (spraying many accounts) answers 429 to that address only", async () => {
    const address = uniqueAddress();
    const sprayer = browser(address);
    for (let i = 0; i < limits.signIn.address.points; i++) {
      expect((await sprayer.signIn(`nobody-${randomUUID()}@example.test`, "guess")).status).toBe(401);
    }
    await expectSignInRateLimited(await sprayer.signIn(`nobody-${randomUUID()}@example.test`, "guess"));
    const user = await createUser();
    expect((await browser().signIn(user.email, FACTORY_PASSWORD)).status).toBe(200);
  });
});
