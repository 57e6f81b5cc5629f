import { describe, expect, it } from "vitest";
import { MAX_QUERY_WORDS, prefixTsQuery, searchInput, searchWords } from "./query.ts";

describe("searchWords and prefixTsQuery", () => {
  it("keeps letters and digits of any script and quotes each word as a prefix", () => {
    expect(searchWords("Launch  Q3 plan")).toEqual(["launch", "q3", "plan"]);
    expect(prefixTsQuery(searchWords("Launch Q3"))).toBe("'launch':* & 'q3':*");
    expect(searchWords("Überprüfung café 東京")).toEqual(["überprüfung", "café", "東京"]);
  });

  it("drops tsquery operators and quotes typed by the user", () => {
    expect(prefixTsQuery(searchWords("a & b | !c:* ('d') <-> e\\'"))).toBe("'a':* & 'b':* & 'c':* & 'd':* & 'e':*");
    expect(searchWords("&|!():*'")).toEqual([]);
  });

  it("searches for each word once, at most MAX_QUERY_WORDS words", () => {
    expect(searchWords("plan plan PLAN")).toEqual(["plan"]);
    expect(searchWords("a b c d e f g h i j k")).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe("searchInput", () => {
  it("names the query field for empty, wordless and too long queries", () => {
    for (const query of ["", "   ", "!!!", "x".repeat(201)]) {
      const result = searchInput.safeParse({ query });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual(["query"]);
    }
  });

  it("bounds first like other lists and defaults it", () => {
    expect(searchInput.parse({ query: "plan" }).first).toBe(20);
    expect(searchInput.safeParse({ query: "plan", first: 0 }).error!.issues[0]!.path).toEqual(["first"]);
    expect(searchInput.safeParse({ query: "plan", first: 51 }).error!.issues[0]!.path).toEqual(["first"]);
  });
});
