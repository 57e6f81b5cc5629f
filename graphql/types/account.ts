import "server-only";
import { changePassword, deleteAccount, signOutEverywhere, updateProfile } from "../../server/account/account.ts";
import { type OrganizationDeletionImpact, accountDeletionPlan } from "../../server/account/deletion-plan.ts";
import { requireViewer } from "../../server/access.ts";
import { prisma } from "../../server/db.ts";
import { builder } from "../builder.ts";
import { RoleEnum } from "./role.ts";
import { PLANNED_PER_PERSON } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

const AccountDeletionOutcomeEnum = builder.enumType("AccountDeletionOutcome", {
  values: {
    ORGANIZATION_DELETED: { description: "You are its only member: it is deleted with your account." },
    MEMBERSHIP_REMOVED: { description: "You leave it; the goals you own there pass to newGoalOwner." },
    BLOCKED_SOLE_OWNER: { description: "You are its only owner: transfer ownership or delete it first." },
  } as const,
});

const AccountDeletionImpactRef = builder.objectRef<OrganizationDeletionImpact>("AccountDeletionImpact").implement({
  description: "What deleting your account would do to one of your organizations.",
  fields: (t) => ({
    organizationName: t.exposeString("organizationName"),
    organizationSlug: t.exposeString("organizationSlug"),
    role: t.field({ type: RoleEnum, resolve: (p) => p.role }),
    outcome: t.field({ type: AccountDeletionOutcomeEnum, resolve: (p) => p.outcome }),
    ownedGoalCount: t.exposeInt("ownedGoalCount", { description: "Goals you own in this organization." }),
    newGoalOwnerName: t.string({
      nullable: true,
      description: "The owner your goals pass to (the organization's longest-standing other owner).",
      resolve: (p) => p.newGoalOwner?.name ?? null,
    }),
  }),
});

builder.queryField("accountDeletionPlan", (t) =>
  t.field({
    type: [AccountDeletionImpactRef],
    extensions: listSize(PLANNED_PER_PERSON),
    description: "What deleting your account would do, organization by organization, before you do it.",
    authScopes: { authenticated: true },
    resolve: (_root, _args, ctx) => accountDeletionPlan(requireViewer(ctx.viewer).userId),
  }),
);

const UpdateProfileInput = builder.inputType("UpdateProfileInput", {
  fields: (t) => ({ name: t.string({ required: true }) }),
});

const UpdateProfilePayload = builder.objectRef<{ userId: string }>("UpdateProfilePayload").implement({
  fields: (t) => ({
    user: t.prismaField({
      type: "User",
      resolve: (query, p) => prisma().user.findUniqueOrThrow({ ...query, where: { id: p.userId } }),
    }),
  }),
});

builder.mutationField("updateProfile", (t) =>
  t.field({
    type: UpdateProfilePayload,
    description: "Change your name.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: UpdateProfileInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({ userId: (await updateProfile(ctx.viewer, input)).id }),
  }),
);

const ChangePasswordInput = builder.inputType("ChangePasswordInput", {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true }),
  }),
});

const ChangePasswordPayload = builder.objectRef<{ sessionRenewal: string }>("ChangePasswordPayload").implement({
  fields: (t) => ({
    sessionRenewal: t.exposeString("sessionRenewal", {
      description:
        "Every session has ended. Pass this to next-auth's session update (`update({ renewal })`) within 5 minutes to keep this browser signed in.",
    }),
  }),
});

builder.mutationField("changePassword", (t) =>
  t.field({
    type: ChangePasswordPayload,
    description: "Change your password (the current one is required); every other session ends. Signed-in sessions only.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    resolve: (_root, { input }, ctx) => changePassword(ctx.viewer, input),
  }),
);

const SignOutEverywherePayload = builder.objectRef<{ signedOut: true }>("SignOutEverywherePayload").implement({
  fields: (t) => ({ signedOut: t.exposeBoolean("signedOut") }),
});

builder.mutationField("signOutEverywhere", (t) =>
  t.field({
    type: SignOutEverywherePayload,
    description: "End every session of yours, this one included (API tokens stay; revoke them separately). Signed-in sessions only.",
    authScopes: { authenticated: true },
    resolve: async (_root, _args, ctx) => {
      await signOutEverywhere(ctx.viewer);
      return { signedOut: true as const };
    },
  }),
);

const DeleteAccountInput = builder.inputType("DeleteAccountInput", {
  fields: (t) => ({ confirmation: t.string({ required: true, description: "Your email address, typed to confirm." }) }),
});

const DeleteAccountPayload = builder.objectRef<{ deleted: true }>("DeleteAccountPayload").implement({
  fields: (t) => ({ deleted: t.exposeBoolean("deleted") }),
});

builder.mutationField("deleteAccount", (t) =>
  t.field({
    type: DeleteAccountPayload,
    description:
      "Delete your account (see accountDeletionPlan): organizations where you are the only member are deleted, elsewhere your goals pass to an owner. Signed-in sessions only.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: DeleteAccountInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await deleteAccount(ctx.viewer, input);
      return { deleted: true as const };
    },
  }),
);
