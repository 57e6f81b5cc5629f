import { runServerQuery } from "@/app/_lib/server-query";
import { getViewer } from "@/app/_lib/session";
import { graphql } from "@/graphql/client/graphql";

const GoalTitleQuery = graphql(`
  query GoalTitle($id: ID!) {
    goal(id: $id) {
      title
    }
  }
`);

/**
 * The goal's title for the page <title>, read through the GraphQL schema in-process so the same
 * access rules apply as for the API; null when signed out, missing or not yours.
 */
export async function goalTitle(goalId: string): Promise<string | null> {
  const viewer = await getViewer();
  if (!viewer) return null;
  return (await runServerQuery(GoalTitleQuery, { id: goalId }, viewer))?.goal?.title ?? null;
}
