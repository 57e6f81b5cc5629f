import { createGoal, createOrg, expect, isoDate, test, uniqueSuffix } from "./fixtures.ts";

// The real HTTP status of a share link's page, as a link checker or monitoring probe reads it:
// 200 while active, 410 once revoked, 404 for a token that never existed; each still shows its
// explanation.
test("a share link's page answers 200 while active, 410 once revoked, 404 when unknown", async ({ page, user, apiAs }) => {
  const api = await apiAs(user);
  const org = await createOrg(api);
  const goal = await createGoal(api, {
    organizationId: org.id,
    ownerId: user.id,
    title: `Shared status ${uniqueSuffix()}`,
    startDate: isoDate(-10),
    targetDate: isoDate(60),
  });
  const created = await api.must<{ createShareLink: { path: string; shareLink: { id: string } } }>(
    `mutation ($input: CreateShareLinkInput!) { createShareLink(input: $input) { path shareLink { id } } }`,
    { input: { organizationId: org.id, goalId: goal.id } },
  );
  const { path, shareLink } = created.createShareLink;
  const status = async (p: string) => (await page.request.get(p, { maxRedirects: 0 })).status();

  expect(await status(path)).toBe(200);

  await api.must(`mutation ($id: ID!) { revokeShareLink(input: { shareLinkId: $id }) { shareLink { id } } }`, { id: shareLink.id });
  expect(await status(path)).toBe(410);
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "This link was revoked" })).toBeVisible();

  const unknown = `/shared/wms_${"x".repeat(43)}`;
  expect(await status(unknown)).toBe(404);
  await page.goto(unknown);
  await expect(page.getByRole("heading", { name: "This link doesn't exist" })).toBeVisible();
});
