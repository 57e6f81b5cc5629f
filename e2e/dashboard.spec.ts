import type { TestInfo } from "@playwright/test";
import {
  type Api,
  addMember,
  addMilestoneHelper,
  checkInViaApi,
  createGoal,
  createMilestone,
  createMilestoneWith,
  createOrg,
  displayDate,
  expect,
  goalPath,
  isoDate,
  type Page,
  setMilestoneStatus,
  signIn,
  type TestOrg,
  type TestUser,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

/**
 * An org with one goal of each health:
 * - "Launch" (Olivia): 1 of 5 milestones done at half time, one missed 5 days ago → off track;
 * - "Hire" (Rosa): 1 of 3 done at half time → at risk;
 * - "Handbook" (Olivia): started 14 days ago (past the new-goal grace period), 10% expected → on track.
 */
async function healthyMix(api: Api, owner: TestUser, rosa: TestUser) {
  const org = await createOrg(api);
  await addMember(api, org, rosa, "MEMBER");
  const suffix = uniqueSuffix();
  const launch = await createGoal(api, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Launch the beta ${suffix}`,
    startDate: isoDate(-60),
    targetDate: isoDate(60),
  });
  const hire = await createGoal(api, {
    organizationId: org.id,
    ownerId: rosa.id,
    title: `Hire two engineers ${suffix}`,
    startDate: isoDate(-50),
    targetDate: isoDate(50),
  });
  const handbook = await createGoal(api, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Write the handbook ${suffix}`,
    startDate: isoDate(-14),
    targetDate: isoDate(130),
  });
  const designed = await createMilestone(api, { goalId: launch.id, title: "Design the wizard", dueDate: isoDate(-40) });
  await createMilestone(api, { goalId: launch.id, title: "Build the wizard", dueDate: isoDate(-5) });
  // Owned by Olivia with Rosa helping: the dashboard shows both, as the goal page does.
  const invite = await createMilestoneWith(api, { goalId: launch.id, title: "Invite 20 teams", dueDate: isoDate(5), ownerId: owner.id });
  await addMilestoneHelper(api, invite.id, rosa.id);
  await createMilestone(api, { goalId: launch.id, title: "Collect feedback", dueDate: isoDate(50) });
  await createMilestone(api, { goalId: launch.id, title: "Open the doors", dueDate: isoDate(55) });
  const posted = await createMilestone(api, { goalId: hire.id, title: "Post the roles", dueDate: isoDate(-30) });
  await createMilestone(api, { goalId: hire.id, title: "Interview", dueDate: isoDate(20) });
  await createMilestone(api, { goalId: hire.id, title: "Send offers", dueDate: isoDate(40) });
  await setMilestoneStatus(api, designed.id, "DONE");
  await setMilestoneStatus(api, posted.id, "DONE");
  return { org, launch, hire, handbook };
}

const healthTile = (page: Page, label: string) => page.getByRole("region", { name: "Goal health" }).getByRole("button", { name: new RegExp(`^${label}`) });
const goalLinks = (page: Page) => page.getByRole("region", { name: /goals \(\d+\)$/ }).getByRole("listitem").getByRole("link").filter({ hasNotText: /^Part of/ });

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

