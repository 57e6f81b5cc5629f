import "server-only";
import { prisma } from "../../server/db.ts";
import { notFound } from "../../server/errors.ts";
import { createOrganization, updateOrganization } from "../../server/orgs/organizations.ts";
import { builder } from "../builder.ts";
import { batchedNodes } from "../nodes.ts";
import { refreshViewer } from "../context.ts";
import { idOf } from "../ids.ts";
import { RoleEnum } from "./role.ts";
import { orgPermissions, type OrgPermissions } from "../../server/permissions.ts";

const OrgPermissionsRef = builder.objectRef<OrgPermissions>("OrgPermissions").implement({
  description: "What the signed-in user may do in an organization, from the same rules the API enforces.",
  fields: (t) => ({
    editGoals: t.exposeBoolean("editGoals", { description: "Create and change goals, milestones, check-ins and assignments." }),
    comment: t.exposeBoolean("comment", { description: "Write comments." }),
    manageMembers: t.exposeBoolean("manageMembers", { description: "Invite people, change roles and remove members." }),
    manageOwners: t.exposeBoolean("manageOwners", { description: "Grant, take away or remove the owner role." }),
    manageSettings: t.exposeBoolean("manageSettings", { description: "Rename the organization, change its slug or time zone." }),
    manageSharing: t.exposeBoolean("manageSharing", { description: "Share the dashboard and see every share link." }),
    ownOrganization: t.exposeBoolean("ownOrganization", { description: "Transfer ownership and delete the organization." }),
    shareViews: t.exposeBoolean("shareViews", { description: "Share a saved dashboard view with the organization (stakeholders keep personal views)." }),
    manageTemplates: t.exposeBoolean("manageTemplates", { description: "Save goals as organization templates, rename and delete them." }),
    grantableRoles: t.field({
      type: [RoleEnum],
      description: "The roles you may hand out in invitations and role changes.",
      resolve: (p) => p.grantableRoles,
    }),
  }),
});

export const OrganizationRef = builder.prismaNode("Organization", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, AND: { id: { in: ctx.viewer?.orgIds ?? [] } } }),
  ...batchedNodes((ids, ctx) => prisma().organization.findMany({ where: { AND: [{ id: { in: ids } }, { id: { in: ctx.viewer?.orgIds ?? [] } }] } })),
  authScopes: (org) => ({ orgMember: org.id }),
  fields: (t) => ({
    name: t.exposeString("name"),
    slug: t.exposeString("slug"),
    timeZone: t.exposeString("timeZone", { description: "IANA time zone in which due and target dates are read." }),
    mission: t.exposeString("mission", { description: "The organization's mission statement; empty when not set. SMART's Relevant accepts goals that serve it." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    viewerRole: t.field({
      type: RoleEnum,
      description: "The signed-in user's role here.",
      resolve: (org, _args, ctx) => ctx.viewer!.roles.get(org.id)!,
    }),
    viewerCan: t.field({
      type: OrgPermissionsRef,
      description: "What you may do here; the UI asks this instead of reading roles.",
      resolve: (org, _args, ctx) => orgPermissions(ctx.viewer, org.id),
    }),
    members: t.relatedConnection("memberships", {
      cursor: "id",
      totalCount: true,
      query: () => ({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    }),
  }),
});

builder.queryField("organization", (t) =>
  t.prismaField({
    type: "Organization",
    description: "An organization you belong to, by slug; NOT_FOUND for any other slug.",
    authScopes: { authenticated: true },
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (query, _root, { slug }, ctx) => {
      // The viewer's organizations came with the viewer: only relations the query asks for
      // (e.g. the goals list's goals and count) need a statement.
      const org = [...ctx.viewer!.organizations.values()].find((o) => o.slug === slug.toLowerCase());
      if (!org) throw notFound();
      return Object.keys(query).length ? prisma().organization.findUniqueOrThrow({ ...query, where: { id: org.id } }) : org;
    },
  }),
);

const OrganizationPayload = (name: string) =>
  builder.objectRef<{ organizationId: string }>(name).implement({
    fields: (t) => ({
      organization: t.prismaField({
        type: "Organization",
        resolve: (query, p) => prisma().organization.findUniqueOrThrow({ ...query, where: { id: p.organizationId } }),
      }),
    }),
  });

const CreateOrganizationInput = builder.inputType("CreateOrganizationInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    slug: t.string({ description: "Derived from the name when omitted." }),
    timeZone: t.string({ description: "IANA time zone; defaults to UTC." }),
  }),
});

builder.mutationField("createOrganization", (t) =>
  t.field({
    type: OrganizationPayload("CreateOrganizationPayload"),
    description: "Create an organization; you become its owner.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateOrganizationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const org = await createOrganization(ctx.viewer, {
        name: input.name,
        slug: input.slug ?? undefined,
        timeZone: input.timeZone ?? undefined,
      });
      await refreshViewer(ctx);
      return { organizationId: org.id };
    },
  }),
);

const UpdateOrganizationInput = builder.inputType("UpdateOrganizationInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    name: t.string(),
    slug: t.string(),
    timeZone: t.string(),
    mission: t.string({ description: "At most 500 characters; an empty string clears it." }),
  }),
});

builder.mutationField("updateOrganization", (t) =>
  t.field({
    type: OrganizationPayload("UpdateOrganizationPayload"),
    description: "Rename an organization or change its slug, time zone or mission (admins).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateOrganizationInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const organizationId = idOf(input.organizationId, "Organization");
      await updateOrganization(ctx.viewer, organizationId, {
        name: input.name ?? undefined,
        slug: input.slug ?? undefined,
        timeZone: input.timeZone ?? undefined,
        mission: input.mission ?? undefined,
      });
      return { organizationId };
    },
  }),
);
