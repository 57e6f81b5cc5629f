import {
  type Page,
  addMember,
  confirm,
  createGoal,
  createMilestone,
  createOrg,
  displayDate,
  expect,
  goalPath,
  isoDate,
  signIn,
  test,
  uniqueSuffix,
  untilSaved,
} from "./fixtures.ts";

const doneBox = (page: Page, title: string) => page.getByRole("checkbox", { name: `Done: ${title}`, exact: true });

/** Milestone titles in the order the goal page shows them (top to bottom). */
async function milestoneOrder(page: Page, titles: string[]): Promise<string[]> {
  const positions = await Promise.all(
    titles.map(async (t) => ({ t, y: (await doneBox(page, t).boundingBox())?.y ?? Number.NaN })),
  );
  return positions.sort((a, b) => a.y - b.y).map((p) => p.t);
}

async function addMilestone(page: Page, title: string, dueDate: string, description = "") {
  const form = page.getByRole("form", { name: "Add milestone" });
  // The form opens from its button and stays open for the next one.
  if (!(await form.isVisible())) await page.getByRole("button", { name: "Add milestone", exact: true }).click();
  await form.getByLabel("Milestone title").fill(title);
  await form.getByLabel("Due date").fill(dueDate);
  if (description) await form.getByLabel("Description").fill(description);
  await form.getByRole("button", { name: "Add milestone" }).click();
  await expect(doneBox(page, title)).toBeVisible();
  await expect(form.getByLabel("Milestone title")).toHaveValue("");
}

