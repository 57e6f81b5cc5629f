import "server-only";
import type { z } from "zod";
import { requireRole, requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { conflict, isUniqueViolation, parseInput } from "../errors.ts";
import { refuseAtMembershipLimit } from "./membership-limit.ts";
import { createOrganizationInput, slugify, updateOrganizationInput } from "../../domain/schemas/organization.ts";

async function slugTaken(slug: string, exceptId?: string) {
  const org = await prisma().organization.findUnique({ where: { slug }, select: { id: true } });
  return !!org && org.id !== exceptId;
}

/** A derived slug gets a numeric suffix when taken; an explicit one is refused instead. */
async function availableSlug(base: string) {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(candidate))) return candidate;
  }
}

function slugRace(error: unknown): never {
  throw isUniqueViolation(error) ? conflict("slug", "That slug is already taken.") : error;
}

export async function createOrganization(viewer: Viewer | null, input: z.input<typeof createOrganizationInput>) {
  const { userId } = requireViewer(viewer);
  const data = parseInput(createOrganizationInput, input);
  if (data.slug && (await slugTaken(data.slug))) throw conflict("slug", "That slug is already taken.");
  const slug = data.slug ?? (await availableSlug(slugify(data.name)));
  return writeTransaction(async (tx) => {
    await refuseAtMembershipLimit(tx, userId);
    return tx.organization.create({
      data: { name: data.name, slug, timeZone: data.timeZone, memberships: { create: { userId, role: "OWNER" } } },
    });
  }).catch(slugRace);
}

export async function updateOrganization(
  viewer: Viewer | null,
  organizationId: string,
  input: z.input<typeof updateOrganizationInput>,
) {
  requireRole(viewer, organizationId, "ADMIN");
  const data = parseInput(updateOrganizationInput, input);
  if (data.slug && (await slugTaken(data.slug, organizationId))) throw conflict("slug", "That slug is already taken.");
  return writeTransaction((tx) => tx.organization.update({ where: { id: organizationId }, data })).catch(slugRace);
}
