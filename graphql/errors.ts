import "server-only";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError, Kind } from "graphql";
import { PothosValidationError } from "@pothos/core";
import { unwrapResolverError } from "@apollo/server/errors";
import { dataExceptionCode, isDatabaseUnavailable, isStatementCanceled } from "../server/db.ts";
import { STATEMENT_TIMEOUT_MS } from "../server/db/planner.ts";
import { budgetCodes } from "./budget.ts";
import { DomainError } from "../server/errors.ts";
import { connectionArgumentError } from "./connections.ts";

/** Codes for refusals by a server limit: each names the limit, and each answers HTTP 400. */
export const limitCodes = {
  tokens: "TOKEN_LIMIT_EXCEEDED",
  complexity: "COMPLEXITY_LIMIT_EXCEEDED",
  pageSize: "PAGE_SIZE_LIMIT_EXCEEDED",
} as const;

export const SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
/** Seconds a client should wait before retrying when the database is unreachable. */
export const RETRY_AFTER_SECONDS = 5;

// Codes produced by GraphQL itself (parse/validation/bad variables) are safe to pass on.
const passThroughCodes = new Set<string>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  // Raised by createContext for a bad API token.
  "UNAUTHENTICATED",
  SERVICE_UNAVAILABLE,
  ...Object.values(limitCodes),
]);

/**
 * Domain errors become { message, extensions: { code, field } }; GraphQL's own request errors
 * pass through; an unreachable database is SERVICE_UNAVAILABLE; a canceled statement QUERY_TIMEOUT; bad connection arguments, ids and
 * values the database refuses are BAD_USER_INPUT; anything else is an internal error whose text
 * and stack never reach the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const path = formatted.path;
  const locations = formatted.locations;
  if (original instanceof DomainError) {
    const extensions = { ...original.details, code: original.code, ...(original.field ? { field: original.field } : {}) };
    return { message: original.message, path, locations, extensions };
  }
  const code = formatted.extensions?.code;
  const fromGraphQL = original instanceof GraphQLError || !(error instanceof GraphQLError && error.originalError);
  if (typeof code === "string" && passThroughCodes.has(code) && fromGraphQL) {
    // Apollo prefixes errors thrown while creating the context; the prefix means nothing to clients.
    const message = formatted.message.replace(/^Context creation failed: /, "");
    const { field, limit } = formatted.extensions ?? {};
    // graphql-js's own token limit (parse option maxTokens) is a syntax error ("more that" is its
    // spelling): name the limit instead.
    const tokens = code === "GRAPHQL_PARSE_FAILED" ? /more tha[nt] (\d+) tokens/.exec(message) : null;
    return {
      message: tokens ? `The query has more than ${tokens[1]} tokens, the limit. Send a smaller document.` : message,
      locations,
      path,
      extensions: {
        code: tokens ? limitCodes.tokens : code,
        ...(typeof field === "string" ? { field } : {}),
        ...(tokens ? { limit: Number(tokens[1]) } : typeof limit === "number" ? { limit } : {}),
      },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return { message: "The service is briefly unavailable. Try again in a few seconds.", path, extensions: { code: SERVICE_UNAVAILABLE } };
  }
  // One statement ran past the database's statement_timeout: the same answer as the request's own
  // time budget (503, retryable), naming this limit.
  if (isStatementCanceled(original)) {
    const message = `A database statement ran longer than ${STATEMENT_TIMEOUT_MS / 1000} s, the limit. Ask for less, or try again shortly.`;
    return { message, path, extensions: { code: budgetCodes.time, limit: STATEMENT_TIMEOUT_MS } };
  }
  const badInput = original instanceof PothosValidationError ? pothosInputError(original, error) : null;
  if (badInput) return { message: badInput.message, path, locations, extensions: { code: "BAD_USER_INPUT", field: badInput.field } };
  // A value PostgreSQL refused (class 22) that no validation caught: still the client's input.
  if (dataExceptionCode(original)) {
    return { message: "A value in the input is out of range or holds characters that cannot be stored.", path, locations, extensions: { code: "BAD_USER_INPUT" } };
  }
  if (process.env.NODE_ENV !== "test") console.error("[graphql] internal error", original);
  return { message: "Internal server error", path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/**
 * Pothos refuses bad connection arguments, cursors and global ids with PothosValidationError.
 * Those are the client's input: name the argument. Other PothosValidationErrors are server bugs
 * and stay masked.
 */
function pothosInputError(original: PothosValidationError, error: unknown): { field: string; message: string } | null {
  const given = fieldArgumentNames(error);
  const connection = connectionArgumentError(original, given);
  if (connection) return { field: connection.field!, message: connection.message };
  if (/global ID|is not of type|base64/i.test(original.message)) {
    const field = given.length === 1 ? given[0]! : "id";
    return { field, message: `${field}: not a valid id.` };
  }
  return null;
}

/** The argument names written on the field where an error was raised. */
function fieldArgumentNames(error: unknown): string[] {
  const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  return node?.kind === Kind.FIELD ? (node.arguments ?? []).map((a) => a.name.value) : [];
}
