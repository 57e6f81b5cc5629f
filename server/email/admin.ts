import "server-only";
import { requireViewer } from "../access.ts";
import type { Viewer } from "../auth/viewer.ts";
import { prisma } from "../db.ts";
import { forbidden } from "../errors.ts";

/** Whether the person operates this instance (User.instanceAdmin: the first account, or set by hand). */
export async function isInstanceAdmin(userId: string): Promise<boolean> {
  const user = await prisma().user.findUnique({ where: { id: userId }, select: { instanceAdmin: true, deletedAt: true } });
  return !!user && user.instanceAdmin && !user.deletedAt;
}

/** The "Sent emails" page and its API are for the instance's admins only. */
export async function requireInstanceAdmin(viewer: Viewer | null): Promise<void> {
  const { userId } = requireViewer(viewer);
  if (!(await isInstanceAdmin(userId))) throw forbidden("Only the instance's admins can see the emails Waymark sent.");
}
