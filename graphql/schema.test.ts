import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printedSchema } from "../scripts/print-schema.ts";
import { schema } from "./schema.ts";

describe("GraphQL schema", () => {
  // Like Redwood's build check: a root field without an explicit authorization declaration
  // (public fields say `public: true`) is a bug waiting to leak data.
  it.each(["Query", "Mutation"] as const)("declares authScopes on every %s field", (typeName) => {
    const type = typeName === "Query" ? schema.getQueryType() : schema.getMutationType();
    const undeclared = Object.values(type!.getFields())
      .filter((field) => {
        const options = field.extensions?.pothosOptions as { authScopes?: unknown } | undefined;
        return !options?.authScopes;
      })
      .map((field) => field.name);
    expect(undeclared).toEqual([]);
  });

  it("is committed as graphql/schema.graphql (run `npm run schema` when this fails)", () => {
    const committed = readFileSync(new URL("./schema.graphql", import.meta.url), "utf8");
    expect(committed).toBe(printedSchema());
  });
});
