import { type GraphQLObjectType, getNamedType, getNullableType, isAbstractType, isListType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../graphql/schema.ts";
import { prisma } from "../../server/db.ts";
import { gid, run } from "../helpers/graphql.ts";
import { type Hop, placeholderVariables, QueryShapes, withinCostLimit } from "../helpers/query-shapes.ts";
import { type ScaledOrg, scaledOrg } from "../helpers/scaled-org.ts";
import { countStatements } from "../helpers/statements.ts";

// "Fast at real size": the number of statements a request runs must not grow with the number of
// rows. Queries are generated from the schema (test/helpers/query-shapes.ts): from every root
// field, paths of list and connection fields up to three levels deep, selecting every scalar and
// computed field on the way, so a new field is measured without anyone writing a query for it.
// Each runs against an organization and one with 10× the rows (test/helpers/scaled-org.ts) and
// must run the same number of statements in both. A failure lists the statements that ran more
// often; PRINT_STATEMENTS="<query name>" prints all of them.

const SMALL = 1;
const LARGE = 10;
const LEVELS = 3;
// Page sizes: one per query, the largest in MIN_PAGE..MAX_PAGE that the cost limit allows.
// MAX_PAGE covers the large organization's lists; MIN_PAGE is more than any per-parent list of the
// small one, so the large one's lists still come out longer. A query that doesn't fit even at
// MIN_PAGE is skipped and counted.
const MAX_PAGE = 50;
const MIN_PAGE = 5;
// nodes(ids) gets at most this many ids of one type (more than the small organization has).
const MAX_IDS = 50;
const PRINT = process.env.PRINT_STATEMENTS;

type Who = "owner" | "stakeholder" | "anonymous";
interface EntryConfig {
  as: Who;
  /** Shown in the query's name, e.g. "dashboard link". */
  label?: string;
  /** Values of the root field's required arguments; `type` is the node type for node/nodes. */
  variables?: (org: ScaledOrg, type: string) => Record<string, unknown>;
  /** Run before each measurement, outside the count. */
  prepare?: (org: ScaledOrg) => Promise<unknown>;
  /** Only paths through this field of the root (the others are empty for this variant). */
  under?: string;
}

const bySlug = (o: ScaledOrg) => ({ slug: o.org.slug });
const focusGoal = (o: ScaledOrg) => ({ id: gid("Goal", o.focusGoalId) });
const focusMilestone = (o: ScaledOrg) => ({ id: gid("Milestone", o.focusMilestoneId) });
const seededIds = (o: ScaledOrg, type: string) => o.nodeIds[type] ?? [];
// A shared view records when it was opened, at most once a minute: mark it opened now so neither
// organization writes during the count.
const markViewed = (o: ScaledOrg) => prisma().shareLink.updateMany({ where: { organizationId: o.org.id }, data: { lastViewedAt: new Date() } });

/**
 * How to call each root field. A root field missing here (and from SKIPPED_ROOTS) fails the test
 * "every root field is generated from", so a new one can't go unmeasured.
 */
const ROOTS: Record<string, EntryConfig[]> = {
  organization: [
    { as: "owner", variables: bySlug },
    { as: "stakeholder", variables: bySlug },
  ],
  goal: [
    { as: "owner", variables: focusGoal },
    { as: "stakeholder", variables: focusGoal },
  ],
  milestone: [
    { as: "owner", variables: focusMilestone },
    { as: "stakeholder", variables: focusMilestone },
  ],
  me: [{ as: "owner" }],
  accountDeletionPlan: [{ as: "owner" }],
  myWork: [{ as: "owner" }],
  // The scaled organizations' open approvals wait for their stakeholder (scaled-org.ts); the owner has none.
  waitingForMyApproval: [{ as: "stakeholder" }, { as: "owner" }],
  viewer: [{ as: "owner" }, { as: "stakeholder" }],
  // One root per node type: the seeded row of that type, and (nodes) all of them.
  node: [{ as: "owner", variables: (o, type) => ({ id: gid(type, seededIds(o, type)[0]!) }) }],
  // An organization's own lists (goals, activity, members, dashboard ...) load per organization, so
  // nodes(ids) of N organizations costs N times theirs: N is the client's list of ids, not rows.
  // One organization on both sides keeps that out of the comparison; other types get all their ids.
  nodes: [
    {
      as: "owner",
      variables: (o, type) => ({ ids: seededIds(o, type).slice(0, type === "Organization" ? 1 : MAX_IDS).map((id) => gid(type, id)) }),
    },
  ],
  sharedView: [
    { as: "anonymous", label: "goal link", under: "goal", variables: (o) => ({ token: o.goalShareToken }), prepare: markViewed },
    { as: "anonymous", label: "dashboard link", under: "goals", variables: (o) => ({ token: o.dashboardShareToken }), prepare: markViewed },
  ],
  invitation: [{ as: "anonymous", variables: (o) => ({ token: o.invitationToken }) }],
  // "0" starts words of every kind in both organizations: goal and milestone titles ("Goal 0.1",
  // "Milestone 0.2") and comments ("On the goal 0"), so each of the union's types has hits.
  search: [
    { as: "owner", variables: () => ({ query: "0" }) },
    { as: "stakeholder", variables: () => ({ query: "0" }) },
  ],
};
/** Root fields deliberately not generated from, each with its reason. */
const SKIPPED_ROOTS: Record<string, string> = {
  // The instance's outbox: not an organization's rows, and only instance admins may ask (the scaled
  // organizations have none). One prismaConnection over one table, no relations to fan out.
  emails: "instance admins only; a flat list of one table (test/integration/email.test.ts)",
  email: "instance admins only; one row by id (test/integration/email.test.ts)",
};

/** Argument values chosen over the defaults, so hidden rows are in the answer too. */
const ARGUMENTS = {
  "Organization.goals": { includeArchived: "true" },
  "Organization.shareLinks": { includeInactive: "true" },
  "Goal.shareLinks": { includeInactive: "true" },
  "Template.preview": { startDate: '"2026-01-01"', targetDate: '"2026-12-31"' },
};

interface Shape {
  name: string;
  root: string;
  /** The root field's concrete type (a node type for node/nodes). */
  type: GraphQLObjectType;
  config: EntryConfig;
  hops: Hop[];
  query: (pageSize: number) => string;
  /** Values of the root's variables' types, for the cost check (which runs before any data exists). */
  placeholders: Record<string, unknown>;
}

const generator = new QueryShapes({ schema, arguments: ARGUMENTS });
const queryType = schema.getQueryType()!;
const rootProblems: string[] = [];
const shapes: Shape[] = [];

for (const field of Object.values(queryType.getFields())) {
  const named = getNamedType(field.type);
  // A scalar root has nothing to nest.
  if ((isObjectType(named) || isAbstractType(named)) && !(field.name in ROOTS) && !(field.name in SKIPPED_ROOTS)) {
    rootProblems.push(`Query.${field.name}: add it to ROOTS with values for its arguments, or to SKIPPED_ROOTS with a reason`);
  }
}

// Roots in ROOTS' order, one per variant and (for node/nodes) per node type.
interface Entry extends Omit<Shape, "name" | "hops" | "query"> {
  /** e.g. "node<Goal>" */
  rootName: string;
  /** e.g. " [stakeholder]" */
  suffix: string;
  key: string;
  /** List levels below the root (a list root is the first level). */
  levels: number;
  /** e.g. "node(id: $id)" */
  call: string;
  /** e.g. "$id: ID!" */
  declarations: string;
  abstract: boolean;
}
const entries: Entry[] = [];
for (const [name, configs] of Object.entries(ROOTS)) {
  const field = queryType.getFields()[name];
  if (!field) {
    rootProblems.push(`ROOTS names Query.${name}, which the schema no longer has`);
    continue;
  }
  const named = getNamedType(field.type);
  const rootIsList = isListType(getNullableType(field.type));
  const types = isAbstractType(named) ? schema.getPossibleTypes(named) : [named as GraphQLObjectType];
  const required = field.args.filter((a) => a.type.toString().endsWith("!") && a.defaultValue === undefined);
  const declarations = required.map((a) => `$${a.name}: ${a.type}`).join(", ");
  const call = required.length ? `${name}(${required.map((a) => `${a.name}: $${a.name}`).join(", ")})` : name;
  for (const config of configs) {
    if (required.length && !config.variables) rootProblems.push(`Query.${name}: ROOTS gives no variables for ${declarations}`);
    const label = config.label ?? (config.as === "stakeholder" ? "stakeholder" : undefined);
    const suffix = label ? ` [${label}]` : "";
    for (const type of types) {
      const rootName = isAbstractType(named) ? `${name}<${type.name}>` : name;
      entries.push({
        rootName,
        suffix,
        key: rootName + suffix,
        root: name,
        type,
        config,
        levels: LEVELS - (rootIsList ? 1 : 0),
        call,
        declarations,
        placeholders: placeholderVariables(required),
        abstract: isAbstractType(named),
      });
    }
  }
}

const pathsByRoot = generator.paths(entries);
for (const entry of entries) {
  const paths = pathsByRoot.get(entry.key)!.filter((hops) => !entry.config.under || hops[0]!.field === entry.config.under);
  for (const hops of [[], ...paths]) {
    shapes.push({
      name: [entry.rootName, ...hops.map((h) => (h.fragment ? `${h.field}<${h.type.name}>` : h.field))].join(".") + entry.suffix,
      root: entry.root,
      type: entry.type,
      config: entry.config,
      placeholders: entry.placeholders,
      hops,
      query: (pageSize) => {
        let inner = generator.selection(entry.type, hops, pageSize);
        if (entry.abstract) inner = `... on ${entry.type.name} { ${inner} }`;
        return `query Generated${entry.declarations ? `(${entry.declarations})` : ""} { ${entry.call} { ${inner} } }`;
      },
    });
  }
}

const connectionsIn = (shape: Shape) => shape.hops.filter((h) => h.kind === "connection").length;

/** The largest page size in MIN_PAGE..MAX_PAGE the server's cost limit accepts, or null. */
async function fitPageSize(shape: Shape): Promise<number | null> {
  const fits = (size: number) => withinCostLimit(schema, shape.query(size), shape.placeholders);
  if (connectionsIn(shape) === 0) return (await fits(MAX_PAGE)) ? MAX_PAGE : null;
  if (!(await fits(MIN_PAGE))) return null;
  let [low, high] = [MIN_PAGE, MAX_PAGE];
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (await fits(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

const sized: { shape: Shape; pageSize: number | null }[] = [];
for (const shape of shapes) sized.push({ shape, pageSize: await fitPageSize(shape) });
const runnable = sized.filter((s): s is { shape: Shape; pageSize: number } => s.pageSize !== null);
const tooCostly = sized.filter((s) => s.pageSize === null).map((s) => s.shape);

/** How many objects the query's last level returned (the root's when it has no list). */
function rowsAtEnd(data: Record<string, unknown> | null | undefined, shape: Shape): number {
  let level: unknown[] = [data?.[shape.root]].flat();
  for (const hop of shape.hops) {
    level = level.flatMap((parent) => {
      const value = (parent as Record<string, unknown> | null)?.[hop.field];
      if (value == null) return [];
      if (hop.kind === "connection") return (value as { edges: { node: unknown }[] }).edges.map((e) => e.node);
      return [value].flat();
    });
  }
  return level.filter((v) => v != null).length;
}

/** SQL statements grouped by shape (parameters folded), FROM onwards. */
function tally(statements: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sql of statements) {
    const from = sql.indexOf(" FROM ");
    const key = (from >= 0 ? sql.slice(from + 1) : sql).replace(/\$\d+(,\s*\$\d+)*/g, "$…").replace(/"public"\./g, "").slice(0, 160);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function difference(small: string[], large: string[]): string {
  const a = tally(small);
  const b = tally(large);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((key) => a.get(key) !== b.get(key))
    .map((key) => `  ${a.get(key) ?? 0} → ${b.get(key) ?? 0}  ${key}`)
    .join("\n");
}

interface Measured {
  name: string;
  /** null: no connection on the path. */
  pageSize: number | null;
  small: number;
  large: number;
  rows: string;
}
const measured: Measured[] = [];

let small: ScaledOrg;
let large: ScaledOrg;

beforeAll(async () => {
  small = await scaledOrg(SMALL);
  large = await scaledOrg(LARGE);
}, 120_000);

describe(`generated queries: statements don't grow with rows (${SMALL}× vs ${LARGE}× organization)`, () => {
  afterAll(() => {
    const failing = measured.filter((m) => m.small !== m.large);
    const width = Math.max(...measured.map((m) => m.name.length), 10);
    const lines = measured.map(
      (m) =>
        `${m.small === m.large ? "  " : "✗ "}${m.name.padEnd(width)}  page ${String(m.pageSize ?? "-").padStart(3)}  statements ${String(m.small).padStart(4)} → ${String(m.large).padEnd(5)} rows ${m.rows}`,
    );
    console.log(
      [
        `Generated ${shapes.length} queries: ${measured.length} run, ${failing.length} with more statements on the larger organization, ${tooCostly.length} over the cost limit at page size ${MIN_PAGE}.`,
        ...lines,
        ...tooCostly.map((s) => `  skipped (over the cost limit): ${s.name}`),
      ].join("\n"),
    );
  });

  it("every root field is generated from", () => {
    expect(rootProblems).toEqual([]);
    for (const type of new Set(shapes.filter((s) => s.root === "node" || s.root === "nodes").map((s) => s.type.name))) {
      expect(small.nodeIds[type]?.length, `scaledOrg seeds no ${type} for node/nodes`).toBeGreaterThan(0);
    }
  });

  it("every field's required arguments can be filled", () => {
    expect([...generator.unfilled], "give them a value in ARGUMENTS").toEqual([]);
  });

  it("generates enough queries that a broken generator can't pass", () => {
    expect(runnable.length).toBeGreaterThan(150);
    const paths = new Set(shapes.map((s) => s.name));
    for (const expected of ["organization.goals.milestones.assignees", "organization.dashboard.goals", "organization.goals.milestones.comments", "goal.milestones", "sharedView.goal.milestones [goal link]"]) {
      expect(paths).toContain(expected);
    }
  });

  for (const shape of tooCostly) it.skip(`${shape.name} (over the cost limit at page size ${MIN_PAGE})`, () => {});

  for (const { shape, pageSize } of runnable) {
    it(shape.name, async () => {
      const query = shape.query(pageSize);
      const measure = async (org: ScaledOrg) => {
        await shape.config.prepare?.(org);
        const viewer = { owner: org.owner.id, stakeholder: org.stakeholder.id, anonymous: null }[shape.config.as];
        const { result, count, statements } = await countStatements(() => run(viewer, query, shape.config.variables?.(org, shape.type.name)));
        expect(result.errors?.map((e) => `${e.extensions?.code}: ${e.message} (at ${e.path?.join(".")})`), `${shape.name}\n${query}`).toBeUndefined();
        return { count, statements, rows: rowsAtEnd(result.data, shape) };
      };
      const a = await measure(small);
      const b = await measure(large);
      measured.push({ name: shape.name, pageSize: connectionsIn(shape) ? pageSize : null, small: a.count, large: b.count, rows: `${a.rows} → ${b.rows}` });
      if (PRINT === shape.name) console.log(`${query}\n\nsmall:\n${a.statements.join("\n")}\n\nlarge:\n${b.statements.join("\n")}`);
      // Nested loads are skipped for an empty list: with no rows in the small organization the
      // counts would differ for that reason alone.
      expect(a.rows > 0 || b.rows === 0, `${shape.name}: the small organization has no rows at the end of this path (seed some in scaled-org.ts)`).toBe(true);
      // Never more statements for more rows. Fewer is allowed: when the large organization's rows
      // point at fewer distinct parents (e.g. all its activity at one milestone), a per-request cache
      // answers loads the small one has to run.
      expect(b.count, `${shape.name}: statements that ran a different number of times (small → large):\n${difference(a.statements, b.statements)}\n${query}`).toBeLessThanOrEqual(a.count);
    }, 60_000);
  }
});

describe("the goals overview", () => {
  const OVERVIEW = `query Overview($slug: String!) { organization(slug: $slug) { goals(first: 200) { totalCount edges { node {
    id title progress expectedProgress health targetDate owner { name }
    milestones(first: 10) { edges { node { id title dueDate effectiveStatus owner { name } assignees { name } } } } } } } } }`;

  it("runs at most 8 statements on the large organization", async () => {
    const { result, count, statements } = await countStatements(() => run(large.owner.id, OVERVIEW, { slug: large.org.slug }));
    expect(result.errors).toBeUndefined();
    expect(result.data.organization.goals.edges.length).toBeGreaterThan(20);
    expect(count, [...tally(statements)].map(([sql, n]) => `  ${n}× ${sql}`).join("\n")).toBeLessThanOrEqual(8);
  });
});
