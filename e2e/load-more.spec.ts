import AxeBuilder from "@axe-core/playwright";
import {
  type Api,
  type Page,
  type TestOrg,
  type TestUser,
  checkInViaApi,
  createGoal,
  createOrg,
  expect,
  goalPath,
  isoDate,
  signIn,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

// Paged lists: "Load more" (goals, org activity, goal activity, check-ins) and "Show earlier comments"
// fetch the next page, say how many are shown of how many, and say so when a page fails to load.

const BLOCKING = new Set(["serious", "critical"]);

async function expectNoBlockingAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const blocking = results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(blocking, blocking.join("\n")).toEqual([]);
}

async function goals(api: Api, org: TestOrg, user: TestUser, count: number, prefix: string) {
  for (let i = 1; i <= count; i++) {
    await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `${prefix} ${String(i).padStart(2, "0")}`,
      startDate: isoDate(-10),
      targetDate: isoDate(60),
    });
  }
}

async function addComment(api: Api, goalId: string, body: string) {
  await api.must(`mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, { input: { goalId, body } });
}

/** Answers the next `operationName` request that pages (has the cursor variable) with a server error. */
async function failNextPage(page: Page, operationName: string, cursor: "after" | "before") {
  await page.route("**/api/graphql", async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string; variables?: Record<string, unknown> } | null;
    if (body?.operationName !== operationName || !body.variables?.[cursor]) return route.fallback();
    await route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({ errors: [{ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR" } }] }),
    });
  });
}

test.describe("paged lists", () => {
  test("the goals list and the org's activity load 20 and 25 at a time", async ({ page, user, apiAs }) => {
    test.setTimeout(120_000);
    const api = await apiAs(user);
    const org = await createOrg(api);
    const prefix = `Paged goal ${uniqueSuffix()}`;
    await goals(api, org, user, 26, prefix);
    const goalLinks = page.getByRole("main").getByRole("link", { name: new RegExp(`^${prefix} \\d+$`) });

    await signIn(page, user);
    await page.goto(`/o/${org.slug}/goals`);
    await expect(page.getByText("26 active goals")).toBeVisible();
    await expect(goalLinks).toHaveCount(20);
    await expect(page.getByText("Showing 20 of 26", { exact: true })).toBeVisible();
    await expectNoBlockingAxeViolations(page);
    await page.getByRole("button", { name: "Load more", exact: true }).click();
    await expect(goalLinks).toHaveCount(26);
    await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
    await expect(page.getByText(/^Showing \d+ of/)).toHaveCount(0);

    await page.goto(`/o/${org.slug}/activity`);
    const summary = page.getByText(/^\d+ events$/);
    await expect(summary).toBeVisible();
    const total = Number((await summary.textContent())!.split(" ")[0]);
    expect(total).toBeGreaterThan(25);
    expect(total).toBeLessThanOrEqual(50);
    const entries = page.getByRole("main").getByRole("listitem");
    await expect(entries).toHaveCount(25);
    await expect(page.getByText(`Showing 25 of ${total}`, { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Load more", exact: true }).click();
    await expect(entries).toHaveCount(total);
    await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
  });

  test("a failed page says why, and Load more tries again", async ({ page, user, apiAs }) => {
    test.setTimeout(90_000);
    const api = await apiAs(user);
    const org = await createOrg(api);
    const prefix = `Retry goal ${uniqueSuffix()}`;
    await goals(api, org, user, 21, prefix);

    await signIn(page, user);
    await page.goto(`/o/${org.slug}/goals`);
    await expect(page.getByText("Showing 20 of 21", { exact: true })).toBeVisible();
    await failNextPage(page, "GoalsList", "after");
    await page.getByRole("button", { name: "Load more", exact: true }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Something went wrong on our side. Please try again.");
    await expect(page.getByText("Showing 20 of 21", { exact: true })).toBeVisible();

    await page.unrouteAll();
    await page.getByRole("button", { name: "Load more", exact: true }).click();
    await expect(page.getByRole("main").getByRole("link", { name: new RegExp(`^${prefix} \\d+$`) })).toHaveCount(21);
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  });

  test("a goal's check-ins, activity and comments page through their history", async ({ page, user, apiAs }) => {
    test.setTimeout(120_000);
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Paged history ${uniqueSuffix()}`,
      description: "A long discussion and a steady stream of check-ins.",
      startDate: isoDate(-10),
      targetDate: isoDate(60),
    });
    for (let i = 1; i <= 6; i++) await checkInViaApi(api, { goalId: goal.id, confidence: "ON_TRACK", note: `Check-in note ${i}` });
    for (let i = 1; i <= 11; i++) await addComment(api, goal.id, `Comment number ${String(i).padStart(2, "0")}`);

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    await expect(page.getByRole("heading", { level: 1, name: goal.title })).toBeVisible();

    // Check-ins: 5 at a time, newest first; a failed page says why in the card.
    await page.getByRole("tab", { name: "Check-ins", exact: true }).click();
    const checkIns = page.getByRole("list", { name: "Check-in history" }).getByRole("listitem");
    await expect(checkIns).toHaveCount(5);
    await expect(page.getByText("Showing 5 of 6 check-ins", { exact: true })).toBeVisible();
    await failNextPage(page, "GoalCheckIns", "after");
    await page.getByRole("button", { name: "Load more check-ins" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Something went wrong on our side. Please try again.");
    await page.unrouteAll();
    await page.getByRole("button", { name: "Load more check-ins" }).click();
    await expect(checkIns).toHaveCount(6);
    await expect(checkIns.last()).toContainText("Check-in note 1");
    await expect(page.getByRole("button", { name: "Load more check-ins" })).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);

    // Comments: the latest 10, oldest first; earlier ones go on top.
    await page.getByRole("tab", { name: "Discussion", exact: true }).click();
    const comments = page.getByRole("list", { name: "Comments" }).getByRole("listitem");
    await expect(comments).toHaveCount(10);
    await expect(comments.first()).toContainText("Comment number 02");
    await page.getByRole("button", { name: "Show earlier comments" }).click();
    await expect(comments).toHaveCount(11);
    await expect(comments.first()).toContainText("Comment number 01");
    await expect(page.getByRole("button", { name: "Show earlier comments" })).toHaveCount(0);

    // Activity: 8 at a time (goal created, 6 check-ins, 11 comments).
    const activity = page.getByRole("list", { name: "Activity" }).getByRole("listitem");
    await expect(activity).toHaveCount(8);
    await page.getByRole("button", { name: "Load more activity" }).click();
    await expect(activity).toHaveCount(16);
    await expectNoBlockingAxeViolations(page);
    await page.getByRole("button", { name: "Load more activity" }).click();
    await expect(activity).toHaveCount(18);
    await expect(page.getByRole("button", { name: "Load more activity" })).toHaveCount(0);
  });
});
