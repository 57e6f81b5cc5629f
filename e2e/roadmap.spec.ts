import AxeBuilder from "@axe-core/playwright";
import {
  type Api,
  closeGoal,
  createGoal,
  createGoalWith,
  createMilestone,
  createOrg,
  displayDate,
  expect,
  goalPath,
  isoDate,
  type Page,
  setMilestoneStatus,
  signIn,
  type TestUser,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A parent goal with a sub-goal (three milestones: done, missed, ahead), another goal and a closed one. */
async function roadmapOrg(api: Api, owner: TestUser) {
  const org = await createOrg(api);
  const suffix = uniqueSuffix();
  const parent = await createGoal(api, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Grow partner revenue ${suffix}`,
    startDate: isoDate(-40),
    targetDate: isoDate(80),
  });
  const child = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Launch the partner portal ${suffix}`,
    startDate: isoDate(-20),
    targetDate: isoDate(40),
    parentId: parent.id,
  });
  const other = await createGoal(api, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Hire a designer ${suffix}`,
    startDate: isoDate(-10),
    targetDate: isoDate(50),
  });
  const closed = await createGoal(api, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Pick a CRM ${suffix}`,
    startDate: isoDate(-60),
    targetDate: isoDate(-20),
  });
  await closeGoal(api, closed.id, "ACHIEVED");
  const done = await createMilestone(api, { goalId: child.id, title: "Draft the API contract", dueDate: isoDate(-12) });
  const missed = await createMilestone(api, { goalId: child.id, title: "Sign two pilot partners", dueDate: isoDate(-3) });
  const ahead = await createMilestone(api, { goalId: child.id, title: "Open to everyone", dueDate: isoDate(35) });
  await setMilestoneStatus(api, done.id, "DONE");
  return { org, parent, child, other, closed, milestones: { done, missed, ahead } };
}

async function axeFindings(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`);
}

test("the roadmap shows goals grouped under their parent, as named bars with milestones and a today line", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const { org, parent, child, other, closed, milestones } = await roadmapOrg(api, user);

  await signIn(page, user);
  await page.goto(`/o/${org.slug}`);
  const tab = page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Roadmap" });
  await tab.click();
  await expect(page).toHaveURL(new RegExp(`/o/${escape(org.slug)}/roadmap$`));
  await expect(tab).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 1, name: "Roadmap" })).toBeVisible();

  // Grouped: the parent, its sub-goal right under it, then the other top-level goals by start date.
  const rows = page.getByRole("list", { name: "Goals on the roadmap" }).getByRole("listitem");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).getByRole("link")).toHaveText(closed.title);
  await expect(rows.nth(1).getByRole("link")).toHaveText(parent.title);
  await expect(rows.nth(2).getByRole("link")).toHaveText(child.title);
  await expect(rows.nth(2)).toContainText(`sub-goal of ${parent.title}`);
  await expect(rows.nth(3).getByRole("link")).toHaveText(other.title);

  // The sub-goal's bar: dates, progress (1 of 3 milestones done), pace, health, milestones.
  const childRow = rows.nth(2);
  await expect(
    childRow.getByRole("img", {
      name: new RegExp(
        `^${escape(child.title)}: ${escape(displayDate(isoDate(-20)))} – ${escape(displayDate(isoDate(40)))}, 33% done, \\d+% expected by today, (at risk|off track); 3 milestones, 1 missed$`,
      ),
    }),
  ).toBeVisible();
  await expect(childRow.getByText(/At risk|Off track/)).toBeVisible();
  await expect(childRow.getByRole("img", { name: `${milestones.missed.title} — due ${displayDate(milestones.missed.dueDate)}, missed` })).toBeVisible();
  await expect(childRow.getByRole("img", { name: `${milestones.done.title} — due ${displayDate(milestones.done.dueDate)}, done` })).toBeVisible();
  await expect(childRow.getByRole("img", { name: new RegExp(`^${escape(milestones.ahead.title)} — due ${escape(displayDate(milestones.ahead.dueDate))}, planned`) })).toBeVisible();
  // The closed goal says so, in words.
  await expect(rows.nth(0).getByRole("img", { name: new RegExp(`^${escape(closed.title)}: .*, closed; no milestones$`) })).toBeVisible();
  await expect(rows.nth(0)).toContainText("Achieved");

  await expect(page.getByRole("img", { name: `Today, ${displayDate(isoDate(0))}` })).toBeVisible();

  // Keyboard: Tab reaches the goal links in roadmap order.
  const parentLink = page.getByRole("link", { name: parent.title, exact: true });
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await parentLink.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(parentLink).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: child.title, exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${escape(goalPath(org, child))}$`));
  await expect(page.getByRole("heading", { level: 1, name: child.title })).toBeVisible();
  await page.goBack();

  // Closed goals can be left out.
  await page.getByLabel("Show closed goals").uncheck();
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("link", { name: closed.title })).toHaveCount(0);
  await page.getByLabel("Show closed goals").check();
  await expect(rows).toHaveCount(4);

  await page.waitForLoadState("networkidle");
  expect(await axeFindings(page)).toEqual([]);
});

