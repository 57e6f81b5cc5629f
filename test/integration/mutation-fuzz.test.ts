import { describe, expect, it } from "vitest";
import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { addMember, createCheckIn, createComment, createGoal, createMilestone, createOrg, createUser } from "../../prisma/factories.ts";
import { schema } from "../../graphql/schema.ts";
import { prisma } from "../../server/db.ts";
import { gid, run } from "../helpers/graphql.ts";

// Every mutation in the schema, every input field, hostile values generated from its type, sent
// by a signed-in owner: never an internal error, and a refused mutation writes nothing.

const HUGE = "x".repeat(100_000);
const hostileByScalar: Record<string, unknown[]> = {
  String: ["a\u0000b", HUGE, "", "   ", "\u202eevil\u202c 🎯👨‍👩‍👧 ٱلعربية", 42, { a: 1 }],
  ID: ["a\u0000b", HUGE, "", "garbage", "R29hbDpub3BlOjE=", 42, ["x"]],
  Int: [2 ** 31, -(2 ** 31) - 1, -5, 1.5, "1", 1.797e308],
  Float: [1.797e308, -1.797e308, 1e16, -0, "NaN", "Infinity", [1]],
  Boolean: ["true", 1, {}],
  Date: ["0026-01-01", "99999-01-01", "2026-02-30", "1899-12-31", "", 20260101],
  DateTime: ["99999-01-01T00:00:00Z", "+099999-01-01T00:00:00Z", "0026-01-01T00:00:00Z", "not a date", ""],
};
const hostileEnum = ["NOPE", 1, ""];
const hostileObject = ["x", [], {}];

interface Fixture {
  ids: Record<string, string>;
  ownerId: string;
  orgId: string;
}

async function fixture(): Promise<Fixture> {
  const { org, owner } = await createOrg();
  const member = await createUser();
  const membership = await addMember(org, member);
  const goal = await createGoal(org, owner);
  const other = await createGoal(org, owner);
  const milestone = await createMilestone(goal, { ownerId: owner.id } as never);
  const comment = await createComment({ goalId: goal.id, organizationId: org.id }, owner);
  const checkIn = await createCheckIn(goal, owner);
  return {
    ownerId: owner.id,
    orgId: org.id,
    ids: {
      Organization: gid("Organization", org.id),
      Goal: gid("Goal", goal.id),
      ParentGoal: gid("Goal", other.id),
      Milestone: gid("Milestone", milestone.id),
      User: gid("User", member.id),
      Owner: gid("User", owner.id),
      Membership: gid("Membership", membership.id),
      Comment: gid("Comment", comment.id),
      CheckIn: gid("CheckIn", (checkIn as { id: string }).id),
    },
  };
}

const nouns = ["ShareLink", "ApiToken", "Invitation", "Membership", "Milestone", "Comment", "CheckIn", "Organization", "Goal"];
/** A plausible id for a field, so that each hostile value is judged with the others valid. */
function idFor(fieldName: string, mutation: string, f: Fixture): string {
  const byName: Record<string, string> = {
    organizationId: "Organization", goalId: "Goal", parentId: "ParentGoal", milestoneId: "Milestone", dependsOnIds: "Milestone",
    ownerId: "Owner", userId: "User", assigneeId: "User", membershipId: "Membership", commentId: "Comment", newOwnerId: "User",
  };
  const noun = byName[fieldName] ?? nouns.find((n) => mutation.toLowerCase().includes(n.toLowerCase())) ?? "Goal";
  return f.ids[noun] ?? gid(noun, "nope");
}

function validValue(type: GraphQLInputType, name: string, mutation: string, f: Fixture): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [validValue(t.ofType, name, mutation, f)];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) return Object.fromEntries(Object.values(t.getFields()).map((field) => [field.name, validValue(field.type, field.name, mutation, f)]));
  switch (getNamedType(t).name) {
    case "ID":
      return idFor(name, mutation, f);
    case "Int":
      return 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "Date":
      return name.toLowerCase().includes("start") ? "2026-01-01" : "2026-06-30";
    case "DateTime":
      return new Date(Date.now() + 7 * 86_400_000).toISOString();
    default:
      return /email/i.test(name) ? `fuzz-${Math.random().toString(36).slice(2)}@example.com` : /password/i.test(name) ? "correct horse battery staple" : "Fuzz";
  }
}

