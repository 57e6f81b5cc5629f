import "server-only";
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from "@apollo/server-gateway-interface";
import { type DocumentNode, type ExecutionResult, GraphQLError, type GraphQLSchema, getVariableValues } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

// Operations run as JavaScript compiled for their shape (graphql-jit) rather than through
// graphql-js's interpreter, which allocates two dictionaries and an info object for every field it
// resolves: on a 200-goal overview (20,000 fields) that was a third of all allocations, and the
// garbage collector a third of the CPU. Same schema, resolvers, validation and errors.
//
// Apollo Server's one way to run its requests on another executor is the gateway interface: Apollo
// still parses, validates and runs every plugin hook; the gateway only executes.

// Compiled per parsed document: Apollo keeps one DocumentNode per query text in its bounded
// document store, so this cache is bounded by it too.
const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery>>();

function compiledFor(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined) {
  let byName = compiled.get(document);
  if (!byName) compiled.set(document, (byName = new Map()));
  const key = operationName ?? "";
  let query = byName.get(key);
  if (!query) {
    const result = compileQuery(schema, document, operationName);
    // Only an operation Apollo's validation would already have refused fails to compile.
    if (!isCompiledQuery(result)) return result;
    byName.set(key, (query = result));
  }
  return query;
}

/**
 * graphql-jit's errors leave `extensions` undefined when the original error has none, where
 * graphql-js always gives an object (and Apollo reads `extensions.code`): rebuilt as graphql-js
 * errors, with the same message, path, locations and original error.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((e) => {
    const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions ?? undefined });
    // graphql-js derives locations from AST nodes, which jit does not keep; the computed ones are right.
    (error as { locations?: unknown }).locations = e.locations;
    return error;
  });
  return { ...result, errors };
}

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const query = compiledFor(schema, document, operationName ?? undefined);
    if (!isCompiledQuery(query)) return withGraphQLErrors(query);
    const variables = request.variables ?? {};
    // Variables are checked by graphql-js first, as its execute would: its refusals name the
    // variable and the scalar's own reason (e.g. a date's range), and Apollo answers them as
    // BAD_USER_INPUT. jit then coerces the same values again, which cannot fail.
    const checked = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (checked.errors) return { errors: checked.errors };
    return withGraphQLErrors(await query.query(undefined, context, variables));
  };
  let listener: GatewaySchemaLoadOrUpdateCallback | undefined;
  return {
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: "" });
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = undefined;
      };
    },
    async stop() {},
  };
}
