import type { Role } from "@/domain/enums.ts";

export type { Role };

/** What each role means, in the words the invite form and the role picker show. */
export const roleDescriptions: Record<Role, string> = {
  OWNER: "Full control, including other owners",
  ADMIN: "Manages members, invitations and settings",
  MEMBER: "Creates and edits goals and milestones",
  STAKEHOLDER: "Views everything, changes nothing",
};
