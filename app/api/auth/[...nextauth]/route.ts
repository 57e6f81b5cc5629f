import NextAuth from "next-auth";
import { authOptions } from "../../../../server/auth/options.ts";
import { withSignInRateLimits } from "../../../../server/auth/sign-in.ts";

const handler = NextAuth(authOptions);

// A rate-limited sign-in answers 429 with Retry-After (next-auth itself would say 401).
export const GET = handler;
export const POST = withSignInRateLimits(handler);
