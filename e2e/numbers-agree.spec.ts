import {
  closeGoal,
  createGoalWith,
  createMilestoneWith,
  createOrg,
  displayDate,
  expect,
  goalPath,
  isoDate,
  signIn,
  strayDots,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

// Issue #12, section 1: numbers and words must agree. One test per fix, as the user sees it.

test("the critical-path card measures against the goal's target, and agrees with the final milestone's slack", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  // The data, as of today (the plan counts from today): Design's own due date is 13 days
  // too early for its 30 days of work; the goal finishes 73 days from now at the earliest, 7 days
  // before its target.
  const goal = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: `Ship the launch ${uniqueSuffix()}`,
    startDate: isoDate(0),
    targetDate: isoDate(80),
  });
  const design = await createMilestoneWith(api, { goalId: goal.id, title: "Design", dueDate: isoDate(17), durationDays: 30 });
  await createMilestoneWith(api, { goalId: goal.id, title: "Launch", dueDate: isoDate(80), durationDays: 43, dependsOnIds: [design.id] });

  await signIn(page, user);
  await page.goto(goalPath(org, goal));
  const card = page.getByRole("region", { name: "Critical path" });
  await expect(card).toContainText(`Done by ${displayDate(isoDate(73))} at the earliest: 7 days before the ${displayDate(isoDate(80))} target`);
  await expect(card).toContainText(`“Design” can't be done by its due date (${displayDate(isoDate(17))}): 13 days over.`);
  await expect(card).not.toContainText("past the");
  const launch = page.getByRole("listitem").filter({ has: page.getByText("Launch", { exact: true }) }).first();
  await expect(launch).toContainText("7 days slack");
});

test("a missed milestone shows the days it is over, never slack counted from the goal's start", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  // Planned from the goal's start, Design (10 days, due 15 days after it) had 5 days slack; it is
  // 21 days past due and not started, so it can finish 10 days from now at the earliest.
  const goal = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: `Redesign ${uniqueSuffix()}`,
    startDate: isoDate(-36),
    targetDate: isoDate(44),
  });
  await createMilestoneWith(api, { goalId: goal.id, title: "Design", dueDate: isoDate(-21), durationDays: 10 });

  await signIn(page, user);
  await page.goto(goalPath(org, goal));
  const row = page.getByRole("listitem").filter({ has: page.getByText("Design", { exact: true }) }).first();
  await expect(row).toContainText("31 days over");
  await expect(row).not.toContainText("slack");
  await expect(page.getByRole("region", { name: "Critical path" })).toContainText(`Done by ${displayDate(isoDate(10))} at the earliest`);
});

test("a milestone due after the goal's target is warned beside the field, shown as a schedule risk, and can be kept or fixed", async ({
  page,
  user,
  apiAs,
}) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const goal = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: `Open the office ${uniqueSuffix()}`,
    startDate: isoDate(-20),
    targetDate: isoDate(60),
  });
  const late = isoDate(400);
  await signIn(page, user);
  await page.goto(goalPath(org, goal));

  await page.getByRole("button", { name: "Add milestone", exact: true }).click();
  await page.getByLabel("Milestone title").fill("Sign the lease");
  await page.getByLabel("Due date").fill(late);
  await expect(page.getByText(`After the goal's ${displayDate(isoDate(60))} target: it will show as a schedule risk.`)).toBeVisible();
  await page.getByRole("form", { name: "Add milestone" }).getByRole("button", { name: "Add milestone" }).click();

  const risk = page.getByRole("status").filter({ hasText: "Schedule risk" });
  await expect(risk).toContainText(`Schedule risk: 1 milestone is due after the ${displayDate(isoDate(60))} target`);
  await risk.getByRole("button", { name: `Keep ${displayDate(isoDate(60))}` }).click();
  await expect(page.getByText("(kept on purpose)")).toBeVisible();
  await page.reload();
  await expect(page.getByText("(kept on purpose)")).toBeVisible();
  await page.getByRole("button", { name: "Review" }).click();

  await page.getByRole("button", { name: `Move the target to ${displayDate(late)}` }).click();
  await expect(page.getByText("Schedule risk")).toHaveCount(0);
  await expect(page.getByText(`→ ${displayDate(late)}`).first()).toBeVisible();
});

test("a goal backdated 10 days has not enough data yet instead of being off track", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  // Straight through the API: the fixture helpers count goals as set on their start day.
  const created = await api.must<{ createGoal: { goal: { id: string } } }>(
    `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }`,
    { input: { organizationId: org.id, ownerId: user.id, title: "Backdated", startDate: isoDate(-10), targetDate: isoDate(20) } },
  );
  await signIn(page, user);
  await page.goto(goalPath(org, created.createGoal.goal));
  const computed = page.getByText("Computed from pace", { exact: true }).locator("..");
  await expect(computed).toContainText("Not enough data yet");
  await expect(computed).not.toContainText("Off track");
});

test("closed goals sort after open ones and aren't counted as active; a parent speaks of its sub-goals", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const base = { organizationId: org.id, ownerId: user.id, startDate: isoDate(-30) };
  const achieved = await createGoalWith(api, { ...base, title: "Achieved early", targetDate: isoDate(5) });
  const parent = await createGoalWith(api, { ...base, title: "Grow the business", targetDate: isoDate(200) });
  await createGoalWith(api, { ...base, title: "Win ten customers", targetDate: isoDate(100), parentId: parent.id });
  await closeGoal(api, achieved.id, "ACHIEVED");

  await signIn(page, user);
  await page.goto(`/o/${org.slug}/goals`);
  await expect(page.getByText("2 active goals · 1 closed")).toBeVisible();
  const titles = page.locator("main li a[href*='/goals/']").filter({ hasNotText: /^Part of/ });
  await expect(titles.last()).toHaveText("Achieved early");
  await expect(page.getByText("1 sub-goal", { exact: true })).toBeVisible();
  expect(await strayDots(page)).toEqual([]);

  await page.goto(goalPath(org, parent));
  await expect(page.getByText("No milestones of its own")).toBeVisible();
  await expect(page.getByText("No milestones yet")).toHaveCount(0);
  expect(await strayDots(page)).toEqual([]);
  // One date format and one label case.
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}/);
  expect(text).not.toContain("MET");
});

test("a new user is welcomed, not welcomed back, and sees no skeletons of organizations", async ({ page, user }) => {
  await signIn(page, user);
  await page.goto("/");
  await expect(page.getByText(/^Welcome to Waymark, /)).toBeVisible();
  await expect(page.getByText("Welcome back")).toHaveCount(0);
  await expect(page.getByRole("status", { name: "Loading organizations" })).toHaveCount(0);
  await expect(page.getByText("You're not in an organization yet")).toBeVisible();
});

test("a pasted 5,000-character title is counted and refused, not cut", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  await signIn(page, user);
  await page.goto(`/o/${org.slug}/goals/new`);
  // The accessible name: the label's text also holds the required field's (aria-hidden) "*".
  const title = page.getByRole("textbox", { name: "Title", exact: true });
  await expect(title).toHaveAttribute("dir", "auto");
  await title.fill("x".repeat(5000));
  await expect(title).toHaveValue("x".repeat(5000));
  await expect(page.getByText("5,000/200 · 4,800 too many")).toBeVisible();
  await page.getByRole("button", { name: /Create goal/ }).click();
  await expect(page.getByText("Title must be at most 200 characters.").first()).toBeVisible();
  await expect(page).toHaveURL(/\/goals\/new/);
});
