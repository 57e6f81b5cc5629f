import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedOutputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getVariableValues,
  isAbstractType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from "graphql";
import { complexityLimit } from "../../graphql/complexity.ts";

// Queries generated from the schema: from a root field, every path of list and connection fields
// (through objects without an id, such as Dashboard, on the way), selecting at each level every
// scalar and enum field (computed ones included) and each single related object with its own
// scalars. A new field is in the generated queries without anyone writing one.

type AnyField = GraphQLField<unknown, unknown>;

/** What a field is for the generator. */
export type FieldKind =
  | "leaf" // scalar or enum, or a list of them
  | "connection" // a Relay connection: its type's name ends in "Connection"
  | "list" // a list of objects
  | "entity" // one object with an id (or an interface/union): selected with its scalars, not walked
  | "structural"; // one object without an id (Dashboard, SharedView.goal): walked through

export interface Hop {
  field: string;
  kind: FieldKind;
  /** The concrete type reached (one of the possible types when the field returns an interface or union). */
  type: GraphQLObjectType;
  /** The field's element type is abstract: select `type` with an inline fragment. */
  fragment: boolean;
}

export interface GeneratorOptions {
  schema: GraphQLSchema;
  /** Argument values (GraphQL literals) by "Type.field", chosen over defaults, e.g. to include archived rows. */
  arguments: Record<string, Record<string, string>>;
}

const isConnectionType = (type: GraphQLNamedOutputType): boolean =>
  isObjectType(type) && type.name.endsWith("Connection") && "edges" in type.getFields();

/** A connection's node type; any other type itself. */
function elementOf(type: GraphQLNamedOutputType): GraphQLNamedOutputType {
  if (!isConnectionType(type)) return type;
  const edge = getNamedType((type as GraphQLObjectType).getFields().edges!.type) as GraphQLObjectType;
  return getNamedType(edge.getFields().node!.type);
}

export function fieldKind(field: AnyField): FieldKind {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return "leaf";
  if (isListType(getNullableType(field.type))) return "list";
  if (isConnectionType(named)) return "connection";
  if (isAbstractType(named) || (isObjectType(named) && "id" in named.getFields())) return "entity";
  return "structural";
}

export class QueryShapes {
  /** "Type.field" of fields left out because a required argument has no value the generator knows. */
  readonly unfilled = new Set<string>();

  constructor(private readonly options: GeneratorOptions) {}

  /** The concrete object types a field's elements (a connection's nodes) can be. */
  elementTypes(field: AnyField): GraphQLObjectType[] {
    const named = elementOf(getNamedType(field.type));
    if (isAbstractType(named)) return [...this.options.schema.getPossibleTypes(named)];
    return isObjectType(named) ? [named] : [];
  }

  private isAbstractElement(field: AnyField): boolean {
    return isAbstractType(elementOf(getNamedType(field.type)));
  }

  /** The list and connection fields of `type`, and of the objects without an id below it, with the way there. */
  private listFields(type: GraphQLObjectType, structural = 0): { way: Hop[]; parent: GraphQLObjectType; field: AnyField }[] {
    // The type's own lists first, so a path names the direct way (organization.goals) where
    // there is one, before the way through an object (organization.dashboard.goals).
    const own: { way: Hop[]; parent: GraphQLObjectType; field: AnyField }[] = [];
    const through: typeof own = [];
    for (const field of Object.values(type.getFields())) {
      const kind = fieldKind(field);
      if (this.args(type, field, 1) === null) continue;
      if (kind === "list" || kind === "connection") own.push({ way: [], parent: type, field });
      else if (kind === "structural" && structural < 3) {
        for (const inner of this.elementTypes(field)) {
          const hop: Hop = { field: field.name, kind, type: inner, fragment: this.isAbstractElement(field) };
          through.push(...this.listFields(inner, structural + 1).map((f) => ({ ...f, way: [hop, ...f.way] })));
        }
      }
    }
    return [...own, ...through];
  }

