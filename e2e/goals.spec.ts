import { createOrg, displayDate, expect, isoDate, signIn, test, uniqueSuffix } from "./fixtures.ts";

test.describe("goals", () => {
  test("create a goal, edit it, archive it", async ({ page, user, apiAs }) => {
    const org = await createOrg(await apiAs(user));
    const title = `Launch the beta ${uniqueSuffix()}`;
    const start = isoDate(-3);
    const target = isoDate(90);

    await signIn(page, user);
    await page.goto(`/o/${org.slug}`);
    await page.getByRole("link", { name: "New goal" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/goals/new$`));

    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Description (why)").fill("Real teams try it before the public launch.");
    await page.getByLabel("Owner").selectOption({ label: `${user.name} (you)` });
    await page.getByLabel("Start date").fill(start);
    await page.getByLabel("Target date").fill(target);
    await page.getByRole("button", { name: "Create goal" }).click();

    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/goals/(?!new$)[^/]+$`));
    const goalUrl = page.url();
    await expect(page.getByText("Real teams try it before the public launch.")).toBeVisible();
    await expect(page.getByText(user.name).first()).toBeVisible();
    await expect(page.getByText(displayDate(start)).first()).toBeVisible();
    await expect(page.getByText(displayDate(target)).first()).toBeVisible();

    // Edit: new title and target date.
    const newTitle = `${title} (public)`;
    const newTarget = isoDate(120);
    await page.getByRole("link", { name: "Edit goal" }).click();
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await page.getByLabel("Title").fill(newTitle);
    await page.getByLabel("Target date").fill(newTarget);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: newTitle })).toBeVisible();
    await expect(page.getByText(displayDate(newTarget)).first()).toBeVisible();
    await page.goto(goalUrl);
    await expect(page.getByRole("heading", { name: newTitle })).toBeVisible();

    // Listed in the org's goals until archived.
    await page.goto(`/o/${org.slug}`);
    await expect(page.getByRole("link", { name: newTitle })).toBeVisible();
    await page.goto(goalUrl);
    // Archiving is undone with one click ("Unarchive goal"), so it asks no confirmation.
    await page.getByRole("button", { name: "Archive goal" }).click();
    await expect(page.getByText("This goal is archived")).toBeVisible();
    await expect(page.getByRole("button", { name: "Unarchive goal" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit goal" })).toHaveCount(0);
    await page.goto(`/o/${org.slug}`);
    await expect(page.getByRole("link", { name: "New goal" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: newTitle })).toHaveCount(0);
  });

  test("a target date before the start date is refused beside the field", async ({ page, user, apiAs }) => {
    const org = await createOrg(await apiAs(user));
    await signIn(page, user);
    await page.goto(`/o/${org.slug}/goals/new`);
    await page.getByLabel("Title").fill(`Backwards ${uniqueSuffix()}`);
    await page.getByLabel("Start date").fill(isoDate(10));
    await page.getByLabel("Target date").fill(isoDate(1));
    await page.getByRole("button", { name: "Create goal" }).click();
    await expect(page.getByText("Target date must be on or after the start date.")).toBeVisible();
    await expect(page.getByLabel("Target date")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/goals\/new$/);
  });
});
