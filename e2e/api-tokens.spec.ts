import { bearerApi, confirm, expect, signIn, test, uniqueSuffix } from "./fixtures.ts";

test("an API token from /settings/tokens works as a Bearer token until it is revoked", async ({ page, user }) => {
  const name = `CI script ${uniqueSuffix()}`;
  await signIn(page, user);
  await page.goto("/settings/tokens");

  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const secretField = page.getByLabel("New API token");
  await expect(secretField).not.toHaveValue("");
  const secret = await secretField.inputValue();
  await expect(page.getByRole("row").filter({ hasText: name })).toBeVisible();
  await page.getByRole("button", { name: "Copy token" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  // The list shows only a prefix of the secret.
  await expect(page.getByRole("row").filter({ hasText: name })).not.toContainText(secret);

  const api = await bearerApi(secret);
  try {
    const before = await api.gql<{ me: { email: string } | null }>("query { me { email } }");
    expect(before.errors).toBeUndefined();
    expect(before.data?.me?.email).toBe(user.email);

    await page.getByRole("button", { name: `Revoke ${name}`, exact: true }).click();
    await confirm(page, "Revoke token");
    await expect(page.getByRole("row").filter({ hasText: name })).toContainText(/revoked/i);

    const after = await api.gql<{ me: { email: string } | null }>("query { me { email } }");
    expect(after.data?.me ?? null).toBeNull();
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  } finally {
    await api.dispose();
  }
});
