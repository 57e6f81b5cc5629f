import AxeBuilder from "@axe-core/playwright";
import type { TestInfo } from "@playwright/test";
import pg from "pg";
import { createOrg, expect, type Page, signIn, test, untilSaved, userMenu } from "./fixtures.ts";
import { e2eDatabaseName, postgresUrl } from "./support/database.ts";

/** axe's serious and critical findings (WCAG 2 A/AA) on the page as it is now. */
async function blockingAxe(page: Page): Promise<string[]> {
  // The email's HTML is in a sandboxed iframe where no script runs, axe's included: scan the page around it.
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).exclude("iframe[sandbox]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** The app's first account becomes the instance admin; tests run in parallel, so make ours one directly. */
async function makeInstanceAdmin(userId: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl(e2eDatabaseName()) });
  await client.connect();
  try {
    const id = Buffer.from(userId, "base64").toString().split(":")[1];
    await client.query(`UPDATE "User" SET "instanceAdmin" = true WHERE id = $1`, [id]);
  } finally {
    await client.end();
  }
}

async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      await testInfo.attach(`${name}-${width}-${colorScheme}.png`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe("email", () => {
  test("preferences page: toggles are saved and still there after a reload; passes axe", async ({ page, user, apiAs }, testInfo) => {
    const org = await createOrg(await apiAs(user));
    await signIn(page, user);
    await userMenu(page, user).click();
    await page.getByRole("link", { name: "Notification settings" }).click();
    await expect(page).toHaveURL(/\/settings\/notifications$/);
    await expect(page.getByRole("heading", { level: 1, name: "Notification settings" })).toBeVisible();

    const commentsByEmail = page.getByRole("checkbox", { name: "Comments on goals you own or follow: email" });
    const mentionsInApp = page.getByRole("checkbox", { name: "Someone mentioned you: in app" });
    // The defaults: comments in the app only, mentions both ways.
    await expect(commentsByEmail).not.toBeChecked();
    await expect(mentionsInApp).toBeChecked();
    expect(await blockingAxe(page)).toEqual([]);

    await untilSaved(page, "UpdateNotificationPreference", () => commentsByEmail.check());
    await untilSaved(page, "UpdateNotificationPreference", () => mentionsInApp.uncheck());
    const digest = page.getByRole("listitem").filter({ hasText: org.name });
    await untilSaved(page, "UpdateDigestPreference", () =>
      digest.getByRole("combobox", { name: "Covers" }).selectOption({ label: "Every goal of the organization" }),
    );
    await untilSaved(page, "UpdateDigestPreference", () => digest.getByRole("checkbox", { name: "Send me the weekly digest" }).uncheck());

    await page.reload();
    await expect(commentsByEmail).toBeChecked();
    await expect(mentionsInApp).not.toBeChecked();
    await expect(digest.getByRole("checkbox", { name: "Send me the weekly digest" })).not.toBeChecked();
    await expect(digest.getByRole("combobox", { name: "Covers" })).toHaveValue("ORGANIZATION");
    await expect(digest.getByRole("combobox", { name: "Covers" })).toBeDisabled();
    expect(await blockingAxe(page)).toEqual([]);
    await screenshots(page, testInfo, "notification-preferences");
  });

  test("Sent emails: an invitation sent from the members page is kept (no SMTP) and shown to instance admins only", async ({ page, user, apiAs, makeUser, newPage }, testInfo) => {
    const org = await createOrg(await apiAs(user));
    await makeInstanceAdmin(user.id);
    const invitee = `invitee-${Date.now()}@example.test`;

    await signIn(page, user);
    await page.goto(`/o/${org.slug}/members`);
    await page.getByLabel("Email").fill(invitee);
    await page.getByRole("combobox", { name: "Role", exact: true }).selectOption({ label: "Member" });
    await page.getByRole("button", { name: "Send invitation" }).click();
    const link = await page.getByLabel("Invitation link").inputValue();

    await userMenu(page, user).click();
    await page.getByRole("link", { name: "Sent emails" }).click();
    await expect(page).toHaveURL(/\/admin\/emails$/);
    const subject = `${user.name} invited you to ${org.name} on Waymark`;
    const row = page.getByRole("row").filter({ hasText: subject });
    // The job runs in the web server's own runner, right after the invitation commits.
    await expect(async () => {
      await page.reload();
      await expect(row.getByText("Kept")).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expect(row).toContainText(invitee);
    await expect(row).toContainText("Invitation");
    expect(await blockingAxe(page)).toEqual([]);
    await screenshots(page, testInfo, "sent-emails");

    await row.getByRole("link", { name: subject }).click();
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(page.locator("pre")).toContainText(link);
    await expect(page.locator("pre")).toContainText("/unsubscribe?token=");
    const frame = page.locator("iframe");
    await expect(frame).toHaveAttribute("sandbox", "");
    await expect(page.frameLocator("iframe").getByRole("link", { name: "Accept the invitation" })).toHaveAttribute("href", link);
    expect(await blockingAxe(page)).toEqual([]);
    await screenshots(page, testInfo, "sent-email");

    // The email's unsubscribe link, signed out: it asks first, then declines the invitation.
    const unsubscribe = /\/unsubscribe\?token=[\w.-]+/.exec((await page.locator("pre").textContent()) ?? "")![0];
    const anonymous = await newPage();
    await anonymous.goto(unsubscribe);
    await expect(anonymous.getByRole("heading", { level: 1, name: "Decline this invitation?" })).toBeVisible();
    expect(await blockingAxe(anonymous)).toEqual([]);
    await anonymous.getByRole("button", { name: "Decline invitation" }).click();
    await expect(anonymous.getByRole("heading", { level: 1, name: "Invitation declined" })).toBeVisible();
    await screenshots(anonymous, testInfo, "unsubscribe");
    await anonymous.goto(`${unsubscribe.slice(0, -3)}xyz`);
    await expect(anonymous.getByRole("heading", { level: 1, name: "This unsubscribe link isn't valid" })).toBeVisible();
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "This invitation was withdrawn" })).toBeVisible();

    // Anyone else: no menu entry, and the page says it is not theirs to see.
    const other = await makeUser("Olga");
    const otherPage = await newPage(other);
    await userMenu(otherPage, other).click();
    await expect(otherPage.getByRole("link", { name: "Notification settings" })).toBeVisible();
    await expect(otherPage.getByRole("link", { name: "Sent emails" })).toHaveCount(0);
    await otherPage.goto("/admin/emails");
    await expect(otherPage.getByText("Only the instance's admins can see the emails Waymark sent.")).toBeVisible();
  });
});
