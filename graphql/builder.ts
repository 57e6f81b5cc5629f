import "server-only";
import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type PrismaTypes from "../prisma/generated/pothos-types.ts";
import { getDatamodel } from "../prisma/generated/pothos-types.ts";
import { atLeast } from "../server/access.ts";
import { prisma } from "../server/db.ts";
import { DomainError, notFound } from "../server/errors.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./connections.ts";
import type { Context } from "./context.ts";
import { DateScalar, DateTimeScalar } from "./scalars.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    Date: { Input: Date; Output: Date };
    DateTime: { Input: Date; Output: Date };
  };
  AuthScopes: {
    public: boolean;
    authenticated: boolean;
    orgMember: string;
    orgEditor: string;
    orgAdmin: string;
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => {
      // A non-member must not learn that an organization exists: answer as for a missing id.
      const roleIn = (orgId: string) => {
        const role = ctx.viewer?.roles.get(orgId);
        if (ctx.viewer && role === undefined) throw notFound();
        return role;
      };
      return {
        public: true,
        authenticated: !!ctx.viewer,
        orgMember: (orgId) => atLeast(roleIn(orgId), "STAKEHOLDER"),
        orgEditor: (orgId) => atLeast(roleIn(orgId), "MEMBER"),
        orgAdmin: (orgId) => atLeast(roleIn(orgId), "ADMIN"),
      };
    },
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer ? new DomainError("FORBIDDEN") : new DomainError("UNAUTHENTICATED"),
  },
  prisma: {
    client: () => prisma(),
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: { authScopes: { public: true }, description: "Any object by its global id; null when it does not exist or is not yours to see." },
    nodesQueryOptions: { authScopes: { public: true } },
  },
});

builder.addScalarType("Date", DateScalar);
builder.addScalarType("DateTime", DateTimeScalar);

builder.queryType({});
builder.mutationType({});
