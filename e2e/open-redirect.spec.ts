import { type Page, createOrg, expect, signIn, test } from "./fixtures.ts";

/**
 * A hostile callbackUrl on /signin (or /signup) never takes anyone off the app: not after signing
 * in through the form, not when an already signed-in user opens the link, and never as a 500.
 */

// As they appear in the link (already percent-encoded once), the case first.
const HOSTILE = {
  tab: "%2F%09%2Fevil.example",
  newline: "%2F%0A%2Fevil.example",
  "carriage return": "%2F%0D%2Fevil.example",
  CRLF: "%2F%0D%0ALocation:%20https://evil.example",
  "protocol-relative": "%2F%2Fevil.example",
  "raw protocol-relative": "//evil.example",
  "slash backslash": "%2F%5Cevil.example",
  "dot segment": "%2F.%2F%2Fevil.example",
  "encoded twice": "%252F%252Fevil.example",
  "absolute URL": "https%3A%2F%2Fevil.example%2F",
  userinfo: "http%3A%2F%2F127.0.0.1%40evil.example%2F",
  "javascript:": "javascript%3Aalert(document.domain)",
  "data:": "data%3Atext%2Fhtml%2C%3Cscript%3Ealert(1)%3C%2Fscript%3E",
};

/** Any request to another host is answered with a marker page, so leaving the app is visible. */
async function trapOtherHosts(page: Page): Promise<string[]> {
  const left: string[] = [];
  await page.context().route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => {
      left.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/html", body: "<h1>evil</h1>" });
    },
  );
  return left;
}

function appOrigin(baseURL: string | undefined): string {
  return new URL(baseURL!).origin;
}

test.describe("open redirect", () => {
  test("signing in with the issue's callbackUrl (a tab) lands on the app", async ({ page, user, baseURL }) => {
    const left = await trapOtherHosts(page);
    const response = await page.goto(`/signin?callbackUrl=${HOSTILE.tab}`);
    expect(response?.status()).toBe(200);
    await signIn(page, user);
    await expect(page.getByRole("button", { name: user.name, exact: true })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(appOrigin(baseURL));
    expect(left).toEqual([]);
  });

  test("signing in with a newline in the callbackUrl lands on the app", async ({ page, user, baseURL }) => {
    const left = await trapOtherHosts(page);
    const response = await page.goto(`/signin?callbackUrl=${HOSTILE.newline}`);
    expect(response?.status()).toBe(200);
    await signIn(page, user);
    await expect(page.getByRole("button", { name: user.name, exact: true })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(appOrigin(baseURL));
    expect(left).toEqual([]);
  });

  test("a signed-in user opening a hostile sign-in or sign-up link stays on the app, and no link answers 500", async ({
    user,
    newPage,
    baseURL,
  }) => {
    const page = await newPage(user);
    const left = await trapOtherHosts(page);
    for (const [name, callback] of Object.entries(HOSTILE)) {
      for (const form of ["signin", "signup"]) {
        await test.step(`${form}: ${name}`, async () => {
          const path = `/${form}?callbackUrl=${callback}`;
          // The redirect itself, as any client receives it.
          const redirect = await page.request.get(path, { maxRedirects: 0 });
          expect(redirect.status(), `${path} status`).toBeLessThan(500);
          const location = redirect.headers().location;
          expect(location, `${path} redirects`).toBeTruthy();
          expect(new URL(location!, baseURL).origin, `${path} Location ${location}`).toBe(appOrigin(baseURL));

          // And where the browser ends up.
          const response = await page.goto(path);
          expect(response?.status(), `${path} final status`).toBe(200);
          expect(new URL(page.url()).origin, path).toBe(appOrigin(baseURL));
        });
      }
    }
    expect(left).toEqual([]);
  });

  test("signed out, a hostile link still shows the sign-in form (never a 500)", async ({ request }) => {
    for (const [name, callback] of Object.entries(HOSTILE)) {
      const response = await request.get(`/signin?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(response.status(), name).toBe(200);
      expect(await response.text(), name).toContain("Sign in to Waymark");
    }
  });

  test("a deep link survives sign-in: the proxy's callbackUrl still brings the user back", async ({ page, user, apiAs, baseURL }) => {
    const org = await createOrg(await apiAs(user));
    const members = `/o/${org.slug}/members?tab=all`;
    await page.goto(members);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await signIn(page, user);
    await expect(page).toHaveURL(`${appOrigin(baseURL)}${members}`);
  });

  test("next-auth answers with a URL on the app whatever callbackUrl it is given", async ({ user, request, baseURL }) => {
    for (const callbackUrl of ["https://evil.example/", "//evil.example", "/\t/evil.example", `${appOrigin(baseURL)}@evil.example/`]) {
      const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      const response = await request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: user.email, password: user.password, callbackUrl, json: "true" },
      });
      expect(response.ok(), callbackUrl).toBe(true);
      const { url } = (await response.json()) as { url: string };
      expect(new URL(url).origin, `${callbackUrl} -> ${url}`).toBe(appOrigin(baseURL));
    }
  });
});
