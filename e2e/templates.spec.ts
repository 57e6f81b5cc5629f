import { axeFindings } from "./support/axe.ts";
import { createGoal, createOrg, displayDate, expect, goalPath, isoDate, type Page, signIn, test, uniqueSuffix } from "./fixtures.ts";

// Issue #11 §2: milestones from a template on a goal (preview with dates, then one step), a goal
// started from a template (prompts pre-filled, the SMART check live), the mission.

/** Screenshots at 1280 and 390 px, light and dark, with no sideways scroll. */
async function shoot(page: Page, name: string, outputPath: (name: string) => string) {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 390]) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: 900 });
      // Charts follow the new width a frame or two after the resize: wait for the page to settle.
      const measure = () =>
        page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          // The innermost elements reaching past the viewport, to say what overflows.
          const wide = [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > limit + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > limit + 1))
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} “${(el.textContent ?? "").slice(0, 30)}”`);
          return { overflow: document.documentElement.scrollWidth - limit, wide };
        });
      await expect
        .poll(async () => {
          const { overflow, wide } = await measure();
          return overflow <= 0 ? "none" : `${overflow}px: ${wide.join(" | ")}`;
        }, { message: `sideways scroll at ${width} px` })
        .toBe("none");
      await page.screenshot({ path: outputPath(`${name}-${width}-${colorScheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
}

function smartItem(page: Page, label: string) {
  return page.getByRole("region", { name: "SMART check" }).getByRole("listitem").filter({ hasText: label });
}

test("add milestones from a template: the preview shows their dates, then they appear on the goal", async ({ page, user, apiAs }, testInfo) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const start = isoDate(0);
  const target = isoDate(90);
  const goal = await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Launch the app ${uniqueSuffix()}`, startDate: start, targetDate: target });

  await signIn(page, user);
  await page.goto(goalPath(org, goal));
  await page.getByRole("button", { name: "Add from template" }).click();
  const dialog = page.getByRole("dialog", { name: "Add milestones from a template" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Template").selectOption({ label: "Launch checklist" });
  const preview = dialog.getByRole("table");
  // Counted back from the target: launched on it, the go / no-go 3 days before, after two others.
  await expect(preview.getByRole("row", { name: /^Launched/ })).toContainText(displayDate(target));
  const goNoGo = preview.getByRole("row", { name: /^Go \/ no-go approval/ });
  await expect(goNoGo).toContainText(displayDate(isoDate(87)));
  await expect(goNoGo).toContainText("After Feature complete, Docs and support ready");
  await expect(goNoGo).toContainText("Approval");
  expect(await axeFindings(page)).toEqual([]);
  await shoot(page, "template-preview", (n) => testInfo.outputPath(n));

  // An approval milestone needs its approver before anything is added.
  await dialog.getByRole("button", { name: "Add 5 milestones" }).click();
  await expect(dialog.getByLabel("Approver")).toHaveAccessibleDescription(/Choose who approves/);
  await dialog.getByLabel("Approver").selectOption({ label: user.name });
  await dialog.getByRole("button", { name: "Add 5 milestones" }).click();
  await expect(dialog).toBeHidden();

  const list = page.getByRole("region", { name: /Milestones/ }).first();
  for (const title of ["Launch plan agreed", "Feature complete", "Docs and support ready", "Go / no-go approval", "Launched"]) {
    await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
  }
  await expect(list).toContainText("0 of 5 done");
  await shoot(page, "template-added", (n) => testInfo.outputPath(n));
});

test("create a goal from a template: prompts pre-filled, the SMART check updates as you type, the mission counts", async ({ page, user, apiAs }, testInfo) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  await api.must(`mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }`, {
    input: { organizationId: org.id, mission: "Help every team plan its week with confidence." },
  });

  await signIn(page, user);
  await page.goto(`/o/${org.slug}`);
  await expect(page.getByText("Help every team plan its week with confidence.")).toBeVisible();
  await page.goto(`/o/${org.slug}/goals/new`);
  const chooser = page.getByRole("radiogroup", { name: "Start from a template" });
  await chooser.getByRole("radio", { name: "Move a metric" }).check();

  // Pre-filled: the SMART prompts, a metric goal; its three milestones already make it measurable.
  await expect(page.getByLabel("Description (why)")).toHaveValue(/^What exactly: .*\nMeasured how: .*\nWhy now: /);
  await expect(page.getByRole("radio", { name: "A number (metric)" })).toBeChecked();
  await expect(smartItem(page, "Measurable")).toContainText("Measured by 3 milestones.");
  await expect(smartItem(page, "Relevant")).toContainText("Missing");
  expect(await axeFindings(page)).toEqual([]);
  await shoot(page, "template-new-goal", (n) => testInfo.outputPath(n));

  const title = `Weekly planners ${uniqueSuffix()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("textbox", { name: "Unit" }).fill("teams");
  await page.getByLabel("Start value").fill("120");
  await page.getByLabel("Target value").fill("300");
  await expect(smartItem(page, "Measurable")).toContainText("Measured by a metric: from 120 to 300.");
  await page.getByLabel("Why it matters (relevance)").fill("Teams that plan their week stay.");
  await expect(smartItem(page, "Relevant")).toContainText("Serves the mission");
  await page.getByLabel("Why it’s achievable (rationale)").fill("Two large accounts are onboarding next month.");

  await page.getByRole("button", { name: "Create goal" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  for (const milestone of ["Baseline measured", "First experiment shipped", "Midpoint review"]) {
    await expect(page.getByText(milestone, { exact: true }).first()).toBeVisible();
  }
});

test("an admin saves a goal as a template, finds it on the Templates page, renames and deletes it", async ({ page, user, apiAs }, testInfo) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const goal = await createGoal(api, { organizationId: org.id, ownerId: user.id, title: `Quarterly launch ${uniqueSuffix()}`, startDate: isoDate(0), targetDate: isoDate(60) });

  await signIn(page, user);
  await page.goto(goalPath(org, goal));
  await page.getByRole("button", { name: "Save as template" }).click();
  const dialog = page.getByRole("dialog", { name: "Save as template" });
  await expect(dialog.getByLabel("Name")).toHaveValue(goal.title);
  await dialog.getByLabel("Name").fill("");
  await dialog.getByRole("button", { name: "Save template" }).click();
  await expect(dialog.getByLabel("Name")).toHaveAccessibleDescription(/Name is required/);
  await dialog.getByLabel("Name").fill("Our launch");
  await dialog.getByRole("button", { name: "Save template" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Saved “Our launch” as a template." })).toBeVisible();

  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Templates" }).click();
  const own = page.getByRole("region", { name: "This organization’s templates" });
  await expect(own.getByRole("heading", { name: /Our launch/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Built in" }).getByRole("heading", { name: /Common project milestones/ })).toBeVisible();
  expect(await axeFindings(page)).toEqual([]);
  await shoot(page, "templates-page", (n) => testInfo.outputPath(n));

  await own.getByRole("button", { name: "Rename Our launch" }).click();
  const rename = page.getByRole("dialog", { name: "Rename template" });
  await rename.getByLabel("Name").fill("Our launch plan");
  await rename.getByRole("button", { name: "Save" }).click();
  await expect(rename).toBeHidden();
  await expect(own.getByRole("heading", { name: /Our launch plan/ })).toBeVisible();

  await own.getByRole("button", { name: "Delete Our launch plan" }).click();
  await page.getByRole("alertdialog").or(page.getByRole("dialog")).getByRole("button", { name: "Delete template" }).click();
  await expect(own).toContainText("None yet.");
});
