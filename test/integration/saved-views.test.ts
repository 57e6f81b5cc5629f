import { describe, expect, it } from "vitest";
import { createMember, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { codes, gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

const CREATE = `mutation($input: CreateSavedViewInput!) { createSavedView(input: $input) { savedView {
  id name shared viewerCanEdit viewerCanDelete creator { id } filters { owner parent health window } } } }`;
const UPDATE = `mutation($input: UpdateSavedViewInput!) { updateSavedView(input: $input) { savedView { id name shared } } }`;
const DELETE = `mutation($input: DeleteSavedViewInput!) { deleteSavedView(input: $input) { deletedSavedViewId organization { id } } }`;
const LIST = `query($slug: String!) { organization(slug: $slug) { viewerCan { shareViews } savedViews {
  id name shared viewerCanEdit viewerCanDelete creator { name } filters { owner health window } } } }`;

async function team() {
  const { org, owner } = await createOrg();
  const admin = await createMember(org, "ADMIN");
  const member = await createMember(org, "MEMBER");
  const other = await createMember(org, "MEMBER");
  const stakeholder = await createMember(org, "STAKEHOLDER");
  return { org, owner, admin, member, other, stakeholder };
}

const create = (userId: string, org: { id: string }, input: Record<string, unknown>) =>
  run(userId, CREATE, { input: { organizationId: gid("Organization", org.id), filters: { health: "AT_RISK" }, ...input } });
const namesFor = async (userId: string, slug: string) =>
  ((await run(userId, LIST, { slug })).data!.organization.savedViews as { name: string }[]).map((v) => v.name);

describe("saved views", () => {
  it("saves filters under a name, personal or shared, and lists them by name", async () => {
    const { org, member, other } = await team();
    const personal = await create(member.id, org, { name: "  My risks ", filters: { health: "AT_RISK", window: "THIS_QUARTER", owner: "VXNlcjox" } });
    expect(personal.errors).toBeUndefined();
    expect(personal.data!.createSavedView.savedView).toMatchObject({
      name: "My risks",
      shared: false,
      viewerCanEdit: true,
      viewerCanDelete: true,
      creator: { id: gid("User", member.id) },
      filters: { owner: "VXNlcjox", parent: null, health: "AT_RISK", window: "THIS_QUARTER" },
    });
    await create(member.id, org, { name: "Team at risk", shared: true });
    await create(other.id, org, { name: "Another's own" });

    expect(await namesFor(member.id, org.slug)).toEqual(["My risks", "Team at risk"]);
    // Someone else sees the shared view only, and may not change it.
    const seen = (await run(other.id, LIST, { slug: org.slug })).data!.organization.savedViews;
    expect(seen).toEqual([
      { id: expect.any(String), name: "Another's own", shared: false, viewerCanEdit: true, viewerCanDelete: true, creator: expect.any(Object), filters: expect.any(Object) },
      expect.objectContaining({ name: "Team at risk", shared: true, viewerCanEdit: false, viewerCanDelete: false }),
    ]);
  });

  it("validates the name and filters, naming the field", async () => {
    const { org, member } = await team();
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "  " }, "name"],
      [{ name: "x".repeat(81) }, "name"],
      [{ name: "Bad window", filters: { window: "FOREVER" } }, "filters.window"],
      [{ name: "Long id", filters: { owner: "x".repeat(101) } }, "filters.owner"],
    ];
    for (const [input, field] of cases) {
      const result = await create(member.id, org, input);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expect(await prisma().savedView.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("lets stakeholders keep personal views but not share them", async () => {
    const { org, stakeholder } = await team();
    expect((await run(stakeholder.id, LIST, { slug: org.slug })).data!.organization.viewerCan.shareViews).toBe(false);
    expect(codes(await create(stakeholder.id, org, { name: "For all", shared: true }))).toEqual(["FORBIDDEN"]);
    const own = await create(stakeholder.id, org, { name: "Mine" });
    expect(own.errors).toBeUndefined();
    const id = own.data!.createSavedView.savedView.id;
    expect(codes(await run(stakeholder.id, UPDATE, { input: { savedViewId: id, shared: true } }))).toEqual(["FORBIDDEN"]);
    expect((await run(stakeholder.id, UPDATE, { input: { savedViewId: id, name: "Renamed" } })).data!.updateSavedView.savedView.name).toBe("Renamed");
  });

  it("is renamed by its creator only; deleted by its creator, or by an admin when shared", async () => {
    const { org, admin, member, other } = await team();
    const shared = (await create(member.id, org, { name: "Shared", shared: true })).data!.createSavedView.savedView.id;
    const personal = (await create(member.id, org, { name: "Personal" })).data!.createSavedView.savedView.id;

    expect(codes(await run(other.id, UPDATE, { input: { savedViewId: shared, name: "Mine now" } }))).toEqual(["FORBIDDEN"]);
    expect(codes(await run(other.id, DELETE, { input: { savedViewId: shared } }))).toEqual(["FORBIDDEN"]);
    expect((await run(member.id, UPDATE, { input: { savedViewId: shared, name: "Shared, renamed" } })).errors).toBeUndefined();
    // Someone else's personal view looks missing, even to an admin.
    expect(codes(await run(admin.id, DELETE, { input: { savedViewId: personal } }))).toEqual(["NOT_FOUND"]);
    expect(codes(await run(admin.id, UPDATE, { input: { savedViewId: personal, name: "x" } }))).toEqual(["NOT_FOUND"]);

    const removed = await run(admin.id, DELETE, { input: { savedViewId: shared } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.deleteSavedView).toEqual({ deletedSavedViewId: shared, organization: { id: gid("Organization", org.id) } });
    expect((await run(member.id, DELETE, { input: { savedViewId: personal } })).errors).toBeUndefined();
    expect(await namesFor(member.id, org.slug)).toEqual([]);
  });

  it("answers another organization's view by id exactly like a missing id", async () => {
    const { org, member } = await team();
    const { org: elsewhere, owner: stranger } = await createOrg();
    const theirs = (await create(stranger.id, elsewhere, { name: "Theirs", shared: true })).data!.createSavedView.savedView.id;
    const missing = gid("SavedView", "does-not-exist");
    for (const mutation of [DELETE, UPDATE]) {
      const wall = await run(member.id, mutation, { input: { savedViewId: theirs, ...(mutation === UPDATE ? { name: "x" } : {}) } });
      const none = await run(member.id, mutation, { input: { savedViewId: missing, ...(mutation === UPDATE ? { name: "x" } : {}) } });
      expect(wall.errors).toEqual(none.errors);
      expect(codes(wall)).toEqual(["NOT_FOUND"]);
    }
    // Nor can one save a view into an organization one is not in.
    expect(codes(await create(member.id, elsewhere, { name: "Sneaky" }))).toEqual(["NOT_FOUND"]);
    expect(await namesFor(stranger.id, elsewhere.slug)).toEqual(["Theirs"]);
    expect(await namesFor(member.id, org.slug)).toEqual([]);
  });

  it("lists views in the same number of statements for 3 and 30 views", async () => {
    async function statementsFor(n: number) {
      const { org, owner, member } = await team();
      for (let i = 0; i < n; i++) await create(i % 2 ? owner.id : member.id, org, { name: `View ${i}`, shared: i % 3 === 0 });
      const { result, count } = await countStatements(() => run(member.id, LIST, { slug: org.slug }));
      expect(result.errors).toBeUndefined();
      expect(result.data!.organization.savedViews.length).toBeGreaterThan(0);
      return count;
    }
    expect(await statementsFor(30)).toBe(await statementsFor(3));
  });
});
