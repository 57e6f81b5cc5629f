// Drives next-auth's own request handler (the code behind /api/auth/*) in-process, so tests sign
// in, update and sign out exactly as a browser does: CSRF cookie and token, credentials callback,
// session cookie. The session cookie it returns is then replayed against /api/graphql.
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import type { NextAuthOptions } from "next-auth";
import { NextRequest } from "next/server";
import { POST as graphqlPost } from "../../app/api/graphql/route.ts";
import { authOptions } from "../../server/auth/options.ts";

// next-auth's package exports do not list ./core (its route handler wraps it with Next's request
// scope, which a test does not have); load the same module by its file.
const require = createRequire(import.meta.url);
const { AuthHandler } = require(require.resolve("next-auth").replace(/index\.js$/, "core/index.js")) as {
  AuthHandler: (params: { req: Request; options: NextAuthOptions }) => Promise<{
    body?: unknown;
    cookies?: { name: string; value: string; options?: { maxAge?: number } }[];
  }>;
};

const origin = "http://localhost:3000";
export const SESSION_COOKIE = "next-auth.session-token";

type Jar = Map<string, string>;

async function auth(path: string, jar: Jar, init: { method?: string; body?: Record<string, string> } = {}) {
  const res = await AuthHandler({
    req: new Request(`${origin}/api/auth/${path}`, {
      method: init.method ?? "GET",
      headers: {
        host: "localhost:3000",
        "content-type": "application/json",
        // A browser of its own, so per-IP sign-in limits of one test do not touch another.
        "x-forwarded-for": `10.${randomUUID().split("").map((c) => c.charCodeAt(0)).slice(0, 3).map((n) => n % 250).join(".")}`,
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    }),
    options: authOptions,
  });
  for (const c of res.cookies ?? []) {
    if (c.value === "" || c.options?.maxAge === 0) jar.delete(c.name);
    else jar.set(c.name, c.value);
  }
  return res;
}

async function csrfToken(jar: Jar): Promise<string> {
  const res = await auth("csrf", jar);
  return (res.body as { csrfToken: string }).csrfToken;
}

/** A browser with its own cookie jar. */
export class Browser {
  readonly jar: Jar = new Map();

  async signIn(email: string, password: string) {
    await auth("callback/credentials", this.jar, {
      method: "POST",
      body: { email, password, csrfToken: await csrfToken(this.jar), json: "true" },
    });
    return this.sessionCookie();
  }

  /** next-auth's session update, as `useSession().update(data)` sends it. */
  async updateSession(data: Record<string, string>) {
    await auth("session", this.jar, { method: "POST", body: { csrfToken: await csrfToken(this.jar), data } as never });
    return this.sessionCookie();
  }

  async signOut() {
    await auth("signout", this.jar, { method: "POST", body: { csrfToken: await csrfToken(this.jar), json: "true" } });
  }

  /** The session cookie as an attacker would have copied it; null when there is none. */
  sessionCookie(): string | null {
    const value = this.jar.get(SESSION_COOKIE);
    return value ? `${SESSION_COOKIE}=${value}` : null;
  }
}

/** POST /api/graphql through the real route handler, with a cookie header. */
export async function graphqlWithCookie(cookie: string | null, query: string, variables?: Record<string, unknown>) {
  const res = await graphqlPost(
    new NextRequest(`${origin}/api/graphql`, {
      method: "POST",
      body: JSON.stringify({ query, variables }),
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    }),
  );
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}
