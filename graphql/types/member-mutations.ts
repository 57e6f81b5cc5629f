import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { prisma } from "../../server/db.ts";
import { removeMember, transferOwnership, updateMemberRole } from "../../server/members/members.ts";
import { deleteOrganization } from "../../server/orgs/delete-organization.ts";
import { builder } from "../builder.ts";
import { refreshViewer } from "../context.ts";
import { idOf } from "../ids.ts";
import { RoleEnum } from "./role.ts";

const UpdateMemberRoleInput = builder.inputType("UpdateMemberRoleInput", {
  fields: (t) => ({
    membershipId: t.id({ required: true }),
    role: t.field({ type: RoleEnum, required: true }),
  }),
});

const UpdateMemberRolePayload = builder.objectRef<{ membershipId: string }>("UpdateMemberRolePayload").implement({
  fields: (t) => ({
    membership: t.prismaField({
      type: "Membership",
      resolve: (query, p) => prisma().membership.findUniqueOrThrow({ ...query, where: { id: p.membershipId } }),
    }),
  }),
});

builder.mutationField("updateMemberRole", (t) =>
  t.field({
    type: UpdateMemberRolePayload,
    description: "Change a member's role (admins; only owners grant or take away OWNER; the last owner stays).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateMemberRoleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const membership = await updateMemberRole(ctx.viewer, idOf(input.membershipId, "Membership"), { role: input.role });
      // The viewer may have changed their own role; answer with the roles as they are now.
      if (membership.userId === ctx.viewer!.userId) await refreshViewer(ctx);
      return { membershipId: membership.id };
    },
  }),
);

const RemoveMemberInput = builder.inputType("RemoveMemberInput", {
  fields: (t) => ({ membershipId: t.id({ required: true }) }),
});

const RemoveMemberPayload = builder
  .objectRef<{ organizationId: string; removedMembershipId: string }>("RemoveMemberPayload")
  .implement({
    fields: (t) => ({
      organization: t.prismaField({
        type: "Organization",
        resolve: (query, p) => prisma().organization.findUniqueOrThrow({ ...query, where: { id: p.organizationId } }),
      }),
      removedMembershipId: t.id({
        resolve: (p) => encodeGlobalID("Membership", p.removedMembershipId),
      }),
    }),
  });

builder.mutationField("removeMember", (t) =>
  t.field({
    type: RemoveMemberPayload,
    description: "Remove a member (admins; only owners remove owners), or yourself to leave. The last owner stays.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RemoveMemberInput, required: true }) },
    resolve: (_root, { input }, ctx) => removeMember(ctx.viewer, idOf(input.membershipId, "Membership")),
  }),
);

const TransferOwnershipInput = builder.inputType("TransferOwnershipInput", {
  fields: (t) => ({ membershipId: t.id({ required: true, description: "The member who becomes the owner." }) }),
});

const TransferOwnershipPayload = builder.objectRef<{ organizationId: string }>("TransferOwnershipPayload").implement({
  fields: (t) => ({
    organization: t.prismaField({
      type: "Organization",
      resolve: (query, p) => prisma().organization.findUniqueOrThrow({ ...query, where: { id: p.organizationId } }),
    }),
  }),
});

builder.mutationField("transferOwnership", (t) =>
  t.field({
    type: TransferOwnershipPayload,
    description: "Make another member the owner (owners); you become an admin.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: TransferOwnershipInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const result = await transferOwnership(ctx.viewer, idOf(input.membershipId, "Membership"));
      await refreshViewer(ctx);
      return result;
    },
  }),
);

const DeleteOrganizationInput = builder.inputType("DeleteOrganizationInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    confirmation: t.string({ required: true, description: "The organization's slug, typed to confirm." }),
  }),
});

const DeleteOrganizationPayload = builder
  .objectRef<{ organizationId: string }>("DeleteOrganizationPayload")
  .implement({
    fields: (t) => ({
      deletedOrganizationId: t.id({ resolve: (p) => encodeGlobalID("Organization", p.organizationId) }),
    }),
  });

builder.mutationField("deleteOrganization", (t) =>
  t.field({
    type: DeleteOrganizationPayload,
    description: "Delete an organization and everything in it (owners), after typing its slug.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DeleteOrganizationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      deleteOrganization(ctx.viewer, idOf(input.organizationId, "Organization"), { confirmation: input.confirmation }),
  }),
);
