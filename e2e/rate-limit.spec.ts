import { expect, test } from "./fixtures.ts";

// Against the real `next start`: the sign-in endpoint answers 429 with Retry-After past the
// per-account limit, and the form tells the person how long to wait. (The e2e server exempts
// 127.0.0.1 from per-address limits; per-account limits apply as in production.)
test("after 10 wrong passwords the sign-in form says to try again in N minutes", async ({ page, user }) => {
  const csrf = await (await page.request.get("/api/auth/csrf")).json();
  for (let i = 0; i < 10; i++) {
    const response = await page.request.post("/api/auth/callback/credentials", {
      form: { email: user.email, password: `wrong-${i}`, csrfToken: csrf.csrfToken, json: "true" },
    });
    expect(response.status()).toBe(401);
  }

  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  const callback = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  const response = await callback;
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThan(14 * 60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  await expect(page.getByText(/^Too many attempts\. Try again in 1[45] minutes\.$/)).toBeVisible();
  await expect(page).toHaveURL(/\/signin/);
});
