import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { DomainError } from "../server/errors.ts";
import { formatError } from "./errors.ts";

const resolverError = (original: Error) =>
  new GraphQLError(original.message, { path: ["goal"], originalError: original });

describe("formatError", () => {
  it("keeps a domain error's code, message and field", () => {
    const error = resolverError(new DomainError("BAD_USER_INPUT", "title: Title is required.", "title"));
    expect(formatError(error.toJSON(), error)).toEqual({
      message: "title: Title is required.",
      path: ["goal"],
      extensions: { code: "BAD_USER_INPUT", field: "title" },
    });
  });

  it("masks anything else: no text, no stack", () => {
    const error = resolverError(new Error('Invalid `prisma.goal.findMany()` invocation: relation "Goal" does not exist'));
    const formatted = formatError({ ...error.toJSON(), extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }, error);
    expect(formatted).toEqual({ message: "Internal server error", path: ["goal"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("passes GraphQL's own validation errors through", () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(formatError(error.toJSON(), error).extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
  });
});
