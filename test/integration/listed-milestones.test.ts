import { getNamedType, type GraphQLObjectType, isLeafType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../graphql/schema.ts";
import { createGoal, createMilestone, createOrg, planMilestone } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { gid, run } from "../helpers/graphql.ts";

// Lists of milestones read only the listed columns (graphql/loaders.ts, milestonesOf); every other
// field of a listed milestone must still answer exactly what the milestone answers on its own.
// Generated from the schema: a new field is checked without anyone writing a test for it.

const leafFields = Object.values((schema.getType("Milestone") as GraphQLObjectType).getFields())
  .filter((f) => isLeafType(getNamedType(f.type)) && !f.args.some((a) => a.type.toString().endsWith("!")))
  .map((f) => f.name);
const selection = leafFields.join(" ");

let owner: { id: string };
let goalId: string;

beforeAll(async () => {
  const made = await createOrg();
  owner = made.owner;
  const goal = await createGoal(made.org, owner, { startDate: "2026-01-01", targetDate: "2027-06-30" });
  goalId = goal.id;
  // Every unlisted column away from its default: a description, a slipped due date, a completion, edits.
  const slipped = await createMilestone(goal, { dueDate: "2026-09-01" });
  await prisma().milestone.update({
    where: { id: slipped.id },
    data: { description: "Done means shipped.", dueDate: new Date("2026-10-15T00:00:00Z"), slipCount: 2, version: 3, editedAt: new Date() },
  });
  await createMilestone(goal, { dueDate: "2026-05-01", status: "DONE" });
  const planned = await createMilestone(goal, { dueDate: "2027-03-01" });
  await planMilestone(planned, { durationDays: 20, ownerId: owner.id });
});

describe("a milestone reached through a list answers every field as it does on its own", () => {
  it("covers the fields that lists leave to a whole-row load", () => {
    expect(leafFields).toEqual(expect.arrayContaining(["description", "version", "baselineDueDate", "slipCount", "slipDays", "completedAt"]));
  });

  for (const list of ["allMilestones", "milestones(first: 50) { edges { node", "criticalPath"]) {
    it(list.split("(")[0]!, async () => {
      const close = list.includes("{") ? " } } }" : " }";
      const result = await run(owner.id, `{ goal(id: "${gid("Goal", goalId)}") { ${list} { id ${selection}${close} } }`);
      expect(result.errors).toBeUndefined();
      const goal = result.data.goal;
      const nodes: { id: string }[] = list.startsWith("milestones") ? goal.milestones.edges.map((e: { node: { id: string } }) => e.node) : goal[list];
      if (list !== "criticalPath") expect(nodes).toHaveLength(3);
      for (const node of nodes) {
        const alone = await run(owner.id, `{ milestone(id: "${node.id}") { id ${selection} } }`);
        expect(node).toEqual(alone.data.milestone);
      }
    });
  }
});
