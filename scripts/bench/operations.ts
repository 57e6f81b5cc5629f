// The exact GraphQL documents the browser sends, read from the UI's source. Several pages keep
// their operation unexported inside a client component, so rather than import React modules the
// bench reads every `const X = graphql(`…`, [Fragments])` under app/, assembles it with gql.tada's
// own runtime `graphql()` (which also drops the client-only @_unmask), adds __typename as Apollo
// Client's cache does, and prints it with graphql's `print`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { addTypenameToDocument } from "@apollo/client/utilities";
import { type DocumentNode, Kind, print } from "graphql";
import { initGraphQLTada } from "gql.tada";

interface Literal {
  file: string;
  constName: string;
  text: string;
  fragmentConsts: string[];
}

const LITERAL_RE = /(?:const|let)\s+(\w+)\s*=\s*graphql\(\s*`([^`]*)`\s*(?:,\s*\[([^\]]*)\])?\s*,?\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function readLiterals(root: string): Literal[] {
  return sourceFiles(root).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(LITERAL_RE)].map((m) => ({
      file,
      constName: m[1]!,
      text: m[2]!,
      fragmentConsts: (m[3] ?? "").split(",").map((s) => s.trim()).filter(Boolean),
    })),
  );
}

/** Builds documents by operation name from the UI's sources (app/ by default). */
export function uiOperations(root = path.join(process.cwd(), "app")) {
  const literals = readLiterals(root);
  const graphql = initGraphQLTada<{ introspection: never }>() as unknown as (text: string, fragments?: DocumentNode[]) => DocumentNode;
  const built = new Map<Literal, DocumentNode>();
  // A fragment list names constants: prefer the one in the same file, else the only one by that name.
  const resolveConst = (name: string, from: Literal) => {
    const candidates = literals.filter((l) => l.constName === name);
    const found = candidates.find((l) => l.file === from.file) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (!found) throw new Error(`Fragment constant ${name} (used in ${from.file}) not found, or ambiguous`);
    return found;
  };
  // Memoized so a fragment shared by several others is one object, which gql.tada de-duplicates.
  const build = (literal: Literal): DocumentNode => {
    let doc = built.get(literal);
    if (!doc) {
      doc = graphql(literal.text, literal.fragmentConsts.map((name) => build(resolveConst(name, literal))));
      built.set(literal, doc);
    }
    return doc;
  };
  const operationName = (literal: Literal) => {
    const match = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription)\s+(\w+)/.exec(literal.text);
    return match ? match[2] : undefined;
  };

  return {
    /** The printed document of the operation named `name`, as Apollo Client sends it. */
    document(name: string): string {
      const matches = literals.filter((l) => operationName(l) === name);
      if (matches.length !== 1) throw new Error(`Expected one operation named ${name} under ${root}, found ${matches.length}`);
      const doc = addTypenameToDocument(build(matches[0]!));
      if (!doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) throw new Error(`${name} is not an operation`);
      return print(doc);
    },
  };
}
