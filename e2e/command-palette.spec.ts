import AxeBuilder from "@axe-core/playwright";
import { createGoal, createOrg, expect, goalPath, isoDate, type Page, signIn, test, uniqueSuffix } from "./fixtures.ts";

/** axe's serious and critical findings (WCAG 2 A/AA) on the page as it is now. */
async function blockingAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const palette = (page: Page) => page.getByRole("dialog", { name: "Search and commands" });

/** Ctrl-K once the top bar is there (its Search button appears with the signed-in shell, shortcut and all). */
async function pressCtrlK(page: Page) {
  await expect(page.getByRole("button", { name: "Search" })).toBeVisible();
  await page.keyboard.press("Control+k");
  await expect(palette(page)).toBeVisible();
}
const box = (page: Page) => palette(page).getByRole("combobox");

test.describe("command palette", () => {
  test("Ctrl-K opens it; typing a goal's title and Enter opens the goal; Escape closes it", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const suffix = uniqueSuffix();
    const goal = await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Quasar rollout ${suffix}`, startDate: isoDate(-5), targetDate: isoDate(60) });
    await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Quarterly review ${suffix}`, startDate: isoDate(-5), targetDate: isoDate(60) });
    await signIn(page, user);
    await page.goto(`/o/${org.slug}/roadmap`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    await pressCtrlK(page);
    await expect(palette(page)).toBeVisible();
    await expect(box(page)).toBeFocused();
    // Before typing: actions and pages.
    await expect(palette(page).getByRole("option", { name: /New goal/ })).toBeVisible();
    await expect(palette(page).getByRole("option", { name: /My work/ })).toBeVisible();

    await box(page).fill(`quasar ${suffix}`);
    const option = palette(page).getByRole("option", { name: new RegExp(`Quasar rollout ${suffix}`) });
    await expect(option).toBeVisible();
    await expect(palette(page).getByRole("option", { name: /Quarterly review/ })).toHaveCount(0);
    await expect(option).toHaveAttribute("aria-selected", "true");
    await expect(box(page)).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${goalPath(org, goal).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(page.getByRole("heading", { level: 1, name: goal.title })).toBeVisible();
    await expect(palette(page)).toBeHidden();

    // The top bar's button opens it too; Escape closes it and gives focus back to the button.
    const button = page.getByRole("button", { name: "Search" });
    await button.click();
    await expect(box(page)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(palette(page)).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("arrow keys move through pages and actions; 'Check in on a goal…' lands on its check-in", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const suffix = uniqueSuffix();
    const goal = await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Nebula survey ${suffix}`, startDate: isoDate(-5), targetDate: isoDate(60) });
    await signIn(page, user);
    await page.goto(`/o/${org.slug}`);
    await pressCtrlK(page);

    await box(page).fill("roadm");
    await expect(palette(page).getByRole("option")).toHaveText([/Roadmap/]);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/roadmap$`));

    await pressCtrlK(page);
    await box(page).fill("check in");
    await expect(palette(page).getByRole("option").first()).toHaveText(/Check in on a goal/);
    await page.keyboard.press("Enter");
    await expect(box(page)).toHaveAccessibleName("Check in on which goal?");
    await expect(palette(page).getByRole("status")).toHaveText("Type a goal's title to check in on it.");
    await box(page).fill(`nebula ${suffix}`);
    await expect(palette(page).getByRole("option")).toHaveText([new RegExp(`Nebula survey ${suffix}`)]);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/tab=check-ins/);
    await expect(page.getByRole("heading", { level: 1, name: goal.title })).toBeVisible();
    await expect(page.getByRole("tab", { name: /Check-ins/, selected: true })).toBeVisible();
  });

  test("says when nothing matches, and passes axe open; screenshots at 1280 and 390 px, light and dark", async ({ page, user, apiAs }, testInfo) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const suffix = uniqueSuffix();
    await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Orbit insertion ${suffix}`, startDate: isoDate(-5), targetDate: isoDate(60) });
    await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Orbit telemetry ${suffix}`, startDate: isoDate(-5), targetDate: isoDate(60) });
    await signIn(page, user);
    await page.goto(`/o/${org.slug}`);
    await pressCtrlK(page);
    await box(page).fill(`zzznothing${suffix}`);
    await expect(palette(page).getByRole("status")).toHaveText(`Nothing found for “zzznothing${suffix}”.`);
    expect(await blockingAxe(page)).toEqual([]);

    await box(page).fill(`orbit ${suffix}`);
    await expect(palette(page).getByRole("option")).toHaveCount(2);
    expect(await blockingAxe(page)).toEqual([]);

    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [1280, 390]) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 800 });
        await expect(palette(page).getByRole("option")).toHaveCount(2);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
        await testInfo.attach(`command-palette-${width}-${colorScheme}.png`, { body: await page.screenshot(), contentType: "image/png" });
      }
    }
  });
});