test("the dashboard shows health counts, the goals in need first, missed and upcoming milestones and recent wins", async ({
  page,
  user,
  makeUser,
  apiAs,
}, testInfo) => {
  const api = await apiAs(user);
  const rosa = await makeUser("Rosa");
  const { org, launch, hire, handbook } = await healthyMix(api, user, rosa);

  await signIn(page, user);
  await page.goto(`/o/${org.slug}`);
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");

  // The numbers a stakeholder reads first.
  await expect(healthTile(page, "On track")).toHaveText("On track1");
  await expect(healthTile(page, "At risk")).toHaveText("At risk1");
  await expect(healthTile(page, "Off track")).toHaveText("Off track1");
  await expect(page.getByRole("region", { name: "Goal health" })).toContainText("3open");
  await expect(page.getByRole("heading", { name: "Open goals (3)" })).toBeVisible();
  await expect(goalLinks(page)).toHaveText([launch.title, hire.title, handbook.title]);
  await expect(page.getByRole("progressbar", { name: `Progress of ${launch.title}` })).toHaveAttribute("aria-valuetext", "20%");
  await expect(page.getByRole("img", { name: "Expected by today: 50%" }).first()).toBeVisible();

  const missed = page.getByRole("region", { name: /^Missed milestones/ });
  await expect(missed.getByRole("listitem")).toHaveCount(1);
  await expect(missed.getByRole("listitem")).toContainText("Build the wizard");
  await expect(missed.getByRole("listitem")).toContainText("5 days late");
  const dueSoon = page.getByRole("region", { name: /^Due in the next 14 days/ });
  await expect(dueSoon.getByRole("listitem")).toHaveCount(1);
  await expect(dueSoon.getByRole("listitem")).toContainText("Invite 20 teams");
  await expect(dueSoon.getByRole("listitem")).toContainText("in 5 days");
  await expect(dueSoon.getByRole("listitem").getByTestId("milestone-owner")).toContainText(user.name);
  await expect(dueSoon.getByRole("listitem").getByRole("group", { name: `Helpers: ${rosa.name}` })).toBeVisible();
  const wins = page.getByRole("region", { name: /^Recent wins/ });
  await expect(wins.getByRole("listitem")).toHaveCount(2);
  await expect(wins).toContainText("marked “Design the wizard” done");
  await expect(wins).toContainText("marked “Post the roles” done");
  await screenshot(page, testInfo, "dashboard");

  // A health tile filters the list, the counts stay, and the URL keeps the view.
  await healthTile(page, "At risk").click();
  await expect(page).toHaveURL(/[?&]health=AT_RISK/);
  await expect(healthTile(page, "At risk")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("heading", { name: "At risk goals (1)" })).toBeVisible();
  await expect(goalLinks(page)).toHaveText([hire.title]);
  await expect(healthTile(page, "On track")).toHaveText("On track1");
  await page.reload();
  await expect(goalLinks(page)).toHaveText([hire.title]);
  await expect(page.getByLabel("Health", { exact: true })).toHaveValue("AT_RISK");

  // Owner: Olivia owns no at-risk goal.
  await page.getByLabel("Owner", { exact: true }).selectOption({ label: user.name });
  await expect(page).toHaveURL(/[?&]owner=/);
  await expect(page.getByText("No open goals match these filters")).toBeVisible();
  await page.getByLabel("Health", { exact: true }).selectOption({ label: "Any health" });
  await expect(goalLinks(page)).toHaveText([launch.title, handbook.title]);
  await expect(healthTile(page, "At risk")).toHaveText("At risk0");

  // The same view, opened from a bookmark in another tab.
  const bookmarked = page.url();
  const other = await page.context().newPage();
  await other.goto(bookmarked);
  await expect(other.getByLabel("Owner", { exact: true })).toHaveValue(/.+/);
  await expect(goalLinks(other)).toHaveText([launch.title, handbook.title]);
  await other.close();

  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}$`));
  await expect(goalLinks(page)).toHaveCount(3);

  // A missed milestone links to its place on the goal page.
  await missed.getByRole("link", { name: "Build the wizard" }).click();
  await expect(page).toHaveURL(new RegExp(`${goalPath(org, launch).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}#milestone-`));
  await expect(page.getByRole("heading", { name: launch.title, level: 1 })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: `Progress of ${launch.title}` }).first()).toHaveAttribute("aria-valuetext", "20%");
  await expect(page.getByText("Expected by today: 50%").first()).toBeVisible();
  await expect(page.getByText("Off track").first()).toBeVisible();
  await screenshot(page, testInfo, "goal-page");
});

test("the dashboard, the roadmap and a goal page are server-rendered: the HTML already holds the numbers, filtered by the URL", async ({ page, user, makeUser, apiAs }) => {
  const api = await apiAs(user);
  const rosa = await makeUser("Rosa");
  const { org, launch, hire } = await healthyMix(api, user, rosa);
  await signIn(page, user);
  // The HTML as the server sends it, before any script runs (same session cookie).
  const html = await (await page.request.get(`/o/${org.slug}`)).text();
  expect(html).toContain("Open goals");
  expect(html).toContain(`aria-label="Progress of ${launch.title}"`);
  expect(html).toContain("5 days late");
  const filtered = await (await page.request.get(`/o/${org.slug}?health=AT_RISK`)).text();
  expect(filtered).toContain("At risk goals");
  expect(filtered).toContain(`aria-label="Progress of ${hire.title}"`);
  expect(filtered).not.toContain(`aria-label="Progress of ${launch.title}"`);
  const roadmap = await (await page.request.get(`/o/${org.slug}/roadmap`)).text();
  expect(roadmap).toContain(`${launch.title}: `);
  expect(roadmap).toContain("Build the wizard — due");
  const goal = await (await page.request.get(goalPath(org, launch))).text();
  expect(goal).toContain(`aria-label="Progress of ${launch.title}"`);
  expect(goal).toContain("Build the wizard");
  expect(goal).toContain('aria-valuetext="20%"');

  // And the browser starts from that answer without asking again; another filter is fetched.
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/api/graphql")) asked.push(String(request.postDataJSON()?.operationName));
  });
  await page.goto(`/o/${org.slug}?health=AT_RISK`);
  await expect(page.getByRole("heading", { name: "At risk goals (1)" })).toBeVisible();
  await expect(goalLinks(page)).toHaveText([hire.title]);
  await page.waitForLoadState("networkidle");
  expect(asked.filter((name) => name === "DashboardPage")).toHaveLength(0);
  await healthTile(page, "Off track").click();
  await expect(goalLinks(page)).toHaveText([launch.title]);
  await expect(page).toHaveURL(/[?&]health=OFF_TRACK/);
  await page.waitForLoadState("networkidle");
  expect(asked.filter((name) => name === "DashboardPage")).toHaveLength(1);
});

