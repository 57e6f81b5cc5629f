import "server-only";
import { requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { notFound, parseInput } from "../errors.ts";
import { followGoalInput } from "../../domain/notifications/schemas.ts";

/**
 * Follow or unfollow a goal: anyone in its organization may (stakeholders too: following only
 * reads), on any goal, open or not. The choice is kept as a row, so an unfollow outlasts being
 * made owner or assignee again (see ./followers.ts for the whole rule).
 */
export async function setFollowing(viewer: Viewer | null, goalId: string, following: boolean) {
  const me = requireViewer(viewer);
  const input = parseInput(followGoalInput, { goalId });
  const goal = await prisma().goal.findFirst({ where: { id: input.goalId, organizationId: { in: me.orgIds } }, select: { id: true, organizationId: true } });
  if (!goal) throw notFound();
  await writeTransaction((tx) =>
    tx.goalFollower.upsert({
      where: { goalId_userId: { goalId: goal.id, userId: me.userId } },
      update: { following },
      create: { goalId: goal.id, userId: me.userId, organizationId: goal.organizationId, following },
    }),
  );
  return { goalId: goal.id };
}
