// Writes graphql/schema.graphql from the Pothos schema (`npm run schema`); a test fails when stale.
import { writeFileSync } from "node:fs";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "../graphql/schema.ts";

export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv[1]?.endsWith("print-schema.ts")) {
  writeFileSync(new URL("../graphql/schema.graphql", import.meta.url), printedSchema());
  console.log("wrote graphql/schema.graphql");
}
