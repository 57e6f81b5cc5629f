import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { authSecret } from "./server/auth/secret.ts";

// Sends signed-out visitors of a signed-in page to /signin, remembering where they were going.
// Only a convenience for deep links: the (app) layout and the API enforce authentication.
export async function proxy(req: NextRequest) {
  if (await getToken({ req, secret: authSecret() })) return NextResponse.next();
  const signIn = new URL("/signin", req.url);
  signIn.searchParams.set("callbackUrl", `${req.nextUrl.pathname}${req.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/o/:path*", "/orgs/:path*", "/settings/:path*"] };
