// What no input may contain, whatever the field: the one rule behind every string and number a
// client sends (GraphQL variables and literals are checked against it before anything runs).

/** PostgreSQL text cannot hold U+0000 (error 22021); no form needs it either. */
const NUL = "\u0000";

/**
 * Metric values, weights and the like stay far below this. Larger magnitudes lose integer
 * precision and overflow what is computed from them (progress divides a difference of two values).
 */
export const MAX_ABS_NUMBER = 1e15;

/** Calendar dates and instants a plan can sensibly refer to (years as written, never shifted). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

export interface InputProblem {
  /** Dotted path to the value, e.g. "input.title" or "ids.2". */
  field: string;
  message: string;
}

/** The first string with a NUL byte or out-of-range number inside a JSON-like value, if any. */
export function findInputProblem(value: unknown, path: string): InputProblem | null {
  if (typeof value === "string") {
    return value.includes(NUL) ? { field: path, message: `${path} must not contain NUL (\\u0000) characters.` } : null;
  }
  if (typeof value === "number") {
    return Number.isFinite(value) && Math.abs(value) <= MAX_ABS_NUMBER
      ? null
      : { field: path, message: `${path} must be a number between -${MAX_ABS_NUMBER} and ${MAX_ABS_NUMBER}.` };
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const problem = findInputProblem(item, `${path}.${i}`);
      if (problem) return problem;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const problem = findInputProblem(item, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return null;
}

/** Whether a date's year (UTC) lies in the range above. */
export const yearInRange = (date: Date) => date.getUTCFullYear() >= MIN_YEAR && date.getUTCFullYear() <= MAX_YEAR;
export const YEAR_RANGE_MESSAGE = `must be between the years ${MIN_YEAR} and ${MAX_YEAR}`;
