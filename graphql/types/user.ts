import "server-only";
import { prisma } from "../../server/db.ts";
import { signUp } from "../../server/users/sign-up.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { batchedNodes } from "../nodes.ts";

// A user is visible to themself and to members of an organization they share.
const visibleUsers = (ctx: Context) => ({
  OR: [{ id: ctx.viewer?.userId ?? "" }, { memberships: { some: { organizationId: { in: ctx.viewer?.orgIds ?? [] } } } }],
});

export const UserRef = builder.prismaNode("User", {
  id: { field: "id" },
  // Missing or not visible: node(id) answers null rather than an error.
  nullable: true,
  findUnique: (id, ctx) => ({ id, ...visibleUsers(ctx) }),
  ...batchedNodes((ids, ctx) => prisma().user.findMany({ where: { id: { in: ids }, ...visibleUsers(ctx) } })),
  fields: (t) => ({
    name: t.exposeString("name"),
    email: t.exposeString("email"),
  }),
});

builder.queryField("me", (t) =>
  t.prismaField({
    type: "User",
    nullable: true,
    description: "The signed-in user, or null when signed out.",
    authScopes: { public: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? prisma().user.findUnique({ ...query, where: { id: ctx.viewer.userId } }) : null,
  }),
);

const SignUpInput = builder.inputType("SignUpInput", {
  fields: (t) => ({
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    password: t.string({ required: true }),
  }),
});

const SignUpPayload = builder.objectRef<{ userId: string }>("SignUpPayload").implement({
  fields: (t) => ({
    user: t.prismaField({
      type: "User",
      resolve: (query, payload) => prisma().user.findUniqueOrThrow({ ...query, where: { id: payload.userId } }),
    }),
  }),
});

builder.mutationField("signUp", (t) =>
  t.field({
    type: SignUpPayload,
    description: "Create an account. Sign in afterwards through next-auth (or create an API token).",
    authScopes: { public: true },
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    resolve: async (_root, { input }) => ({ userId: (await signUp(input)).id }),
  }),
);
