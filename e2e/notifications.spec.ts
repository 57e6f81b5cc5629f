import AxeBuilder from "@axe-core/playwright";
import {
  addMember,
  addMilestoneHelper,
  createGoal,
  createMilestone,
  createOrg,
  expect,
  goalPath,
  isoDate,
  type Page,
  signIn,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

// In-app notifications (#10 §1): the bell's unread count follows what someone else does, in
// another browser, without a reload (it polls every 30 s); the inbox lists it, opening it marks
// it read. Axe scans and screenshots of the inbox, full and empty.

async function blockingAxe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const bell = (page: Page) => page.getByRole("link", { name: /^Notifications/ });

test("the bell counts another person's actions without a reload; the inbox shows them and opening marks them read", async ({
  page,
  user,
  makeUser,
  apiAs,
  newPage,
}, testInfo) => {
  test.setTimeout(150_000);
  const api = await apiAs(user);
  const org = await createOrg(api);
  const sam = await makeUser("Sam");
  await addMember(api, org, sam, "MEMBER");
  const goal = await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Launch ${uniqueSuffix()}`, startDate: isoDate(-5), targetDate: isoDate(60) });
  const milestone = await createMilestone(api, { goalId: goal.id, title: "Beta release", dueDate: isoDate(20) });

  await signIn(page, user);
  await page.goto(`/o/${org.slug}`);
  await expect(bell(page)).toHaveAccessibleName("Notifications");

  // Sam, in a browser of his own, comments on the goal and assigns the milestone to the user.
  const samPage = await newPage(sam);
  await samPage.goto(`${goalPath(org, goal)}?tab=discussion`);
  await samPage.getByRole("textbox", { name: "Comment", exact: true }).fill("Can we ship the beta on Friday?");
  await samPage.getByRole("button", { name: "Post comment" }).click();
  await expect(samPage.getByRole("textbox", { name: "Comment", exact: true })).toHaveValue("");
  await addMilestoneHelper(await apiAs(sam), milestone.id, user.id);

  // The user's page was never reloaded: the next poll brings the count.
  await expect(bell(page)).toHaveAccessibleName("Notifications, 2 unread", { timeout: 45_000 });
  await expect(page.getByTestId("unread-badge")).toHaveText("2");

  await bell(page).click();
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
  const entries = page.getByRole("list", { name: "Notifications" }).locator(":scope > li");
  // Both are about one goal within 10 minutes: one entry, the newest on top, the other under it.
  await expect(entries).toHaveCount(1);
  const entry = entries.first();
  const newest = entry.getByRole("link", { name: `Unread: ${sam.name} assigned you to “Beta release” in “${goal.title}”` });
  await expect(newest).toBeVisible();
  await expect(entry).toContainText(`${sam.name} commented on “${goal.title}”`);
  await expect(page.getByText("2 unread notifications.")).toBeVisible();
  expect(await blockingAxe(page)).toEqual([]);

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      await testInfo.attach(`inbox-${width}-${colorScheme}.png`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 800 });

  // Keyboard: the entry's link opens the milestone on the goal page, and the entry is read.
  await newest.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/goals/[^#]+#milestone-`));
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await page.goto("/inbox");
  await expect(page.getByText("You're all caught up.")).toBeVisible();
  await expect(entries.first().getByRole("link", { name: /^Unread:/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark all read" })).toBeDisabled();
});

test("an empty inbox says what will arrive there, and passes axe", async ({ page, user }, testInfo) => {
  await signIn(page, user);
  await page.goto("/inbox");
  await expect(page.getByRole("heading", { name: "No notifications yet" })).toBeVisible();
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  expect(await blockingAxe(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 800 });
  await testInfo.attach("inbox-empty-390.png", { body: await page.screenshot(), contentType: "image/png" });
});

test("the goal page's Follow toggle follows and unfollows", async ({ page, user, makeUser, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const sam = await makeUser("Sam");
  await addMember(api, org, sam, "MEMBER");
  const goal = await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Follow me ${uniqueSuffix()}`, startDate: isoDate(-5), targetDate: isoDate(60) });

  await signIn(page, sam);
  await page.goto(goalPath(org, goal));
  const follow = page.getByRole("button", { name: "Follow", exact: true });
  await expect(follow).toHaveAttribute("aria-pressed", "false");
  await follow.click();
  const following = page.getByRole("button", { name: "Following", exact: true });
  await expect(following).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(following).toHaveAttribute("aria-pressed", "true");
  await following.click();
  await expect(follow).toHaveAttribute("aria-pressed", "false");
});
