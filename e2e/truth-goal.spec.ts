import {
  type Page,
  addMember,
  checkInViaApi,
  confirm,
  createGoalWith,
  createMilestone,
  createMilestoneWith,
  createOrg,
  displayDate,
  expect,
  goalPath,
  isoDate,
  shortDisplayDate,
  signIn,
  test,
  uniqueSuffix,
  untilSaved,
} from "./fixtures.ts";

// The goal page tells the truth: every number comes from the API, with its formula beside it.

/** The milestone's row, found by its "Done: <title>" checkbox (editors) or its title. */
/** Opens one of the goal page's sections (tabs). */
const openTab = (page: Page, name: "Milestones & timeline" | "Check-ins" | "Discussion") =>
  page.getByRole("tab", { name, exact: true }).click();

const row = (page: Page, title: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: `Done: ${title}`, exact: true }) });

test.describe("goal page: the truth", () => {
  test("a check-in moves a metric goal's value and progress, lands in the history and flags a confidence mismatch", async ({
    page,
    user,
    apiAs,
  }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    // 100-day window, half of it gone: expected 50% today.
    const goal = await createGoalWith(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Grow active teams ${uniqueSuffix()}`,
      description: "Teams that plan in Waymark every week stay; growth here means the habit sticks.",
      startDate: isoDate(-50),
      targetDate: isoDate(50),
      kind: "METRIC",
      unit: "teams",
      startValue: 120,
      targetValue: 300,
      direction: "INCREASE",
    });

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    await expect(page.getByRole("heading", { name: goal.title })).toBeVisible();
    const progress = page.getByRole("progressbar", { name: `Progress of ${goal.title}`, exact: true });
    await expect(progress).toHaveAttribute("aria-valuenow", "0");
    await expect(page.getByRole("img", { name: "Expected by today: 50%" })).toBeVisible();
    await expect(page.getByText("Started at 120 teams · increase to 300 teams")).toBeVisible();
    await openTab(page, "Check-ins");
    await expect(page.getByText("No check-ins yet.")).toBeVisible();

    // Check in through the form: 140 teams, marked on track.
    const form = page.getByRole("form", { name: "Check in" });
    await form.getByLabel("Current value").fill("140");
    await form.getByText("On track", { exact: true }).click();
    await expect(form.getByRole("radio", { name: "On track" })).toBeChecked();
    await form.getByLabel("Note").fill("Two big accounts onboarded this week.");
    await untilSaved(page, "CreateCheckIn", () => form.getByRole("button", { name: "Save check-in" }).click());

    // (140 − 120) / (300 − 120) = 11%, shown with its formula.
    await expect(progress).toHaveAttribute("aria-valuenow", "11");
    await expect(page.getByText("of 300 teams")).toBeVisible();
    await page.getByText("How is this computed?").click();
    await expect(page.getByText("(140 − 120) / (300 − 120) = 11%")).toBeVisible();

    // The history, newest first: author, value, confidence and note.
    const history = page.getByRole("list", { name: "Check-in history" });
    await expect(history.getByRole("listitem")).toHaveCount(1);
    await expect(history.getByRole("listitem").first()).toContainText(user.name);
    await expect(history.getByRole("listitem").first()).toContainText("Value 140 teams");
    await expect(history.getByRole("listitem").first()).toContainText("On track");
    await expect(history.getByRole("listitem").first()).toContainText("Two big accounts onboarded this week.");

    // 11% against 50% expected is off track, but the owner said on track: flagged.
    await expect(page.getByRole("note", { name: "Confidence mismatch" })).toContainText("Marked on track, but 39% behind pace");
    await expect(page.getByText("Computed from pace", { exact: true }).locator("..")).toContainText("Off track");
    await expect(page.getByText("Owner's confidence", { exact: true }).locator("..")).toContainText("On track");

    // A second check-in that agrees with the pace clears the flag; the newest comes first.
    await form.getByLabel("Current value").fill("200");
    await form.getByText("On track", { exact: true }).click();
    await untilSaved(page, "CreateCheckIn", () => form.getByRole("button", { name: "Save check-in" }).click());
    await expect(progress).toHaveAttribute("aria-valuenow", "44");
    await expect(history.getByRole("listitem")).toHaveCount(2);
    await expect(history.getByRole("listitem").first()).toContainText("Value 200 teams");
    await expect(page.getByRole("note", { name: "Confidence mismatch" })).toHaveCount(0);

    // It all survives a reload (the server's numbers, not the form's).
    await page.reload();
    await expect(page.getByRole("progressbar", { name: `Progress of ${goal.title}`, exact: true })).toHaveAttribute(
      "aria-valuenow",
      "44",
    );
    await expect(page.getByRole("list", { name: "Check-in history" }).getByRole("listitem")).toHaveCount(2);
  });

  test("a metric goal refuses a check-in without a value, beside the field", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoalWith(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Keep uptime ${uniqueSuffix()}`,
      startDate: isoDate(-10),
      targetDate: isoDate(80),
      kind: "METRIC",
      unit: "%",
      startValue: 99.5,
      targetValue: 99.9,
      direction: "STAY_ABOVE",
    });
    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    await expect(page.getByText("now · stay above 99.9%")).toBeVisible();
    await openTab(page, "Check-ins");
    const form = page.getByRole("form", { name: "Check in" });
    await form.getByText("At risk", { exact: true }).click();
    await form.getByRole("button", { name: "Save check-in" }).click();
    await expect(form.getByLabel("Current value")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("alert")).toContainText("Enter the current value in %.");
  });

  test("moving a milestone's due date later keeps the baseline and counts the slip", async ({ page, user, apiAs }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoalWith(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Ship the beta ${uniqueSuffix()}`,
      startDate: isoDate(-5),
      targetDate: isoDate(90),
    });
    const title = "Private beta";
    const baseline = isoDate(20);
    const moved = isoDate(27);
    await createMilestone(api, { goalId: goal.id, title, dueDate: baseline });

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    await expect(row(page, title)).toContainText(`Due ${displayDate(baseline)}`);
    await expect(row(page, title)).not.toContainText("slipped");

    await page.getByRole("button", { name: `Edit ${title}`, exact: true }).click();
    const editor = page.getByRole("form", { name: `Edit milestone ${title}` });
    await editor.getByLabel("Due date").fill(moved);
    await expect(editor.getByText("Moving it later counts as a slip.")).toBeVisible();
    await untilSaved(page, "UpdateMilestone", () => editor.getByRole("button", { name: "Save", exact: true }).click());
    await expect(editor).toHaveCount(0);

    const slipped = `Due ${displayDate(moved)} · was ${shortDisplayDate(baseline, moved)} · slipped 1×`;
    await expect(row(page, title)).toContainText(slipped);
    await page.reload();
    await expect(row(page, title)).toContainText(slipped);
    // The move is in the goal's activity.
    await openTab(page, "Discussion");
    await expect(page.getByRole("list", { name: "Activity" })).toContainText("moved the due date");
  });

  test("dependencies and durations give a critical path, in order, and cycles are refused beside the field", async ({
    page,
    user,
    apiAs,
  }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    // A 30-day window filled exactly by a 10 + 10 + 10 day chain: zero slack. The docs (5 days,
    // no dependencies, due on day 25) must start by day 20: 20 days to spare.
    const goal = await createGoalWith(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Launch v2 ${uniqueSuffix()}`,
      startDate: isoDate(0),
      targetDate: isoDate(30),
    });
    const docs = await createMilestoneWith(api, { goalId: goal.id, title: "Write the docs", dueDate: isoDate(25), durationDays: 5 });
    const design = await createMilestoneWith(api, { goalId: goal.id, title: "Design", dueDate: isoDate(10), durationDays: 10 });
    const build = await createMilestoneWith(api, {
      goalId: goal.id,
      title: "Build",
      dueDate: isoDate(20),
      durationDays: 10,
      dependsOnIds: [design.id],
    });
    const release = await createMilestoneWith(api, {
      goalId: goal.id,
      title: "Release",
      dueDate: isoDate(30),
      durationDays: 10,
      dependsOnIds: [build.id],
    });

    await signIn(page, user);
    await page.goto(goalPath(org, goal));

    // Badges on the chain, not on the docs.
    for (const m of [design, build, release]) await expect(row(page, m.title).getByText("Critical path")).toBeVisible();
    await expect(row(page, docs.title).getByText("Critical path")).toHaveCount(0);

    // The summary lists the chain in order, each with its slack.
    const path = page.getByRole("list", { name: "Critical path, in order" });
    await expect(path.getByRole("listitem")).toHaveCount(3);
    await expect(path.getByRole("listitem").nth(0)).toContainText("Design");
    await expect(path.getByRole("listitem").nth(1)).toContainText("Build");
    await expect(path.getByRole("listitem").nth(2)).toContainText("Release");
    await expect(path.getByRole("listitem").nth(0)).toContainText("0 days slack");

    // Latest start and slack; dependencies as links.
    await expect(row(page, docs.title)).toContainText(`Start by ${shortDisplayDate(isoDate(20), isoDate(0))} · 20 days slack`);
    await expect(row(page, build.title).getByRole("link", { name: "Design" })).toBeVisible();
    await expect(row(page, release.title)).toContainText("After: Build");

    // Making the design depend on the release would close a circle: refused, beside "Depends on".
    await page.getByRole("button", { name: `Edit ${design.title}`, exact: true }).click();
    const editor = page.getByRole("form", { name: `Edit milestone ${design.title}` });
    await expect(editor.getByLabel("Estimated duration (days)")).toHaveValue("10");
    await expect(editor.getByLabel(`Owner of ${design.title}`)).toBeVisible();
    const dependsOn = editor.getByRole("group", { name: "Depends on" });
    await dependsOn.getByRole("checkbox", { name: "Release", exact: true }).check();
    await editor.getByRole("button", { name: "Save", exact: true }).click();
    await expect(dependsOn.getByRole("alert")).toContainText("can't go in a circle");
    await editor.getByRole("button", { name: "Cancel" }).click();

    // Depending on the design (done by day 10 at the earliest) leaves the docs 10 days to spare.
    await page.getByRole("button", { name: `Edit ${docs.title}`, exact: true }).click();
    const docsEditor = page.getByRole("form", { name: `Edit milestone ${docs.title}` });
    await docsEditor.getByRole("group", { name: "Depends on" }).getByRole("checkbox", { name: "Design", exact: true }).check();
    await untilSaved(page, "UpdateMilestone", () => docsEditor.getByRole("button", { name: "Save", exact: true }).click());
    await expect(row(page, docs.title)).toContainText("After: Design");
    await expect(row(page, docs.title)).toContainText("10 days slack");
  });

  test("marking a milestone done and closing a goal as achieved are celebrated; closed goals are read-only until reopened", async ({
    page,
    user,
    apiAs,
  }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoalWith(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Open the Berlin office ${uniqueSuffix()}`,
      startDate: isoDate(-10),
      targetDate: isoDate(60),
    });
    await createMilestone(api, { goalId: goal.id, title: "Sign the lease", dueDate: isoDate(10) });

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    await untilSaved(page, "UpdateMilestone", () =>
      page.getByRole("checkbox", { name: "Done: Sign the lease", exact: true }).check(),
    );
    await expect(page.getByRole("status").filter({ hasText: "Milestone done — nice work!" })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: `Progress of ${goal.title}`, exact: true })).toHaveAttribute(
      "aria-valuenow",
      "100",
    );

    await page.getByRole("button", { name: "Close goal" }).click();
    const dialog = page.getByRole("dialog", { name: "Close goal" });
    await expect(dialog.getByRole("radio", { name: "Achieved", exact: true })).toBeChecked();
    await dialog.getByLabel("Closing note").fill("Keys handed over; the team moves in on Monday.");
    await untilSaved(page, "CloseGoal", () => dialog.getByRole("button", { name: "Close goal" }).click());
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: "Goal achieved! 🎉" })).toBeVisible();
    await expect(page.getByRole("heading", { name: goal.title })).toContainText("Achieved");
    await expect(page.getByText("Keys handed over; the team moves in on Monday.")).toBeVisible();
    // Read-only: no milestone controls, no check-in form, no comment box.
    await expect(page.getByRole("heading", { name: "Milestones", exact: true })).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    await openTab(page, "Check-ins");
    await expect(page.getByRole("heading", { name: "Check-ins", exact: true })).toBeVisible();
    await expect(page.getByRole("form", { name: "Check in" })).toHaveCount(0);
    await openTab(page, "Discussion");
    await expect(page.getByLabel("Comment", { exact: true })).toHaveCount(0);
    // The win is in the feed.
    await expect(page.getByRole("list", { name: "Activity" })).toContainText("as achieved");

    await untilSaved(page, "ReopenGoal", () => page.getByRole("button", { name: "Reopen goal" }).click());
    await openTab(page, "Check-ins");
    await expect(page.getByRole("form", { name: "Check in" })).toBeVisible();
    await openTab(page, "Milestones & timeline");
    await expect(page.getByRole("checkbox", { name: "Done: Sign the lease", exact: true })).toBeChecked();
  });

  test("comments: post, read oldest first, delete your own after confirming; stakeholders read and may ask", async ({
    page,
    user,
    makeUser,
    apiAs,
    newPage,
  }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const stakeholder = await makeUser("Stella");
    await addMember(api, org, stakeholder, "STAKEHOLDER");
    const goal = await createGoalWith(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Hire a designer ${uniqueSuffix()}`,
      startDate: isoDate(-10),
      targetDate: isoDate(60),
    });
    await checkInViaApi(api, { goalId: goal.id, confidence: "AT_RISK", note: "Few applicants so far." });

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    await openTab(page, "Discussion");
    const comments = page.getByRole("list", { name: "Comments" });
    for (const body of ["First: who reviews portfolios?", "Second: Lin will."]) {
      await page.getByLabel("Comment", { exact: true }).fill(body);
      await untilSaved(page, "AddComment", () => page.getByRole("button", { name: "Post comment" }).click());
      await expect(comments).toContainText(body);
    }
    await expect(comments.getByRole("listitem").nth(0)).toContainText("First: who reviews portfolios?");
    await expect(comments.getByRole("listitem").nth(1)).toContainText("Second: Lin will.");

    await comments.getByRole("listitem").nth(0).getByRole("button", { name: /^Delete comment by/ }).click();
    await confirm(page, "Delete");
    await expect(comments.getByRole("listitem")).toHaveCount(1);
    await expect(comments).not.toContainText("First: who reviews portfolios?");

    // A stakeholder reads the discussion, the check-in and the health and changes nothing, but may
    // ask a question: the comment box is theirs, other people's comments are not.
    const other = await newPage(stakeholder);
    await other.goto(`${goalPath(org, goal)}?tab=discussion`);
    await expect(other.getByRole("list", { name: "Comments" })).toContainText("Second: Lin will.");
    await expect(other.getByLabel("Comment", { exact: true })).toBeVisible();
    await expect(other.getByRole("button", { name: /^Delete comment/ })).toHaveCount(0);
    await openTab(other, "Check-ins");
    await expect(other.getByRole("list", { name: "Check-in history" })).toContainText("Few applicants so far.");
    await expect(other.getByRole("form", { name: "Check in" })).toHaveCount(0);
    await expect(other.getByRole("button", { name: "Close goal" })).toHaveCount(0);
  });

  test("milestone comments: open a milestone's discussion, post there, and it stays out of the goal's comments", async ({
    page,
    user,
    apiAs,
  }) => {
    const api = await apiAs(user);
    const org = await createOrg(api);
    const goal = await createGoalWith(api, {
      organizationId: org.id,
      ownerId: user.id,
      title: `Open the studio ${uniqueSuffix()}`,
      startDate: isoDate(-5),
      targetDate: isoDate(60),
    });
    await createMilestone(api, { goalId: goal.id, title: "Sign the lease", dueDate: isoDate(10) });
    await createMilestone(api, { goalId: goal.id, title: "Paint the walls", dueDate: isoDate(20) });

    await signIn(page, user);
    await page.goto(goalPath(org, goal));
    const lease = row(page, "Sign the lease");
    const toggle = lease.getByRole("button", { name: /^Comments on Sign the lease/ });
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(toggle).toHaveAccessibleName("Comments on Sign the lease (0)");

    const body = "Landlord wants a two-year term.";
    await lease.getByLabel("Comment on Sign the lease", { exact: true }).fill(body);
    await untilSaved(page, "AddComment", () => lease.getByRole("button", { name: "Post comment" }).click());
    await expect(lease.getByRole("list", { name: "Comments on Sign the lease" })).toContainText(body);
    await expect(toggle).toHaveAccessibleName("Comments on Sign the lease (1)");

    // Only under that milestone: not in the goal's own discussion, nor under the other milestone.
    await expect(page.getByText(body)).toHaveCount(1);
    await openTab(page, "Discussion");
    await expect(page.getByRole("heading", { name: "Comments", exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Comments", exact: true })).toHaveCount(0);
    await openTab(page, "Milestones & timeline");
    await row(page, "Paint the walls").getByRole("button", { name: /^Comments on Paint the walls/ }).click();
    await expect(row(page, "Paint the walls").getByText("No comments yet.")).toBeVisible();

    // Still there after a reload, loaded when opened.
    await page.reload();
    await row(page, "Sign the lease").getByRole("button", { name: /^Comments on Sign the lease/ }).click();
    await expect(page.getByRole("list", { name: "Comments on Sign the lease" })).toContainText(body);
    await expect(page.getByRole("list", { name: "Comments", exact: true })).toHaveCount(0);
  });
});
