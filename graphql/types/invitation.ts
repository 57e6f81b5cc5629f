import "server-only";
import type { Role } from "../../prisma/generated/client/enums.ts";
import { prisma } from "../../server/db.ts";
import { env } from "../../server/env.ts";
import { acceptInvitation, inviteMember, previewInvitation, revokeInvitation } from "../../server/members/invitations.ts";
import { invitationStatus, invitePath, inviteUrl } from "../../domain/schemas/member.ts";
import { type Context, refreshViewer } from "../context.ts";
import { builder } from "../builder.ts";
import { batchedNodes } from "../nodes.ts";
import { idOf } from "../ids.ts";
import { organizationById, userById } from "../loaders.ts";
import type { Organization, User } from "../../prisma/generated/client/client.ts";
import { UserRef } from "./user.ts";
import { OrganizationRef } from "./organization.ts";
import { RoleEnum } from "./role.ts";
import { PLANNED_LINKS } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

/** Organizations where the viewer may see and manage invitations. */
function adminOrgIds(ctx: Context): string[] {
  const ids: string[] = [];
  for (const [orgId, role] of ctx.viewer?.roles ?? []) if (role === "OWNER" || role === "ADMIN") ids.push(orgId);
  return ids;
}

export const InvitationStatusEnum = builder.enumType("InvitationStatus", {
  values: ["PENDING", "ACCEPTED", "EXPIRED", "REVOKED"] as const,
});

// Only admins of the organization see its invitations; to anyone else an id is simply unknown.
export const InvitationRef = builder.prismaNode("Invitation", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ id, organizationId: { in: adminOrgIds(ctx) } }),
  ...batchedNodes((ids, ctx) => prisma().invitation.findMany({ where: { id: { in: ids }, organizationId: { in: adminOrgIds(ctx) } } })),
  // node(id) answers null, not an error, for an id that is unknown or not the viewer's.
  nullable: true,
  authScopes: (inv) => ({ orgAdmin: inv.organizationId }),
  fields: (t) => ({
    email: t.exposeString("email"),
    role: t.expose("role", { type: RoleEnum }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    status: t.field({
      type: InvitationStatusEnum,
      resolve: (inv) => invitationStatus(inv),
    }),
    invitedBy: t.field({ type: UserRef, resolve: (inv, _args, ctx, info) => userById(ctx, info).load(inv.invitedById) as Promise<User> }),
    organization: t.field({
      type: OrganizationRef,
      resolve: (inv, _args, ctx, info) => organizationById(ctx, info).load(inv.organizationId) as Promise<Organization>,
    }),
  }),
});

builder.prismaObjectField(OrganizationRef, "invitations", (t) =>
  t.relation("invitations", {
    extensions: listSize(PLANNED_LINKS),
    description: "Pending, unexpired invitations, newest first; empty unless you are an admin here.",
    query: (_args, ctx) => ({
      where: { organizationId: { in: adminOrgIds(ctx) }, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  }),
);

const InvitationPreview = builder
  .objectRef<{
    organizationName: string;
    email: string;
    role: Role;
    invitedByName: string;
    expiresAt: Date;
    status: "PENDING" | "ACCEPTED" | "EXPIRED" | "REVOKED";
  }>("InvitationPreview")
  .implement({
    description: "What an invitation link offers, for the page that accepts it.",
    fields: (t) => ({
      organizationName: t.exposeString("organizationName"),
      email: t.exposeString("email"),
      role: t.expose("role", { type: RoleEnum }),
      invitedByName: t.exposeString("invitedByName"),
      expiresAt: t.expose("expiresAt", { type: "DateTime" }),
      status: t.expose("status", { type: InvitationStatusEnum }),
    }),
  });

builder.queryField("invitation", (t) =>
  t.field({
    type: InvitationPreview,
    nullable: true,
    description: "The invitation behind a secret link; null for an unknown token. Needs no sign-in.",
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, { token }) => previewInvitation(token),
  }),
);

const InviteMemberInput = builder.inputType("InviteMemberInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    email: t.string({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
  }),
});

const InviteMemberPayload = builder.objectRef<{ invitationId: string; token: string }>("InviteMemberPayload").implement({
  fields: (t) => ({
    invitation: t.prismaField({
      type: "Invitation",
      resolve: (query, p) => prisma().invitation.findUniqueOrThrow({ ...query, where: { id: p.invitationId } }),
    }),
    invitePath: t.string({
      description: "The secret link's path (/invitations/<token>). Shown once: only its hash is stored.",
      resolve: (p) => invitePath(p.token),
    }),
    inviteUrl: t.string({
      description: "The secret link, absolute when the server knows its public URL (NEXTAUTH_URL), else the path.",
      resolve: (p) => inviteUrl(p.token, env().NEXTAUTH_URL),
    }),
  }),
});

builder.mutationField("inviteMember", (t) =>
  t.field({
    type: InviteMemberPayload,
    description:
      "Invite an email address with a role (admins; only owners invite owners). Re-inviting an address replaces its pending invitation.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: InviteMemberInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const organizationId = idOf(input.organizationId, "Organization");
      const { invitation, token } = await inviteMember(ctx.viewer, organizationId, { email: input.email, role: input.role });
      return { invitationId: invitation.id, token };
    },
  }),
);

const InvitationPayload = (name: string) =>
  builder.objectRef<{ invitationId: string }>(name).implement({
    fields: (t) => ({
      invitation: t.prismaField({
        type: "Invitation",
        resolve: (query, p) => prisma().invitation.findUniqueOrThrow({ ...query, where: { id: p.invitationId } }),
      }),
    }),
  });

const RevokeInvitationInput = builder.inputType("RevokeInvitationInput", {
  fields: (t) => ({ invitationId: t.id({ required: true }) }),
});

builder.mutationField("revokeInvitation", (t) =>
  t.field({
    type: InvitationPayload("RevokeInvitationPayload"),
    description: "Revoke a pending invitation so its link stops working (admins).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RevokeInvitationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const invitation = await revokeInvitation(ctx.viewer, idOf(input.invitationId, "Invitation"));
      return { invitationId: invitation.id };
    },
  }),
);

const AcceptInvitationInput = builder.inputType("AcceptInvitationInput", {
  fields: (t) => ({ token: t.string({ required: true }) }),
});

const AcceptInvitationPayload = builder.objectRef<{ membershipId: string }>("AcceptInvitationPayload").implement({
  fields: (t) => ({
    membership: t.prismaField({
      type: "Membership",
      resolve: (query, p) => prisma().membership.findUniqueOrThrow({ ...query, where: { id: p.membershipId } }),
    }),
  }),
});

builder.mutationField("acceptInvitation", (t) =>
  t.field({
    type: AcceptInvitationPayload,
    description: "Join the organization with the invited role; your account's email must be the invited one.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const membership = await acceptInvitation(ctx.viewer, input.token);
      // The request's viewer was loaded before joining; reload it so the payload can show the new org.
      await refreshViewer(ctx);
      return { membershipId: membership.id };
    },
  }),
);
