import "server-only";
import type { Role } from "../prisma/generated/client/enums.ts";
import { atLeast, COMMENTER, EDITOR } from "./access.ts";
import { canShare } from "./shares/shares.ts";
import type { Viewer } from "./auth/viewer.ts";
import { canTakeStep, type ApprovalMilestone } from "../domain/approvals.ts";

/**
 * What the viewer may do in one organization, as the UI asks for it (`Organization.viewerCan`).
 * Each answer is the rule the services enforce (server/access.ts, server/shares), applied to the
 * role already loaded with the viewer, so the UI never keeps its own copy of the role table and
 * the answer costs no statement.
 */
export interface OrgPermissions {
  /** Create and change goals, milestones, check-ins and assignments. */
  editGoals: boolean;
  /** Write comments (and edit or delete one's own). */
  comment: boolean;
  /** Invite people, change roles and remove members. */
  manageMembers: boolean;
  /** Change other owners: only an owner grants, takes away or removes the owner role. */
  manageOwners: boolean;
  /** Rename the organization, change its slug or time zone. */
  manageSettings: boolean;
  /** Share the whole dashboard and see every share link of the organization. */
  manageSharing: boolean;
  /** Transfer ownership and delete the organization. */
  ownOrganization: boolean;
  /** Share a saved dashboard view with the organization (stakeholders keep personal views). */
  shareViews: boolean;
  /** Save goals as organization templates, rename and delete them (everyone uses them). */
  manageTemplates: boolean;
  /** The roles the viewer may hand out in invitations and role changes. */
  grantableRoles: Role[];
}

const ALL_ROLES: Role[] = ["OWNER", "ADMIN", "MEMBER", "STAKEHOLDER"];

export function orgPermissions(viewer: Viewer | null, organizationId: string): OrgPermissions {
  const role = viewer?.roles.get(organizationId);
  const admin = atLeast(role, "ADMIN");
  const owner = atLeast(role, "OWNER");
  return {
    editGoals: atLeast(role, EDITOR),
    comment: atLeast(role, COMMENTER),
    manageMembers: admin,
    manageOwners: owner,
    manageSettings: admin,
    manageSharing: canShare(viewer, organizationId, null),
    ownOrganization: owner,
    shareViews: atLeast(role, EDITOR),
    // server/templates: TEMPLATE_MANAGER.
    manageTemplates: admin,
    // Only an owner grants the owner role (server/members: updateMemberRole, invitations).
    grantableRoles: owner ? ALL_ROLES : admin ? ALL_ROLES.filter((r) => r !== "OWNER") : [],
  };
}

/**
 * What the viewer may do with one goal, by role (`Goal.viewerCan`). An archived goal must be
 * unarchived and a closed one reopened before it changes; the UI reads that from the goal itself.
 */
export interface GoalPermissions {
  edit: boolean;
  checkIn: boolean;
  close: boolean;
  comment: boolean;
  /** Create and revoke read-only links to it: admins, and its owner when they may edit. */
  share: boolean;
}

export function goalPermissions(viewer: Viewer | null, goal: { organizationId: string; ownerId: string }): GoalPermissions {
  const role = viewer?.roles.get(goal.organizationId);
  const editor = atLeast(role, EDITOR);
  return { edit: editor, checkIn: editor, close: editor, comment: atLeast(role, COMMENTER), share: canShare(viewer, goal.organizationId, goal) };
}

/**
 * What the viewer may do with one milestone (`Milestone.viewerCan`). Approvals follow
 * domain/approvals.ts: the owner or an editor requests, only the named approver decides — a
 * stakeholder too, though they change nothing else. Closed and archived goals are read-only.
 */
export interface MilestonePermissions {
  edit: boolean;
  requestApproval: boolean;
  decideApproval: boolean;
}

export function milestonePermissions(
  viewer: Viewer | null,
  milestone: ApprovalMilestone & { organizationId: string },
  goal: { archivedAt: Date | null; closedAt: Date | null },
): MilestonePermissions {
  const role = viewer?.roles.get(milestone.organizationId);
  const open = !goal.archivedAt && !goal.closedAt;
  const actor = viewer && role !== undefined ? { userId: viewer.userId, editor: atLeast(role, EDITOR) } : null;
  return {
    edit: open && atLeast(role, EDITOR),
    requestApproval: open && canTakeStep(milestone, actor, "REQUEST"),
    decideApproval: open && canTakeStep(milestone, actor, "APPROVE"),
  };
}

/**
 * Who changes a member's skills, interests, availability and time off (server/planning): the
 * member themself (stakeholders excepted: they change nothing but the discussion), and admins
 * for anyone. `Membership.viewerCanEditPlanning` answers the UI with this same rule.
 */
export function canEditPlanning(viewer: Viewer | null, organizationId: string, userId: string): boolean {
  const role = viewer?.roles.get(organizationId);
  return atLeast(role, "ADMIN") || (viewer?.userId === userId && atLeast(role, EDITOR));
}

/** Who may be suggested as a milestone's owner: those who can work on milestones (stakeholders only read). */
export const OWNER_CANDIDATE_ROLES: Role[] = ALL_ROLES.filter((role) => atLeast(role, EDITOR));
