import AxeBuilder from "@axe-core/playwright";
import {
  createGoalWith,
  createMilestoneWith,
  createOrg,
  displayDate,
  expect,
  goalPath,
  isoDate,
  type Page,
  setMilestoneStatus,
  shortDisplayDate,
  signIn,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

/**
 * The milestone timeline on the goal page: one row per milestone on a time axis, with today and
 * the target date marked, baselines of slipped milestones, dependencies and the critical path,
 * each row stated in words for screen readers.
 */

const timeline = (page: Page) => page.getByRole("region", { name: "Timeline", exact: true });
const rows = (page: Page) => timeline(page).getByRole("list", { name: "Milestones on the timeline" }).getByRole("listitem");

test("the goal page's timeline shows each milestone's state, baseline and dependencies, with today and the target", async ({
  page,
  user,
  apiAs,
}) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const goal = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: `Launch the beta ${uniqueSuffix()}`,
    description: "Get the beta into customers' hands before the spring conference.",
    startDate: isoDate(-40),
    targetDate: isoDate(60),
  });
  const design = await createMilestoneWith(api, { goalId: goal.id, title: "Design review", dueDate: isoDate(-20), durationDays: 10 });
  await setMilestoneStatus(api, design.id, "DONE");
  const baseline = isoDate(10);
  const moved = isoDate(25);
  const beta = await createMilestoneWith(api, {
    goalId: goal.id,
    title: "Ship beta",
    dueDate: baseline,
    durationDays: 25,
    dependsOnIds: [design.id],
  });
  await api.must(`mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id } } }`, {
    input: { milestoneId: beta.id, dueDate: moved },
  });
  await createMilestoneWith(api, { goalId: goal.id, title: "Security audit", dueDate: isoDate(-5) });

  await signIn(page, user);
  await page.goto(goalPath(org, goal));

  const section = timeline(page);
  await expect(section.getByRole("heading", { level: 2, name: "Timeline" })).toBeVisible();
  await expect(section).toContainText(`Start ${displayDate(isoDate(-40))} → target ${displayDate(isoDate(60))}`);

  // One row per milestone, in the list's order, each named with everything the row draws.
  await expect(rows(page)).toHaveCount(3);
  await expect(rows(page).nth(0).getByRole("link")).toHaveAccessibleName(`Design review: due ${displayDate(isoDate(-20))}, done`);
  const betaName =
    `Ship beta: due ${displayDate(moved)} (baseline ${shortDisplayDate(baseline, moved)}, slipped once), planned, ` +
    `start by ${shortDisplayDate(isoDate(0), moved)}, depends on Design review`;
  await expect(rows(page).nth(1).getByRole("link")).toHaveAccessibleName(betaName);
  // The missed audit is 5 days over (slack counts from today), the most behind: the critical path.
  await expect(rows(page).nth(2).getByRole("link")).toHaveAccessibleName(`Security audit: due ${displayDate(isoDate(-5))}, missed, on the critical path`);

  // What a sighted reader sees beside each title: the date, the state and, once moved, the baseline.
  await expect(rows(page).nth(0)).toContainText("Done");
  await expect(rows(page).nth(1)).toContainText(`${shortDisplayDate(moved, isoDate(0))} · Planned · was ${shortDisplayDate(baseline, moved)}`);
  await expect(rows(page).nth(2)).toContainText("Missed");

  // Today and the target date are marked on the axis; the legend explains the drawing.
  // "Today" twice: the flag over its line on the axis and the legend's entry.
  await expect(section.getByText("Today", { exact: true })).toHaveCount(2);
  for (const today of await section.getByText("Today", { exact: true }).all()) await expect(today).toBeVisible();
  await expect(section.getByText("Target", { exact: true })).toBeVisible();
  const legend = section.getByRole("list", { name: "Legend" });
  for (const item of ["Done", "Missed", "Baseline (first due date)", "Latest start → due", "Critical path", "Depends on", "Target date"]) {
    await expect(legend.getByText(item, { exact: true })).toBeVisible();
  }

  // No serious or critical accessibility violations on the page with the timeline.
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);


  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: "/tmp/timeline.png" });
  await page.screenshot({ path: "/tmp/timeline-page.png" });

  // A title leads to the milestone in the list.
  await rows(page).nth(1).getByRole("link").click();
  await expect(page).toHaveURL(/#milestone-/);
});

test("on a narrow screen the timeline scrolls sideways inside its card and the titles stay in view", async ({
  page,
  user,
  apiAs,
}) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const goal = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: `Migrate billing ${uniqueSuffix()}`,
    startDate: isoDate(-10),
    targetDate: isoDate(200),
  });
  await createMilestoneWith(api, { goalId: goal.id, title: "Pick a provider", dueDate: isoDate(20) });
  await createMilestoneWith(api, { goalId: goal.id, title: "Cut over", dueDate: isoDate(180) });

  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, user);
  await page.goto(goalPath(org, goal));

  // The axis overflows, so the chart becomes a focusable scrolling region; the page itself does not scroll sideways.
  const scroller = page.getByRole("region", { name: "Timeline, scrolls sideways" });
  await expect(scroller).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await scroller.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expect(rows(page).nth(1).getByRole("link", { name: /^Cut over:/ })).toBeInViewport();
  await scroller.screenshot({ path: "/tmp/timeline-narrow.png" });

  // In print the whole axis fits the page width: nothing is cut off behind a scroll bar.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 600, height: 800 });
  await expect(page.getByRole("region", { name: "Timeline, scrolls sideways" })).toHaveCount(0);
  const card = await timeline(page).getByRole("list", { name: "Milestones on the timeline" }).boundingBox();
  expect(card!.x + card!.width).toBeLessThanOrEqual(600);
});
