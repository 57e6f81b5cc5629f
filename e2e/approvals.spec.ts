import { axeFindings } from "./support/axe.ts";
import { addMember, createGoal, createOrg, expect, goalPath, isoDate, type Page, signIn, test, uniqueSuffix } from "./fixtures.ts";

// Issue #11 §3: an approval milestone named for a stakeholder, requested, rejected with a note,
// requested again and approved, across two browsers.

/** A milestone's row on the goal page (its anchor id), not the timeline's entry of the same name. */
const rowOf = (page: Page, title: string) => page.locator('li[id^="milestone-"]').filter({ hasText: title });

async function takeStep(page: Page, row: ReturnType<typeof rowOf>, button: string, confirm: string, note?: string) {
  await row.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  if (note) await dialog.getByLabel("Note (optional)").fill(note);
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test("an editor asks a stakeholder to approve; the stakeholder rejects with a note, then approves", async ({
  page,
  user: editor,
  makeUser,
  apiAs,
  newPage,
}, testInfo) => {
  const api = await apiAs(editor);
  const org = await createOrg(api);
  const stakeholder = await makeUser("Stella");
  await addMember(api, org, stakeholder, "STAKEHOLDER");
  const goal = await createGoal(api, {
    organizationId: org.id,
    ownerId: editor.id,
    title: `Launch the app ${uniqueSuffix()}`,
    startDate: isoDate(-10),
    targetDate: isoDate(60),
  });
  const title = "Design sign-off";

  // The editor adds an approval milestone naming the stakeholder.
  await signIn(page, editor);
  await page.goto(goalPath(org, goal));
  await page.getByRole("button", { name: "Add milestone" }).click();
  await page.getByLabel("Milestone title").fill(title);
  await page.getByLabel("Due date").fill(isoDate(20));
  await page.getByLabel("Kind", { exact: true }).selectOption("APPROVAL");
  await page.getByLabel("Approver", { exact: true }).selectOption({ label: `${stakeholder.name} (stakeholder)` });
  await page.getByRole("button", { name: "Add milestone" }).click();
  const row = rowOf(page, title);
  await expect(row.getByText("Needs approval", { exact: true })).toBeVisible();
  await expect(row.getByText(`Approver: ${stakeholder.name}`)).toBeVisible();
  // Done means approved: no done box or status choice by hand.
  await expect(page.getByRole("checkbox", { name: `Done: ${title}` })).toHaveCount(0);
  await expect(page.getByLabel(`Status of ${title}`)).toHaveCount(0);

  await takeStep(page, row, "Request approval", "Request approval", "Mock-ups are in the design folder.");
  await expect(row.getByText("Approval requested", { exact: true })).toBeVisible();

  // The stakeholder, in a browser of their own, finds it at the top of My work and rejects it.
  const stella = await newPage(stakeholder);
  await stella.goto("/my-work");
  const waiting = stella.getByRole("region", { name: "Waiting for your approval" });
  await expect(waiting.getByRole("link", { name: title })).toBeVisible();
  await expect(waiting.getByText(`Requested by ${editor.name}`)).toBeVisible();
  expect(await axeFindings(stella)).toEqual([]);
  await stella.screenshot({ path: testInfo.outputPath("approvals-my-work.png") });
  await waiting.getByRole("link", { name: title }).click();
  const stellaRow = rowOf(stella, title);
  await expect(stellaRow.getByRole("button", { name: "Approve", exact: true })).toBeVisible();
  // A stakeholder still changes nothing else.
  await expect(stella.getByRole("button", { name: `Edit ${title}` })).toHaveCount(0);
  await stellaRow.getByRole("button", { name: "Reject", exact: true }).click();
  await stella.getByRole("dialog").getByLabel("Note (optional)").fill("Needs the accessibility review first.");
  expect(await axeFindings(stella)).toEqual([]);
  await stella.screenshot({ path: testInfo.outputPath("approvals-reject-dialog.png") });
  await stella.getByRole("dialog").getByRole("button", { name: "Reject", exact: true }).click();
  await expect(stellaRow.getByText(`Rejected by ${stakeholder.name}: “Needs the accessibility review first.”`)).toBeVisible();

  // The editor sees the note and the milestone reopened, and asks again.
  await page.reload();
  await expect(row.getByText(`Rejected by ${stakeholder.name}: “Needs the accessibility review first.”`)).toBeVisible();
  await expect(row.getByText("In progress", { exact: true })).toBeVisible();
  await takeStep(page, row, "Request approval again", "Request approval");
  await expect(row.getByText("Approval requested", { exact: true })).toBeVisible();

  // The stakeholder approves; the milestone is done.
  await stella.goto("/my-work");
  await waiting.getByRole("link", { name: title }).click();
  await takeStep(stella, stellaRow, "Approve", "Approve", "Looks good.");
  await expect(stellaRow.getByText("Approved", { exact: true }).first()).toBeVisible();
  await stella.goto("/my-work");
  await expect(stella.getByRole("region", { name: "Waiting for your approval" })).toHaveCount(0);

  await page.reload();
  // The badge (the history, still folded, says "Approved by …" further down).
  await expect(row.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(row.getByRole("img", { name: "Done" })).toBeVisible();
  await row.getByText("Approval history (4)").click();
  const history = row.getByRole("list", { name: `Approval history of ${title}` });
  await expect(history.getByRole("listitem")).toHaveCount(4);
  await expect(history).toContainText(`Approved by ${stakeholder.name}`);
  await expect(history).toContainText("Looks good.");
  expect(await axeFindings(page)).toEqual([]);

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      await row.scrollIntoViewIfNeeded();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`approvals-goal-${width}-${colorScheme}.png`) });
    }
  }
});
