import "server-only";
import { requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { lockSubject } from "../capacity.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { conflict, forbidden, notFound, parseInput } from "../errors.ts";
import { canEditPlanning } from "../permissions.ts";
import {
  addTimeOffInput,
  MAX_TIME_OFF_PER_MEMBER,
  updateMemberPlanningInput,
  type AddTimeOffInput,
  type UpdateMemberPlanningInput,
} from "../../domain/schemas/planning.ts";

/**
 * The membership whose planning the viewer wants to change. An organization the viewer is not in,
 * or a person who is not its member, answers NOT_FOUND like an id that does not exist; a member
 * who may see it but not change it is told FORBIDDEN.
 */
async function editableMembership(viewer: Viewer | null, organizationId: string, userId: string) {
  const v = requireViewer(viewer);
  if (!v.roles.has(organizationId)) throw notFound();
  const membership = await prisma().membership.findUnique({ where: { organizationId_userId: { organizationId, userId } } });
  if (!membership) throw notFound();
  if (!canEditPlanning(v, organizationId, userId)) throw forbidden("Only admins change other people's skills and schedule; stakeholders change nothing.");
  return membership;
}

/** A member's skills, interests and availability; omitted fields stay as they are. */
export async function updateMemberPlanning(viewer: Viewer | null, organizationId: string, userId: string, input: UpdateMemberPlanningInput) {
  const data = parseInput(updateMemberPlanningInput, input);
  const membership = await editableMembership(viewer, organizationId, userId);
  return prisma().membership.update({
    where: { id: membership.id },
    data: { skills: data.skills, interests: data.interests, availability: data.availability },
  });
}

export async function addTimeOff(viewer: Viewer | null, organizationId: string, userId: string, input: AddTimeOffInput) {
  const data = parseInput(addTimeOffInput, input);
  await editableMembership(viewer, organizationId, userId);
  return writeTransaction(async (tx) => {
    // Counted under a lock on the member: Membership.timeOff lists them all, so its cost assumes the limit.
    await lockSubject(tx, `time-off:${organizationId}:${userId}`);
    if ((await tx.timeOff.count({ where: { organizationId, userId } })) >= MAX_TIME_OFF_PER_MEMBER) {
      throw conflict(undefined, `A member can have at most ${MAX_TIME_OFF_PER_MEMBER} time-off ranges; remove old ones first.`);
    }
    return tx.timeOff.create({ data: { organizationId, userId, startDate: data.startDate, endDate: data.endDate, note: data.note } });
  });
}

/** Removes a time-off range; another organization's range answers NOT_FOUND like a missing one. */
export async function removeTimeOff(viewer: Viewer | null, timeOffId: string) {
  const v = requireViewer(viewer);
  const timeOff = await prisma().timeOff.findFirst({ where: { id: timeOffId, organizationId: { in: v.orgIds } } });
  if (!timeOff) throw notFound();
  await editableMembership(v, timeOff.organizationId, timeOff.userId);
  await prisma().timeOff.delete({ where: { id: timeOff.id } });
  return timeOff;
}
