import { axeFindings } from "./support/axe.ts";
import type { Locator } from "@playwright/test";
import {
  addMember,
  addMilestoneHelper,
  createGoal,
  createMilestoneWith,
  createOrg,
  expect,
  goalPath,
  isoDate,
  type Page,
  signIn,
  test,
  uniqueSuffix,
  untilSaved,
} from "./fixtures.ts";

// Issue #11 §1: a milestone's owner and helpers shown the same way, and "Suggest an owner" with a
// one-click assign (Milestone.ownerSuggestions, saved through updateMilestone).

async function shoot(page: Page, name: string, outputPath: (name: string) => string, subject: Locator) {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
          message: `sideways scroll at ${width} px`,
        })
        .toBeLessThanOrEqual(0);
      await subject.scrollIntoViewIfNeeded();
      await page.screenshot({ path: outputPath(`${name}-${width}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("suggest an owner: reasons listed, one click makes them the owner and takes them off the helpers", async ({ page, user, makeUser, apiAs }, testInfo) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const mia = await makeUser("Mia");
  const noor = await makeUser("Noor");
  await addMember(api, org, mia, "MEMBER");
  await addMember(api, org, noor, "MEMBER");
  for (const [person, skills] of [[mia, ["design", "research"]], [noor, ["sales"]]] as const) {
    await api.must(`mutation ($input: UpdateMemberPlanningInput!) { updateMemberPlanning(input: $input) { __typename } }`, {
      input: { organizationId: org.id, userId: person.id, skills },
    });
  }
  const goal = await createGoal(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: `Redesign onboarding ${uniqueSuffix()}`,
    startDate: isoDate(-1),
    targetDate: isoDate(90),
  });
  const title = "Interview ten customers";
  const milestone = await createMilestoneWith(api, { goalId: goal.id, title, dueDate: isoDate(20), skills: ["design", "research"] });
  await addMilestoneHelper(api, milestone.id, mia.id);

  await signIn(page, user);
  await page.goto(goalPath(org, goal));
  const row = page.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: `Done: ${title}`, exact: true }) });
  const owner = row.getByTestId("milestone-owner");
  await expect(owner).toContainText("No owner");
  await expect(row.getByRole("group", { name: `Helpers: ${mia.name}` })).toBeVisible();
  await expect(row.getByText("Owner none")).toHaveCount(0);

  const suggest = row.getByRole("button", { name: `Suggest an owner for ${title}`, exact: true });
  await suggest.click();
  const list = page.getByRole("list", { name: "Suggested owners" });
  await expect(list).toBeVisible();
  const miaChoice = list.getByRole("button", { name: new RegExp(`^Make owner: ${mia.name}`) });
  // Ranked first for having both skills, with the reason in words.
  await expect(list.getByRole("button").first()).toContainText(mia.name);
  await expect(miaChoice).toContainText("has design and research");
  expect(await axeFindings(page)).toEqual([]);
  await shoot(page, "owner-suggestions", (n) => testInfo.outputPath(n), list);

  // Keyboard: from the trigger, ArrowDown reaches the first person; Enter makes them the owner.
  await suggest.focus();
  await page.keyboard.press("ArrowDown");
  await expect(miaChoice).toBeFocused();
  await untilSaved(page, "UpdateMilestone", () => page.keyboard.press("Enter"));
  await expect(list).toBeHidden();
  await expect(owner).toContainText(mia.name);
  // The owner is never also a helper: Mia left the helpers in the same save.
  await expect(row.getByRole("group", { name: /^Helpers:/ })).toHaveCount(0);
  await page.reload();
  await expect(row.getByTestId("milestone-owner")).toContainText(mia.name);
  await expect(row.getByRole("group", { name: /^Helpers:/ })).toHaveCount(0);
  await shoot(page, "milestone-people", (n) => testInfo.outputPath(n), row);
});

