import "server-only";
import { Prisma } from "../../prisma/generated/client/client.ts";
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
 * How many matches of each kind are ranked, at most. A broad prefix ("a") on a huge organization
 * matches nearly every row, and ranking means reading and scoring each one before LIMIT; instead
 * each kind takes its first matches as the GIN index yields them (no order, so the scan stops
 * there) and only those are ranked. Four times the largest page per kind, so a page of the best
 * is drawn from up to 600 candidates; a query that broad is refined by typing on, not by paging.
 */
export const SEARCH_CANDIDATES_PER_KIND = 200;

/**
 * Goals, milestones and comments of the viewer's organizations whose words start with every word
 * of `query`, best first: one statement whatever the organizations' size (the GIN indexes on the
 * generated "searchVector" columns find the rows; the caller loads the rows it shows in batches),
 * and a bounded amount of ranking work (SEARCH_CANDIDATES_PER_KIND; tests pass a smaller bound).
 * Archived goals, and the milestones and comments on them, are left out, as on every list.
 */
export async function search(
  viewer: Viewer | null,
  input: { query: string; first?: number | null },
  { candidatesPerKind = SEARCH_CANDIDATES_PER_KIND }: { candidatesPerKind?: number } = {},
): Promise<SearchHit[]> {
  const { query, first } = parseInput(searchInput, input);
  const orgIds = viewer?.orgIds ?? [];
  if (orgIds.length === 0) return [];
  const tsquery = prefixTsQuery(searchWords(query));
  // One branch per kind: its first matches by index (bounded, unordered), each then ranked.
  const candidates = (kind: SearchKind, from: Prisma.Sql, archivedAt: Prisma.Sql) => Prisma.sql`
    SELECT ${kind} AS "kind", c."id", ts_rank(c."searchVector", q.q) AS "rank", c."createdAt"
    FROM (
      SELECT r."id", r."searchVector", r."createdAt"
      FROM ${from}, q
      WHERE r."organizationId" = ANY(${orgIds}::text[]) AND ${archivedAt} IS NULL AND r."searchVector" @@ q.q
      LIMIT ${candidatesPerKind}
    ) c, q`;
  const rows = await prisma().$queryRaw<{ kind: SearchKind; id: string; rank: number }[]>`
    WITH q AS (SELECT to_tsquery('simple', ${tsquery}) AS q)
    SELECT "kind", "id", "rank" FROM (
      ${candidates("Goal", Prisma.sql`"Goal" r`, Prisma.sql`r."archivedAt"`)}
      UNION ALL
      ${candidates("Milestone", Prisma.sql`"Milestone" r JOIN "Goal" g ON g."id" = r."goalId"`, Prisma.sql`g."archivedAt"`)}
      UNION ALL
      ${candidates("Comment", Prisma.sql`"Comment" r JOIN "Goal" g ON g."id" = r."goalId"`, Prisma.sql`g."archivedAt"`)}
    ) hits
    ORDER BY "rank" DESC, "createdAt" DESC, "id"
    LIMIT ${first}`;
  return rows.map((r) => ({ kind: r.kind, id: r.id, rank: Number(r.rank) }));
}
