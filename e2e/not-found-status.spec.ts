import { createGoal, createOrg, expect, isoDate, signIn, test, uniqueSuffix } from "./fixtures.ts";

// Pages stream: the status must be decided before the first byte. These read the real HTTP status
// of the server-rendered page, as a crawler or a monitoring probe would.
test("pages of an organization or goal that doesn't exist or isn't yours answer 404; your own answer 200", async ({
  page,
  user: owner,
  makeUser,
  apiAs,
}) => {
  const ownerApi = await apiAs(owner);
  const org = await createOrg(ownerApi);
  const goal = await createGoal(ownerApi, {
    organizationId: org.id,
    ownerId: owner.id,
    title: `Status codes ${uniqueSuffix()}`,
    startDate: isoDate(-10),
    targetDate: isoDate(60),
  });
  const outsider = await makeUser("Olive");
  const outsiderOrg = await createOrg(await apiAs(outsider));

  await signIn(page, owner);
  const status = async (path: string) => (await page.request.get(path, { maxRedirects: 0 })).status();

  expect(await status(`/o/${org.slug}`)).toBe(200);
  expect(await status(`/o/${org.slug}/goals/${encodeURIComponent(goal.id)}`)).toBe(200);

  expect(await status(`/o/no-such-org-${uniqueSuffix()}`)).toBe(404);
  expect(await status(`/o/${outsiderOrg.slug}`)).toBe(404);
  expect(await status(`/o/${org.slug}/goals/not-a-goal`)).toBe(404);
  // A real goal under another organization's address is not found there either.
  expect(await status(`/o/${outsiderOrg.slug}/goals/${encodeURIComponent(goal.id)}`)).toBe(404);

  await page.goto(`/o/${outsiderOrg.slug}`);
  await expect(page.getByRole("heading", { name: /isn.t on the map/ })).toBeVisible();
});
