import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type TypeNode,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { POST } from "../../app/api/graphql/route.ts";
import { budgetCodes, MAX_RESPONSE_BYTES } from "../../graphql/budget.ts";
import { authSecret } from "../../server/auth/secret.ts";
import { serveRoutes } from "../helpers/http-server.ts";
import { costOf, declaredListCost, isConnectionField, MAX_COMPLEXITY, needsListSize } from "../../graphql/complexity.ts";
import { MAX_PAGE_SIZE } from "../../graphql/connections.ts";
import { limitCodes } from "../../graphql/errors.ts";
import { schema } from "../../graphql/schema.ts";
import { createGoal, createOrg } from "../../prisma/factories.ts";
import { prisma } from "../../server/db.ts";
import { uiOperations } from "../../scripts/bench/operations.ts";
import { gid, run } from "../helpers/graphql.ts";

// One read query must not take the server down: every list counts by its stated maximum, nesting
// multiplies, and what still runs is held by the request budget. Every refusal is quick and names
// its limit; nothing answers INTERNAL_SERVER_ERROR or runs for long.

const CLEAN_REFUSALS = new Set<string>([limitCodes.complexity, budgetCodes.size, budgetCodes.time, "GRAPHQL_VALIDATION_FAILED"]);
const QUICK_MS = 5_000;

type AnyField = GraphQLField<unknown, unknown>;
const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith("__"));

describe("the cost model", () => {
  it("every list of objects declares its maximum size next to its definition", () => {
    const undeclared = objectTypes.flatMap((type) =>
      Object.values(type.getFields())
        .filter((f) => needsListSize(type.name, f) && !declaredListCost(f) && !f.args.some((a) => a.name === "ids"))
        .map((f) => `${type.name}.${f.name}`),
    );
    expect(undeclared, "add extensions: listSize(n) to these fields").toEqual([]);
  });

  it("multiplies what is nested in a list by its size", () => {
    const cost = (q: string) => costOf({ schema, query: parse(q), variables: {} });
    const one = cost(`{ goal(id: "x") { allMilestones { id } } }`);
    const nested = cost(`{ goal(id: "x") { allMilestones { goal { allMilestones { id } } } } }`);
    expect(nested).toBeGreaterThan(one * 100);
    // A connection's page multiplies its edges, not its totalCount.
    expect(cost(`{ organization(slug: "x") { goals(first: 200) { totalCount } } }`)).toBeLessThan(5);
  });

  describe("every page's own operation, with its lists at their maximum, is within the limit", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
    const names = new Set<string>();
    for (const file of files(path.join(process.cwd(), "app"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/graphql\(\s*`\s*(?:#[^\n]*\n\s*)*query\s+(\w+)/g)) names.add(m[1]!);
    }
    const operations = uiOperations();

    it("finds the pages' operations", () => expect(names.size).toBeGreaterThan(15));

    for (const name of names) {
      it(name, () => {
        const document = parse(operations.document(name));
        const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
        // The worst case: page sizes at the most the server gives, optional variables omitted.
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? [])
            .filter((v) => v.type.kind === Kind.NON_NULL_TYPE)
            .map((v) => [v.variable.name.value, worstValue(v.type)]),
        );
        expect(costOf({ schema, query: document, variables })).toBeLessThanOrEqual(MAX_COMPLEXITY);
      });
    }
  });
});

function worstValue(type: TypeNode): unknown {
  const named = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  if (named.kind === Kind.LIST_TYPE) return [];
  const scalar = named.name.value;
  if (scalar === "Int") return MAX_PAGE_SIZE;
  if (scalar === "Boolean") return true;
  const input = schema.getType(scalar);
  return input && "getFields" in input ? {} : "x";
}

let owner: { id: string };
let slug: string;
let goalId: string;
let milestoneId: string;

beforeAll(async () => {
  const made = await createOrg();
  owner = made.owner;
  slug = made.org.slug;
  const goal = await createGoal(made.org, owner);
  goalId = goal.id;
  // One goal with 100 milestones, as in the report; long descriptions for the size budget.
  await prisma().milestone.createMany({
    data: Array.from({ length: 100 }, (_, i) => ({
      organizationId: made.org.id,
      goalId: goal.id,
      title: `Milestone ${i}`,
      description: "d".repeat(5000),
      dueDate: new Date("2026-06-01T00:00:00Z"),
      baselineDueDate: new Date("2026-06-01T00:00:00Z"),
      position: i,
    })),
  });
  milestoneId = (await prisma().milestone.findFirstOrThrow({ where: { goalId: goal.id } })).id;
}, 60_000);

async function timed(query: string) {
  const started = performance.now();
  const result = await run(owner.id, query);
  return { result, ms: performance.now() - started };
}

describe("queries that would have exhausted the server", () => {
  it("the reported roadmap query is refused at once, naming the cost limit", async () => {
    const { result, ms } = await timed(
      `{ organization(slug: "${slug}") { roadmap { allMilestones { goal { allMilestones { goal { allMilestones { id title } } } } } } } }`,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: limitCodes.complexity, limit: MAX_COMPLEXITY });
    expect(result.data ?? null).toBeNull();
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it("an answer past the size budget is one RESPONSE_TOO_LARGE error over HTTP, without partial data", async () => {
    // 100 milestones × 30 aliases × 5 KB: cheap to estimate, 15 MB to send. The size is measured
    // where the answer is serialized, so this goes through the route as a client would.
    const app = await serveRoutes({ "/api/graphql": { POST } });
    try {
      const cookie = `next-auth.session-token=${await encode({ token: { sub: owner.id }, secret: authSecret()! })}`;
      const aliases = Array.from({ length: 30 }, (_, i) => `d${i}: description`).join(" ");
      const started = performance.now();
      const res = await fetch(`${app.origin}/api/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ query: `{ goal(id: "${gid("Goal", goalId)}") { allMilestones { ${aliases} } } }` }),
      });
      const body = await res.json();
      expect(res.status).toBe(400);
      expect(body).toEqual({ errors: [{ message: expect.stringContaining("MB"), extensions: { code: budgetCodes.size, limit: MAX_RESPONSE_BYTES } }] });
      expect(performance.now() - started).toBeLessThan(QUICK_MS);
    } finally {
      await app.close();
    }
  });

  it("lists past the item budget stop the execution with RESPONSE_TOO_LARGE", async () => {
    // 100 milestones, each listing its goal's 100, each of those its goal's 100 again: 1,000,000
    // items, each cheap, and within the cost limit's estimate of plain lists.
    const { result, ms } = await timed(`{ goal(id: "${gid("Goal", goalId)}") { allMilestones { goal { allMilestones { goal { allMilestones { id } } } } } } }`);
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: budgetCodes.size, limit: MAX_RESPONSE_BYTES } })]);
    expect(result.data).toBeNull();
    expect(ms).toBeLessThan(QUICK_MS);
  });
});

