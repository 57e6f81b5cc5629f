import { createGoalWith, createOrg, expect, goalPath, type Page, signIn, test, uniqueSuffix } from "./fixtures.ts";

// Issue #12, section 1: one date format everywhere, following the viewer's locale (the browser's
// Accept-Language). Server rendering and the browser must write the same text: no hydration errors.

const cases = [
  { locale: "en-US", lang: "en-US", target: "Jan 20, 2027", window: "Nov 1, 2026 → Jan 20, 2027", other: "20 Jan 2027" },
  { locale: "en-GB", lang: "en-GB", target: "20 Jan 2027", window: "1 Nov 2026 → 20 Jan 2027", other: "Jan 20, 2027" },
  // The words stay English, so the page's language does too; only the dates follow de-DE.
  { locale: "de-DE", lang: "en", target: "20. Jan. 2027", window: "1. Nov. 2026 → 20. Jan. 2027", other: "20 Jan 2027" },
] as const;

/** Console errors and uncaught page errors about hydration (server text differing from the browser's). */
function hydrationErrors(page: Page): string[] {
  const errors: string[] = [];
  const keep = (text: string) => {
    if (/hydrat|did not match|#418|#425/i.test(text)) errors.push(text);
  };
  page.on("console", (message) => {
    if (message.type() === "error") keep(message.text());
  });
  page.on("pageerror", (error) => keep(error.message));
  return errors;
}

for (const c of cases) {
  test.describe(`in ${c.locale}`, () => {
    test.use({ locale: c.locale });

    test(`the goal page and the dashboard write dates as "${c.target}"`, async ({ page, user, apiAs }) => {
      const api = await apiAs(user);
      const org = await createOrg(api);
      const goal = await createGoalWith(api, {
        organizationId: org.id,
        ownerId: user.id,
        title: `Open the Lisbon office ${uniqueSuffix()}`,
        startDate: "2026-11-01",
        targetDate: "2027-01-20",
      });
      const errors = hydrationErrors(page);
      await signIn(page, user);

      await page.goto(goalPath(org, goal));
      await expect(page.locator("html")).toHaveAttribute("lang", c.lang);
      const main = page.getByRole("main");
      await expect(main.getByText(c.window).first()).toBeVisible();
      // The SMART card's sentences are the API's, written in the request's locale too.
      await expect(main.getByText(new RegExp(`^Due ${c.target.replaceAll(".", "\\.")}, \\d+ days after the goal was set\\.$`))).toBeVisible();
      await expect(main).not.toContainText(c.other);

      await page.goto(`/o/${org.slug}`);
      const row = main.getByRole("listitem").filter({ hasText: goal.title }).first();
      await expect(row).toContainText(`Target ${c.target}`);
      await expect(main).not.toContainText(c.other);

      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    });
  });
}
