import AxeBuilder from "@axe-core/playwright";
import {
  type Api,
  type Page,
  type TestUser,
  checkInViaApi,
  createGoal,
  createMilestone,
  createOrg,
  expect,
  goalPath,
  isoDate,
  test,
} from "./fixtures.ts";

/**
 * Automated accessibility checks (axe-core, WCAG 2 A/AA rules) on the main pages, signed out and
 * signed in, plus a keyboard walk through the goal page. Only "serious" and "critical" violations
 * fail; the failure message lists each one's rule id, impact and target selectors.
 */

const BLOCKING = new Set(["serious", "critical"]);


interface Finding {
  page: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
  details: string[];
}

/** Waits until the page has settled (no pending requests, no loading skeletons). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator("h1").first()).toBeVisible();
}

async function scan(page: Page, label: string): Promise<Finding[]> {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return results.violations
    .filter((v) => v.impact && BLOCKING.has(v.impact))
    .map((v) => ({
      page: label,
      id: v.id,
      impact: v.impact!,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(" ")),
      details: v.nodes.map((n) => `${n.html.slice(0, 160)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ").slice(0, 240)}` : ""}`),
    }));
}

function report(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `[${f.page}] ${f.id} (${f.impact}): ${f.help}\n` +
        f.targets.map((t, i) => `    ${t}\n        ${f.details[i] ?? ""}`).join("\n"),
    )
    .join("\n");
}

async function visitAndScan(page: Page, path: string, findings: Finding[]): Promise<void> {
  await test.step(`axe ${path}`, async () => {
    const response = await page.goto(path);
    expect(response?.ok(), `GET ${path}`).toBe(true);
    findings.push(...(await scan(page, path)));
  });
}

interface Workspace {
  org: { id: string; slug: string; name: string };
  goal: { id: string; title: string };
  milestones: { id: string; title: string }[];
  shareUrl: string;
}

/** An org with a goal that has milestones, a check-in and a share link. */
async function workspace(api: Api, owner: TestUser): Promise<Workspace> {
  const org = await createOrg(api);
  const goal = await createGoal(api, {
    organizationId: org.id,
    ownerId: owner.id,
    title: "Launch the partner portal",
    description: "So partners can self-serve their reports.",
    startDate: isoDate(-20),
    targetDate: isoDate(40),
  });
  const milestones = [
    await createMilestone(api, { goalId: goal.id, title: "Draft the API contract", dueDate: isoDate(-3) }),
    await createMilestone(api, { goalId: goal.id, title: "Pilot with two partners", dueDate: isoDate(10) }),
    await createMilestone(api, { goalId: goal.id, title: "Open to everyone", dueDate: isoDate(35) }),
  ];
  await checkInViaApi(api, { goalId: goal.id, confidence: "AT_RISK", note: "The pilot partners are slow to sign." });
  const share = await api.must<{ createShareLink: { url: string; path: string } }>(
    `mutation ($input: CreateShareLinkInput!) { createShareLink(input: $input) { url path } }`,
    { input: { organizationId: org.id, goalId: goal.id } },
  );
  return { org, goal, milestones, shareUrl: share.createShareLink.path };
}

