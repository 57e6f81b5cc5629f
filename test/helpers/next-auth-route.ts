// next-auth's App Router handler reads the request through `next/headers`, which only exists
// inside a Next server. This is the same handler (next-auth/next's NextAuthRouteHandler, line for
// line) reading the Request itself, so tests can drive /api/auth/* in-process: next-auth's core,
// our authorize() and the route's wrappers all run as under `next start`.
import { createRequire } from "node:module";
import type { AuthOptions } from "next-auth";

const require = createRequire(import.meta.url);
const root = require.resolve("next-auth").replace(/index\.js$/, "");
// Not in next-auth's package exports (types included), so loaded by file and typed here.
const { AuthHandler } = require(`${root}core/index.js`) as {
  AuthHandler: (params: { req: Request; options: AuthOptions }) => Promise<{ status?: number }>;
};
const { toResponse } = require(`${root}next/utils.js`) as { toResponse: (res: unknown) => Response };

export function nextAuthRoute(options: AuthOptions) {
  return async (req: Request): Promise<Response> => {
    const body = (await req.clone().json().catch(() => undefined)) as Record<string, string> | undefined;
    const internal = await AuthHandler({ req, options });
    const response = toResponse(internal);
    const redirect = response.headers.get("Location");
    if (body?.json === "true" && redirect) {
      response.headers.delete("Location");
      response.headers.set("Content-Type", "application/json");
      return new Response(JSON.stringify({ url: redirect }), { status: internal.status, headers: response.headers });
    }
    return response;
  };
}

/** A browser with a cookie jar, signing in as signIn("credentials", { redirect: false }) does. */
export class AuthClient {
  private readonly jar = new Map<string, string>();
  constructor(private readonly handle: (req: Request) => Promise<Response>) {}

  private async send(path: string, init: { method?: string; body?: Record<string, string> } = {}) {
    const response = await this.handle(
      new Request(`http://localhost:3000/api/auth/${path}`, {
        method: init.method ?? "GET",
        headers: {
          host: "localhost:3000",
          "content-type": "application/json",
          cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join("; "),
        },
        body: init.body ? JSON.stringify(init.body) : undefined,
      }),
    );
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      this.jar.set(name!, value.join("="));
    }
    return response;
  }

  async signIn(email: string, password: string): Promise<Response> {
    if (!this.jar.has("next-auth.csrf-token")) await this.send("csrf");
    const csrfToken = decodeURIComponent(this.jar.get("next-auth.csrf-token")!).split("|")[0]!;
    return this.send("callback/credentials", { method: "POST", body: { email, password, csrfToken, json: "true" } });
  }
}
