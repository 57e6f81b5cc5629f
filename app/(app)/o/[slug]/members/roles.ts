export type Role = "OWNER" | "ADMIN" | "MEMBER" | "STAKEHOLDER";

export const roleDescriptions: Record<Role, string> = {
  OWNER: "Full control, including other owners",
  ADMIN: "Manages members, invitations and settings",
  MEMBER: "Creates and edits goals and milestones",
  STAKEHOLDER: "Views everything, changes nothing",
};

/** The roles a viewer may hand out: only an owner can grant the owner role. */
export function grantableRoles(viewerRole: Role): Role[] {
  return viewerRole === "OWNER" ? ["OWNER", "ADMIN", "MEMBER", "STAKEHOLDER"] : ["ADMIN", "MEMBER", "STAKEHOLDER"];
}