  /**
   * Paths of list and connection fields below each root, at most `levels` lists deep. Every list
   * field is reached from each root, and below that through every list field that leads to it
   * (each parent → child pair of list fields), by the first and shallowest path found, roots in
   * the order given: the pair decides how a field is loaded, and every combination would be
   * thousands of queries.
   */
  paths(roots: { key: string; type: GraphQLObjectType; levels: number }[]): Map<string, Hop[][]> {
    const out = new Map<string, Hop[][]>();
    // Each pair with the most list levels left below it when it was reached.
    const covered = new Map<string, number>();
    for (const root of roots) {
      const paths: Hop[][] = [];
      out.set(root.key, paths);
      let frontier = [{ type: root.type, hops: [] as Hop[], from: root.key }];
      for (let left = root.levels; left > 0 && frontier.length; left--) {
        const next: typeof frontier = [];
        for (const node of frontier) {
          for (const { way, parent, field } of this.listFields(node.type)) {
            for (const type of this.elementTypes(field)) {
              const through = way.map((h) => `${h.field}.`).join("");
              const pair = `${node.from} > ${through}${parent.name}.${field.name}<${type.name}>`;
              const before = covered.get(pair);
              // Reached before with as many levels below: nothing new here or under it.
              if (before !== undefined && before >= left - 1) continue;
              covered.set(pair, left - 1);
              const hops = [...node.hops, ...way, { field: field.name, kind: fieldKind(field), type, fragment: this.isAbstractElement(field) }];
              if (before === undefined) paths.push(hops);
              next.push({ type, hops, from: `${parent.name}.${field.name}` });
            }
          }
        }
        frontier = next;
      }
    }
    return out;
  }

  /** `(a: 1, b: true)` for a field, "" without arguments, null when a required one can't be filled. */
  args(parent: GraphQLObjectType, field: AnyField, pageSize: number): string | null {
    const overrides = this.options.arguments[`${parent.name}.${field.name}`] ?? {};
    const parts: string[] = [];
    for (const arg of field.args) {
      if (arg.name in overrides) parts.push(`${arg.name}: ${overrides[arg.name]}`);
      else if (arg.name === "first" && fieldKind(field) === "connection") parts.push(`first: ${pageSize}`);
      else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
        const value = sampleValue(arg.type.ofType);
        if (value === undefined) {
          this.unfilled.add(`${parent.name}.${field.name}(${arg.name}: ${arg.type})`);
          return null;
        }
        parts.push(`${arg.name}: ${value}`);
      }
    }
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  /** The scalars of a type (computed ones included), with arguments where they take any. */
  private leaves(type: GraphQLObjectType, pageSize: number): string[] {
    const out: string[] = [];
    for (const field of Object.values(type.getFields())) {
      if (fieldKind(field) !== "leaf") continue;
      const args = this.args(type, field, pageSize);
      if (args !== null) out.push(field.name + args);
    }
    return out;
  }

  /**
   * Each union member's scalars. Members may share a field name with different types (Goal.kind:
   * GoalKind, Milestone.kind: MilestoneKind), which one selection set may not merge: those go under
   * an alias naming the member, as a client would write them.
   */
  private unionLeaves(types: GraphQLObjectType[], pageSize: number): string[] {
    const typesOf = new Map<string, Set<string>>();
    for (const type of types) {
      for (const field of Object.values(type.getFields())) {
        if (!typesOf.has(field.name)) typesOf.set(field.name, new Set());
        typesOf.get(field.name)!.add(String(field.type));
      }
    }
    return types.map((type) => {
      const leaves = this.leaves(type, pageSize).map((leaf) => {
        const name = leaf.split("(")[0]!;
        return typesOf.get(name)!.size > 1 ? `${type.name}_${name}: ${leaf}` : leaf;
      });
      return `... on ${type.name} { ${leaves.join(" ")} }`;
    });
  }

