import {
  addMember,
  addMilestoneHelper,
  createGoal,
  createMilestone,
  createOrg,
  displayDate,
  expect,
  goalPath,
  isoDate,
  setMilestoneStatus,
  signIn,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

test("goals list shows progress and overdue milestones; the goal page shows dates, status and assignees", async ({
  page,
  user,
  makeUser,
  apiAs,
}) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const rosa = await makeUser("Rosa");
  await addMember(api, org, rosa, "MEMBER");
  const goal = await createGoal(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: `Grow the newsletter ${uniqueSuffix()}`,
    startDate: isoDate(-30),
    targetDate: isoDate(60),
  });
  const quiet = await createGoal(api, {
    organizationId: org.id,
    ownerId: rosa.id,
    title: `Quiet goal ${uniqueSuffix()}`,
    startDate: isoDate(-30),
    targetDate: isoDate(90),
  });
  const done = await createMilestone(api, { goalId: goal.id, title: "Pick a platform", dueDate: isoDate(-20) });
  const late = await createMilestone(api, { goalId: goal.id, title: "Write five issues", dueDate: isoDate(-10) });
  const next = await createMilestone(api, { goalId: goal.id, title: "Reach 1000 readers", dueDate: isoDate(15) });
  await createMilestone(api, { goalId: goal.id, title: "Run a survey", dueDate: isoDate(50) });
  await setMilestoneStatus(api, done.id, "DONE");
  await setMilestoneStatus(api, next.id, "IN_PROGRESS");
  await addMilestoneHelper(api, next.id, rosa.id);
  await addMilestoneHelper(api, next.id, user.id);

  await signIn(page, user);
  await page.goto(`/o/${org.slug}/goals`);

  // 1 of 4 milestones done: 25 %; one past its due date and not done.
  const progress = page.getByRole("progressbar", { name: `Progress of ${goal.title}` });
  await expect(progress).toHaveAttribute("aria-valuenow", "25");
  await expect(page.getByRole("link", { name: goal.title })).toBeVisible();
  await expect(page.getByText("1 missed", { exact: true })).toBeVisible();
  await expect(page.getByText("25%", { exact: true })).toBeVisible();
  // A goal without milestones: 0 % and no missed badge.
  await expect(page.getByRole("progressbar", { name: `Progress of ${quiet.title}` })).toHaveAttribute("aria-valuenow", "0");
  await expect(page.getByText(/\d+ missed/)).toHaveCount(1);

  await page.getByRole("link", { name: goal.title }).click();
  await expect(page).toHaveURL(new RegExp(goalPath(org, goal).replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "$"));
  await expect(page.getByRole("heading", { name: goal.title })).toBeVisible();

  const item = (title: string) =>
    page.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: `Done: ${title}`, exact: true }) });

  await expect(item(done.title)).toContainText(displayDate(done.dueDate));
  await expect(item(done.title).getByLabel(`Status of ${done.title}`).locator("option:checked")).toHaveText("Done");
  await expect(item(done.title)).not.toContainText("Missed");

  await expect(item(late.title)).toContainText(displayDate(late.dueDate));
  await expect(item(late.title)).toContainText("Missed");
  await expect(item(late.title).getByLabel(`Status of ${late.title}`).locator("option:checked")).toHaveText("Planned");

  await expect(item(next.title)).toContainText(displayDate(next.dueDate));
  await expect(item(next.title).getByLabel(`Status of ${next.title}`).locator("option:checked")).toHaveText("In progress");
  await expect(item(next.title).getByRole("img", { name: rosa.name, exact: true })).toBeVisible();
  await expect(item(next.title).getByRole("img", { name: user.name, exact: true })).toBeVisible();
  await expect(item(next.title)).not.toContainText("Missed");

  await expect(page.getByRole("progressbar", { name: `Progress of ${goal.title}` })).toHaveAttribute("aria-valuenow", "25");
});