test.describe("milestones", () => {
  test("add, edit, reorder and delete milestones", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Ship v2 ${uniqueSuffix()}`,
      startDate: isoDate(-1),
      targetDate: isoDate(100),
    });
    const [a, b, c] = ["Design review", "Private beta", "Public launch"];

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    await addMilestone(page, a, isoDate(10), "Sign-off from design and product.");
    await expect(page.getByText("Sign-off from design and product.")).toBeVisible();
    await addMilestone(page, b, isoDate(40));
    await addMilestone(page, c, isoDate(80));
    await expect(page.getByText(displayDate(isoDate(40))).first()).toBeVisible();
    expect(await milestoneOrder(page, [a, b, c])).toEqual([a, b, c]);

    // Edit: title and due date.
    const renamed = "Closed beta";
    await page.getByRole("button", { name: `Edit ${b}`, exact: true }).click();
    const editor = page.getByRole("form", { name: `Edit milestone ${b}` });
    await expect(editor.getByLabel("Milestone title")).toHaveValue(b);
    await editor.getByLabel("Milestone title").fill(renamed);
    await editor.getByLabel("Due date").fill(isoDate(45));
    await editor.getByRole("button", { name: "Save", exact: true }).click();
    await expect(editor).toHaveCount(0);
    await expect(doneBox(page, renamed)).toBeVisible();
    await expect(doneBox(page, b)).toHaveCount(0);
    await expect(page.getByText(displayDate(isoDate(45))).first()).toBeVisible();

    // Reorder: the launch moves up above the beta, then the design review moves down.
    await untilSaved(page, "MoveMilestone", () => page.getByRole("button", { name: `Move ${c} up`, exact: true }).click());
    await expect.poll(() => milestoneOrder(page, [a, renamed, c])).toEqual([a, c, renamed]);
    await untilSaved(page, "MoveMilestone", () => page.getByRole("button", { name: `Move ${a} down`, exact: true }).click());
    await expect.poll(() => milestoneOrder(page, [a, renamed, c])).toEqual([c, a, renamed]);
    await page.reload();
    await expect(doneBox(page, a)).toBeVisible();
    expect(await milestoneOrder(page, [a, renamed, c])).toEqual([c, a, renamed]);
    await expect(page.getByText(displayDate(isoDate(45))).first()).toBeVisible();
    await expect(page.getByRole("button", { name: `Move ${c} up`, exact: true })).toBeDisabled();
    await expect(page.getByRole("button", { name: `Move ${renamed} down`, exact: true })).toBeDisabled();

    // Delete, after confirming.
    await page.getByRole("button", { name: `Delete ${renamed}`, exact: true }).click();
    await confirm(page, "Delete");
    await expect(doneBox(page, renamed)).toHaveCount(0);
    await page.reload();
    await expect(doneBox(page, a)).toBeVisible();
    await expect(doneBox(page, renamed)).toHaveCount(0);
  });

  test("mark a milestone done and reopen it; progress follows", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Hire a team ${uniqueSuffix()}`,
      startDate: isoDate(-1),
      targetDate: isoDate(100),
    });
    await createMilestone(api, { goalId: goal.id, title: "Write the job ad", dueDate: isoDate(5) });
    await createMilestone(api, { goalId: goal.id, title: "First interviews", dueDate: isoDate(20) });

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    const progress = page.getByRole("progressbar", { name: `Progress of ${goal.title}` });
    await expect(progress).toHaveAttribute("aria-valuenow", "0");
    const status = page.getByLabel("Status of Write the job ad", { exact: true });
    await expect(status.locator("option:checked")).toHaveText("Planned");

    await untilSaved(page, "UpdateMilestone", () => doneBox(page, "Write the job ad").check());
    await expect(doneBox(page, "Write the job ad")).toBeChecked();
    await expect(status.locator("option:checked")).toHaveText("Done");
    await expect(progress).toHaveAttribute("aria-valuenow", "50");
    await expect(page.getByText("50%").first()).toBeVisible();
    await page.reload();
    await expect(doneBox(page, "Write the job ad")).toBeChecked();

    await untilSaved(page, "UpdateMilestone", () => doneBox(page, "Write the job ad").uncheck());
    await expect(doneBox(page, "Write the job ad")).not.toBeChecked();
    await expect(status.locator("option:checked")).not.toHaveText("Done");
    await expect(progress).toHaveAttribute("aria-valuenow", "0");

    // The status select says the same thing in more words.
    await untilSaved(page, "UpdateMilestone", () => status.selectOption({ label: "In progress" }));
    await expect(status.locator("option:checked")).toHaveText("In progress");
    await page.reload();
    await expect(page.getByLabel("Status of Write the job ad", { exact: true }).locator("option:checked")).toHaveText("In progress");
    await expect(doneBox(page, "Write the job ad")).not.toBeChecked();
  });

  test("assign two members to a milestone and unassign one", async ({ page, user, makeUser, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const lin = await makeUser("Lin");
    const omar = await makeUser("Omar");
    await addMember(api, org, lin, "MEMBER");
    await addMember(api, org, omar, "MEMBER");
    const goal = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Open an office ${uniqueSuffix()}`,
      startDate: isoDate(-1),
      targetDate: isoDate(100),
    });
    const title = "Sign the lease";
    await createMilestone(api, { goalId: goal.id, title, dueDate: isoDate(30) });

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    const picker = page.getByRole("button", { name: `Add helpers to ${title}`, exact: true });

    await picker.click();
    await untilSaved(page, "AddMilestoneHelper", () => page.getByRole("checkbox", { name: lin.name, exact: true }).check());
    await untilSaved(page, "AddMilestoneHelper", () => page.getByRole("checkbox", { name: omar.name, exact: true }).check());
    await expect(page.getByRole("checkbox", { name: omar.name, exact: true })).toBeChecked();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("img", { name: lin.name, exact: true })).toBeVisible();
    await expect(page.getByRole("img", { name: omar.name, exact: true })).toBeVisible();

    await page.reload();
    await expect(page.getByRole("img", { name: lin.name, exact: true })).toBeVisible();
    await expect(page.getByRole("img", { name: omar.name, exact: true })).toBeVisible();

    await picker.click();
    await expect(page.getByRole("checkbox", { name: lin.name, exact: true })).toBeChecked();
    await untilSaved(page, "RemoveMilestoneHelper", () => page.getByRole("checkbox", { name: lin.name, exact: true }).uncheck());
    await expect(page.getByRole("checkbox", { name: lin.name, exact: true })).not.toBeChecked();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("img", { name: lin.name, exact: true })).toHaveCount(0);
    await expect(page.getByRole("img", { name: omar.name, exact: true })).toBeVisible();

    await page.reload();
    await expect(page.getByRole("img", { name: omar.name, exact: true })).toBeVisible();
    await expect(page.getByRole("img", { name: lin.name, exact: true })).toHaveCount(0);
  });
});
