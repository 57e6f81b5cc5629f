import { addMember, createOrg, expect, signIn, test, uniqueSuffix, userMenu } from "./fixtures.ts";

test.describe("account settings", () => {
  test("change name, then sign out everywhere: this browser and another are signed out", async ({ page, user, newPage }) => {
    const elsewhere = await newPage(user);
    await signIn(page, user);

    await userMenu(page, user).click();
    await page.getByRole("link", { name: "Account settings" }).click();
    await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();

    const newName = `Olivia Renamed ${uniqueSuffix()}`;
    await page.getByLabel("Name").fill(newName);
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText("Name saved.")).toBeVisible();
    await expect(userMenu(page, { name: newName })).toBeVisible();

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/signin/);

    // The other browser still holds its cookie, but the server ended its session.
    await elsewhere.goto("/settings/account");
    await expect(elsewhere).toHaveURL(/\/signin/);
  });
});

test.describe("organization deletion", () => {
  test("the owner deletes an organization after typing its slug; members no longer see it", async ({ page, user, makeUser, apiAs, newPage }) => {
    const org = await createOrg(await apiAs(user), `Doomed ${uniqueSuffix()}`);
    const member = await makeUser("Mo");
    await addMember(await apiAs(user), org, member, "MEMBER");

    await signIn(page, user);
    await page.goto(`/o/${org.slug}/settings`);
    await page.getByRole("button", { name: "Delete organization" }).click();
    const dialog = page.getByRole("dialog");
    const confirmButton = dialog.getByRole("button", { name: "Delete organization" });
    await dialog.getByLabel("Organization slug").fill(org.name);
    await expect(confirmButton).toBeDisabled();
    await dialog.getByLabel("Organization slug").fill(org.slug);
    await confirmButton.click();

    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: org.name })).toHaveCount(0);

    const memberPage = await newPage(member);
    await memberPage.goto(`/o/${org.slug}`);
    await expect(memberPage.getByText(/not found|doesn.t exist|no access/i).first()).toBeVisible();
  });

  test("the only owner is offered no Leave on the members page", async ({ page, user, makeUser, apiAs }) => {
    const org = await createOrg(await apiAs(user), `Solo owner ${uniqueSuffix()}`);
    await addMember(await apiAs(user), org, await makeUser("Mia"), "MEMBER");
    await signIn(page, user);
    await page.goto(`/o/${org.slug}/members`);
    await expect(page.getByRole("link", { name: "Only owner: transfer ownership to leave" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Leave" })).toHaveCount(0);
  });
});
