import "server-only";
import type { Prisma } from "../../prisma/generated/client/client.ts";
import { atLeast, EDITOR, requireRole, requireViewer } from "../access.ts";
import { hashSecret, newSecret } from "../auth/tokens.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { HealthCounts } from "../../domain/dashboard.ts";
import { dashboardOf } from "../dashboard/service.ts";
import { refuseAtLimit } from "../capacity.ts";
import { prisma, type Tx } from "../db.ts";
import { writeTransaction } from "../db/write-transaction.ts";
import { badInput, forbidden, notFound, parseInput } from "../errors.ts";
import { PLANNED_LINKS } from "../../domain/limits.ts";
import {
  type CreateShareLinkInput,
  createShareLinkInput,
  LAST_VIEWED_RESOLUTION_MS,
  needsViewTouch,
  SHARE_TOKEN_PREFIX,
  type ShareLinkScope,
  type ShareLinkStatus,
  shareLinkStatus,
  shareTokenSchema,
} from "../../domain/schemas/share.ts";

// Who may do what with share links:
// - see: the organization's admins see all its links; anyone else, the links to goals they own;
// - create and revoke: admins, and a goal's owner (a member who may edit) for links to that goal;
//   only admins share the whole dashboard.

const adminOrgIds = (viewer: Viewer) => [...viewer.roles].filter(([, role]) => atLeast(role, "ADMIN")).map(([orgId]) => orgId);

