import { axeFindings } from "./support/axe.ts";
import { addMember, createGoal, createMilestoneWith, createOrg, expect, goalPath, isoDate, signIn, test } from "./fixtures.ts";

// Issue #11 §1: an admin records a member's skills and availability; the workload page shows the
// member over-allocated, links to the milestone behind it, and narrows to a skill.

test("an admin sets a member's skills and availability; the workload flags the member's busy weeks", async ({
  page,
  user: admin,
  makeUser,
  apiAs,
}, testInfo) => {
  const api = await apiAs(admin);
  const org = await createOrg(api);
  const mia = await makeUser("Mia");
  const bob = await makeUser("Bob");
  await addMember(api, org, mia, "MEMBER");
  await addMember(api, org, bob, "MEMBER");
  const goal = await createGoal(api, { organizationId: org.id, ownerId: admin.id, title: "Onboarding revamp", startDate: isoDate(-5), targetDate: isoDate(60) });
  // Two weeks of work for Mia: at half time, each full week of it is twice what she can give.
  const title = "Design the onboarding flow";
  await createMilestoneWith(api, { goalId: goal.id, title, dueDate: isoDate(28), durationDays: 14, ownerId: mia.id });

  await signIn(page, admin);
  await page.goto(`/o/${org.slug}/members`);
  await page.getByRole("button", { name: `Planning for ${mia.name}` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const skills = dialog.getByLabel("Skills", { exact: true });
  await skills.fill("Design");
  await skills.press("Enter");
  await skills.fill("Research");
  await skills.press(",");
  await skills.fill("Oops");
  await skills.press("Enter");
  await skills.press("Backspace");
  await expect(dialog.getByRole("list", { name: "Chosen skills" }).getByRole("listitem")).toHaveText(["Design", "Research"]);
  await dialog.getByLabel("Availability (% of a full week)").fill("150");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText("Availability must be a whole number from 0 to 100")).toBeVisible();
  await dialog.getByLabel("Availability (% of a full week)").fill("50");
  // Time off far beyond the chart's weeks: listed, then removed.
  await dialog.getByLabel("First day off").fill(isoDate(120));
  await dialog.getByLabel("Last day off").fill(isoDate(122));
  await dialog.getByLabel("Note (optional)").fill("Conference");
  await dialog.getByRole("button", { name: "Add time off" }).click();
  await expect(dialog.getByText("Conference")).toBeVisible();
  expect(await axeFindings(page), "planning editor").toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("planning-dialog.png") });
  await dialog.getByRole("button", { name: /^Remove time off/ }).click();
  await expect(dialog.getByText("None planned.")).toBeVisible();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Design · Research")).toBeVisible();

  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Workload" }).click();
  await expect(page.getByRole("heading", { name: "Workload", level: 1 })).toBeVisible();
  const grid = page.getByRole("region", { name: "Workload by week" });
  const miaRow = grid.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(mia.name) }) });
  await expect(miaRow.getByText("over-allocated").first()).toBeAttached();
  await expect(miaRow.getByText("200%").first()).toBeVisible();
  await expect(grid.getByRole("rowheader", { name: new RegExp(bob.name) })).toBeVisible();
  expect(await axeFindings(page), "workload page").toEqual([]);
  for (const [width, scheme] of [[1280, "light"], [390, "light"], [390, "dark"], [1280, "dark"]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`workload-${width}-${scheme}.png`), fullPage: true });
    // No sideways scrolling of the page itself; the grid scrolls inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width at ${width}px`).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: "light" });

  // The skill filter narrows the list and lives in the URL.
  await page.getByLabel("Skill", { exact: true }).selectOption("Design");
  await expect(page).toHaveURL(/\?skill=Design$/);
  await expect(grid.getByRole("rowheader", { name: new RegExp(bob.name) })).toHaveCount(0);
  await expect(grid.getByRole("rowheader", { name: new RegExp(mia.name) })).toBeVisible();

  // The flagged week links to the milestone behind it.
  const overloads = page.getByRole("region", { name: "Over-allocated weeks" });
  await overloads.getByRole("link", { name: title }).first().click();
  await expect(page).toHaveURL(new RegExp(`${goalPath(org, goal).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}#milestone-`));
  const row = page.locator('li[id^="milestone-"]').filter({ hasText: title });
  await expect(row).toBeVisible();

  // The milestone form takes the skills it needs; the row shows them, quietly.
  await page.getByRole("button", { name: `Edit ${title}`, exact: true }).click();
  const editor = page.getByRole("form", { name: `Edit milestone ${title}` });
  const needed = editor.getByLabel("Skills needed", { exact: true });
  // It suggests the organization's tags in use (Mia's skills), so a skill keeps one spelling.
  const suggestions = page.locator(`datalist#${await needed.getAttribute("list")} option`);
  await expect(suggestions).toHaveCount(2);
  expect(await suggestions.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(["Design", "Research"]);
  // Filling it whole is what picking the suggestion does: the tag is taken at once.
  await needed.fill("Design");
  await expect(editor.getByRole("list", { name: "Chosen skills needed" }).getByRole("listitem")).toHaveText(["Design"]);
  await expect(page.locator(`datalist#${await needed.getAttribute("list")} option`)).toHaveCount(1);
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor).toBeHidden();
  await expect(row.getByText("Design", { exact: true })).toBeVisible();
});

test("a member edits their own planning only; a stakeholder edits none", async ({ page, browser, user: admin, makeUser, apiAs }, testInfo) => {
  const api = await apiAs(admin);
  const org = await createOrg(api);
  const mia = await makeUser("Mia");
  const sam = await makeUser("Sam");
  await addMember(api, org, mia, "MEMBER");
  await addMember(api, org, sam, "STAKEHOLDER");

  await signIn(page, mia);
  await page.goto(`/o/${org.slug}/members`);
  await expect(page.getByRole("button", { name: `Planning for ${mia.name}` })).toBeVisible();
  await expect(page.getByRole("button", { name: `Planning for ${admin.name}` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Planning for ${sam.name}` })).toHaveCount(0);

  await page.getByRole("button", { name: `Planning for ${mia.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Planning for ${mia.name}` });
  const skills = dialog.getByLabel("Skills", { exact: true });
  await skills.fill("Writing");
  await skills.press("Enter");
  await dialog.getByLabel("Interests", { exact: true }).fill("Research");
  await dialog.getByLabel("Interests", { exact: true }).press("Enter");
  await dialog.getByLabel("Availability (% of a full week)").fill("80");
  // A phone, light and dark: the dialog fits without sideways scrolling.
  for (const scheme of ["light", "dark"] as const) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`planning-dialog-390-${scheme}.png`), animations: "disabled" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "page width at 390px").toBeLessThanOrEqual(390);
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  }
  expect(await axeFindings(page), "planning editor on a phone, dark").toEqual([]);
  await page.emulateMedia({ colorScheme: "light" });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByText("Writing")).toBeVisible();

  // The stakeholder, in a browser of their own, sees the list and no Planning button at all.
  const stakeholder = await browser.newContext();
  const theirs = await stakeholder.newPage();
  await signIn(theirs, sam);
  await theirs.goto(`/o/${org.slug}/members`);
  await expect(theirs.getByRole("cell", { name: new RegExp(mia.name) }).first()).toBeVisible();
  await expect(theirs.getByText("Writing")).toBeVisible();
  await expect(theirs.getByRole("button", { name: /^Planning for / })).toHaveCount(0);
  await stakeholder.close();
});
