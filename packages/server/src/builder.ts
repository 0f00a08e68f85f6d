import SchemaBuilder from "@pothos/core";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";
import type { Context } from "./context.js";
import { ForbiddenError } from "./errors.js";

const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number | bigint };
  };
  AuthScopes: { signedIn: boolean; reviewer: boolean; editor: boolean; admin: boolean };
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  scopeAuth: {
    authScopes: (ctx) => {
      const role = ctx.viewer?.role;
      return {
        signedIn: !!role,
        reviewer: role === "REVIEWER" || role === "EDITOR" || role === "ADMIN",
        editor: role === "EDITOR" || role === "ADMIN",
        admin: role === "ADMIN",
      };
    },
    // Scope failures become a typed ForbiddenError wherever a field lists it among its errors.
    unauthorizedError: (_parent, ctx, _info, result) =>
      new ForbiddenError(ctx.viewer ? result.message : "Sign in to do this."),
    treatErrorsAsUnauthorized: true,
  },
  errors: {
    defaultUnionOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Result` },
    defaultResultOptions: { name: ({ fieldName }) => `${capitalize(fieldName)}Success` },
  },
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    defaultConnectionSize: 20,
    maxConnectionSize: 100,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: { description: "Fetches any object by its global ID." },
    nodesQueryOptions: { description: "Fetches several objects by their global IDs, in the order given." },
  },
});

builder.addScalarType("DateTime", DateTimeResolver, {
  description: "An instant in time, as an ISO 8601 string in UTC (2025-03-10T14:00:00.000Z).",
});
builder.addScalarType("JSON", JSONResolver, { description: "Arbitrary JSON (audit snapshots)." });

builder.queryType({ description: "Everything FactDesk lets you read." });
builder.mutationType({ description: "Everything FactDesk lets you change. Each returns a typed result union." });
