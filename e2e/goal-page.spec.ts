import AxeBuilder from "@axe-core/playwright";
import {
  type Api,
  type Page,
  type TestUser,
  checkInViaApi,
  createGoalWith,
  createMilestoneWith,
  createOrg,
  expect,
  goalPath,
  isoDate,
  setMilestoneStatus,
  signIn,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

// The calmer goal page (#12 §3): a summary on top (progress, health, next milestone, Check in), then
// "Milestones & timeline", "Check-ins" and "Discussion" as tabs kept in the address, and an
// "Add milestone" form that stays closed until asked for.

/** A goal shaped like the demo's: a why, six planned milestones with durations and dependencies, check-ins, comments. */
async function demoLikeGoal(api: Api, owner: TestUser) {
  const org = await createOrg(api);
  const goal = await createGoalWith(api, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Launch the partner portal ${uniqueSuffix()}`,
    description: "So partners can self-serve their reports instead of waiting on account managers.",
    relevance: "Partner requests are a third of the support queue.",
    rationale: "The reporting API already exists; the portal is a thin layer over it.",
    startDate: isoDate(-30),
    targetDate: isoDate(60),
  });
  const plan: [string, number, number][] = [
    ["Draft the API contract", -10, 10],
    ["Design review", 5, 7],
    ["Pilot with two partners", 20, 14],
    ["Security review", 28, 5],
    ["Docs and onboarding", 40, 10],
    ["Open to everyone", 55, 7],
  ];
  const milestones: { id: string; title: string }[] = [];
  for (const [title, due, durationDays] of plan) {
    const previous = milestones.at(-1);
    milestones.push(
      await createMilestoneWith(api, {
        goalId: goal.id,
        title,
        dueDate: isoDate(due),
        durationDays,
        ownerId: owner.id,
        description: `What "done" means for ${title.toLowerCase()}.`,
        ...(previous ? { dependsOnIds: [previous.id] } : {}),
      }),
    );
  }
  await setMilestoneStatus(api, milestones[0]!.id, "DONE");
  await setMilestoneStatus(api, milestones[1]!.id, "IN_PROGRESS");
  for (const note of ["Kick-off done, contract drafted.", "Design review booked for next week.", "Pilot partners are slow to sign."]) {
    await checkInViaApi(api, { goalId: goal.id, confidence: "ON_TRACK", note });
  }
  for (const body of ["Who owns the security review?", "Priya does; booked for the 20th.", "Great, thanks!"]) {
    await api.must(`mutation ($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`, {
      input: { goalId: goal.id, body },
    });
  }
  return { org, goal, milestones };
}

const tab = (page: Page, name: string) => page.getByRole("tab", { name, exact: true });
const panel = (page: Page, name: string) => page.getByRole("tabpanel", { name, exact: true });
/** A milestone's row by its anchor (works on paper too, where the Done checkbox is left off). */
const rowOf = (page: Page, m: { id: string }) => page.locator(`#milestone-${m.id.replace(/[^A-Za-z0-9_-]/g, "")}`);

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test.describe("goal page", () => {
  test("summary on top, tabs kept in the address, the add form closed until asked for", async ({ page, user, apiAs }) => {
    const { org, goal } = await demoLikeGoal(await apiAs(user), user);
    await signIn(page, user);
    await page.goto(goalPath(org, goal));

    // The summary: progress, health, the next open milestone (the one in progress, due soonest) and Check in.
    const progress = page.getByRole("progressbar", { name: `Progress of ${goal.title}` });
    await expect(progress).toBeVisible();
    await expect(page.getByRole("heading", { name: "Health", exact: true })).toBeVisible();
    const next = page.getByRole("region", { name: "Next milestone" });
    await expect(next.getByRole("link", { name: "Design review", exact: true })).toBeVisible();
    const checkIn = page.getByRole("button", { name: "Check in", exact: true });
    await expect(checkIn).toBeVisible();
    const tabs = page.getByRole("tablist", { name: "Goal sections" });
    const summaryBottom = await checkIn.evaluate((el) => el.getBoundingClientRect().bottom);
    const tabsTop = await tabs.evaluate((el) => el.getBoundingClientRect().top);
    expect(summaryBottom).toBeLessThan(tabsTop);

    // Milestones & timeline is open; the add form is closed until the button is pressed.
    await expect(tab(page, "Milestones & timeline")).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("checkbox", { name: "Done: Design review", exact: true })).toBeVisible();
    await expect(page.getByRole("form", { name: "Add milestone" })).toHaveCount(0);
    const add = page.getByRole("button", { name: "Add milestone", exact: true });
    await add.click();
    const form = page.getByRole("form", { name: "Add milestone" });
    await expect(form.getByLabel("Milestone title")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(form).toHaveCount(0);
    await expect(add).toBeFocused();
    await add.click();
    await page.getByRole("form", { name: "Add milestone" }).getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("form", { name: "Add milestone" })).toHaveCount(0);

    // Tabs: a click and the arrow keys switch; the address follows; reload and Back keep it.
    await tab(page, "Check-ins").click();
    await expect(page).toHaveURL(/[?&]tab=check-ins/);
    await expect(panel(page, "Check-ins").getByText("Pilot partners are slow to sign.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Done: Design review", exact: true })).toBeHidden();
    await page.keyboard.press("ArrowRight");
    await expect(tab(page, "Discussion")).toBeFocused();
    await expect(tab(page, "Discussion")).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/[?&]tab=discussion/);
    await expect(page.getByRole("list", { name: "Comments" })).toContainText("Priya does; booked for the 20th.");
    await page.reload();
    await expect(tab(page, "Discussion")).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("list", { name: "Comments" })).toContainText("Great, thanks!");
    await page.goBack();
    await expect(tab(page, "Check-ins")).toHaveAttribute("aria-selected", "true");
    await expect(panel(page, "Check-ins").getByText("Pilot partners are slow to sign.")).toBeVisible();
    await page.goBack();
    await expect(tab(page, "Milestones & timeline")).toHaveAttribute("aria-selected", "true");
    await expect(page).not.toHaveURL(/tab=/);

    // Check in opens its section with the cursor in the form.
    await checkIn.click();
    await expect(tab(page, "Check-ins")).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("form", { name: "Check in" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Check in" }).locator(":focus")).toHaveCount(1);
  });

  test("is short on a desktop, prints every section but the talk, and keeps milestone statuses on paper", async ({
    page,
    user,
    apiAs,
  }) => {
    const { org, goal, milestones } = await demoLikeGoal(await apiAs(user), user);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    await settle(page);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // With every section on one page this goal measured about 4,600 px; the tabs bring it to about
    // 3,200 (the summary with its chart, then the milestones, the timeline and the SMART card).
    expect(height, "page height at 1280 px").toBeLessThan(3400);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("tablist")).toBeHidden();
    await expect(page.getByRole("heading", { name: "Milestones", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Check-ins", exact: true })).toBeVisible();
    await expect(panel(page, "Check-ins").getByText("Pilot partners are slow to sign.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Comments" })).toBeHidden();
    const [contract, designReview, pilot] = milestones.map((m) => rowOf(page, m));
    // The status select's options carry the same words, hidden: only what paper shows counts.
    const printed = (row: typeof contract, text: string) => row!.getByText(text, { exact: true }).filter({ visible: true });
    await expect(printed(contract, "Done")).toBeVisible();
    await expect(printed(designReview, "In progress")).toBeVisible();
    await expect(printed(pilot, "Planned")).toBeVisible();
  });

  test("each tab passes axe; screenshots at 1280 and 390 px, light and dark", async ({ page, user, apiAs }, testInfo) => {
    const { org, goal } = await demoLikeGoal(await apiAs(user), user);
    await signIn(page, user);
    for (const name of ["Milestones & timeline", "Check-ins", "Discussion"]) {
      await page.goto(goalPath(org, goal));
      await tab(page, name).click();
      await settle(page);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
      const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), name).toEqual([]);
    }

    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [1280, 390]) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(goalPath(org, goal));
        await settle(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
        await testInfo.attach(`goal-page-${width}-${colorScheme}.png`, {
          body: await page.screenshot({ fullPage: true }),
          contentType: "image/png",
        });
      }
    }
  });
});
