import { axeFindings } from "./support/axe.ts";
import {
  addMember,
  createGoal,
  createOrg,
  expect,
  goalPath,
  isoDate,
  type Page,
  signIn,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

// Issue #10 §2–3: @mentions picked from an autocomplete, links, stakeholders in the discussion,
// and the check-in badges on the goal page, the goals list and the dashboard.

const commentBox = (page: Page) => page.getByRole("textbox", { name: "Comment", exact: true });
const people = (page: Page) => page.getByRole("listbox", { name: "People to mention" });
const comments = (page: Page) => page.getByRole("list", { name: "Comments" });

test("a person picked from the @ list is mentioned by id, shown by their current name, and told in their inbox", async ({
  page,
  user: author,
  makeUser,
  apiAs,
  newPage,
}, testInfo) => {
  const authorApi = await apiAs(author);
  const org = await createOrg(authorApi);
  const dana = await makeUser("Dana");
  await addMember(authorApi, org, dana, "MEMBER");
  await addMember(authorApi, org, await makeUser("Daniel"), "MEMBER");
  const goal = await createGoal(authorApi, {
    organizationId: org.id,
    ownerId: author.id,
    title: `Launch the beta ${uniqueSuffix()}`,
    startDate: isoDate(-3),
    targetDate: isoDate(60),
  });

  await signIn(page, author);
  await page.goto(`${goalPath(org, goal)}?tab=discussion`);
  await commentBox(page).click();
  await page.keyboard.type("Could you review this, @Da");
  await expect(people(page).getByRole("option")).toHaveCount(2);
  await expect(commentBox(page)).toHaveAttribute("aria-activedescendant", /.+/);
  expect(await axeFindings(page)).toEqual([]);

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await expect(people(page)).toBeVisible();
      await people(page).scrollIntoViewIfNeeded();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`mentions-${width}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The keyboard: arrows move (people by name: Dana before Daniel), Escape closes, typing reopens, Enter picks.
  const option = (name: string) => people(page).getByRole("option", { name });
  await expect(option(dana.name)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(option(dana.name)).toHaveAttribute("aria-selected", "false");
  await page.keyboard.press("ArrowUp");
  await expect(option(dana.name)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.type("na");
  await expect(people(page).getByRole("option")).toHaveCount(1);
  await page.keyboard.press("Escape");
  await expect(people(page)).toBeHidden();
  await page.keyboard.press("Backspace");
  await page.keyboard.type("a");
  await expect(option(dana.name)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(people(page)).toBeHidden();
  await expect(commentBox(page)).toHaveValue(`Could you review this, @${dana.name} `);
  await page.keyboard.type("? The spec: https://example.com/beta-spec.");
  await page.getByRole("button", { name: "Post comment" }).click();

  const mention = comments(page).getByRole("link", { name: `@${dana.name}` });
  await expect(mention).toBeVisible();
  await expect(mention).toHaveAttribute("href", `/o/${org.slug}?owner=${encodeURIComponent(dana.id)}`);
  const link = comments(page).getByRole("link", { name: "https://example.com/beta-spec" });
  await expect(link).toHaveAttribute("href", "https://example.com/beta-spec");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(comments(page)).toContainText("The spec: https://example.com/beta-spec.");

  // Stored by id: renaming Dana renames the mention.
  const danaApi = await apiAs(dana);
  await danaApi.must(`mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { user { id } } }`, {
    input: { name: `Dana Renamed ${uniqueSuffix()}` },
  });
  const renamed = (await danaApi.must<{ me: { name: string } }>(`{ me { name } }`)).me.name;
  await page.reload();
  await expect(comments(page).getByRole("link", { name: `@${renamed}` })).toBeVisible();

  // Dana's inbox, in a browser of her own: the notify job runs after the comment's transaction commits.
  const danaPage = await newPage(dana);
  await expect(async () => {
    await danaPage.goto("/inbox");
    await expect(danaPage.getByText(`${author.name} mentioned you on “${goal.title}”`).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  // The quote shows the mention as a name, never its stored token.
  await expect(danaPage.getByText("Could you review this, @Dana").first()).toBeVisible();
  await expect(danaPage.getByText(/\(user:/)).toHaveCount(0);
  await danaPage.screenshot({ path: testInfo.outputPath("mentions-inbox.png") });
});

test("a stakeholder comments and may delete only their own comment", async ({ page, user: owner, makeUser, apiAs }) => {
  const ownerApi = await apiAs(owner);
  const org = await createOrg(ownerApi);
  const stakeholder = await makeUser("Stella");
  await addMember(ownerApi, org, stakeholder, "STAKEHOLDER");
  const goal = await createGoal(ownerApi, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Open the Oslo office ${uniqueSuffix()}`,
    startDate: isoDate(-3),
    targetDate: isoDate(90),
  });
  await ownerApi.must(`mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, {
    input: { goalId: goal.id, body: "Lease signed." },
  });

  await signIn(page, stakeholder);
  await page.goto(`${goalPath(org, goal)}?tab=discussion`);
  await expect(page.getByRole("button", { name: "Edit goal" })).toHaveCount(0);
  await commentBox(page).fill("When do the first hires start?");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(comments(page)).toContainText("When do the first hires start?");
  await expect(comments(page).getByRole("button", { name: /^Delete comment by/ })).toHaveCount(1);
  await expect(comments(page).getByRole("button", { name: new RegExp(`^Delete comment by ${stakeholder.name}`) })).toBeVisible();
});

test("goals owing a check-in say so on the goal page, the goals list and the dashboard", async ({ page, user, apiAs }, testInfo) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const suffix = uniqueSuffix();
  const goal = (title: string, startedDaysAgo: number) =>
    createGoal(api, { organizationId: org.id, ownerId: user.id, title: `${title} ${suffix}`, startDate: isoDate(-startedDaysAgo), targetDate: isoDate(120) });
  const silent = await goal("Silent goal", 30);
  const due = await goal("Due goal", 10);
  const fresh = await goal("Fresh goal", 2);

  await signIn(page, user);
  await page.goto(`/o/${org.slug}/goals`);
  const row = (g: { title: string }) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name: g.title, exact: true }) });
  await expect(row(silent).getByText("No check-in for 4 weeks")).toBeVisible();
  await expect(row(due).getByText("Check-in due")).toBeVisible();
  await expect(row(fresh)).toBeVisible();
  await expect(row(fresh).getByText(/Check-in due|No check-in/)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("check-in-badges-goals-list.png") });

  await page.goto(`/o/${org.slug}`);
  await expect(page.getByText("No check-in for 4 weeks").first()).toBeVisible();

  await page.goto(goalPath(org, silent));
  await expect(page.getByText("No check-in for 4 weeks")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("check-in-badge-goal-page.png") });
  await page.getByRole("button", { name: "Check in", exact: true }).click();
  await page.getByRole("form", { name: "Check in" }).getByText("On track", { exact: true }).click();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("No check-in for 4 weeks")).toHaveCount(0);
});
