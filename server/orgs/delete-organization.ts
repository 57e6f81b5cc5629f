import "server-only";
import { z } from "zod";
import { requireRole } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, forbidden, notFound, parseInput } from "../errors.ts";

export const deleteOrganizationInput = z.object({
  confirmation: z.string().trim().toLowerCase().min(1, "Type the organization's slug to confirm."),
});
export type DeleteOrganizationInput = z.input<typeof deleteOrganizationInput>;

/**
 * Owners only, after typing the organization's slug. Everything in it (goals, milestones,
 * check-ins, share links, invitations, memberships) is deleted with it; its members' accounts stay.
 */
export async function deleteOrganization(viewer: Viewer | null, organizationId: string, input: DeleteOrganizationInput) {
  requireRole(viewer, organizationId, "OWNER");
  const { confirmation } = parseInput(deleteOrganizationInput, input);
  await writeTransaction(async (tx) => {
    // The role as of now: an owner demoted since the request began may no longer delete.
    const [org] = await tx.$queryRaw<{ slug: string; role: string | null }[]>`
      SELECT o."slug", m."role"::text AS "role"
      FROM "Organization" o
      LEFT JOIN "Membership" m ON m."organizationId" = o."id" AND m."userId" = ${viewer!.userId}
      WHERE o."id" = ${organizationId}
      FOR UPDATE OF o`;
    if (!org || org.role === null) throw notFound();
    if (org.role !== "OWNER") throw forbidden("Only an owner can delete the organization.");
    if (confirmation !== org.slug) {
      throw badInput("confirmation", `confirmation: Type the organization's slug, ${org.slug}, to confirm.`);
    }
    await tx.organization.delete({ where: { id: organizationId } });
  });
  return { organizationId };
}