// Generated from the schema: each list and connection field, nested under itself through the way
// back to its parent type, up to LEVELS lists deep, from a root that reaches the parent type.
const LEVELS = 5;

/** A selection on `type` to reach it from Query, with a hole for the inner selection. */
function rootOf(type: string): ((inner: string) => string) | undefined {
  const org = (s: string) => `organization(slug: "${slug}") { ${s} }`;
  return (
    {
      Query: (s: string) => s,
      Organization: org,
      Dashboard: (s: string) => org(`dashboard { ${s} }`),
      Goal: (s: string) => `goal(id: "${gid("Goal", goalId)}") { ${s} }`,
      Milestone: (s: string) => `milestone(id: "${gid("Milestone", milestoneId)}") { ${s} }`,
      User: (s: string) => `me { ${s} }`,
      MyWork: (s: string) => `myWork { ${s} }`,
    } as Record<string, (inner: string) => string>
  )[type];
}

/** A field of `from` leading back to `to` (a single object first), or the list itself when it lists its own type. */
function wayBack(from: GraphQLObjectType, to: GraphQLObjectType): AnyField | undefined {
  const fields = Object.values(from.getFields()).filter((f) => getNamedType(f.type) === to && !f.args.some((a) => a.type.toString().endsWith("!")));
  return fields.find((f) => !needsListSize(from.name, f)) ?? fields[0];
}

function nestedQuery(parent: GraphQLObjectType, field: AnyField): string | undefined {
  const root = rootOf(parent.name);
  const element = getNamedType(field.type);
  if (!root || !isObjectType(element)) return undefined;
  const connection = isConnectionField(field);
  const node = connection ? (getNamedType((getNamedType(field.type) as GraphQLObjectType).getFields().edges!.type) as GraphQLObjectType).getFields().node! : null;
  const elementType = (node ? getNamedType(node.type) : element) as GraphQLObjectType;
  const direct = elementType === parent ? null : wayBack(elementType, parent);
  // The dashboard is reached again through the element's organization.
  const viaOrganization = parent.name === "Dashboard" && "organization" in elementType.getFields();
  if (direct === undefined && !viaOrganization) return undefined;
  const back = (inner: string) => (direct ? `${direct.name} { ${inner} }` : direct === null ? inner : `organization { dashboard { ${inner} } }`);
  const wrap = (inner: string) => (connection ? `${field.name}(first: ${MAX_PAGE_SIZE}) { edges { node { ${inner} } } }` : `${field.name} { ${inner} }`);
  let selection = wrap("id");
  for (let level = 1; level < LEVELS; level++) selection = wrap(`id ${back(selection)}`);
  return `{ ${root(selection)} }`;
}

describe(`generated nesting of every list field, ${LEVELS} levels deep: a quick, clean refusal or a bounded answer`, () => {
  const cases = objectTypes.flatMap((type) =>
    Object.values(type.getFields())
      .filter((f) => needsListSize(type.name, f) || isConnectionField(f))
      .map((f) => ({ name: `${type.name}.${f.name}`, query: () => nestedQuery(type, f) })),
  );

  it("generates enough queries that a broken generator can't pass", () => {
    expect(cases.filter((c) => c.query()).length).toBeGreaterThanOrEqual(20);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const query = c.query();
      if (!query) return;
      const { result, ms } = await timed(query);
      const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
      expect(codes.filter((code) => !CLEAN_REFUSALS.has(code) && code !== "NOT_FOUND" && code !== "FORBIDDEN"), query).toEqual([]);
      expect(ms, query).toBeLessThan(QUICK_MS);
    }, 30_000);
  }
});
