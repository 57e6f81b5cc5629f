import { createGoal, createMilestone, createOrg, expect, goalPath, isoDate, type Page, signIn, test, uniqueSuffix } from "./fixtures.ts";

const palette = (page: Page) => page.getByRole("dialog", { name: "Search and commands" });

/** Ctrl-K once the top bar is there (its Search button appears with the signed-in shell, shortcut and all). */
async function pressCtrlK(page: Page) {
  await expect(page.getByRole("button", { name: "Search" })).toBeVisible();
  await page.keyboard.press("Control+k");
  await expect(palette(page)).toBeVisible();
}

test.describe("search", () => {
  test("finds a comment and a milestone by their words and opens them on their goal", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const suffix = uniqueSuffix();
    const goal = await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Partner portal ${suffix}`, startDate: isoDate(-5), targetDate: isoDate(60) });
    const milestone = await createMilestone(api, { goalId: goal.id, title: `Sign the pilot contracts ${suffix}`, dueDate: isoDate(20) });
    await api.must(`mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, {
      input: { goalId: goal.id, body: `The lawyers want a stricter indemnity clause ${suffix}.` },
    });

    await signIn(page, user);
    await page.goto(`/o/${org.slug}`);
    await page.getByRole("button", { name: "Search" }).click();
    const box = palette(page).getByRole("combobox");
    await box.fill(`indemn ${suffix}`);
    const comments = palette(page).getByRole("group", { name: "Comments" });
    await expect(comments.getByRole("option")).toHaveText([new RegExp(`stricter indemnity clause ${suffix}.*Comment on Partner portal ${suffix}`)]);
    await comments.getByRole("option").click();
    await expect(page).toHaveURL(/tab=discussion/);
    await expect(page.getByText(`The lawyers want a stricter indemnity clause ${suffix}.`)).toBeVisible();

    await pressCtrlK(page);
    await box.fill(`pilot contr ${suffix}`);
    const milestones = palette(page).getByRole("group", { name: "Milestones" });
    await expect(milestones.getByRole("option")).toHaveText([new RegExp(`Sign the pilot contracts ${suffix}.*Milestone of Partner portal`)]);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`#milestone-`));
    expect(page.url()).toContain(goalPath(org, goal).split("/goals/")[0]);
    await expect(page.getByText(milestone.title).first()).toBeVisible();
  });

  test("never shows another organization's goals", async ({ page, user, makeUser, apiAs }) => {
    const stranger = await makeUser("Stan");
    const theirs = await apiAs(stranger);
    const otherOrg = await createOrg(theirs);
    const suffix = uniqueSuffix();
    await createGoal(theirs, { organizationId: otherOrg.id, ownerId: stranger.id, title: `Secret merger ${suffix}`, startDate: isoDate(-5), targetDate: isoDate(60) });
    const api = await apiAs(user);
    const org = await createOrg(api);
    await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Public merger notes ${suffix}`, startDate: isoDate(-5), targetDate: isoDate(60) });

    await signIn(page, user);
    await page.goto(`/o/${org.slug}`);
    await pressCtrlK(page);
    await palette(page).getByRole("combobox").fill(`merger ${suffix}`);
    await expect(palette(page).getByRole("group", { name: "Goals" }).getByRole("option")).toHaveText([new RegExp(`Public merger notes ${suffix}`)]);
    await expect(palette(page).getByText("Secret merger")).toHaveCount(0);
  });
});
