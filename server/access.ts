import "server-only";
import type { Role } from "../prisma/generated/client/enums.ts";
import type { Viewer } from "./auth/viewer.ts";
import { DomainError, forbidden, notFound } from "./errors.ts";

// Higher rank can do everything a lower rank can.
const rank: Record<Role, number> = { STAKEHOLDER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };

export const atLeast = (role: Role | undefined, min: Role) => role !== undefined && rank[role] >= rank[min];

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED");
  return viewer;
}

/**
 * The single gate for org-scoped actions. A non-member is told NOT_FOUND, exactly as for an
 * organization that does not exist; a member whose role is too low is told FORBIDDEN.
 */
export function requireRole(viewer: Viewer | null, organizationId: string, min: Role): Role {
  const role = requireViewer(viewer).roles.get(organizationId);
  if (role === undefined) throw notFound();
  if (!atLeast(role, min)) {
    throw forbidden(min === "MEMBER" ? "Stakeholders can view but not change anything." : "Only organization admins can do that.");
  }
  return role;
}

/** Goals, milestones and assignments are edited by members and above; stakeholders only read. */
export const EDITOR: Role = "MEMBER";

/** Everyone in the organization may comment (and delete their own comments): stakeholders ask questions too. */
export const COMMENTER: Role = "STAKEHOLDER";
