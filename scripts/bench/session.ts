// Signing a person in as the browser does, through next-auth's own endpoints: the CSRF token and
// its cookie, then the credentials callback; the cookies it sets are the session.
const cookiesOf = (res: Response) => res.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);

/** The Cookie header of a signed-in session. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map(cookiesOf(csrf).map((c) => [c.slice(0, c.indexOf("=")), c] as const));
  const res = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar.values()].join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  for (const c of cookiesOf(res)) jar.set(c.slice(0, c.indexOf("=")), c);
  if (![...jar.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
    throw new Error(`Sign-in as ${email} failed: ${res.status} ${(await res.text()).slice(0, 300)}`);
  }
  return [...jar.values()].join("; ");
}
