import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";
import type { GraphQLFormattedError } from "graphql";
import type { z } from "zod";

export type FormErrors = {
  /** Message per input field, keyed by the field name the server reported in `extensions.field`. */
  fieldErrors: Record<string, string>;
  /** A message for the whole form: errors without a field, or about a field the form does not show. */
  formError?: string;
};

export const noErrors: FormErrors = { fieldErrors: {} };

const OFFLINE = "Couldn't reach Waymark. Check your connection and try again.";
const INTERNAL = "Something went wrong on our side. Please try again.";

// Codes whose server wording is generic get a friendlier sentence; the rest keep the server's words.
const friendly: Record<string, string> = {
  UNAUTHENTICATED: "Your session has ended. Sign in again to continue.",
  NOT_FOUND: "This no longer exists, or you no longer have access to it.",
  INTERNAL_SERVER_ERROR: INTERNAL,
};

/** The code of the first GraphQL error (e.g. "NOT_FOUND"), if the error came from the API. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

/** Validation messages arrive as "field: message"; beside the field, the prefix is noise. */
function stripFieldPrefix(message: string, field: string) {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

function messageOf(e: GraphQLFormattedError): string {
  const code = e.extensions?.code;
  if (typeof code === "string" && code in friendly) return friendly[code]!;
  const field = e.extensions?.field;
  return typeof field === "string" ? stripFieldPrefix(e.message, field) : e.message;
}

/** A human sentence for any error an Apollo operation can produce. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0] ? messageOf(error.errors[0]) : INTERNAL;
  if (ServerError.is(error) || ServerParseError.is(error)) return INTERNAL;
  if (error instanceof TypeError) return OFFLINE;
  return INTERNAL;
}

/**
 * Turns a failed mutation into per-field messages (from `extensions.field`) plus an optional
 * form-level message. Pass `fields` (the inputs the form shows) so that an error about a field the
 * form does not render still reaches the user as a banner instead of vanishing.
 */
export function formErrorsFrom(error: unknown, fields?: readonly string[]): FormErrors {
  if (!CombinedGraphQLErrors.is(error)) return { fieldErrors: {}, formError: errorMessage(error) };
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const e of error.errors) {
    const field = e.extensions?.field;
    if (typeof field === "string" && (!fields || fields.includes(field))) {
      fieldErrors[field] ??= stripFieldPrefix(e.message, field);
    } else {
      general.push(messageOf(e));
    }
  }
  return { fieldErrors, formError: general.length ? [...new Set(general)].join(" ") : undefined };
}

/**
 * Runs the server's own zod schema in the browser so every invalid field is flagged at once (the API
 * reports only the first). Returns null when the input is valid; the server still has the last word.
 */
export function validationErrors(schema: z.ZodType, input: unknown): FormErrors | null {
  const result = schema.safeParse(input);
  if (result.success) return null;
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "input";
    fieldErrors[field] ??= issue.message;
  }
  return { fieldErrors };
}
