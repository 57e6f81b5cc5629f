import { describe, expect, it } from "vitest";
import { createGoal, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

// Issue #12: a closed "Achieved" goal sorted first in the goals list and was counted in "N active goals".
const LIST = (count: boolean) => `query($slug: String!) { organization(slug: $slug) { id ${count ? "openGoalCount" : ""}
  goals(first: 20) { totalCount edges { node { title isClosed } } } } }`;

describe("the goals list", () => {
  it("puts closed goals after open ones and counts only open ones as active, in one more statement", async () => {
    const { org, owner } = await createOrg();
    const achieved = await createGoal(org, owner, { title: "Achieved early", startDate: "2026-01-01", targetDate: "2026-02-01" });
    await prisma().goal.update({ where: { id: achieved.id }, data: { closedAt: new Date(), outcome: "ACHIEVED" } });
    await createGoal(org, owner, { title: "Later", startDate: "2026-01-01", targetDate: "2026-12-01" });
    await createGoal(org, owner, { title: "Sooner", startDate: "2026-01-01", targetDate: "2026-06-01" });
    const archived = await createGoal(org, owner, { title: "Archived" });
    await prisma().goal.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const withCount = await countStatements(() => run(owner.id, LIST(true), { slug: org.slug }));
    expect(withCount.result.errors).toBeUndefined();
    const list = withCount.result.data.organization;
    expect(list.goals.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(["Sooner", "Later", "Achieved early"]);
    expect(list.goals.totalCount).toBe(3);
    expect(list.openGoalCount).toBe(2);

    const without = await countStatements(() => run(owner.id, LIST(false), { slug: org.slug }));
    expect(withCount.count).toBe(without.count + 1);
  });

  it("counts open goals in the same statements for 5 goals as for 50", async () => {
    async function statementsFor(n: number) {
      const { org, owner } = await createOrg();
      for (let i = 0; i < n; i++) await createGoal(org, owner, { title: `Goal ${i}` });
      const { result, count } = await countStatements(() => run(owner.id, LIST(true), { slug: org.slug }));
      expect(result.data.organization.openGoalCount).toBe(n);
      return count;
    }
    expect(await statementsFor(50)).toBe(await statementsFor(5));
  });
});
