import "server-only";
import type { Context } from "./context.ts";

/**
 * The rows of the viewer's organizations: the tenant wall of every org-owned node type. It is checked
 * where an object is first reached: root fields and node(id) look only here, an organization checks
 * its own membership, and everything else is reached through an authorized parent's foreign keys
 * (graphql/loaders.ts). So goals, milestones and the rest carry no per-object check of their own:
 * a page of 1,600 milestones is authorized once, not 1,600 times.
 */
export const inViewerOrgs = (ctx: Context) => ({ organizationId: { in: ctx.viewer?.orgIds ?? [] } });

/**
 * `nodes(ids)` in one statement per type: the relay plugin calls loadMany once per type with all its
 * ids. `findMany` must apply the same visibility as the type's findUnique, so another tenant's id
 * answers null exactly like an unknown one. (Typed as `{}`: the Prisma plugin's node options don't
 * declare loadMany, but pass it on to the relay plugin.)
 */
export function batchedNodes<Row extends { id: string }>(findMany: (ids: string[], ctx: Context) => Promise<Row[]>): {} {
  return {
    loadMany: async (ids: string[], ctx: Context) => {
      const byId = new Map((await findMany(ids, ctx)).map((row) => [row.id, row] as const));
      return ids.map((id) => byId.get(id) ?? null);
    },
  };
}