  /** One level: scalars, single objects (an entity's scalars, a structural object's own level), not lists. */
  private level(type: GraphQLObjectType, pageSize: number, skip?: string, nesting = 0): string[] {
    const out = this.leaves(type, pageSize);
    for (const field of Object.values(type.getFields())) {
      const kind = fieldKind(field);
      if (field.name === skip || (kind !== "entity" && kind !== "structural")) continue;
      const args = this.args(type, field, pageSize);
      if (args === null) continue;
      const inner =
        kind === "structural"
          ? nesting < 3
            ? this.level(this.elementTypes(field)[0]!, pageSize, undefined, nesting + 1)
            : []
          : this.isAbstractElement(field)
            ? this.unionLeaves(this.elementTypes(field), pageSize)
            : this.leaves(this.elementTypes(field)[0]!, pageSize);
      if (inner.length) out.push(`${field.name}${args} { ${inner.join(" ")} }`);
    }
    return out;
  }

  /** The selection set of `type` along `hops` (without braces). */
  selection(type: GraphQLObjectType, hops: Hop[], pageSize: number): string {
    const [hop, ...rest] = hops;
    const parts = this.level(type, pageSize, hop?.kind === "structural" ? hop.field : undefined);
    if (hop) {
      const field = type.getFields()[hop.field]!;
      let inner = this.selection(hop.type, rest, pageSize);
      if (hop.fragment) inner = `... on ${hop.type.name} { ${inner} }`;
      const args = this.args(type, field, pageSize) ?? "";
      if (hop.kind === "connection") {
        const connection = getNamedType(field.type) as GraphQLObjectType;
        const counts = this.leaves(connection, pageSize).filter((name) => name === "totalCount");
        parts.push(`${hop.field}${args} { ${[...counts, `edges { node { ${inner} } }`].join(" ")} }`);
      } else {
        parts.push(`${hop.field}${args} { ${inner} }`);
      }
    }
    // A type with nothing but lists (MyWork) still needs a selection.
    return parts.length ? parts.join(" ") : "__typename";
  }
}

/** A literal for a required argument of a type the generator understands; undefined otherwise. */
function sampleValue(type: GraphQLInputType): string | undefined {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = sampleValue(nullable.ofType);
    return item === undefined ? undefined : `[${item}]`;
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name;
  if (isScalarType(nullable)) return ({ Boolean: "false", Int: "1", Float: "1", String: '"x"' } as Record<string, string>)[nullable.name];
  return undefined;
}

/** Stand-in values of the right types for variables, for checks that only need them to coerce. */
export function placeholderVariables(args: readonly GraphQLArgument[]): Record<string, unknown> {
  const placeholder = (type: GraphQLInputType): unknown => {
    const nullable = getNullableType(type);
    if (isListType(nullable)) return [placeholder(nullable.ofType)];
    if (isEnumType(nullable)) return nullable.getValues()[0]?.name;
    if (isScalarType(nullable)) return ({ Boolean: false, Int: 1, Float: 1 } as Record<string, unknown>)[nullable.name] ?? "x";
    return {};
  };
  return Object.fromEntries(args.map((a) => [a.name, placeholder(a.type)]));
}

const complexityCheck = complexityLimit.requestDidStart!({} as never);

/**
 * Whether the server's own cost rule (graphql/complexity.ts) accepts the query. The variables must
 * coerce: the rule leaves a query whose variables don't to execution, which would pass anything.
 */
export async function withinCostLimit(schema: GraphQLSchema, query: string, variables: Record<string, unknown>): Promise<boolean> {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new Error(`Variables for the cost check don't coerce: ${coerced.errors.map((e) => e.message).join("; ")}`);
  const listener = (await complexityCheck) as { didResolveOperation(context: unknown): Promise<void> };
  try {
    await listener.didResolveOperation({ request: { variables }, document, schema });
    return true;
  } catch (error) {
    if (error instanceof Error && /too complex/.test(error.message)) return false;
    throw error;
  }
}
