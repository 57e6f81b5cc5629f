import { expect, fillSignUpForm, newUserData, signIn, signOut, test, userMenu } from "./fixtures.ts";

test.describe("accounts", () => {
  test("sign up, sign out and sign in again", async ({ page }) => {
    const person = newUserData("Sam");

    await page.goto("/signup");
    await fillSignUpForm(page, person);
    await expect(userMenu(page, person)).toBeVisible();

    await signOut(page, person);
    await expect(page).toHaveURL(/\/signin/);
    await expect(userMenu(page, person)).toHaveCount(0);

    await signIn(page, person);
    await expect(userMenu(page, person)).toBeVisible();
    await userMenu(page, person).click();
    await expect(page.getByText(person.email)).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page, user }) => {
    const message = "Incorrect email or password.";

    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(`${user.password}-wrong`);
    let callback = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await callback;
    await expect(page.getByText(message)).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);

    await page.goto("/signin");
    await expect(page.getByText(message)).toHaveCount(0);
    await page.getByLabel("Email").fill(`nobody.${Date.now()}@example.test`);
    await page.getByLabel("Password").fill(user.password);
    callback = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await callback;
    await expect(page.getByText(message)).toBeVisible();
    await expect(page).toHaveURL(/\/signin/);

    // The right password still works afterwards.
    await signIn(page, user);
    await expect(userMenu(page, user)).toBeVisible();
  });

  test("a signed-out visitor is sent to sign in and comes back afterwards", async ({ page, user }) => {
    await page.goto("/settings/tokens");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await signIn(page, user);
    await expect(page).toHaveURL(/\/settings\/tokens$/);
  });
});
