import { graphql as execute } from "graphql";
import { getSession } from "@/app/_lib/session";
import { schema } from "@/graphql/schema.ts";
import { viewerForUser } from "@/server/auth/viewer.ts";

/**
 * The goal's title for the page <title>, read through the GraphQL schema in-process so the same
 * access rules apply as for the API; null when signed out, missing or not yours.
 */
export async function goalTitle(goalId: string): Promise<string | null> {
  const session = await getSession();
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  try {
    const viewer = await viewerForUser(userId);
    const result = await execute({
      schema,
      source: "query GoalTitle($id: ID!) { goal(id: $id) { title } }",
      variableValues: { id: goalId },
      contextValue: { viewer },
    });
    const title = (result.data?.goal as { title?: unknown } | null | undefined)?.title;
    return typeof title === "string" ? title : null;
  } catch {
    return null;
  }
}
