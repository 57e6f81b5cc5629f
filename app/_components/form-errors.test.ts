import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { errorCode, errorMessage, formErrorsFrom, validationErrors } from "./form-errors";

const graphqlError = (...errors: Array<{ message: string; extensions?: Record<string, unknown> }>) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe("formErrorsFrom", () => {
  it("puts a field error beside its field and strips the 'field: ' prefix", () => {
    const error = graphqlError({ message: "slug: Slug must be at least 2 characters.", extensions: { code: "BAD_USER_INPUT", field: "slug" } });
    expect(formErrorsFrom(error, ["name", "slug"])).toEqual({
      fieldErrors: { slug: "Slug must be at least 2 characters." },
      formError: undefined,
    });
  });

  it("turns errors without a field, or about a field the form doesn't show, into a banner", () => {
    const error = graphqlError(
      { message: "Only organization admins can do that.", extensions: { code: "FORBIDDEN" } },
      { message: "organizationId: Invalid id", extensions: { code: "BAD_USER_INPUT", field: "organizationId" } },
    );
    const result = formErrorsFrom(error, ["email", "role"]);
    expect(result.fieldErrors).toEqual({});
    expect(result.formError).toBe("Only organization admins can do that. Invalid id");
  });

  it("gives friendly words for generic codes and never leaks internal errors", () => {
    expect(errorMessage(graphqlError({ message: "Not found.", extensions: { code: "NOT_FOUND" } }))).toMatch(/no longer exists/);
    expect(errorMessage(graphqlError({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }))).toMatch(
      /went wrong on our side/,
    );
    expect(formErrorsFrom(new TypeError("Failed to fetch")).formError).toMatch(/Couldn't reach Waymark/);
  });

  it("reads the code of the first error", () => {
    expect(errorCode(graphqlError({ message: "x", extensions: { code: "CONFLICT" } }))).toBe("CONFLICT");
    expect(errorCode(new Error("x"))).toBeUndefined();
  });
});

describe("validationErrors", () => {
  const schema = z.object({ name: z.string().min(1, "Name is required."), email: z.email("Enter a valid email address.") });

  it("reports every invalid field at once, first message per field", () => {
    expect(validationErrors(schema, { name: "", email: "nope" })).toEqual({
      fieldErrors: { name: "Name is required.", email: "Enter a valid email address." },
    });
  });

  it("returns null for valid input", () => {
    expect(validationErrors(schema, { name: "Ada", email: "ada@example.com" })).toBeNull();
  });
});
