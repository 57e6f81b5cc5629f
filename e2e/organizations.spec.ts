import { createGoal, createOrg, expect, isoDate, signIn, test, uniqueSuffix } from "./fixtures.ts";

test.describe("organizations", () => {
  test("create an organization: the slug follows the name and can be edited", async ({ page, user }) => {
    const suffix = uniqueSuffix();
    const name = `Acme Rockets ${suffix}`;
    await signIn(page, user);

    await page.goto("/orgs/new");
    await page.getByLabel("Name").fill(name);
    await expect(page.getByLabel("Slug")).toHaveValue(`acme-rockets-${suffix}`);
    await expect(page.getByLabel("Time zone")).toHaveValue("UTC");

    await page.getByLabel("Slug").fill(`rockets-${suffix}`);
    await page.getByLabel("Time zone").selectOption("Europe/Paris");
    await page.getByRole("button", { name: "Create organization" }).click();

    await expect(page).toHaveURL(new RegExp(`/o/rockets-${suffix}$`));
    await expect(page.getByRole("button", { name: "Switch organization" })).toContainText(name);

    // What was saved is what the settings page shows.
    await page.goto(`/o/rockets-${suffix}/settings`);
    await expect(page.getByLabel("Name")).toHaveValue(name);
    await expect(page.getByLabel("Slug")).toHaveValue(`rockets-${suffix}`);
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Paris");

    // And it is listed on the home page.
    await page.goto("/");
    await expect(page.getByRole("link", { name })).toHaveAttribute("href", `/o/rockets-${suffix}`);
  });

  test("a taken slug is refused beside the slug field", async ({ page, user, apiAs }) => {
    const taken = await createOrg(await apiAs(user), `Taken ${uniqueSuffix()}`);
    await signIn(page, user);

    await page.goto("/orgs/new");
    await page.getByLabel("Name").fill(`Another ${uniqueSuffix()}`);
    await page.getByLabel("Slug").fill(taken.slug);
    await page.getByRole("button", { name: "Create organization" }).click();

    await expect(page.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").filter({ hasText: /slug/i })).toBeVisible();
    await expect(page).toHaveURL(/\/orgs\/new$/);
  });

  test("switch between two organizations", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const suffix = uniqueSuffix();
    const alpha = await createOrg(api, `Alpha ${suffix}`);
    const beta = await createOrg(api, `Beta ${suffix}`);
    const dates = { startDate: isoDate(-5), targetDate: isoDate(60) };
    await createGoal(api, { organizationId: alpha.id, ownerId: user.id, title: `Alpha goal ${suffix}`, ...dates });
    await createGoal(api, { organizationId: beta.id, ownerId: user.id, title: `Beta goal ${suffix}`, ...dates });

    await signIn(page, user);
    await page.goto(`/o/${alpha.slug}`);
    const switcher = page.getByRole("button", { name: "Switch organization" });
    await expect(switcher).toContainText(alpha.name);
    await expect(page.getByRole("link", { name: `Alpha goal ${suffix}` })).toBeVisible();

    await switcher.click();
    await expect(page.getByRole("link", { name: alpha.name })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: beta.name }).click();

    await expect(page).toHaveURL(new RegExp(`/o/${beta.slug}$`));
    await expect(switcher).toContainText(beta.name);
    await expect(page.getByRole("link", { name: `Beta goal ${suffix}` })).toBeVisible();
    await expect(page.getByRole("link", { name: `Alpha goal ${suffix}` })).toHaveCount(0);

    await switcher.click();
    await expect(page.getByRole("link", { name: beta.name })).toHaveAttribute("aria-current", "page");
    await page.getByRole("link", { name: alpha.name }).click();
    await expect(page).toHaveURL(new RegExp(`/o/${alpha.slug}$`));
    await expect(page.getByRole("link", { name: `Alpha goal ${suffix}` })).toBeVisible();
  });
});
