import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DomainError } from "../server/errors.ts";

// Codes produced by GraphQL itself (parse/validation/bad variables) are safe to pass on.
const passThroughCodes = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  // Raised by createContext for a bad API token.
  "UNAUTHENTICATED",
]);

/**
 * Domain errors become { message, extensions: { code, field } }; GraphQL's own request errors
 * pass through; anything else is an internal error whose text and stack never reach the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const path = formatted.path;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path,
      locations: formatted.locations,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  const fromGraphQL = original instanceof GraphQLError || !(error instanceof GraphQLError && error.originalError);
  if (typeof code === "string" && passThroughCodes.has(code) && fromGraphQL) {
    // Apollo prefixes errors thrown while creating the context; the prefix means nothing to clients.
    const message = formatted.message.replace(/^Context creation failed: /, "");
    return { message, locations: formatted.locations, path, extensions: { code } };
  }
  if (process.env.NODE_ENV !== "test") console.error("[graphql] internal error", original);
  return { message: "Internal server error", path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}
