import "server-only";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { SavedView, User } from "../../prisma/generated/client/client.ts";
import { MAX_VIEWS_PER_ORG, type CreateSavedViewInput, type SavedViewFilters } from "../../domain/schemas/saved-view.ts";
import { prisma } from "../../server/db.ts";
import {
  canDeleteSavedView,
  createSavedView,
  deleteSavedView,
  updateSavedView,
  visibleViews,
} from "../../server/saved-views/saved-views.ts";
import { builder } from "../builder.ts";
import { listSize } from "../complexity.ts";
import { idOf } from "../ids.ts";
import { perRequest, userById } from "../loaders.ts";
import { HealthEnum } from "./goal.ts";
import { OrganizationRef } from "./organization.ts";
import { UserRef } from "./user.ts";

const SavedViewFiltersRef = builder.objectRef<SavedViewFilters>("SavedViewFilters").implement({
  description: "The dashboard's filters as its URL holds them (?owner=…&health=…&parent=…&window=…).",
  fields: (t) => ({
    owner: t.string({ nullable: true, description: "A member's user id: only goals they own.", resolve: (f) => f.owner }),
    parent: t.string({ nullable: true, description: "A goal id: only its direct sub-goals.", resolve: (f) => f.parent }),
    health: t.field({ type: HealthEnum, nullable: true, resolve: (f) => f.health }),
    window: t.string({ description: "ALL, THIS_QUARTER, NEXT_QUARTER or THIS_YEAR (by target date).", resolve: (f) => f.window }),
  }),
});

export const SavedViewRef = builder.prismaObject("SavedView", {
  description: "A named set of dashboard filters: personal (only its creator sees it) or shared with the organization.",
  fields: (t) => ({
    id: t.id({ resolve: (v) => encodeGlobalID("SavedView", v.id) }),
    name: t.exposeString("name"),
    shared: t.exposeBoolean("shared"),
    filters: t.field({ type: SavedViewFiltersRef, resolve: (v) => v.filters as unknown as SavedViewFilters }),
    creator: t.field({ type: UserRef, resolve: (v, _args, ctx, info) => userById(ctx, info).load(v.creatorId) as Promise<User> }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    viewerCanEdit: t.boolean({
      description: "Only its creator renames it, changes its filters or its sharing.",
      resolve: (v, _args, ctx) => v.creatorId === ctx.viewer?.userId,
    }),
    viewerCanDelete: t.boolean({
      description: "Its creator, or an admin for a shared view.",
      resolve: (v, _args, ctx) => canDeleteSavedView(ctx.viewer, v),
    }),
  }),
});

/** The views each organization shows the viewer, in one statement for all organizations of a query. */
const savedViewsOf = (ctx: Parameters<typeof userById>[0], at: Parameters<typeof userById>[1]) =>
  perRequest<SavedView[]>(ctx, "SavedView.organization", at, async (orgIds) => {
    const rows = await prisma().savedView.findMany({
      where: visibleViews(ctx.viewer, orgIds),
      orderBy: [{ name: "asc" }, { id: "asc" }],
    });
    return orgIds.map((id) => rows.filter((r) => r.organizationId === id));
  });

builder.prismaObjectField(OrganizationRef, "savedViews", (t) =>
  t.field({
    type: [SavedViewRef],
    description: "Dashboard views you can open here: those shared with the organization and your own, by name.",
    extensions: listSize(MAX_VIEWS_PER_ORG),
    resolve: (org, _args, ctx, info) => savedViewsOf(ctx, info).load(org.id),
  }),
);

const SavedViewFiltersInput = builder.inputType("SavedViewFiltersInput", {
  fields: (t) => ({
    owner: t.string(),
    parent: t.string(),
    health: t.field({ type: HealthEnum }),
    window: t.string({ description: "ALL (default), THIS_QUARTER, NEXT_QUARTER or THIS_YEAR." }),
  }),
});

const SavedViewPayload = (name: string) =>
  builder.objectRef<{ savedViewId: string }>(name).implement({
    fields: (t) => ({
      savedView: t.prismaField({
        type: "SavedView",
        resolve: (query, p) => prisma().savedView.findUniqueOrThrow({ ...query, where: { id: p.savedViewId } }),
      }),
    }),
  });

const CreateSavedViewInput = builder.inputType("CreateSavedViewInput", {
  fields: (t) => ({
    organizationId: t.id({ required: true }),
    name: t.string({ required: true, description: "1 to 80 characters." }),
    filters: t.field({ type: SavedViewFiltersInput, required: true }),
    shared: t.boolean({ description: "Share with the organization (members and above); personal when omitted." }),
  }),
});

builder.mutationField("createSavedView", (t) =>
  t.field({
    type: SavedViewPayload("CreateSavedViewPayload"),
    description: "Save the dashboard's filters under a name, for yourself or (members and above) for the organization.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateSavedViewInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const view = await createSavedView(ctx.viewer, idOf(input.organizationId, "Organization"), {
        name: input.name,
        filters: input.filters as CreateSavedViewInput["filters"],
        shared: input.shared ?? false,
      });
      return { savedViewId: view.id };
    },
  }),
);

const UpdateSavedViewInput = builder.inputType("UpdateSavedViewInput", {
  fields: (t) => ({
    savedViewId: t.id({ required: true }),
    name: t.string(),
    filters: t.field({ type: SavedViewFiltersInput }),
    shared: t.boolean(),
  }),
});

builder.mutationField("updateSavedView", (t) =>
  t.field({
    type: SavedViewPayload("UpdateSavedViewPayload"),
    description: "Rename a view you saved, change its filters, or share or unshare it.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateSavedViewInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      savedViewId: await updateSavedView(ctx.viewer, idOf(input.savedViewId, "SavedView"), {
        name: input.name ?? undefined,
        filters: (input.filters ?? undefined) as CreateSavedViewInput["filters"] | undefined,
        shared: input.shared ?? undefined,
      }),
    }),
  }),
);

const DeleteSavedViewInput = builder.inputType("DeleteSavedViewInput", {
  fields: (t) => ({ savedViewId: t.id({ required: true }) }),
});

const DeleteSavedViewPayload = builder
  .objectRef<{ deletedSavedViewId: string; organizationId: string }>("DeleteSavedViewPayload")
  .implement({
    fields: (t) => ({
      deletedSavedViewId: t.id({ resolve: (p) => encodeGlobalID("SavedView", p.deletedSavedViewId) }),
      organization: t.prismaField({
        type: "Organization",
        resolve: (query, p) => prisma().organization.findUniqueOrThrow({ ...query, where: { id: p.organizationId } }),
      }),
    }),
  });

builder.mutationField("deleteSavedView", (t) =>
  t.field({
    type: DeleteSavedViewPayload,
    description: "Delete a view (its creator; admins may also delete shared views).",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DeleteSavedViewInput, required: true }) },
    resolve: (_root, { input }, ctx) => deleteSavedView(ctx.viewer, idOf(input.savedViewId, "SavedView")),
  }),
);
