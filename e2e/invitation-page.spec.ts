import { randomUUID } from "node:crypto";
import { createOrg, expect, inviteMember, newUserData, test } from "./fixtures.ts";

// Issue #12: the invitation page's first view is rendered on the server (no loading state), and
// looking tokens up is rate-limited like share links: per link and per address (the e2e server
// exempts 127.0.0.1 from per-address limits, so the per-link limit is the one reached here).

test("the invitation is in the server's HTML, with nothing left to load", async ({ page, user, apiAs }) => {
  const org = await createOrg(await apiAs(user));
  const link = await inviteMember(await apiAs(user), org, newUserData("Ivy").email, "MEMBER");

  // React separates text runs with empty comments in HTML: "Join <!-- -->Org<!-- --> on Waymark".
  const html = (await (await page.request.get(link)).text()).replaceAll("<!-- -->", "");
  expect(html).toContain(`Join ${org.name} on Waymark`);
  expect(html).not.toContain("Loading invitation");

  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join ${org.name} on Waymark` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();
});

test("an unknown link says so, and past 60 lookups of one link the page answers 429 with a wait", async ({ page }) => {
  const path = `/invitations/wmi_${randomUUID()}`;
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "This invitation link isn't valid" })).toBeVisible();

  // One lookup spent above; the limit is 60 per link in 15 minutes (server/rate-limit/config.ts).
  for (let i = 1; i < 60; i++) expect((await page.request.get(path)).status()).toBe(200);
  const refused = await page.request.get(path);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);

  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Too many attempts right now" })).toBeVisible();
});
