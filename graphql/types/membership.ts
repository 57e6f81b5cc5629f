import { builder } from "../builder.ts";
import { RoleEnum } from "./role.ts";

export const MembershipRef = builder.prismaNode("Membership", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, organizationId: { in: ctx.viewer?.orgIds ?? [] } }),
  authScopes: (m) => ({ orgMember: m.organizationId }),
  fields: (t) => ({
    role: t.expose("role", { type: RoleEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    user: t.relation("user"),
    organization: t.relation("organization"),
  }),
});
