import AxeBuilder from "@axe-core/playwright";
import { type Page, confirm, createOrg, expect, inviteMember, newUserData, signIn, test, uniqueSuffix } from "./fixtures.ts";

const BLOCKING = new Set(["serious", "critical"]);

async function blockingViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations.filter((v) => v.impact && BLOCKING.has(v.impact)).map((v) => `${v.id}: ${v.help}`);
}

test.describe("revoking from a list", () => {
  test("an admin revokes a pending invitation: Cancel keeps it, confirming removes it and the link is withdrawn", async ({
    page,
    user,
    apiAs,
    newPage,
  }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const keep = newUserData("Kim").email;
    const drop = newUserData("Dora").email;
    await inviteMember(api, org, keep, "MEMBER");
    const link = await inviteMember(api, org, drop, "STAKEHOLDER");

    await signIn(page, user);
    await page.goto(`/o/${org.slug}/members`);
    const section = page.getByRole("region", { name: "Pending invitations" });
    await expect(section.getByText("Links that haven't been used yet. Revoke one to make its link stop working.")).toBeVisible();
    await expect(section.getByRole("listitem")).toHaveCount(2);
    expect(await blockingViolations(page)).toEqual([]);

    const revokeButton = section.getByRole("button", { name: `Revoke invitation for ${drop}`, exact: true });
    await revokeButton.click();
    const dialog = page.getByRole("dialog", { name: "Revoke this invitation?" });
    await expect(dialog).toContainText(`The link sent to ${drop} will stop working. You can invite them again later.`);
    await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.screenshot({ path: "/tmp/forms-revoke-invitation.png" });
    expect(await blockingViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toBeHidden();
    await expect(revokeButton).toBeFocused();
    await expect(section.getByRole("listitem")).toHaveCount(2);

    await revokeButton.click();
    await confirm(page, "Revoke invitation");
    await expect(section.getByRole("listitem")).toHaveCount(1);
    await expect(section).toContainText(keep);
    await expect(section).not.toContainText(drop);

    const visitor = await newPage();
    await visitor.goto(link);
    await expect(visitor.getByRole("heading", { name: "This invitation was withdrawn" })).toBeVisible();
  });

  test("a failed revoke keeps the dialog open with the reason; trying again revokes the token", async ({ page, user }) => {
    const name = `Nightly export ${uniqueSuffix()}`;
    await signIn(page, user);
    await page.goto("/settings/tokens");
    await page.getByLabel("Token name").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("Active");
    await page.getByRole("button", { name: "I've saved it" }).click();

    // The first attempt fails on the server.
    let failed = false;
    await page.route("**/api/graphql", async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (!failed && body?.operationName === "RevokeApiToken") {
        failed = true;
        await route.fulfill({
          contentType: "application/json",
          body: JSON.stringify({ data: null, errors: [{ message: "The token service is busy.", extensions: { code: "CONFLICT" } }] }),
        });
        return;
      }
      await route.continue();
    });

    await row.getByRole("button", { name: `Revoke ${name}`, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Revoke "${name}"?` });
    await expect(dialog).toContainText("Anything using this token stops working immediately. This can't be undone.");
    await dialog.getByRole("button", { name: "Revoke token", exact: true }).click();
    await expect(dialog.getByRole("alert")).toHaveText("The token service is busy.");
    await expect(dialog).toBeVisible();
    await expect(row).toContainText("Active");

    await confirm(page, "Revoke token");
    await expect(row).toContainText(/Revoked/);
    await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Your tokens" })).toContainText("0 active, 1 revoked.");
  });
});
