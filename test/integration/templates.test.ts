import { describe, expect, it } from "vitest";
import { createGoal, createMember, createMilestone, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

const LIST = `query($slug: String!, $kind: TemplateKind) { organization(slug: $slug) { viewerCan { manageTemplates }
  templates(kind: $kind) { id name kind builtIn viewerCanManage goal { kind description } milestones { key title dependsOn kind due { from days } } } } }`;
const PREVIEW = `query($slug: String!, $start: Date!, $target: Date!) { organization(slug: $slug) { templates(kind: MILESTONES) {
  id preview(startDate: $start, targetDate: $target) { key title dueDate dependsOn warning kind } } } }`;
const ADD = `mutation($input: AddMilestonesFromTemplateInput!) { addMilestonesFromTemplate(input: $input) { goal { id milestones(first: 50) { edges { node { title dueDate kind approver { id } dependsOn { title } } } } } } }`;
const CREATE_GOAL = `mutation($input: CreateGoalFromTemplateInput!) { createGoalFromTemplate(input: $input) { goal { id title kind milestones(first: 50) { edges { node { title } } } } } }`;
const SAVE = `mutation($input: SaveGoalAsTemplateInput!) { saveGoalAsTemplate(input: $input) { template { id name description kind builtIn
  goal { title description kind } milestones { key title dependsOn due { from days } } } } }`;
const UPDATE = `mutation($input: UpdateTemplateInput!) { updateTemplate(input: $input) { template { id name description } } }`;
const DELETE = `mutation($input: DeleteTemplateInput!) { deleteTemplate(input: $input) { deletedTemplateId organization { id } } }`;

async function team() {
  const { org, owner } = await createOrg();
  const admin = await createMember(org, "ADMIN");
  const member = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  const goal = await createGoal(org, owner, { startDate: "2027-01-01", targetDate: "2027-06-30" });
  return { org, owner, admin, member, stakeholder, goal };
}

/** An organization template of `n` milestones, each depending on the one before. */
function chain(org: { id: string }, createdById: string, n: number, name = `Chain of ${n}`) {
  return prisma().template.create({
    data: {
      organizationId: org.id,
      kind: "MILESTONES",
      name,
      createdById,
      milestones: Array.from({ length: n }, (_, i) => ({
        key: `m${i}`,
        title: `Step ${i}`,
        doneMeans: "",
        due: { from: "START", days: 7 * (i + 1) },
        durationDays: 3,
        dependsOn: i ? [`m${i - 1}`] : [],
        kind: "STANDARD",
      })),
    },
  });
}

type Edges<T> = { edges: { node: T }[] };
const nodes = <T>(c: Edges<T>) => c.edges.map((e) => e.node);

const add = (userId: string, goalId: string, templateId: string, approverId?: string) =>
  run(userId, ADD, { input: { goalId: gid("Goal", goalId), templateId, ...(approverId ? { approverId: gid("User", approverId) } : {}) } });

describe("templates", () => {
  it("lists the built-ins with stable ids, then the organization's own", async () => {
    const { org, owner, member } = await team();
    await chain(org, owner.id, 2, "Our steps");
    const result = await run(member.id, LIST, { slug: org.slug });
    expect(result.errors).toBeUndefined();
    const templates = result.data!.organization.templates as { id: string; name: string; builtIn: boolean; viewerCanManage: boolean }[];
    expect(templates.slice(0, 2).map((t) => t.id)).toEqual(["builtin:common-project-milestones", "builtin:launch-checklist"]);
    expect(templates.at(-1)).toMatchObject({ name: "Our steps", builtIn: false, viewerCanManage: false });
    expect(result.data!.organization.viewerCan.manageTemplates).toBe(false);
    const goals = (await run(member.id, LIST, { slug: org.slug, kind: "GOAL" })).data!.organization.templates as { name: string; goal: { kind: string } }[];
    expect(goals.map((t) => t.name)).toEqual(["Launch a product", "Hire a team", "Move a metric", "Ship a project"]);
    expect(goals[2].goal.kind).toBe("METRIC");
  });

  it("previews dated milestones, clamped with a warning", async () => {
    const { org, member } = await team();
    const result = await run(member.id, PREVIEW, { slug: org.slug, start: "2027-01-01", target: "2027-01-31" });
    expect(result.errors).toBeUndefined();
    const common = result.data!.organization.templates[0].preview as { title: string; dueDate: string; warning: string | null }[];
    expect(common[0]).toMatchObject({ title: "Project approval", dueDate: "2027-01-08", warning: null });
    expect(common.find((m) => m.title === "Design approval")).toMatchObject({ dueDate: "2027-01-31", warning: expect.stringMatching(/after the goal's target date/) });
    const bad = await run(member.id, PREVIEW, { slug: org.slug, start: "2027-02-01", target: "2027-01-01" });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "targetDate" });
  });

  it("adds a template's milestones with their dependencies, approvals with the chosen approver", async () => {
    const { member, admin, goal } = await team();
    await createMilestone(goal, { title: "Already there" });
    const missing = await add(member.id, goal.id, "builtin:common-project-milestones");
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "approverId" });
    expect(await prisma().milestone.count({ where: { goalId: goal.id } })).toBe(1);

    const result = await add(member.id, goal.id, "builtin:common-project-milestones", admin.id);
    expect(result.errors).toBeUndefined();
    const milestones = nodes(result.data!.addMilestonesFromTemplate.goal.milestones) as {
      title: string; dueDate: string; kind: string; approver: { id: string } | null; dependsOn: { title: string }[];
    }[];
    expect(milestones.map((m) => m.title)).toEqual([
      "Already there", "Project approval", "Planning complete", "Funding secured", "Design approval", "Recruiting for key positions complete",
    ]);
    expect(milestones[1]).toMatchObject({ dueDate: "2027-01-08", kind: "APPROVAL", approver: { id: gid("User", admin.id) }, dependsOn: [] });
    expect(milestones[4].dependsOn.map((d) => d.title)).toEqual(["Planning complete"]);
    expect(milestones[5]).toMatchObject({ dueDate: "2027-05-31", kind: "STANDARD", approver: null });
    expect(await prisma().activity.count({ where: { goalId: goal.id, kind: "MILESTONE_CREATED" } })).toBe(5);
  });

  it("refuses an approver from outside the organization, and stakeholders", async () => {
    const { org, member, stakeholder, goal } = await team();
    const outsider = (await createOrg()).owner;
    const result = await add(member.id, goal.id, "builtin:common-project-milestones", outsider.id);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "approverId" });
    expect(codes(await add(stakeholder.id, goal.id, "builtin:launch-checklist", member.id))).toEqual(["FORBIDDEN"]);
    expect(await prisma().milestone.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("inserts 2 or 12 milestones in the same number of statements", async () => {
    const { org, owner, member } = await team();
    async function statementsFor(n: number) {
      const goal = await createGoal(org, owner, { startDate: "2027-01-01", targetDate: "2027-12-31" });
      const template = await chain(org, owner.id, n);
      const { result, count } = await countStatements(() => add(member.id, goal.id, gid("Template", template.id)));
      expect(result.errors).toBeUndefined();
      expect(await prisma().milestone.count({ where: { goalId: goal.id } })).toBe(n);
      expect(await prisma().milestoneDependency.count({ where: { milestone: { goalId: goal.id } } })).toBe(n - 1);
      return count;
    }
    expect(await statementsFor(12)).toBe(await statementsFor(2));
  });

  it("creates a goal from a template with its milestones; a bad template creates nothing", async () => {
    const { org, member } = await team();
    const input = {
      organizationId: gid("Organization", org.id),
      title: "Launch the mobile app",
      ownerId: gid("User", member.id),
      startDate: "2027-01-01",
      targetDate: "2027-03-31",
      templateId: "builtin:hire-a-team",
      approverId: gid("User", member.id),
    };
    const result = await run(member.id, CREATE_GOAL, { input });
    expect(result.errors).toBeUndefined();
    expect(nodes<{ title: string }>(result.data!.createGoalFromTemplate.goal.milestones).map((m) => m.title)).toEqual([
      "Roles and budget approved", "Pipeline open", "Offers signed", "Team onboarded",
    ]);
    const before = await prisma().goal.count({ where: { organizationId: org.id } });
    const noApprover = await run(member.id, CREATE_GOAL, { input: { ...input, approverId: null } });
    expect(noApprover.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "approverId" });
    const unknown = await run(member.id, CREATE_GOAL, { input: { ...input, templateId: "builtin:nope" } });
    expect(codes(unknown)).toEqual(["NOT_FOUND"]);
    expect(await prisma().goal.count({ where: { organizationId: org.id } })).toBe(before);
  });

  it("saves a goal as a template (admins only): fields, milestones and relative dates; it expands back", async () => {
    const { org, admin, member, goal } = await team();
    const first = await createMilestone(goal, { title: "Kickoff", dueDate: "2027-01-15" });
    const last = await createMilestone(goal, { title: "Wrap up", dueDate: "2027-06-20" });
    await prisma().milestoneDependency.create({ data: { organizationId: org.id, milestoneId: last.id, dependsOnId: first.id } });

    expect(codes(await run(member.id, SAVE, { input: { goalId: gid("Goal", goal.id), name: "Ours" } }))).toEqual(["FORBIDDEN"]);
    const blank = await run(admin.id, SAVE, { input: { goalId: gid("Goal", goal.id), name: " " } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });

    const saved = await run(admin.id, SAVE, { input: { goalId: gid("Goal", goal.id), name: "Half-year plan", description: "Ours" } });
    expect(saved.errors).toBeUndefined();
    const template = saved.data!.saveGoalAsTemplate.template;
    expect(template).toMatchObject({ name: "Half-year plan", kind: "GOAL", builtIn: false, goal: { title: goal.title, kind: "MILESTONE" } });
    expect(template.milestones).toEqual([
      { key: "kickoff", title: "Kickoff", dependsOn: [], due: { from: "START", days: 14 } },
      { key: "wrap-up", title: "Wrap up", dependsOn: ["kickoff"], due: { from: "TARGET", days: 10 } },
    ]);

    // Everyone in the organization uses it: a member adds it to another goal of the same window.
    const other = await createGoal(org, admin, { startDate: "2027-01-01", targetDate: "2027-06-30" });
    const added = await add(member.id, other.id, template.id);
    expect(added.errors).toBeUndefined();
    expect(nodes<{ dueDate: string }>(added.data!.addMilestonesFromTemplate.goal.milestones).map((m) => m.dueDate)).toEqual(["2027-01-15", "2027-06-20"]);
  });

  it("is renamed and deleted by admins only; built-ins never", async () => {
    const { org, owner, admin, member } = await team();
    const id = gid("Template", (await chain(org, owner.id, 1, "Old")).id);
    expect(codes(await run(member.id, UPDATE, { input: { templateId: id, name: "New" } }))).toEqual(["FORBIDDEN"]);
    const long = await run(admin.id, UPDATE, { input: { templateId: id, name: "x".repeat(81) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect((await run(admin.id, UPDATE, { input: { templateId: id, name: "New" } })).data!.updateTemplate.template.name).toBe("New");
    const builtIn = await run(admin.id, DELETE, { input: { templateId: "builtin:launch-checklist" } });
    expect(builtIn.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "templateId" });
    expect(codes(await run(member.id, DELETE, { input: { templateId: id } }))).toEqual(["FORBIDDEN"]);
    expect((await run(admin.id, DELETE, { input: { templateId: id } })).data!.deleteTemplate.deletedTemplateId).toBe(id);
    expect(codes(await run(admin.id, DELETE, { input: { templateId: id } }))).toEqual(["NOT_FOUND"]);
  });

  it("keeps the tenant walls: another organization's template or goal answers like a missing id", async () => {
    const a = await team();
    const b = await team();
    const theirs = gid("Template", (await chain(b.org, b.owner.id, 2, "Theirs")).id);
    const missing = gid("Template", "nope");
    const listed = (await run(a.owner.id, LIST, { slug: a.org.slug })).data!.organization.templates as { name: string }[];
    expect(listed.map((t) => t.name)).not.toContain("Theirs");

    // Another org's template on my goal, and my template on another org's goal.
    const mine = gid("Template", (await chain(a.org, a.owner.id, 1, "Mine")).id);
    const missingMessage = (await add(a.owner.id, a.goal.id, missing)).errors?.[0]?.message;
    const missingGoalMessage = (await add(a.owner.id, "nope", mine)).errors?.[0]?.message;
    for (const result of [
      await add(a.owner.id, a.goal.id, theirs),
      await add(a.owner.id, a.goal.id, missing),
      await add(a.owner.id, b.goal.id, mine),
      await add(a.owner.id, "nope", mine),
      await run(a.owner.id, UPDATE, { input: { templateId: theirs, name: "Mine now" } }),
      await run(a.owner.id, DELETE, { input: { templateId: theirs } }),
      await run(a.owner.id, SAVE, { input: { goalId: gid("Goal", b.goal.id), name: "Copy" } }),
      await run(a.owner.id, CREATE_GOAL, {
        input: {
          organizationId: gid("Organization", a.org.id), templateId: theirs, title: "X", ownerId: gid("User", a.owner.id),
          startDate: "2027-01-01", targetDate: "2027-02-01",
        },
      }),
    ]) {
      expect(codes(result)).toEqual(["NOT_FOUND"]);
      expect([missingMessage, missingGoalMessage]).toContain(result.errors?.[0]?.message);
    }
    expect(await prisma().template.count({ where: { organizationId: b.org.id, name: "Theirs" } })).toBe(1);
    expect(await prisma().milestone.count({ where: { goalId: b.goal.id } })).toBe(0);
  });

  it("keeps the organization's mission (admins, length-limited) and SMART's Relevant says a goal serves it", async () => {
    const { org, admin, member } = await team();
    const UPDATE_ORG = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { mission } } }`;
    const organizationId = gid("Organization", org.id);
    expect(codes(await run(member.id, UPDATE_ORG, { input: { organizationId, mission: "Ours" } }))).toEqual(["FORBIDDEN"]);
    const long = await run(admin.id, UPDATE_ORG, { input: { organizationId, mission: "x".repeat(501) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "mission" });
    const saved = await run(admin.id, UPDATE_ORG, { input: { organizationId, mission: "  Help every team plan its week.  " } });
    expect(saved.data!.updateOrganization.organization.mission).toBe("Help every team plan its week.");

    const serving = await createGoal(org, admin, { description: "More teams plan in Waymark" });
    const unrelated = await createGoal(org, admin, { description: "Carbon-neutral shipping" });
    const SMART = `query($id: ID!) { node(id: $id) { ... on Goal { smart { criterion met detail } } } }`;
    const relevant = async (id: string) =>
      ((await run(member.id, SMART, { id: gid("Goal", id) })).data!.node.smart as { criterion: string; met: boolean; detail: string }[])
        .find((i) => i.criterion === "RELEVANT")!;
    expect(await relevant(serving.id)).toMatchObject({ met: true, detail: expect.stringMatching(/^Serves the mission: “Help every team plan its week\.” \(shares “team”, “plan”\)\.$/) });
    expect((await relevant(unrelated.id)).met).toBe(false);
  });
});
