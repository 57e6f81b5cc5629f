import {
  type Page,
  addMember,
  baseURL,
  confirm,
  createOrg,
  expect,
  fillSignUpForm,
  newUserData,
  signIn,
  test,
  userMenu,
} from "./fixtures.ts";

/** The members table row of a person (it shows their name and email). */
function memberRow(page: Page, email: string) {
  return page.getByRole("row").filter({ hasText: email });
}

function selectedOption(page: Page, label: string) {
  return page.getByLabel(label, { exact: true }).locator("option:checked");
}

test.describe("members and invitations", () => {
  test("invite by email with a role; the invitee signs up from the link and joins", async ({ page, user, apiAs, newPage }) => {
    const org = await createOrg(await apiAs(user));
    const invitee = newUserData("Ivan");

    await signIn(page, user);
    await page.goto(`/o/${org.slug}/members`);
    await page.getByLabel("Email").fill(invitee.email);
    await page.getByRole("combobox", { name: "Role", exact: true }).selectOption({ label: "Member" });
    await page.getByRole("button", { name: "Send invitation" }).click();

    const linkField = page.getByLabel("Invitation link");
    await expect(linkField).toHaveValue(new RegExp(`^${baseURL()}/invitations/[^/]+$`));
    const link = await linkField.inputValue();
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Copied to clipboard.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    // Listed as pending.
    await expect(page.getByText(invitee.email).first()).toBeVisible();

    // The invitee, in their own browser, opens the link signed out and signs up from it.
    const inviteePage = await newPage();
    await inviteePage.goto(link);
    await expect(inviteePage.getByRole("heading", { name: `Join ${org.name} on Waymark` })).toBeVisible();
    await expect(inviteePage.getByText(`${user.name} invited you as a member`)).toBeVisible();
    await inviteePage.getByRole("link", { name: "Sign up" }).click();
    await expect(inviteePage).toHaveURL(/\/signup/);
    await fillSignUpForm(inviteePage, invitee);
    await expect(inviteePage).toHaveURL(new RegExp(`/invitations/`));
    await inviteePage.getByRole("button", { name: "Accept invitation" }).click();
    await expect(inviteePage).toHaveURL(new RegExp(`/o/${org.slug}$`));
    await expect(inviteePage.getByRole("button", { name: "Switch organization" })).toContainText(org.name);
    await expect(userMenu(inviteePage, invitee)).toBeVisible();

    // The admin sees the new member with the role they were invited with.
    await page.reload();
    const row = memberRow(page, invitee.email);
    await expect(row).toContainText(invitee.name);
    await expect(selectedOption(page, `Role for ${invitee.name}`)).toHaveText("Member");
  });

  test("admins change roles and remove members; the last owner cannot be demoted", async ({
    page,
    user: owner,
    makeUser,
    apiAs,
    newPage,
  }) => {
    const ownerApi = await apiAs(owner);
    const org = await createOrg(ownerApi);
    const admin = await makeUser("Ada");
    const member = await makeUser("Max");
    await addMember(ownerApi, org, admin, "MEMBER");
    await addMember(ownerApi, org, member, "MEMBER");

    // The owner promotes Ada to admin.
    await signIn(page, owner);
    await page.goto(`/o/${org.slug}/members`);
    await expect(memberRow(page, admin.email)).toContainText(admin.name);
    await page.getByLabel(`Role for ${admin.name}`, { exact: true }).selectOption({ label: "Admin" });
    await expect(selectedOption(page, `Role for ${admin.name}`)).toHaveText("Admin");
    await page.reload();
    await expect(selectedOption(page, `Role for ${admin.name}`)).toHaveText("Admin");

    // Ada, now an admin, makes Max a stakeholder, then removes him.
    const adminPage = await newPage(admin);
    await adminPage.goto(`/o/${org.slug}/members`);
    await adminPage.getByLabel(`Role for ${member.name}`, { exact: true }).selectOption({ label: "Stakeholder" });
    await expect(selectedOption(adminPage, `Role for ${member.name}`)).toHaveText("Stakeholder");
    await adminPage.getByRole("button", { name: `Remove ${member.name}`, exact: true }).click();
    await confirm(adminPage, "Remove");
    await expect(memberRow(adminPage, member.email)).toHaveCount(0);
    await adminPage.reload();
    await expect(memberRow(adminPage, admin.email)).toBeVisible();
    await expect(memberRow(adminPage, member.email)).toHaveCount(0);

    // The only owner cannot step down: the error is shown and the role stays.
    await page.reload();
    await page.getByLabel(`Role for ${owner.name}`, { exact: true }).selectOption({ label: "Member" });
    await confirm(page, "Change my role");
    await expect(page.getByRole("alert").filter({ hasText: "An organization needs at least one owner." })).toBeVisible();
    await page.reload();
    await expect(selectedOption(page, `Role for ${owner.name}`)).toHaveText("Owner");
  });
});
