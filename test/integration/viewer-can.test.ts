import { describe, expect, it } from "vitest";
import type { Role } from "../../prisma/generated/client/enums.ts";
import { createMember, createOrg } from "../../prisma/factories.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

const VIEWER_CAN = `query($slug: String!) { organization(slug: $slug) { viewerCan {
  editGoals comment manageMembers manageOwners manageSettings manageSharing ownOrganization shareViews grantableRoles } } }`;

async function team() {
  const { org, owner } = await createOrg();
  const users: Record<Role, { id: string }> = {
    OWNER: owner,
    ADMIN: await createMember(org, "ADMIN"),
    MEMBER: await createMember(org, "MEMBER"),
    STAKEHOLDER: await createMember(org, "STAKEHOLDER"),
  };
  return { org, owner, users };
}

describe("Organization.viewerCan", () => {
  it("answers each role what the API lets it do", async () => {
    const { org, users } = await team();
    const answers: Record<string, unknown> = {};
    for (const role of ["OWNER", "ADMIN", "MEMBER", "STAKEHOLDER"] as const) {
      const result = await run(users[role].id, VIEWER_CAN, { slug: org.slug });
      expect(result.errors).toBeUndefined();
      answers[role] = result.data.organization.viewerCan;
    }
    expect(answers).toEqual({
      OWNER: {
        editGoals: true,
        comment: true,
        manageMembers: true,
        manageOwners: true,
        manageSettings: true,
        manageSharing: true,
        ownOrganization: true,
        shareViews: true,
        grantableRoles: ["OWNER", "ADMIN", "MEMBER", "STAKEHOLDER"],
      },
      ADMIN: {
        editGoals: true,
        comment: true,
        manageMembers: true,
        manageOwners: false,
        manageSettings: true,
        manageSharing: true,
        ownOrganization: false,
        shareViews: true,
        grantableRoles: ["ADMIN", "MEMBER", "STAKEHOLDER"],
      },
      MEMBER: {
        editGoals: true,
        comment: true,
        manageMembers: false,
        manageOwners: false,
        manageSettings: false,
        manageSharing: false,
        ownOrganization: false,
        shareViews: true,
        grantableRoles: [],
      },
      STAKEHOLDER: {
        editGoals: false,
        comment: true,
        manageMembers: false,
        manageOwners: false,
        manageSettings: false,
        manageSharing: false,
        ownOrganization: false,
        shareViews: false,
        grantableRoles: [],
      },
    });
  });

  it("agrees with what the mutations allow", async () => {
    const { org, owner, users } = await team();
    const createGoal = (userId: string) =>
      run(userId, `mutation($input: CreateGoalInput!) { createGoal(input: $input) { goal { id } } }`, {
        input: {
          organizationId: gid("Organization", org.id),
          title: "Ship it",
          ownerId: gid("User", owner.id),
          startDate: "2026-01-01",
          targetDate: "2026-06-30",
        },
      });
    const rename = (userId: string) =>
      run(userId, `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }`, {
        input: { organizationId: gid("Organization", org.id), name: "Renamed" },
      });
    for (const role of ["ADMIN", "MEMBER", "STAKEHOLDER"] as const) {
      const can = (await run(users[role].id, VIEWER_CAN, { slug: org.slug })).data.organization.viewerCan;
      expect(codes(await createGoal(users[role].id)), `${role} createGoal`).toEqual(can.editGoals ? [] : ["FORBIDDEN"]);
      expect(codes(await rename(users[role].id)), `${role} updateOrganization`).toEqual(can.manageSettings ? [] : ["FORBIDDEN"]);
    }
  });

  it("costs no statement beyond the organization's own", async () => {
    const { org, owner } = await team();
    const plain = await countStatements(() => run(owner.id, `query($slug: String!) { organization(slug: $slug) { id } }`, { slug: org.slug }));
    const asked = await countStatements(() => run(owner.id, VIEWER_CAN, { slug: org.slug }));
    expect(asked.count).toBe(plain.count);
  });

  it("is not answered for another organization", async () => {
    const { org } = await team();
    const { owner: outsider } = await createOrg();
    expect(codes(await run(outsider.id, VIEWER_CAN, { slug: org.slug }))).toEqual(["NOT_FOUND"]);
  });
});
