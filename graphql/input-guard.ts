import "server-only";
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, valueFromASTUntyped, visit } from "graphql";
import { findInputProblem, type InputProblem } from "../domain/input-limits.ts";

/**
 * Refuses, before anything runs, any request whose variables or literal arguments hold a NUL
 * byte or an out-of-range number (server/validation/input-limits.ts), naming the field. One check
 * for every mutation and query, so no resolver or zod schema has to remember it and no such value
 * reaches PostgreSQL.
 */
export const inputGuard: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        const problem = variablesProblem(request.variables) ?? literalsProblem(document);
        if (problem) {
          throw new GraphQLError(problem.message, {
            extensions: { code: "BAD_USER_INPUT", field: problem.field, http: { status: 400 } },
          });
        }
      },
    };
  },
};

function variablesProblem(variables: Record<string, unknown> | undefined): InputProblem | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const problem = findInputProblem(value, name);
    if (problem) return problem;
  }
  return null;
}

function literalsProblem(document: Parameters<typeof visit>[0]): InputProblem | null {
  let found: InputProblem | null = null;
  visit(document, {
    Argument(node) {
      found ??= findInputProblem(valueFromASTUntyped(node.value), node.name.value);
    },
    VariableDefinition(node) {
      if (node.defaultValue) found ??= findInputProblem(valueFromASTUntyped(node.defaultValue), node.variable.name.value);
    },
  });
  return found;
}
