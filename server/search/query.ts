import "server-only";
import { z } from "zod";

// The search box's input, and the one way user text becomes tsquery syntax.

export const MAX_QUERY_LENGTH = 200;
/** Words of a query that are searched for; more are ignored (each one narrows the hits anyway). */
export const MAX_QUERY_WORDS = 8;
export const DEFAULT_SEARCH_RESULTS = 20;
export const MAX_SEARCH_RESULTS = 50;

/** Letters and digits of any script: everything else separates words, as the 'simple' parser does. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of `text`, lower-cased, without repeats, at most MAX_QUERY_WORDS. */
export function searchWords(text: string): string[] {
  const words = (text.normalize("NFC").toLowerCase().match(WORD) ?? []) as string[];
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

/**
 * A tsquery where every word must match as a prefix (`'launch':* & 'plan':*`), for type-ahead.
 * User text never reaches tsquery syntax: only runs of letters and digits are kept, each one
 * quoted as a lexeme, so `&`, `|`, `!`, `:`, `(` or quotes typed by the user cannot form operators.
 */
export function prefixTsQuery(words: readonly string[]): string {
  return words.map((word) => `'${word}':*`).join(" & ");
}

export const searchInput = z.object({
  query: z
    .string()
    .trim()
    .min(1, "Type something to search for.")
    .max(MAX_QUERY_LENGTH, `Search for at most ${MAX_QUERY_LENGTH} characters.`)
    .refine((q) => searchWords(q).length > 0, "Search for at least one letter or digit."),
  first: z
    .number()
    .int()
    .min(1, "must be at least 1.")
    .max(MAX_SEARCH_RESULTS, `must be at most ${MAX_SEARCH_RESULTS}.`)
    .nullish()
    .transform((n) => n ?? DEFAULT_SEARCH_RESULTS),
});