test("an organization without goals gets an empty roadmap with a way to create one", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  await signIn(page, user);
  await page.goto(`/o/${org.slug}/roadmap`);
  await expect(page.getByRole("heading", { name: "No goals on the roadmap yet" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "New goal" }).last()).toHaveAttribute("href", `/o/${org.slug}/goals/new`);
  expect(await axeFindings(page)).toEqual([]);
});

test("screenshot of a realistic roadmap", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const { org, parent } = await roadmapOrg(api, user);
  const onTrack = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: "Self-serve partner reports",
    startDate: isoDate(-30),
    targetDate: isoDate(30),
    parentId: parent.id,
  });
  for (const [title, due, state] of [
    ["Report schema", -25, "DONE"],
    ["First report live", -8, "DONE"],
    ["Export to CSV", 10, "IN_PROGRESS"],
    ["All reports", 28, "PLANNED"],
  ] as const) {
    const m = await createMilestone(api, { goalId: onTrack.id, title, dueDate: isoDate(due) });
    if (state !== "PLANNED") await setMilestoneStatus(api, m.id, state);
  }
  const next = await createGoal(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: "Expand to the Nordics",
    startDate: isoDate(20),
    targetDate: isoDate(150),
  });
  await createMilestone(api, { goalId: next.id, title: "Hire a country lead", dueDate: isoDate(60) });
  await createMilestone(api, { goalId: next.id, title: "First customer in Sweden", dueDate: isoDate(120) });

  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, user);
  await page.goto(`/o/${org.slug}/roadmap`);
  await expect(page.getByRole("list", { name: "Goals on the roadmap" }).getByRole("listitem")).toHaveCount(6);
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: "/tmp/roadmap.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "/tmp/roadmap-narrow.png", fullPage: true });
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.screenshot({ path: "/tmp/roadmap-print.png", fullPage: true });
});

test("the Today marker has a lane of its own: it covers no month or quarter label, at 1280 and 390 px", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const { org } = await roadmapOrg(api, user);
  await signIn(page, user);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/o/${org.slug}/roadmap`);
    const today = page.getByRole("img", { name: `Today, ${displayDate(isoDate(0))}` });
    await expect(today).toBeVisible();
    // Whatever day today is, the marker sits above every month and quarter label of the axis, so
    // it can cover none of them (the month it falls in is often a quarter's, labelled twice).
    const overlaps = await today.evaluate((marker) => {
      const box = marker.getBoundingClientRect();
      const labels = [...marker.parentElement!.querySelectorAll(":scope > div span")];
      if (labels.length < 2) return ["(no axis labels found)"];
      return labels.filter((label) => label.getBoundingClientRect().top < box.bottom).map((label) => label.textContent);
    });
    expect(overlaps, `labels under the Today marker at ${width} px`).toEqual([]);
    await page.screenshot({ path: `/tmp/roadmap-today-${width}.png` });
  }
});

test("a large roadmap starts with its first 30 rows and the count; 'Show all' adds the rest", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const suffix = uniqueSuffix();
  for (let i = 0; i < 32; i++) {
    await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Goal ${String(i).padStart(2, "0")} ${suffix}`, startDate: isoDate(-60 + i), targetDate: isoDate(60) });
  }
  await signIn(page, user);
  await page.goto(`/o/${org.slug}/roadmap`);
  const rows = page.getByRole("list", { name: "Goals on the roadmap" }).getByRole("listitem");
  await expect(rows).toHaveCount(30);
  await expect(page.getByText("30 of 32 goals, closed ones included")).toBeVisible();
  await expect(rows.first()).toContainText(`Goal 00 ${suffix}`);
  await page.getByRole("button", { name: "Show all 32 goals" }).click();
  await expect(rows).toHaveCount(32);
  await expect(rows.last()).toContainText(`Goal 31 ${suffix}`);
  await expect(page.getByText("32 goals, closed ones included")).toBeVisible();
});
