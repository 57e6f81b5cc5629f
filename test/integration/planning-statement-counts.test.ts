import { describe, expect, it } from "vitest";
import { createGoal, createMember, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { gid, run } from "../helpers/graphql.ts";
import { countStatements } from "../helpers/statements.ts";

// Suggestions for every milestone on a goal page and the workload page read the planning data once
// (members, their time off, open work), so they cost the same for 3 members and 10 milestones as
// for 30 members and 100.

const SUGGESTIONS = `query($id: ID!) { goal(id: $id) { milestones(first: 100) { edges { node {
  id skills ownerSuggestions(first: 5) { user { id name } matchedSkills matchedInterests openInWindow daysOff load reason }
} } } } }`;

const WORKLOAD = `query($slug: String!, $skill: String) { organization(slug: $slug) { tags members(first: 100) { edges { node { skills interests availability timeOff { id startDate endDate } viewerCanEditPlanning } } }
  workload(weeks: 12, skill: $skill) { user { id name } skills availability weeks { weekStart load overallocated openMilestones daysOff milestones { id title dueDate } } } } }`;

const today = () => new Date().toISOString().slice(0, 10);
const plus = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000);

async function plannedOrg(members: number) {
  const { org, owner } = await createOrg();
  const people = [owner];
  for (let i = 1; i < members; i++) people.push(await createMember(org, "MEMBER"));
  const tags = ["design", "research", "ops", "budget"];
  await Promise.all(
    people.map((p, i) =>
      prisma().membership.update({
        where: { organizationId_userId: { organizationId: org.id, userId: p.id } },
        data: { skills: [tags[i % 4]!], interests: [tags[(i + 1) % 4]!], availability: 50 + (i % 3) * 25 },
      }),
    ),
  );
  await prisma().timeOff.createMany({
    data: people.map((p, i) => ({ organizationId: org.id, userId: p.id, startDate: plus(today(), i % 20), endDate: plus(today(), (i % 20) + 4) })),
  });
  const goal = await createGoal(org, owner);
  const count = members * 10;
  await prisma().milestone.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      organizationId: org.id,
      goalId: goal.id,
      title: `M${i}`,
      dueDate: plus(today(), (i * 3) % 80),
      baselineDueDate: plus(today(), (i * 3) % 80),
      position: i,
      durationDays: i % 2 ? 10 : null,
      skills: [tags[i % 4]!],
      ownerId: people[i % members]!.id,
    })),
  });
  const milestones = await prisma().milestone.findMany({ where: { goalId: goal.id }, select: { id: true } });
  await prisma().assignment.createMany({
    data: milestones.map((m, i) => ({ organizationId: org.id, milestoneId: m.id, userId: people[(i + 1) % members]!.id })),
  });
  return { org, owner, goal };
}

async function cost(userId: string, query: string, variables: Record<string, unknown>) {
  const { result, count } = await countStatements(() => run(userId, query, variables));
  expect(result.errors).toBeUndefined();
  return { count, data: result.data };
}

describe("planning statement counts", () => {
  it("owner suggestions for every milestone of a goal cost the same with 3 members/10 milestones as with 30/100", async () => {
    const small = await plannedOrg(3);
    const large = await plannedOrg(30);
    const a = await cost(small.owner.id, SUGGESTIONS, { id: gid("Goal", small.goal.id) });
    const b = await cost(large.owner.id, SUGGESTIONS, { id: gid("Goal", large.goal.id) });
    expect(b.data.goal.milestones.edges).toHaveLength(100);
    expect(b.data.goal.milestones.edges[0].node.ownerSuggestions).toHaveLength(5);
    expect(b.count).toBe(a.count);
    // viewer, goal, its milestones (count and page), the planning data (3), their users.
    expect(a.count).toBeLessThanOrEqual(8);
  });

  it("the workload (with tags, members' planning and time off) costs the same with 3 members/10 milestones as with 30/100", async () => {
    const small = await plannedOrg(3);
    const large = await plannedOrg(30);
    const a = await cost(small.owner.id, WORKLOAD, { slug: small.org.slug });
    const b = await cost(large.owner.id, WORKLOAD, { slug: large.org.slug });
    expect(b.data.organization.workload).toHaveLength(30);
    expect(b.data.organization.workload.some((m: { weeks: { milestones: unknown[] }[] }) => m.weeks.some((w) => w.milestones.length > 0))).toBe(true);
    expect(b.count).toBe(a.count);
    expect(a.count).toBeLessThanOrEqual(11);
    const filtered = await cost(large.owner.id, WORKLOAD, { slug: large.org.slug, skill: "Design" });
    expect(filtered.data.organization.workload.length).toBeLessThan(30);
    expect(filtered.count).toBeLessThanOrEqual(b.count);
  });
});
