import {
  addMember,
  createGoal,
  createMilestone,
  createOrg,
  expect,
  isoDate,
  signIn,
  test,
  uniqueSuffix,
} from "./fixtures.ts";

test("a stakeholder sees the organization's goals but no edit controls, and the API refuses their changes", async ({
  page,
  user: owner,
  makeUser,
  apiAs,
}) => {
  const ownerApi = await apiAs(owner);
  const org = await createOrg(ownerApi);
  const stakeholder = await makeUser("Stella");
  await addMember(ownerApi, org, stakeholder, "STAKEHOLDER");
  const goal = await createGoal(ownerApi, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Enter the Nordic market ${uniqueSuffix()}`,
    startDate: isoDate(-10),
    targetDate: isoDate(120),
  });
  const milestone = await createMilestone(ownerApi, { goalId: goal.id, title: "Find a distributor", dueDate: isoDate(30) });

  await signIn(page, stakeholder);
  await page.goto(`/o/${org.slug}`);
  await expect(page.getByRole("link", { name: goal.title })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: `Progress of ${goal.title}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "New goal" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New goal" })).toHaveCount(0);

  await page.getByRole("link", { name: goal.title }).click();
  await expect(page.getByRole("heading", { name: goal.title })).toBeVisible();
  await expect(page.getByText(milestone.title).first()).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  for (const name of [
    `Edit ${milestone.title}`,
    `Delete ${milestone.title}`,
    `Move ${milestone.title} up`,
    `Move ${milestone.title} down`,
    `Add helpers to ${milestone.title}`,
    `Suggest an owner for ${milestone.title}`,
    "Add milestone",
    "Archive goal",
    "Edit goal",
  ]) {
    await expect(page.getByRole("button", { name, exact: true }), name).toHaveCount(0);
    await expect(page.getByRole("link", { name, exact: true }), name).toHaveCount(0);
  }
  await expect(page.getByLabel(`Status of ${milestone.title}`)).toHaveCount(0);
  await expect(page.getByLabel("Milestone title")).toHaveCount(0);

  // The direct URL of the new-goal form does not let them in either.
  await page.goto(`/o/${org.slug}/goals/new`);
  await expect(page.getByRole("button", { name: "Create goal" })).toHaveCount(0);

  // The API refuses, whatever the UI shows.
  const api = await apiAs(stakeholder);
  const createResult = await api.gql(
    `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }`,
    {
      input: { organizationId: org.id, ownerId: stakeholder.id, title: "Sneaky", startDate: isoDate(0), targetDate: isoDate(9) },
    },
  );
  expect(createResult.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  const updateResult = await api.gql(
    `mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id } } }`,
    { input: { milestoneId: milestone.id, status: "DONE" } },
  );
  expect(updateResult.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

  const check = await api.must<{ goal: { title: string; doneMilestoneCount: number } }>(
    `query ($id: ID!) { goal(id: $id) { title doneMilestoneCount } }`,
    { id: goal.id },
  );
  expect(check.goal).toEqual({ title: goal.title, doneMilestoneCount: 0 });
});
