import type { TestInfo } from "@playwright/test";
import {
  addMember,
  createGoalWith,
  createMilestoneWith,
  createOrg,
  expect,
  goalPath,
  isoDate,
  type Page,
  signIn,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

// Issue #12, section 2: every main page at 390 px without sideways scroll, with a 20-character
// organization name; screenshots of each at 1280 and 390 px, light and dark, attached to the run.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function noSidewaysScroll(page: Page, path: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${path} scrolls sideways at ${clientWidth} px`).toBeLessThanOrEqual(clientWidth);
}

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

test("every main page fits a 390 px phone with a 20-character organization name", async ({ browser, baseURL, user, makeUser, apiAs }, testInfo) => {
  test.setTimeout(300_000);
  const api = await apiAs(user);
  const name = `Northwind Logist ${uniqueSuffix(3)}`;
  expect(name).toHaveLength(20);
  const org = await createOrg(api, name);
  await addMember(api, org, await makeUser("Rosa"), "MEMBER");
  const parent = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: "Become the first choice for regional freight in the north",
    startDate: isoDate(-60),
    targetDate: isoDate(120),
  });
  const goal = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: "Open the second warehouse",
    startDate: isoDate(-30),
    targetDate: isoDate(90),
    parentId: parent.id,
  });
  const design = await createMilestoneWith(api, { goalId: goal.id, title: "Choose the site", dueDate: isoDate(-5), durationDays: 20 });
  await createMilestoneWith(api, { goalId: goal.id, title: "Sign the lease", dueDate: isoDate(30), durationDays: 10, dependsOnIds: [design.id] });
  await createMilestoneWith(api, { goalId: goal.id, title: "Hire the first shift", dueDate: isoDate(80), durationDays: 30 });

  const pages = [
    ["home", "/"],
    ["dashboard", `/o/${org.slug}`],
    ["goals", `/o/${org.slug}/goals`],
    ["goal", goalPath(org, goal)],
    ["roadmap", `/o/${org.slug}/roadmap`],
    ["activity", `/o/${org.slug}/activity`],
    ["sharing", `/o/${org.slug}/sharing`],
    ["members", `/o/${org.slug}/members`],
    ["settings", `/o/${org.slug}/settings`],
    ["my-work", "/my-work"],
    ["account", "/settings/account"],
    ["new-goal", `/o/${org.slug}/goals/new`],
  ] as const;

  for (const colorScheme of ["light", "dark"] as const) {
    for (const [size, viewport] of [["390", PHONE], ["1280", DESKTOP]] as const) {
      const context = await browser.newContext({ baseURL, viewport, colorScheme });
      const page = await context.newPage();
      await signIn(page, user);
      for (const [label, path] of pages) {
        await page.goto(path);
        await expect(page.locator("main")).not.toHaveAttribute("aria-busy", "true");
        await page.waitForLoadState("networkidle");
        if (size === "390") await noSidewaysScroll(page, path);
        await shoot(page, testInfo, `${label}-${size}-${colorScheme}`);
      }
      if (size === "390" && colorScheme === "light") {
        // The user menu's chevron is on screen.
        const menu = page.getByRole("button", { name: user.name, exact: true });
        const box = await menu.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width);
        // The dashboard's first screen: filters fold behind "Filters (n)".
        await page.goto(`/o/${org.slug}?health=AT_RISK`);
        const filters = page.getByRole("button", { name: "Filters (1)" });
        await expect(filters).toBeVisible();
        await expect(page.getByLabel("Owner")).toBeHidden();
        await filters.click();
        await expect(page.getByLabel("Owner")).toBeVisible();
        // Org tabs scroll; the current one is in view.
        await page.goto(`/o/${org.slug}/members`);
        await expect(page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Members" })).toBeInViewport();
        // Roadmap: a list view.
        await page.goto(`/o/${org.slug}/roadmap`);
        await page.getByRole("button", { name: "List" }).click();
        await expect(page.getByRole("list", { name: "Goals on the roadmap" })).toContainText("Open the second warehouse");
        await noSidewaysScroll(page, "roadmap list");
      }
      await context.close();
    }
  }
});
