import "server-only";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { parseInput } from "../errors.ts";
import { prefixTsQuery, searchInput, searchWords } from "./query.ts";

export type SearchKind = "Goal" | "Milestone" | "Comment";

/** One hit: which row, and how well it matched (ts_rank; titles weigh more than descriptions and comments). */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  rank: number;
}

/**
 * Goals, milestones and comments of the viewer's organizations whose words start with every word
 * of `query`, best first: one statement whatever the organizations' size (the GIN indexes on the
 * generated "searchVector" columns find the rows; the caller loads the rows it shows in batches).
 * Archived goals, and the milestones and comments on them, are left out, as on every list.
 */
export async function search(viewer: Viewer | null, input: { query: string; first?: number | null }): Promise<SearchHit[]> {
  const { query, first } = parseInput(searchInput, input);
  const orgIds = viewer?.orgIds ?? [];
  if (orgIds.length === 0) return [];
  const tsquery = prefixTsQuery(searchWords(query));
  const rows = await prisma().$queryRaw<{ kind: SearchKind; id: string; rank: number }[]>`
    WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS q)
    SELECT "kind", "id", "rank" FROM (
      SELECT 'Goal' AS "kind", g."id", ts_rank(g."searchVector", q.q) AS "rank", g."createdAt"
      FROM "Goal" g, q
      WHERE g."organizationId" = ANY(${orgIds}::text[]) AND g."archivedAt" IS NULL AND g."searchVector" @@ q.q
      UNION ALL
      SELECT 'Milestone', m."id", ts_rank(m."searchVector", q.q), m."createdAt"
      FROM "Milestone" m JOIN "Goal" g ON g."id" = m."goalId", q
      WHERE m."organizationId" = ANY(${orgIds}::text[]) AND g."archivedAt" IS NULL AND m."searchVector" @@ q.q
      UNION ALL
      SELECT 'Comment', c."id", ts_rank(c."searchVector", q.q), c."createdAt"
      FROM "Comment" c JOIN "Goal" g ON g."id" = c."goalId", q
      WHERE c."organizationId" = ANY(${orgIds}::text[]) AND g."archivedAt" IS NULL AND c."searchVector" @@ q.q
    ) hits
    ORDER BY "rank" DESC, "createdAt" DESC, "id"
    LIMIT ${first}`;
  return rows.map((r) => ({ kind: r.kind, id: r.id, rank: Number(r.rank) }));
}
