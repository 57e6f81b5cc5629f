import { addMilestoneHelper, createGoal, createMilestone, createOrg, expect, isoDate, signIn, test, uniqueSuffix } from "./fixtures.ts";

test("my work shows each group's first 25 milestones with its count, and 'Show all' the rest", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const goal = await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Big plan ${uniqueSuffix()}`, startDate: isoDate(-10), targetDate: isoDate(200) });
  for (let i = 0; i < 27; i++) {
    const m = await createMilestone(api, { goalId: goal.id, title: `Later step ${String(i).padStart(2, "0")}`, dueDate: isoDate(30 + i) });
    await addMilestoneHelper(api, m.id, user.id);
  }

  await signIn(page, user);
  await page.goto("/my-work");
  const later = page.getByRole("region", { name: "Later" });
  await expect(later.getByRole("listitem")).toHaveCount(25);
  await expect(page.getByRole("heading", { name: "Later" }).locator("..")).toContainText("27");
  await later.getByRole("button", { name: "Show all 27" }).click();
  await expect(later.getByRole("listitem")).toHaveCount(27);
  await expect(later.getByRole("listitem").last()).toContainText("Later step 26");
});
