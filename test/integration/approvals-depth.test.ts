// The approval fields nest deeper than a row's others (history → who): every operation the goal page
// and My work send must still pass the depth limit (graphql/server.ts), which counts fragment spreads.
import { print } from "graphql";
import { expect, it } from "vitest";
import * as ops from "../../app/(app)/o/[slug]/goals/[goalId]/operations.ts";
import * as approvalOps from "../../app/(app)/o/[slug]/goals/[goalId]/approval-operations.ts";
import { MyWorkQuery } from "../../app/(app)/my-work/operations.ts";
import { createOrg } from "../../prisma/factories.ts";
import { run } from "../helpers/graphql.ts";

it("the goal page's and My work's operations, approvals included, stay within the API's depth limit", async () => {
  const { owner } = await createOrg();
  const docs = { ...ops, ...approvalOps, MyWorkQuery } as Record<string, unknown>;
  const problems: string[] = [];
  for (const [name, doc] of Object.entries(docs)) {
    if (!doc || typeof doc !== "object" || !("kind" in doc)) continue;
    const result = await run(owner.id, print(doc as never), {});
    for (const e of result.errors ?? []) if (/depth|Syntax/i.test(e.message)) problems.push(`${name}: ${e.message}`);
  }
  expect(problems).toEqual([]);
});
