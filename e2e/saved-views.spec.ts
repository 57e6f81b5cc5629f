import AxeBuilder from "@axe-core/playwright";
import { addMember, apiSignIn, createGoal, createOrg, expect, isoDate, type Page, signIn, test, uniqueSuffix } from "./fixtures.ts";

async function blockingAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const viewsMenu = (page: Page) => page.getByRole("navigation", { name: "Organization" }).getByRole("button", { name: "Views" });
const savedViews = (page: Page) => page.getByRole("navigation", { name: "Saved views" });

test.describe("saved views", () => {
  test("saving the dashboard's filters lists them under Views; opening the view restores them", async ({ page, user, makeUser, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const colleague = await makeUser("Cora");
    await addMember(api, org, colleague, "MEMBER");
    await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Ship the app ${uniqueSuffix()}`, startDate: isoDate(-5), targetDate: isoDate(60) });
    await signIn(page, user);
    await page.goto(`/o/${org.slug}`);

    // Nothing to save until something is filtered.
    await expect(page.getByRole("button", { name: "Save view" })).toBeDisabled();
    await page.getByLabel("Target date").selectOption("THIS_YEAR");
    await page.getByLabel("Health", { exact: true }).selectOption("AT_RISK");
    await expect(page).toHaveURL(/health=AT_RISK&window=THIS_YEAR/);

    await page.getByRole("button", { name: "Save view" }).click();
    const dialog = page.getByRole("dialog", { name: "Save this view" });
    await expect(dialog.getByLabel("Name")).toBeFocused();
    await dialog.getByRole("button", { name: "Save view" }).click();
    await expect(dialog.getByText("Give the view a name.")).toBeVisible();
    await dialog.getByLabel("Name").fill("At risk this year");
    await dialog.getByLabel(`Share with ${org.name}`).check();
    expect(await blockingAxe(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Save view" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Saved view:")).toBeVisible();
    await expect(page.getByText("At risk this year", { exact: true })).toBeVisible();

    // Back to everything, then the view from the nav brings the filters back.
    await page.getByRole("button", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/o/${org.slug}$`));
    await viewsMenu(page).click();
    await expect(savedViews(page).getByText("Shared with the organization")).toBeVisible();
    expect(await blockingAxe(page)).toEqual([]);
    await savedViews(page).getByRole("link", { name: "At risk this year" }).click();
    await expect(page).toHaveURL(/health=AT_RISK&window=THIS_YEAR/);
    await expect(page.getByLabel("Target date")).toHaveValue("THIS_YEAR");
    await expect(page.getByLabel("Health", { exact: true })).toHaveValue("AT_RISK");

    // A colleague sees the shared view but may not rename or delete it.
    const other = await apiSignIn(colleague);
    const seen = await other.must<{ organization: { savedViews: { name: string; viewerCanEdit: boolean }[] } }>(
      `query ($slug: String!) { organization(slug: $slug) { savedViews { name viewerCanEdit } } }`,
      { slug: org.slug },
    );
    expect(seen.organization.savedViews).toEqual([{ name: "At risk this year", viewerCanEdit: false }]);
    await other.dispose();

    // Its creator renames and deletes it.
    await page.getByRole("button", { name: "Rename view" }).click();
    const rename = page.getByRole("dialog", { name: "Rename view" });
    await rename.getByLabel("Name").fill("Risky year");
    await rename.getByRole("button", { name: "Rename" }).click();
    await expect(page.getByText("Risky year", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Delete view" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete view" }).click();
    await expect(page.getByText("Saved view:")).toHaveCount(0);
    await viewsMenu(page).click();
    await expect(savedViews(page).getByText(/None yet/)).toBeVisible();
  });

  test("a stakeholder saves personal views only", async ({ page, user, makeUser, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Grow revenue ${uniqueSuffix()}`, startDate: isoDate(-5), targetDate: isoDate(60) });
    const stakeholder = await makeUser("Sid");
    await addMember(api, org, stakeholder, "STAKEHOLDER");
    await signIn(page, stakeholder);
    await page.goto(`/o/${org.slug}?window=THIS_YEAR`);
    await page.getByRole("button", { name: "Save view" }).click();
    const dialog = page.getByRole("dialog", { name: "Save this view" });
    await expect(dialog.getByText("Only you will see this view.")).toBeVisible();
    await expect(dialog.getByRole("checkbox")).toHaveCount(0);
    await dialog.getByLabel("Name").fill("My year");
    await dialog.getByRole("button", { name: "Save view" }).click();
    await expect(dialog).toBeHidden();
    await viewsMenu(page).click();
    await expect(savedViews(page).getByText("Only you")).toBeVisible();
    await expect(savedViews(page).getByRole("link", { name: "My year" })).toBeVisible();
  });
});
