import "server-only";
import type { Comment, Goal, Milestone } from "../../prisma/generated/client/client.ts";
import { prisma } from "../../server/db.ts";
import { MAX_SEARCH_RESULTS } from "../../server/search/query.ts";
import { search, type SearchKind } from "../../server/search/search.ts";
import { builder } from "../builder.ts";
import { listSize } from "../complexity.ts";
import { CommentRef } from "./comment.ts";
import { GoalRef } from "./goal.ts";
import { MilestoneRef } from "./milestone.ts";

type Found =
  | { kind: "Goal"; rank: number; row: Goal }
  | { kind: "Milestone"; rank: number; row: Milestone }
  | { kind: "Comment"; rank: number; row: Comment };

const SearchResultUnion = builder.unionType("SearchResult", {
  types: [GoalRef, MilestoneRef, CommentRef],
  description: "A goal, a milestone or a comment. Each leads to its goal (and the goal to its organization) for a link.",
  // The row's own columns tell the three apart: only comments have a body, only milestones a due date.
  resolveType: (row) => ("body" in row ? CommentRef : "dueDate" in row ? MilestoneRef : GoalRef),
});

const SearchHitRef = builder.objectRef<Found>("SearchHit").implement({
  description: "One search result and how well it matched.",
  fields: (t) => ({
    rank: t.exposeFloat("rank", { description: "PostgreSQL ts_rank: higher is better; a word in a title counts more than one in a description or comment." }),
    node: t.field({ type: SearchResultUnion, resolve: (hit) => hit.row }),
  }),
});

/** Rows by id of one table, only when a hit asks for them: at most three statements after the search. */
async function rowsOf(kind: SearchKind, ids: string[]): Promise<Map<string, Goal | Milestone | Comment>> {
  if (ids.length === 0) return new Map();
  const where = { where: { id: { in: ids } } };
  const rows: (Goal | Milestone | Comment)[] =
    kind === "Goal" ? await prisma().goal.findMany(where) : kind === "Milestone" ? await prisma().milestone.findMany(where) : await prisma().comment.findMany(where);
  return new Map(rows.map((row) => [row.id, row] as const));
}

builder.queryField("search", (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      "Goals, milestones and comments in your organizations whose words start with every word of `query` " +
      "(full-text, so 'lau pla' finds 'Launch plan'), best match first. Archived goals are left out.",
    authScopes: { authenticated: true },
    extensions: listSize(MAX_SEARCH_RESULTS, "first"),
    args: {
      query: t.arg.string({ required: true, description: `1 to 200 characters.` }),
      first: t.arg.int({ description: `How many results, 1 to ${MAX_SEARCH_RESULTS} (default 20).` }),
    },
    resolve: async (_root, args, ctx) => {
      const hits = await search(ctx.viewer, { query: args.query, first: args.first });
      const kinds = ["Goal", "Milestone", "Comment"] as const;
      const loaded = await Promise.all(kinds.map((kind) => rowsOf(kind, hits.filter((h) => h.kind === kind).map((h) => h.id))));
      const byKind = new Map(kinds.map((kind, i) => [kind, loaded[i]!] as const));
      // A row deleted between the two statements is left out.
      return hits.flatMap((hit) => {
        const row = byKind.get(hit.kind)!.get(hit.id);
        return row ? [{ kind: hit.kind, rank: hit.rank, row } as Found] : [];
      });
    },
  }),
);