/** Links that still show something: not revoked, not expired. */
const activeLinks = (now: Date): Prisma.ShareLinkWhereInput => ({ revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

/** The share links a viewer may see, optionally only the active ones (not revoked, not expired). */
export function visibleShareLinks(viewer: Viewer | null, { activeOnly = false, now = new Date() } = {}): Prisma.ShareLinkWhereInput {
  if (!viewer) return { id: { in: [] } };
  const visible: Prisma.ShareLinkWhereInput = {
    organizationId: { in: viewer.orgIds },
    OR: [{ organizationId: { in: adminOrgIds(viewer) } }, { goal: { ownerId: viewer.userId } }],
  };
  if (!activeOnly) return visible;
  return { AND: [visible, activeLinks(now)] };
}

/**
 * Room for one more link in the organization (PLANNED_LINKS): refused while that many are active;
 * otherwise the oldest inactive links go, so the lists with inactive links stay within it too.
 */
async function makeRoomForLink(tx: Tx, organizationId: string, now: Date) {
  await refuseAtLimit(
    tx,
    {
      subject: `share-links:${organizationId}`,
      max: PLANNED_LINKS,
      message: `An organization can have at most ${PLANNED_LINKS} active share links. Revoke some first (or ask an admin to).`,
    },
    () => tx.shareLink.count({ where: { organizationId, ...activeLinks(now) } }),
  );
  const excess = (await tx.shareLink.count({ where: { organizationId } })) - PLANNED_LINKS + 1;
  if (excess <= 0) return;
  const oldest = await tx.shareLink.findMany({
    where: { organizationId, NOT: activeLinks(now) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: excess,
    select: { id: true },
  });
  await tx.shareLink.deleteMany({ where: { id: { in: oldest.map((l) => l.id) } } });
}

/** Whether the viewer may create or revoke links to this goal (null: the organization's dashboard). */
export function canShare(viewer: Viewer | null, organizationId: string, goal: { ownerId: string } | null): boolean {
  const role = viewer?.roles.get(organizationId);
  if (atLeast(role, "ADMIN")) return true;
  return !!goal && goal.ownerId === viewer?.userId && atLeast(role, EDITOR);
}

/** A read-only link to one goal, or (no goalId) the organization's dashboard. The secret is returned once. */
export async function createShareLink(viewer: Viewer | null, organizationId: string, input: CreateShareLinkInput) {
  requireRole(viewer, organizationId, "STAKEHOLDER");
  const { userId } = viewer!;
  const data = parseInput(createShareLinkInput, input);
  if (data.expiresAt && data.expiresAt.getTime() <= Date.now()) throw badInput("expiresAt", "The expiry must be in the future.");

  let goal: { ownerId: string } | null = null;
  if (data.goalId) {
    goal = await prisma().goal.findFirst({ where: { id: data.goalId, organizationId }, select: { ownerId: true } });
    if (!goal) throw notFound();
  }
  if (!canShare(viewer, organizationId, goal)) {
    throw forbidden(goal ? "Only organization admins and the goal's owner can share it." : "Only organization admins can share the dashboard.");
  }

  const token = newSecret(SHARE_TOKEN_PREFIX);
  const shareLink = await writeTransaction(async (tx) => {
    await makeRoomForLink(tx, organizationId, new Date());
    return tx.shareLink.create({
      data: {
        organizationId,
        goalId: data.goalId ?? null,
        tokenHash: hashSecret(token),
        createdById: userId,
        expiresAt: data.expiresAt ?? null,
      },
    });
  });
  return { shareLink, token };
}

/** Revoke a link so it shows nothing any more; revoking twice is harmless. A link you can't see is NOT_FOUND. */
export async function revokeShareLink(viewer: Viewer | null, shareLinkId: string) {
  requireViewer(viewer);
  const link = await prisma().shareLink.findFirst({
    where: { AND: [{ id: shareLinkId }, visibleShareLinks(viewer)] },
    select: { id: true, organizationId: true, revokedAt: true, goal: { select: { ownerId: true } } },
  });
  if (!link) throw notFound();
  if (!canShare(viewer, link.organizationId, link.goal)) throw forbidden("Only organization admins and the goal's owner can revoke this link.");
  if (!link.revokedAt) {
    await writeTransaction((tx) => tx.shareLink.updateMany({ where: { id: link.id, revokedAt: null }, data: { revokedAt: new Date() } }));
  }
  return link;
}

export type ResolvedShareLink =
  | { status: "NOT_FOUND"; link: null }
  | {
      status: ShareLinkStatus;
      link: { id: string; organizationId: string; goalId: string | null; expiresAt: Date | null; organization: { name: string; timeZone: string } };
    };

/** The link behind a secret. Viewing an active link records lastViewedAt, at most once a minute. */
export async function resolveShareLink(token: string, now: Date = new Date()): Promise<ResolvedShareLink> {
  const parsed = shareTokenSchema.safeParse(token);
  if (!parsed.success) return { status: "NOT_FOUND", link: null };
  const link = await prisma().shareLink.findUnique({
    where: { tokenHash: hashSecret(parsed.data) },
    select: {
      id: true,
      organizationId: true,
      goalId: true,
      expiresAt: true,
      revokedAt: true,
      lastViewedAt: true,
      organization: { select: { name: true, timeZone: true } },
    },
  });
  if (!link) return { status: "NOT_FOUND", link: null };
  const status = shareLinkStatus(link, now);
  if (status === "ACTIVE" && needsViewTouch(link.lastViewedAt, now)) {
    // Conditional, so concurrent views within the minute write once.
    await prisma().shareLink.updateMany({
      where: {
        id: link.id,
        OR: [{ lastViewedAt: null }, { lastViewedAt: { lte: new Date(now.getTime() - LAST_VIEWED_RESOLUTION_MS) } }],
      },
      data: { lastViewedAt: now },
    });
  }
  return { status, link };
}

/** What a share link shows: its status, and only while it is active, what it shares. */
export type SharedView =
  | { status: "NOT_FOUND" | "EXPIRED" | "REVOKED"; expiresAt: Date | null }
  | {
      status: "ACTIVE";
      expiresAt: Date | null;
      scope: ShareLinkScope;
      organizationId: string;
      organizationName: string;
      /** GOAL scope: the goal. */
      goalId: string | null;
      /** DASHBOARD scope: the open goals, worst health first, and the counts. */
      goalIds: string[];
      healthCounts: HealthCounts | null;
    };

export async function openSharedView(token: string): Promise<SharedView> {
  const { status, link } = await resolveShareLink(token);
  // Nothing but the status (and for an expired link, when it expired).
  if (status !== "ACTIVE") return { status, expiresAt: status === "EXPIRED" ? link!.expiresAt : null };
  const common = {
    status,
    expiresAt: link.expiresAt,
    organizationId: link.organizationId,
    organizationName: link.organization.name,
  } as const;
  if (link.goalId) return { ...common, scope: "GOAL", goalId: link.goalId, goalIds: [], healthCounts: null };
  const board = await dashboardOf({ id: link.organizationId, timeZone: link.organization.timeZone });
  return { ...common, scope: "DASHBOARD", goalId: null, goalIds: board.goalIds, healthCounts: board.healthCounts };
}
