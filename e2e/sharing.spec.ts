import { readFile } from "node:fs/promises";
import {
  addMilestoneHelper,
  confirm,
  createGoal,
  createMilestone,
  createOrg,
  expect,
  isoDate,
  signIn,
  test,
} from "./fixtures.ts";

test.describe("stakeholder views", () => {
  test("an admin shares a goal with a link, a signed-out visitor sees it, and revoking it turns it off", async ({
    page,
    user,
    apiAs,
    newPage,
  }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: "Launch the partner portal",
      description: "So partners can self-serve their reports.",
      startDate: isoDate(-10),
      targetDate: isoDate(50),
    });
    const milestone = await createMilestone(api, { goalId: goal.id, title: "Pilot with two partners", dueDate: isoDate(20) });

    await signIn(page, user);
    await page.goto(`/o/${org.slug}/sharing`);
    await expect(page.getByRole("heading", { name: "Sharing", level: 1 })).toBeVisible();
    await expect(page.getByText("No active share links")).toBeVisible();
    await page.getByLabel("Goal").selectOption({ label: goal.title });
    await page.getByRole("button", { name: "Create link" }).click();
    const linkField = page.getByLabel("Share link");
    await expect(linkField).toHaveValue(/\/shared\//);
    const url = await linkField.inputValue();
    await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();

    const visitor = await newPage();
    await visitor.goto(url);
    await expect(visitor.getByRole("heading", { name: goal.title, level: 1 })).toBeVisible();
    await expect(visitor.getByText(org.name).first()).toBeVisible();
    await expect(visitor.getByRole("progressbar", { name: `Progress of ${goal.title}` })).toHaveAttribute("aria-valuenow", "0");
    await expect(visitor.getByText(milestone.title)).toBeVisible();
    await expect(visitor.getByText(user.name).first()).toBeVisible();
    expect(await visitor.content()).not.toContain(user.email);
    await expect(visitor.getByRole("button", { name: /edit|delete|sign out/i })).toHaveCount(0);

    // The list shows who made the link and that it has been opened.
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: goal.title });
    await expect(row).toContainText(user.name);
    await expect(row).not.toContainText("Not yet");
    await row.getByRole("button", { name: /Revoke/ }).click();
    await confirm(page, "Revoke link");
    await expect(page.getByText("No active share links")).toBeVisible();

    await visitor.reload();
    await expect(visitor.getByRole("heading", { name: "This link was revoked" })).toBeVisible();
    await expect(visitor.getByText(goal.title)).toHaveCount(0);
  });

  test("an unknown share link explains itself instead of failing", async ({ newPage }) => {
    const visitor = await newPage();
    const response = await visitor.goto("/shared/wms_not-a-real-token");
    // A real 404 for link checkers (share-link-status.spec.ts), with the explanation, not an error page.
    expect(response?.status()).toBe(404);
    await expect(visitor.getByRole("heading", { name: "This link doesn't exist" })).toBeVisible();
  });

  test("Export CSV downloads the organization's goals", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: "Cut onboarding time in half",
      startDate: isoDate(-5),
      targetDate: isoDate(60),
    });

    await signIn(page, user);
    await page.goto(`/o/${org.slug}/sharing`);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv).toContain(goal.title);
  });

  test("My work lists an assigned overdue milestone under Overdue", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoal(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: "Renew the data contracts",
      startDate: isoDate(-30),
      targetDate: isoDate(30),
    });
    const late = await createMilestone(api, { goalId: goal.id, title: "Sign the hosting renewal", dueDate: isoDate(-3) });
    const soon = await createMilestone(api, { goalId: goal.id, title: "Review storage quotes", dueDate: isoDate(3) });
    await addMilestoneHelper(api, late.id, user.id);
    await addMilestoneHelper(api, soon.id, user.id);

    await signIn(page, user);
    await page.getByRole("link", { name: "My work" }).click();
    await expect(page).toHaveURL(/\/my-work$/);
    const overdue = page.getByRole("region", { name: "Overdue" });
    await expect(overdue.getByRole("link", { name: late.title })).toBeVisible();
    await expect(overdue).toContainText(goal.title);
    await expect(overdue).toContainText(org.name);
    await expect(overdue).toContainText("Missed");
    await expect(page.getByRole("region", { name: "This week" }).getByRole("link", { name: soon.title })).toBeVisible();

    await overdue.getByRole("link", { name: late.title }).click();
    await expect(page).toHaveURL(new RegExp(`/o/${org.slug}/goals/`));
    await expect(page.getByRole("heading", { name: goal.title, level: 1 })).toBeVisible();
  });
});
