import "server-only";
import { prisma } from "../../server/db.ts";
import type { Organization, User } from "../../prisma/generated/client/client.ts";
import { builder } from "../builder.ts";
import { batchedNodes, inViewerOrgs } from "../nodes.ts";
import { membershipsOf, organizationById, userById } from "../loaders.ts";
import { OrganizationRef } from "./organization.ts";
import { RoleEnum } from "./role.ts";
import { UserRef } from "./user.ts";
import { PLANNED_PER_PERSON } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

export const MembershipRef = builder.prismaNode("Membership", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...inViewerOrgs(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().membership.findMany({ where: { id: { in: ids }, ...inViewerOrgs(ctx) } })),
  fields: (t) => ({
    role: t.expose("role", { type: RoleEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    user: t.field({ type: UserRef, resolve: (m, _args, ctx, info) => userById(ctx, info).load(m.userId) as Promise<User> }),
    organization: t.field({
      type: OrganizationRef,
      resolve: (m, _args, ctx, info) => organizationById(ctx, info).load(m.organizationId) as Promise<Organization>,
    }),
  }),
});

// Only memberships in organizations the viewer belongs to, so other tenants stay invisible.
builder.prismaObjectField(UserRef, "memberships", (t) =>
  t.field({ type: [MembershipRef], extensions: listSize(PLANNED_PER_PERSON), resolve: (user, _args, ctx, info) => membershipsOf(ctx, info).load(user.id) }),
);
