import type { TestInfo } from "@playwright/test";
import {
  addMember,
  type Api,
  createGoalWith,
  createMilestoneWith,
  createOrg,
  expect,
  goalPath,
  isoDate,
  type Page,
  signIn,
  strayDots,
  test,
  type TestUser,
  uniqueSuffix,
} from "./fixtures.ts";

// Issue #12, section 2: every main page at 390 px without sideways scroll, with a 20-character
// organization name, and no separator left at a line's start or end at either width; screenshots of each at 1280 and 390 px, light and dark, attached to the run.

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

type Setup = { org: { id: string; slug: string }; goal: { id: string } };

/** An organization with a 20-character name, a second member, and a parent goal with a three-milestone sub-goal. */
async function setUp(api: Api, user: TestUser, makeUser: (name: string) => Promise<TestUser>): Promise<Setup> {
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
  return { org, goal };
}

const pagesOf = ({ org, goal }: Setup) =>
  [
    ["home", "/"],
    ["dashboard", `/o/${org.slug}`],
    ["goals", `/o/${org.slug}/goals`],
    ["goal", goalPath(org, goal)],
    ["roadmap", `/o/${org.slug}/roadmap`],
    ["workload", `/o/${org.slug}/workload`],
    ["activity", `/o/${org.slug}/activity`],
    ["templates", `/o/${org.slug}/templates`],
    ["sharing", `/o/${org.slug}/sharing`],
    ["members", `/o/${org.slug}/members`],
    ["settings", `/o/${org.slug}/settings`],
    ["my-work", "/my-work"],
    ["inbox", "/inbox"],
    ["account", "/settings/account"],
    ["notification-settings", "/settings/notifications"],
    ["new-goal", `/o/${org.slug}/goals/new`],
  ] as const;

// One test per color scheme and width (48 pages in one test ran past any sensible timeout on a
// shared 2-core machine), so they also run in parallel.
for (const colorScheme of ["light", "dark"] as const) {
  for (const [size, viewport] of [["390", PHONE], ["1280", DESKTOP]] as const) {
    const what = size === "390" ? "fits a 390 px phone" : "at 1280 px";
    test(`every main page ${what} with a 20-character organization name (${colorScheme})`, async ({ browser, baseURL, user, makeUser, apiAs }, testInfo) => {
      test.setTimeout(240_000);
      const setup = await setUp(await apiAs(user), user, makeUser);
      const { org } = setup;
      const context = await browser.newContext({ baseURL, viewport, colorScheme });
      const page = await context.newPage();
      await signIn(page, user);
      for (const [label, path] of pagesOf(setup)) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        // Loaded: no placeholder left (the shell's and the page's skeletons pulse until their data is in).
        await expect(page.locator(".animate-pulse")).toHaveCount(0);
        if (size === "390") await noSidewaysScroll(page, path);
        expect(await strayDots(page), `${path} at ${size} px: separators at a line's start or end`).toEqual([]);
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
    });
  }
}