/** [path, value] for every hostile variant of every leaf and object under `type`. */
function* hostileVariants(type: GraphQLInputType, path: string[]): Generator<[string[], unknown]> {
  const t = getNullableType(type);
  if (!isNonNullType(type)) yield [path, null];
  if (isListType(t)) {
    yield [path, Array.from({ length: 1000 }, () => "garbage")];
    for (const [p, v] of hostileVariants(t.ofType, [...path, "0"])) yield [p, v];
    return;
  }
  if (isInputObjectType(t)) {
    for (const v of hostileObject) yield [path, v];
    for (const field of Object.values(t.getFields())) yield* hostileVariants(field.type, [...path, field.name]);
    return;
  }
  const values = isEnumType(t) ? hostileEnum : isScalarType(t) ? (hostileByScalar[t.name] ?? hostileByScalar.String!) : [];
  for (const v of values) yield [path, v];
}

function withValue(base: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== "object" || at[key] === null) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  at[path.at(-1)!] = value;
  return copy;
}

let countSql: string | undefined;
/** Rows of every table that belong to the fixture's organization or owner (other test files run at the same time). */
async function rowCounts(f: Fixture): Promise<string> {
  if (!countSql) {
    const columns = await prisma().$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name IN ('organizationId', 'userId', 'authorId', 'ownerId', 'email')
        -- NotificationPreference.email is a boolean (the email channel), not an address.
        AND (column_name <> 'email' OR data_type = 'text')`;
    countSql = columns
      .map(({ table_name: t, column_name: c }) =>
        c === "email" ? `SELECT '${t}.${c}' AS k, count(*) AS n FROM "${t}" WHERE "email" LIKE 'fuzz-%'` : `SELECT '${t}.${c}' AS k, count(*) AS n FROM "${t}" WHERE "${c}" IN ($1, $2)`,
      )
      .join(" UNION ALL ");
  }
  const rows = await prisma().$queryRawUnsafe<{ k: string; n: bigint }[]>(countSql, f.orgId, f.ownerId);
  return rows.map((r) => `${r.k}=${r.n}`).sort().join(" ");
}

const mutations = Object.values(schema.getMutationType()!.getFields()) as GraphQLField<unknown, unknown>[];

describe("mutation fuzz", () => {
  it("schema has mutations to fuzz", () => expect(mutations.length).toBeGreaterThan(20));

  it.each(mutations.map((m) => [m.name, m] as const))("%s: hostile input never fails internally, and refused input writes nothing", async (name, mutation) => {
    const f = await fixture();
    const args = mutation.args;
    const query = `mutation(${args.map((a) => `$${a.name}: ${a.type}`).join(", ")}) { ${name}(${args.map((a) => `${a.name}: $${a.name}`).join(", ")}) { __typename } }`;
    const base = Object.fromEntries(args.map((a) => [a.name, validValue(a.type, a.name, name, f)]));
    const problems: string[] = [];
    let sent = 0;
    for (const arg of args) {
      for (const [path, value] of hostileVariants(arg.type, [arg.name])) {
        const variables = withValue(base, path, value);
        const before = await rowCounts(f);
        const result = await run(f.ownerId, query, variables);
        sent++;
        const shown = `${path.join(".")} = ${JSON.stringify(value)?.slice(0, 40)}`;
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        if (codes.includes("INTERNAL_SERVER_ERROR")) problems.push(`${shown}: INTERNAL_SERVER_ERROR`);
        const refused = codes.length > 0 && !(result.data as Record<string, unknown> | null | undefined)?.[name];
        if (refused) {
          const after = await rowCounts(f);
          if (after !== before) problems.push(`${shown}: refused (${codes.join(",")}) but wrote rows: ${before} -> ${after}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(args.length > 0 ? 0 : -1);
    expect(problems).toEqual([]);
  });
});