test("a stakeholder reads the dashboard with no edit controls", async ({ page, user, makeUser, apiAs }) => {
  const api = await apiAs(user);
  const rosa = await makeUser("Rosa");
  const stakeholder = await makeUser("Stella");
  const { org, launch } = await healthyMix(api, user, rosa);
  await addMember(api, org, stakeholder, "STAKEHOLDER");

  await signIn(page, stakeholder);
  await page.goto(`/o/${org.slug}`);
  await expect(page.getByText("You have view-only access.")).toBeVisible();
  await expect(healthTile(page, "Off track")).toHaveText("Off track1");
  await expect(goalLinks(page).first()).toHaveText(launch.title);
  // Reading aids only: print, saving the filters as a personal view, the health tiles, the filters
  // and the formula disclosure.
  await expect(page.getByRole("link", { name: "New goal" })).toHaveCount(0);
  const buttons = await page.getByRole("main").getByRole("button").allTextContents();
  expect(buttons.map((b) => b.trim())).toEqual(["Print", "Save view", "Clear filters", "On track1", "At risk1", "Off track1"]);
});

test("an organization without goals gets a friendly empty dashboard", async ({ page, user, apiAs }) => {
  const org: TestOrg = await createOrg(await apiAs(user));
  await signIn(page, user);
  await page.goto(`/o/${org.slug}`);
  await expect(page.getByRole("heading", { name: "No goals yet" })).toBeVisible();
  await page.getByRole("link", { name: "New goal" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/goals/new$`));
});

test("printing the dashboard or a goal gives a report: org, date, numbers and milestones, no controls", async ({ page, user, makeUser, apiAs }) => {
  const api = await apiAs(user);
  const rosa = await makeUser("Rosa");
  const { org, launch } = await healthyMix(api, user, rosa);
  await checkInViaApi(api, { goalId: launch.id, confidence: "AT_RISK", note: "The wizard needs another week." });
  await signIn(page, user);
  await page.goto(`/o/${org.slug}`);
  await expect(healthTile(page, "Off track")).toHaveText("Off track1");
  await page.emulateMedia({ media: "print" });

  const printed = `printed ${displayDate(isoDate(0))}`;
  await expect(page.getByText(printed)).toBeVisible();
  await expect(page.getByText(`${org.name} · ${printed} · All goals`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Open goals (3)" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^Missed milestones/ })).toContainText("Build the wizard");
  for (const hidden of [
    page.getByRole("button", { name: "Print" }),
    page.getByRole("link", { name: "New goal" }),
    page.getByLabel("Owner", { exact: true }),
    page.getByRole("navigation", { name: "Organization" }),
  ]) {
    await expect(hidden).toBeHidden();
  }

  await page.emulateMedia({ media: "screen" });
  await page.goto(`${goalPath(org, launch)}?tab=check-ins`);
  await expect(page.getByRole("heading", { name: launch.title, level: 1 })).toBeVisible();
  await expect(page.getByText("The wizard needs another week.")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(printed)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: `Progress of ${launch.title}` }).first()).toHaveAttribute("aria-valuetext", "20%");
  await expect(page.getByText("Off track").first()).toBeVisible();
  await expect(page.getByText("Build the wizard", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("The wizard needs another week.")).toBeVisible();
  for (const hidden of [
    page.getByRole("button", { name: "Print" }),
    page.getByRole("link", { name: "Edit goal" }),
    page.getByRole("button", { name: "Save check-in" }),
    page.getByRole("heading", { name: "Comments" }),
    page.getByRole("heading", { name: "Add a milestone" }),
  ]) {
    await expect(hidden).toBeHidden();
  }
});

test("a busy dashboard shows the first few of each list with the full counts, and 'Show all' reveals the rest", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const suffix = uniqueSuffix();
  const goal = await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Busy goal ${suffix}`, startDate: isoDate(-60), targetDate: isoDate(60) });
  for (let i = 1; i <= 8; i++) await createMilestone(api, { goalId: goal.id, title: `Late step ${i}`, dueDate: isoDate(-20 + i) });

  await signIn(page, user);
  await page.goto(`/o/${org.slug}`);
  const missed = page.getByRole("region", { name: /^Missed milestones/ });
  await expect(missed.getByRole("heading")).toHaveText("Missed milestones8");
  await expect(missed.getByRole("listitem")).toHaveCount(6);
  await expect(missed.getByRole("listitem").first()).toContainText("Late step 1");
  await missed.getByRole("button", { name: "Show all 8" }).click();
  await expect(missed.getByRole("listitem")).toHaveCount(8);
  await expect(missed.getByRole("listitem").last()).toContainText("Late step 8");
  await expect(missed.getByRole("button", { name: /Show all/ })).toHaveCount(0);
});
