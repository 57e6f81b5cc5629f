import "server-only";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isValid, parseISO } from "date-fns";
import { dateKey } from "../domain/dates.ts";
import { YEAR_RANGE_MESSAGE, yearInRange } from "../domain/input-limits.ts";

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

// Due and target dates are calendar dates, stored as PostgreSQL `date` (Prisma: UTC midnight).
function parseDate(value: unknown): Date {
  if (typeof value !== "string" || !DATE_RE.test(value)) {
    throw new GraphQLError("Date must be a calendar date in YYYY-MM-DD form.", { extensions: { code: "BAD_USER_INPUT" } });
  }
  const date = new Date(`${value}T00:00:00.000Z`);
  if (!isValid(date) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`${value} is not a real calendar date.`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  // Years such as 0026 would be stored as 1926 by the driver; 1900 to 9999 blew up the roadmap.
  if (!yearInRange(date)) throw new GraphQLError(`Date ${YEAR_RANGE_MESSAGE}.`, { extensions: { code: "BAD_USER_INPUT" } });
  return date;
}

export const DateScalar = new GraphQLScalarType<Date, string>({
  name: "Date",
  description: "A calendar date (YYYY-MM-DD), read in the organization's time zone.",
  serialize: (value) => dateKey(value as Date),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === "string" ? parseISO(value) : new Date(NaN);
  if (!isValid(date)) {
    throw new GraphQLError("DateTime must be an ISO 8601 timestamp.", { extensions: { code: "BAD_USER_INPUT" } });
  }
  // Instants PostgreSQL stores but JavaScript cannot read back (year 99999) broke every later read.
  if (!yearInRange(date)) throw new GraphQLError(`DateTime ${YEAR_RANGE_MESSAGE}.`, { extensions: { code: "BAD_USER_INPUT" } });
  return date;
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "An instant, as an ISO 8601 timestamp in UTC.",
  serialize: (value) => (value as Date).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
