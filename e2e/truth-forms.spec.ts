import {
  closeGoal,
  createGoal,
  createMilestone,
  createOrg,
  expect,
  isoDate,
  type Page,
  setMilestoneStatus,
  signIn,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

/** One criterion of the live SMART checklist beside the goal form. */
function smartItem(page: Page, label: string) {
  return page.getByRole("region", { name: "SMART check" }).getByRole("listitem").filter({ hasText: label });
}

/** The goals list item of a goal (the innermost one: a parent's item also holds its sub-goals). */
function goalRow(page: Page, title: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: title, exact: true }) })
    .last();
}

test.describe("goal form and list tell the truth", () => {
  test("create a metric goal, watching the SMART checklist, then find it in the list with its metric and health", async ({
    page,
    user,
    apiAs,
  }) => {
    const org = await createOrg(await apiAs(user));
    const title = `Grow weekly active teams ${uniqueSuffix()}`;

    await signIn(page, user);
    await page.goto(`/o/${org.slug}`);
    await page.getByRole("link", { name: "New goal" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/goals/new$`));

    // A blank draft: an owner (you) and a target date three months out, nothing else yet.
    await expect(page.getByRole("region", { name: "SMART check" })).toContainText("2 of 5 met");
    await expect(smartItem(page, "Specific")).toContainText("Missing");
    await expect(smartItem(page, "Measurable")).toContainText("Missing");
    await expect(smartItem(page, "Relevant")).toContainText("Missing");
    await expect(smartItem(page, "Time-bound")).toContainText("Met");

    await page.getByLabel("Title").fill(title);
    await page.getByLabel("Description (why)").fill("Too short.");
    await expect(smartItem(page, "Specific")).toContainText("The description is short");
    await page.getByLabel("Description (why)").fill("More teams using us every week is the clearest sign the product works.");
    await expect(smartItem(page, "Specific")).toContainText("Met");

    // Measured by a number: Measurable turns met once the metric is complete.
    await page.getByRole("radio", { name: "A number (metric)" }).check();
    await expect(page.getByRole("group", { name: "How is progress measured?" })).toBeVisible();
    await expect(smartItem(page, "Measurable")).toContainText("Missing");
    await page.getByLabel("Unit").fill("users");
    await page.getByLabel("Direction").selectOption({ label: "Stay above" });
    await expect(page.getByLabel("Value today")).toBeVisible();
    await page.getByLabel("Direction").selectOption({ label: "Increase" });
    await page.getByLabel("Start value").fill("120");
    await expect(smartItem(page, "Measurable")).toContainText("Missing");
    await page.getByLabel("Target value").fill("300");
    await expect(smartItem(page, "Measurable")).toContainText("Met");
    await expect(smartItem(page, "Measurable")).toContainText("Measured by a metric: from 120 to 300.");

    // Without recorded values there is no pace yet: a stated rationale makes it Achievable.
    await expect(smartItem(page, "Achievable")).toContainText("Missing");
    await page.getByLabel("Why it’s achievable (rationale)").fill("Two large accounts are onboarding next month.");
    await expect(smartItem(page, "Achievable")).toContainText("Met");
    await page.getByLabel("Why it matters (relevance)").fill("Our north-star metric for the year.");
    await expect(smartItem(page, "Relevant")).toContainText("Met");
    await expect(page.getByRole("region", { name: "SMART check" })).toContainText("5 of 5 met");

    await page.getByLabel("Start date").fill(isoDate(0));
    await page.getByLabel("Target date").fill(isoDate(90));
    await page.getByRole("button", { name: "Create goal" }).click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();

    await page.goto(`/o/${org.slug}`);
    const row = goalRow(page, title);
    await expect(row).toContainText("120 / 300 users");
    // Started today, nothing recorded yet: within a new goal's grace period pace can't judge it.
    await expect(row).toContainText("Not enough data yet");
    await expect(row).not.toContainText("On track");
    await expect(page.getByRole("progressbar", { name: `Progress of ${title}` })).toHaveAttribute("aria-valuenow", "0");
    await expect(page.getByRole("region", { name: "Goal health" }).getByRole("button", { name: /^Not enough data yet/ })).toContainText("1");
  });

  test("a sub-goal created with a parent shows under its parent; a closed parent is refused beside the field", async ({
    page,
    user,
    apiAs,
  }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const parent = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Launch the public beta ${uniqueSuffix()}`,
      startDate: isoDate(-10),
      targetDate: isoDate(60),
    });
    const later = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Hire a designer ${uniqueSuffix()}`,
      startDate: isoDate(-10),
      targetDate: isoDate(30),
    });
    const child = `Onboarding revamp ${uniqueSuffix()}`;

    await signIn(page, user);
    await page.goto(`/o/${org.slug}/goals/new`);
    await page.getByLabel("Title").fill(child);
    await expect(page.getByLabel("Weight in parent")).toHaveCount(0);
    await expect(smartItem(page, "Relevant")).toContainText("Missing");
    await page.getByLabel("Parent goal").selectOption({ label: parent.title });
    await expect(smartItem(page, "Relevant")).toContainText("Supports a parent goal.");
    await expect(page.getByLabel("Weight in parent")).toHaveValue("1");
    await page.getByLabel("Weight in parent").fill("2");
    await page.getByRole("button", { name: "Create goal" }).click();
    await expect(page.getByRole("heading", { name: child })).toBeVisible();

    await page.goto(`/o/${org.slug}/goals`);
    const subGoals = page.getByRole("list", { name: `Sub-goals of ${parent.title}` });
    await expect(subGoals.getByRole("link", { name: child, exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: `Sub-goals of ${later.title}` })).toHaveCount(0);

    // The parent can't be placed under its own sub-goal: the choice isn't offered.
    await page.goto(`/o/${org.slug}/goals`);
    const parentHref = await page.getByRole("link", { name: parent.title, exact: true }).getAttribute("href");
    await page.goto(`${parentHref}/edit`);
    await expect(page.getByLabel("Title")).toHaveValue(parent.title);
    await expect(page.getByLabel("Parent goal").locator("option", { hasText: later.title })).toHaveCount(1);
    await expect(page.getByLabel("Parent goal").locator("option", { hasText: child })).toHaveCount(0);

    // A parent closed while the form was open: the server's refusal lands beside the field.
    await page.goto(`/o/${org.slug}/goals/new`);
    await page.getByLabel("Title").fill(`Beta docs ${uniqueSuffix()}`);
    await page.getByLabel("Parent goal").selectOption({ label: later.title });
    await closeGoal(api, later.id, "DROPPED");
    await page.getByRole("button", { name: "Create goal" }).click();
    await expect(page.getByLabel("Parent goal")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").filter({ hasText: "is closed; reopen it before adding goals under it." })).toBeVisible();
    await expect(page).toHaveURL(/\/goals\/new$/);
  });

  test("the activity page lists who created which goal; Wins only shows the milestone completed", async ({
    page,
    user,
    apiAs,
  }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Open the Lisbon office ${uniqueSuffix()}`,
      startDate: isoDate(-10),
      targetDate: isoDate(60),
    });
    const other = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Cut support backlog ${uniqueSuffix()}`,
      startDate: isoDate(-10),
      targetDate: isoDate(60),
    });
    const milestone = await createMilestone(api, { goalId: goal.id, title: "Sign the lease", dueDate: isoDate(5) });
    await setMilestoneStatus(api, milestone.id, "DONE");

    await signIn(page, user);
    await page.goto(`/o/${org.slug}`);
    await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Activity" }).click();
    await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/activity$`));
    await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();

    await expect(page.getByText(`${user.name} created the goal “${goal.title}”`)).toBeVisible();
    await expect(page.getByText(`${user.name} created the goal “${other.title}”`)).toBeVisible();
    await expect(page.getByText(`${user.name} marked “Sign the lease” done`)).toBeVisible();
    // Newest first: the completion comes before the goal's creation.
    const entries = page.getByRole("main").getByRole("listitem");
    await expect(entries.first()).toContainText("marked “Sign the lease” done");
    await expect(entries.first()).toContainText("Win");

    await page.getByLabel("Wins only").check();
    await expect(page).toHaveURL(/\?wins=1$/);
    await expect(page.getByText(`${user.name} marked “Sign the lease” done`)).toBeVisible();
    await expect(page.getByText(/created the goal/)).toHaveCount(0);
    await expect(page.getByText("1 win", { exact: true })).toBeVisible();

    // Each entry links to its goal.
    await page.getByRole("link", { name: goal.title }).click();
    await expect(page.getByRole("heading", { name: goal.title })).toBeVisible();
  });

  test("an organization without activity shows an empty state", async ({ page, user, apiAs }) => {
    const org = await createOrg(await apiAs(user));
    await signIn(page, user);
    await page.goto(`/o/${org.slug}/activity?wins=1`);
    await expect(page.getByRole("heading", { name: "No wins yet" })).toBeVisible();
    await page.getByRole("button", { name: "Show all activity" }).click();
    await expect(page.getByLabel("Wins only")).not.toBeChecked();
  });
});
