import { getToken } from "next-auth/jwt";
import { type NextRequest, NextResponse } from "next/server";
import { authSecret } from "./server/auth/secret.ts";
import { contentSecurityPolicy, isHttpsRequest, newNonce } from "./server/security-headers.ts";

const SIGNED_IN_PREFIXES = ["/o", "/orgs", "/settings"];

function isSignedInPath(pathname: string): boolean {
  return SIGNED_IN_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

// Every page: a Content-Security-Policy with a fresh nonce (the other security headers come from
// next.config.ts). Signed-in pages also send signed-out visitors to /signin, remembering where they
// were going; that is only a convenience for deep links: the (app) layout and the API enforce
// authentication.
export async function proxy(req: NextRequest) {
  if (isSignedInPath(req.nextUrl.pathname) && !(await getToken({ req, secret: authSecret() }))) {
    const signIn = new URL("/signin", req.url);
    signIn.searchParams.set("callbackUrl", `${req.nextUrl.pathname}${req.nextUrl.search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: isHttpsRequest(req.headers, req.nextUrl),
  });
  // Next reads the nonce from the request's CSP header and puts it on its scripts; x-nonce is for
  // the root layout. Both replace whatever the client sent under those names.
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Pages only. API routes are left out so that request bodies are not buffered for the proxy
  // (they get the other headers from next.config.ts), and static files so they are served as they are.
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.ico|icon\\.svg).*)"],
};
