import { addMember, type Api, createGoal, createMilestone, createOrg, expect, goalPath, isoDate, signIn, test, type TestUser, uniqueSuffix } from "./fixtures.ts";

// Issue #9 §6: an edit based on an older version is refused, and the form says who changed it
// meanwhile, with "Reload their version" and "Overwrite with mine".
/** The user's org and goal, and Sam, a member who edits in the background through the API. */
async function withSam(user: TestUser, makeUser: (name: string) => Promise<TestUser>, apiAs: (user: TestUser) => Promise<Api>) {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const sam = await makeUser("Sam");
  await addMember(api, org, sam, "MEMBER");
  const samApi = await apiAs(sam);
  const goal = await createGoal(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: `Launch ${uniqueSuffix()}`,
    startDate: isoDate(-3),
    targetDate: isoDate(90),
  });
  return { api, org, sam, samApi, goal };
}

test.describe("someone else changed it meanwhile", () => {
  test("goal edit: the notice names them; overwrite saves mine, reload shows theirs", async ({ page, user, makeUser, apiAs }) => {
    const { org, sam, samApi, goal } = await withSam(user, makeUser, apiAs);
    const rename = (title: string) =>
      samApi.must(`mutation ($input: UpdateGoalInput!) { updateGoal(input: $input) { goal { id } } }`, { input: { goalId: goal.id, title } });

    // Its accessible name exactly: on the goal page, "Title" alone also matches "Milestone title"
    // and "Progress of …" (strict mode fails at once, before the edit page has replaced it).
    const title = page.getByRole("textbox", { name: "Title", exact: true });
    await signIn(page, user);
    await page.goto(`${goalPath(org, goal)}/edit`);
    await expect(title).toHaveValue(goal.title);
    await rename("Their title");
    await title.fill("My title");
    await page.getByRole("button", { name: "Save changes" }).click();

    const notice = page.getByTestId("stale-edit");
    await expect(notice).toContainText(`${sam.name} changed this goal just now, after you opened it.`);
    // My edit is still in the form.
    await expect(title).toHaveValue("My title");
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [1280, 390]) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `test-results/stale-edit/goal-${colorScheme}-${width}.png` });
      }
    }
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole("button", { name: "Overwrite with mine" }).click();
    await expect(page.getByRole("heading", { name: "My title" })).toBeVisible();

    // Again, and this time take theirs.
    await page.getByRole("link", { name: "Edit goal" }).click();
    await expect(title).toHaveValue("My title");
    await rename("Their second title");
    await title.fill("Mine again");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(notice).toBeVisible();
    await page.getByRole("button", { name: "Reload their version" }).click();
    await expect(notice).toBeHidden();
    await expect(title).toHaveValue("Their second title");
    // Saving now builds on their version: no conflict.
    await title.fill("Agreed title");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("heading", { name: "Agreed title" })).toBeVisible();
    await samApi.dispose();
  });

  test("milestone edit: the notice shows in the row; overwrite saves mine", async ({ page, user, makeUser, apiAs }) => {
    const { api, org, sam, samApi, goal } = await withSam(user, makeUser, apiAs);
    const milestone = await createMilestone(api, { goalId: goal.id, title: "Draft the plan", dueDate: isoDate(30) });

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    await page.getByRole("button", { name: "Edit Draft the plan" }).click();
    const editor = page.getByRole("form", { name: "Edit milestone Draft the plan" });
    await samApi.must(`mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id } } }`, {
      input: { milestoneId: milestone.id, title: "Their plan" },
    });
    await editor.getByLabel("Title").fill("My plan");
    await editor.getByRole("button", { name: "Save" }).click();

    const notice = page.getByTestId("stale-edit");
    await expect(notice).toContainText(`${sam.name} changed this milestone just now, after you opened it.`);
    await page.screenshot({ path: "test-results/stale-edit/milestone-light-1280.png" });
    await page.getByRole("button", { name: "Overwrite with mine" }).click();
    await expect(notice).toBeHidden();
    await expect(page.getByRole("button", { name: "Edit My plan" })).toBeVisible();
    await samApi.dispose();
  });
});