test.describe("accessibility (axe, WCAG 2 A/AA)", () => {
  test("signed-out pages have no serious or critical violations", async ({ user, apiAs, newPage }) => {
    const api = await apiAs(user);
    const { shareUrl } = await workspace(api, user);
    const page = await newPage();
    const findings: Finding[] = [];
    for (const path of ["/signin", "/signup", shareUrl]) await visitAndScan(page, path, findings);
    expect(findings.length, report(findings)).toBe(0);
  });

  // Split in two so each stays well inside the test timeout.
  const signedIn: Record<string, (w: Workspace) => string[]> = {
    "organization pages": ({ org, goal }) => [`/o/${org.slug}`, `/o/${org.slug}/goals`, goalPath(org, goal), `/o/${org.slug}/members`],
    "other signed-in pages": ({ org }) => ["/", `/o/${org.slug}/roadmap`, `/o/${org.slug}/activity`, `/o/${org.slug}/sharing`, "/my-work", "/settings/tokens"],
  };
  for (const [name, paths] of Object.entries(signedIn)) {
    test(`${name} have no serious or critical violations`, async ({ user, apiAs, newPage }) => {
      const w = await workspace(await apiAs(user), user);
      const page = await newPage(user);
      const findings: Finding[] = [];
      for (const path of paths(w)) await visitAndScan(page, path, findings);
      expect(findings.length, report(findings)).toBe(0);
    });
  }

  test("the dark theme keeps contrast and names on the main pages", async ({ user, apiAs, newPage }) => {
    const w = await workspace(await apiAs(user), user);
    const page = await newPage(user);
    await page.emulateMedia({ colorScheme: "dark" });
    const findings: Finding[] = [];
    for (const path of [`/o/${w.org.slug}`, goalPath(w.org, w.goal), `/o/${w.org.slug}/roadmap`, w.shareUrl]) {
      await visitAndScan(page, path, findings);
    }
    // The palette really is the dark one (not a light page that happens to pass).
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toMatch(/oklch\(0\.9|rgb\(248/);
    expect(findings.length, report(findings)).toBe(0);
  });
});

test.describe("keyboard", () => {
  /** Presses Tab until `target` has focus (at most `limit` presses). */
  async function tabTo(page: Page, target: ReturnType<Page["locator"]>, limit = 80): Promise<void> {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`Tab never reached ${String(target)}`);
  }

  test("on the goal page Tab reaches Check in and a milestone's Done checkbox, and Space toggles it", async ({
    user,
    apiAs,
    newPage,
  }) => {
    const api = await apiAs(user);
    const { org, goal, milestones } = await workspace(api, user);
    const page = await newPage(user);
    await page.goto(goalPath(org, goal));
    await settle(page);

    const checkIn = page
      .getByRole("link", { name: "Check in", exact: true })
      .or(page.getByRole("button", { name: "Check in", exact: true }));
    const done = page.getByRole("checkbox", { name: `Done: ${milestones[0]!.title}`, exact: true });
    await expect(checkIn).toBeVisible();
    await expect(done).not.toBeChecked();

    // Start from the top of the document.
    await page.locator("body").evaluate((body) => {
      (document.activeElement as HTMLElement | null)?.blur();
      body.focus();
    });
    await tabTo(page, checkIn);
    await expect(checkIn).toBeFocused();
    await tabTo(page, done);
    await expect(done).toBeFocused();

    await page.keyboard.press("Space");
    await expect(done).toBeChecked();
    await expect(done).toBeFocused();
    await page.keyboard.press("Space");
    await expect(done).not.toBeChecked();
  });

  test("on the dashboard Tab reaches the filters, a health tile (Space filters by it) and the goal links", async ({ user, apiAs, newPage }) => {
    const api = await apiAs(user);
    const { org, goal } = await workspace(api, user);
    const page = await newPage(user);
    await page.goto(`/o/${org.slug}`);
    await settle(page);
    await page.locator("body").evaluate((body) => {
      (document.activeElement as HTMLElement | null)?.blur();
      body.focus();
    });

    await tabTo(page, page.getByLabel("Owner", { exact: true }));
    const offTrack = page.getByRole("region", { name: "Goal health" }).getByRole("button", { name: /^Off track/ });
    await tabTo(page, offTrack);
    await page.keyboard.press("Space");
    // The workspace's goal has made no progress a third of the way in: off track.
    await expect(offTrack).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/[?&]health=OFF_TRACK/);

    const link = page.getByRole("main").getByRole("link", { name: goal.title, exact: true }).first();
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: goal.title, level: 1 })).toBeVisible();
  });
});
