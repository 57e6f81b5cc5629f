import {
  type Api,
  type Page,
  type TestUser,
  checkInViaApi,
  createGoal,
  createMilestone,
  createOrg,
  expect,
  goalPath,
  isoDate,
  signIn,
  test,
} from "./fixtures.ts";

/**
 * The security headers, as a browser and an API client receive them, and the app's pages working
 * under the Content-Security-Policy: no violation reported while they load, hydrate and draw.
 */

interface Workspace {
  org: { slug: string };
  goal: { id: string };
  sharePath: string;
}

/** An org with a goal that has milestones, check-ins (so its chart draws) and a share link. */
async function workspace(api: Api, owner: TestUser): Promise<Workspace> {
  const org = await createOrg(api);
  const goal = await createGoal(api, {
    organizationId: org.id,
    ownerId: owner.id,
    title: "Ship the partner portal",
    startDate: isoDate(-20),
    targetDate: isoDate(40),
  });
  await createMilestone(api, { goalId: goal.id, title: "Draft the API contract", dueDate: isoDate(-3) });
  await createMilestone(api, { goalId: goal.id, title: "Pilot with two partners", dueDate: isoDate(10) });
  await checkInViaApi(api, { goalId: goal.id, confidence: "AT_RISK", note: "Partners are slow to sign." });
  const share = await api.must<{ createShareLink: { path: string } }>(
    `mutation ($input: CreateShareLinkInput!) { createShareLink(input: $input) { path } }`,
    { input: { organizationId: org.id, goalId: goal.id } },
  );
  return { org, goal, sharePath: share.createShareLink.path };
}

/**
 * Collects what Chromium reports about the CSP on `page`: console messages that mention it (how
 * a blocked script or style shows up) and the document's securitypolicyviolation events.
 */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const reports: string[] = [];
  page.on("console", (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) reports.push(`console ${message.type()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return async () => reports;
}

function expectPageHeaders(headers: Record<string, string>, label: string) {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, `${label}: CSP`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'/);
  expect(csp, `${label}: CSP`).toContain("frame-ancestors 'none'");
  expect(csp, `${label}: CSP`).toContain("object-src 'none'");
  expect(csp, `${label}: CSP`).not.toContain("unsafe-eval");
  expect(csp, `${label}: CSP`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expectFixedHeaders(headers, label);
}

function expectFixedHeaders(headers: Record<string, string>, label: string) {
  expect(headers["x-frame-options"], `${label}: X-Frame-Options`).toBe("DENY");
  expect(headers["x-content-type-options"], `${label}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${label}: Referrer-Policy`).toBe("strict-origin-when-cross-origin");
  // The e2e server is plain HTTP, as the browser reached it.
  expect(headers["strict-transport-security"], `${label}: no HSTS over HTTP`).toBeUndefined();
}

/** Visits `path`, waits for it to settle and asserts its response headers. */
async function visit(page: Page, path: string): Promise<void> {
  await test.step(path, async () => {
    const response = await page.goto(path);
    expect(response?.status(), `GET ${path}`).toBe(200);
    expectPageHeaders(response!.headers(), path);
    await page.waitForLoadState("networkidle");
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page.locator("h1").first()).toBeVisible();
  });
}

test.describe("security headers", () => {
  test("signed-out and signed-in pages load under the CSP without a violation", async ({ user, apiAs, newPage }) => {
    const w = await workspace(await apiAs(user), user);
    const page = await newPage();
    const violations = await watchCsp(page);

    for (const path of ["/signin", "/signup", w.sharePath]) await visit(page, path);

    // Signing in through the form needs the page's scripts: without them the form would not post
    // to next-auth and the page would stay on /signin.
    await page.goto("/signin");
    await signIn(page, user);

    const signedIn = [
      "/",
      `/o/${w.org.slug}`,
      `/o/${w.org.slug}/goals`,
      goalPath(w.org, w.goal),
      `/o/${w.org.slug}/roadmap`,
      `/o/${w.org.slug}/members`,
      `/o/${w.org.slug}/activity`,
      `/o/${w.org.slug}/sharing`,
      "/my-work",
      "/settings/tokens",
    ];
    for (const path of signedIn) await visit(page, path);

    // The goal's progress chart (recharts) drew its lines under the CSP.
    await page.goto(goalPath(w.org, w.goal));
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await expect(page.locator(".recharts-surface path").first()).toBeAttached();

    expect(await violations(), "CSP reports").toEqual([]);
  });

  test("every script in a page carries that response's nonce, and each response has its own", async ({ page }) => {
    const first = await page.goto("/signin");
    const nonce = /'nonce-([^']+)'/.exec(first!.headers()["content-security-policy"] ?? "")?.[1];
    expect(nonce).toBeTruthy();
    // The browser hides nonce attributes from the DOM after parsing; read the `nonce` property.
    const scripts = await page.locator("script").evaluateAll((elements) => elements.map((el) => (el as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(new Set(scripts)).toEqual(new Set([nonce]));

    const second = await page.goto("/signin");
    const nextNonce = /'nonce-([^']+)'/.exec(second!.headers()["content-security-policy"] ?? "")?.[1];
    expect(nextNonce).toBeTruthy();
    expect(nextNonce).not.toBe(nonce);
  });

  test("a nonce sent by the client is not trusted", async ({ request }) => {
    const response = await request.get("/signin", {
      headers: { "content-security-policy": "script-src 'nonce-attacker'", "x-nonce": "attacker" },
    });
    expect(response.headers()["content-security-policy"]).not.toContain("attacker");
    expect(await response.text()).not.toContain("attacker");
  });

  test("the API, static files and redirects carry the other headers", async ({ request, page }) => {
    const api = await request.post("/api/graphql", {
      headers: { "content-type": "application/json" },
      data: { query: "{ __typename }" },
    });
    expect(api.status()).toBe(200);
    expectFixedHeaders(api.headers(), "POST /api/graphql");

    const redirect = await request.get("/o/anything", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expectFixedHeaders(redirect.headers(), "redirect to sign-in");

    await page.goto("/signin");
    const scriptSrc = await page.locator("script[src]").first().getAttribute("src");
    expect(scriptSrc).toMatch(/^\/_next\/static\//);
    const asset = await request.get(scriptSrc!);
    expect(asset.status()).toBe(200);
    expectFixedHeaders(asset.headers(), scriptSrc!);
  });

  test("HSTS is sent only when the request came over HTTPS", async ({ request }) => {
    for (const path of ["/signin", "/api/auth/csrf"]) {
      const overHttps = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
      expect(overHttps.headers()["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
      const overHttp = await request.get(path);
      expect(overHttp.headers()["strict-transport-security"], path).toBeUndefined();
    }
    // Over HTTPS the page's CSP also upgrades any http:// subresource.
    const page = await request.get("/signin", { headers: { "x-forwarded-proto": "https" } });
    expect(page.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  });
});
