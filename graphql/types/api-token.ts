import "server-only";
import { prisma } from "../../server/db.ts";
import { createApiToken, revokeApiToken } from "../../server/tokens/api-tokens.ts";
import { builder } from "../builder.ts";
import { batchedNodes } from "../nodes.ts";
import { apiTokensOf } from "../loaders.ts";
import { idOf } from "../ids.ts";
import { UserRef } from "./user.ts";
import { PLANNED_PER_PERSON } from "../../domain/limits.ts";
import { listSize } from "../complexity.ts";

// A token is visible to its owner only; anyone else's id is unknown. The hash is never exposed.
export const ApiTokenRef = builder.prismaNode("ApiToken", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.userId ?? "" }),
  ...batchedNodes((ids, ctx) => prisma().apiToken.findMany({ where: { id: { in: ids }, userId: ctx.viewer?.userId ?? "" } })),
  // node(id) answers null, not an error, for an id that is unknown or not the viewer's.
  nullable: true,
  authScopes: (token, ctx) => !!ctx.viewer && token.userId === ctx.viewer.userId,
  fields: (t) => ({
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix", { description: "The token's first characters, to recognise it in a list." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.prismaObjectField(UserRef, "apiTokens", (t) =>
  t.field({
    type: [ApiTokenRef],
    extensions: listSize(PLANNED_PER_PERSON),
    description: "Your API tokens, newest first (revoked ones included); empty for anyone else.",
    resolve: (user, _args, ctx, info) => apiTokensOf(ctx, info).load(user.id),
  }),
);

const CreateApiTokenInput = builder.inputType("CreateApiTokenInput", {
  fields: (t) => ({ name: t.string({ required: true }) }),
});

const CreateApiTokenPayload = builder.objectRef<{ apiTokenId: string; token: string }>("CreateApiTokenPayload").implement({
  fields: (t) => ({
    apiToken: t.prismaField({
      type: "ApiToken",
      resolve: (query, p) => prisma().apiToken.findUniqueOrThrow({ ...query, where: { id: p.apiTokenId } }),
    }),
    token: t.exposeString("token", {
      description: "The secret, for `Authorization: Bearer <token>`. Shown once: only its hash is stored.",
    }),
  }),
});

builder.mutationField("createApiToken", (t) =>
  t.field({
    type: CreateApiTokenPayload,
    description: "Create a personal API token that acts as you.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const { apiToken, token } = await createApiToken(ctx.viewer, { name: input.name });
      return { apiTokenId: apiToken.id, token };
    },
  }),
);

const RevokeApiTokenInput = builder.inputType("RevokeApiTokenInput", {
  fields: (t) => ({ apiTokenId: t.id({ required: true }) }),
});

const RevokeApiTokenPayload = builder.objectRef<{ apiTokenId: string }>("RevokeApiTokenPayload").implement({
  fields: (t) => ({
    apiToken: t.prismaField({
      type: "ApiToken",
      resolve: (query, p) => prisma().apiToken.findUniqueOrThrow({ ...query, where: { id: p.apiTokenId } }),
    }),
  }),
});

builder.mutationField("revokeApiToken", (t) =>
  t.field({
    type: RevokeApiTokenPayload,
    description: "Revoke one of your API tokens; requests using it are then refused.",
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RevokeApiTokenInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const apiToken = await revokeApiToken(ctx.viewer, idOf(input.apiTokenId, "ApiToken"));
      return { apiTokenId: apiToken.id };
    },
  }),
);
