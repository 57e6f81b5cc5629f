import { describe, expect, it } from "vitest";
import { createOrg } from "../../prisma/factories.ts";
import { countStatements } from "../helpers/statements.ts";
import { codes, run } from "../helpers/graphql.ts";
import { viewerForUser } from "../../server/auth/viewer.ts";
import { prisma } from "../../server/db.ts";

describe("organization query", () => {
  it("answers a member and hides the org from others", async () => {
    const { org, owner } = await createOrg();
    const { org: other } = await createOrg();
    const mine = await run(owner.id, `query($slug: String!) { organization(slug: $slug) { name viewerRole } }`, { slug: org.slug });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.organization).toEqual({ name: org.name, viewerRole: "OWNER" });

    const theirs = await run(owner.id, `query($slug: String!) { organization(slug: $slug) { name } }`, { slug: other.slug });
    const missing = await run(owner.id, `query($slug: String!) { organization(slug: $slug) { name } }`, { slug: "no-such-org" });
    expect(codes(theirs)).toEqual(["NOT_FOUND"]);
    expect(theirs.errors).toEqual(missing.errors);
  });

  it("counts statements", async () => {
    const { owner } = await createOrg();
    const { count } = await countStatements(() => run(owner.id, `{ me { name memberships { role organization { name } } } }`));
    expect(count).toBeGreaterThan(0);
  });

  it("comes with the viewer: the whole row, so an organization page reads it with no statement of its own", async () => {
    const { org, owner } = await createOrg();
    await prisma().organization.update({ where: { id: org.id }, data: { mission: "Make planning honest", timeZone: "Europe/Paris" } });
    const viewer = await viewerForUser(owner.id);
    expect(viewer!.organizations.get(org.id)).toEqual(await prisma().organization.findUniqueOrThrow({ where: { id: org.id } }));

    const { count, result } = await countStatements(() =>
      run(owner.id, `query($slug: String!) { organization(slug: $slug) { name slug timeZone mission } }`, { slug: org.slug.toUpperCase() }),
    );
    expect(result.data.organization).toMatchObject({ slug: org.slug, timeZone: "Europe/Paris", mission: "Make planning honest" });
    expect(count).toBe(1); // the viewer's own statement
  });
});
