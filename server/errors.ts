import "server-only";
import { z } from "zod";

export const errorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

// The one place that turns codes into the words a user reads when a service gives none.
const defaultMessages: Record<ErrorCode, string> = {
  UNAUTHENTICATED: "You need to sign in to do that.",
  FORBIDDEN: "You don't have permission to do that.",
  NOT_FOUND: "Not found.",
  BAD_USER_INPUT: "Some of the input is invalid.",
  CONFLICT: "That conflicts with existing data.",
  RATE_LIMITED: "Too many attempts. Please wait and try again.",
};

/** An expected failure whose message is safe to show to the user. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  /** The input field the message is about, for errors shown beside a form field. */
  readonly field?: string;
  /** More for the client, e.g. `retryable`, or a stale edit's current values. */
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message?: string, field?: string, details?: Record<string, unknown>) {
    super(message ?? defaultMessages[code]);
    this.name = "DomainError";
    this.code = code;
    this.field = field;
    this.details = details;
  }
}

export const notFound = (what = "Not found.") => new DomainError("NOT_FOUND", what);
export const forbidden = (message?: string) => new DomainError("FORBIDDEN", message);
export const badInput = (field: string, message: string) =>
  new DomainError("BAD_USER_INPUT", message, field);
export const conflict = (field: string | undefined, message: string) =>
  new DomainError("CONFLICT", message, field);

/** Validates input with a zod schema; the first issue becomes a field-level BAD_USER_INPUT. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join(".") || "input";
  throw badInput(field, `${field}: ${issue.message}`);
}

/** True for a unique-constraint violation (Prisma P2002), e.g. two requests racing for one slug. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
