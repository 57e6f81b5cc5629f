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

// The fragment list is an array literal, or the name of one declared in the same file.
const LITERAL_RE = /(?:const|let)\s+(\w+)\s*=\s*graphql\(\s*`([^`]*)`\s*(?:,\s*(?:\[([^\]]*)\]|(\w+)))?\s*,?\s*\)/g;
const ARRAY_RE = /(?:const|let)\s+(\w+)\s*=\s*\[([^\]]*)\]/g;

const names = (list: string) => list.split(",").map((s) => s.trim()).filter(Boolean);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function readLiterals(root: string): Literal[] {
  return sourceFiles(root).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const arrays = new Map([...source.matchAll(ARRAY_RE)].map((m) => [m[1]!, names(m[2]!)] as const));
    // "...pageFragments" inside a list stands for that array's names.
    const expand = (list: string[]): string[] => list.flatMap((n) => (n.startsWith("...") ? expand(arrays.get(n.slice(3)) ?? []) : [n]));
    return [...source.matchAll(LITERAL_RE)].map((m) => ({
      file,
      constName: m[1]!,
      text: m[2]!,
      fragmentConsts: expand(m[4] ? (arrays.get(m[4]) ?? []) : names(m[3] ?? "")),
    }));
  });
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
