import { compiledNodeLoads } from "./compiled-reads.js";
import { readableNode } from "./node-access.js";
import { rememberWrittenOffset } from "./written-offsets.js";
import SchemaBuilder from "@pothos/core";
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from "@pothos/plugin-scope-auth";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ComplexityPlugin from "@pothos/plugin-complexity";
import GeneratedDescriptionsPlugin from "./generated-descriptions.js";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { getNullableType, GraphQLError, GraphQLScalarType, isListType, Kind, type GraphQLField } from "graphql";
import { isStorableDate } from "./services/validation.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";
import type { Context } from "./context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors.js";
import { authScopesFor } from "./services/access.js";

const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** The page size a connection uses when the query gives neither `first` nor `last`. */
export const DEFAULT_PAGE_SIZE = 20;
/** The most items one page (`first`/`last`) may ask for. */
export const MAX_PAGE_SIZE = 100;

/**
 * Cost weights: every field costs 1; what a list selects counts once per item it may return. A connection's
 * items are its page size (`first`/`last`, else the default), counted at the connection field, so its `edges`
 * count once; `nodes(ids:)` returns one item per ID; any other object list counts as ten.
 */
function fieldComplexity(args: Record<string, unknown>, _ctx: Context, field: GraphQLField<unknown, Context>) {
  const page = args.first ?? args.last;
  if (typeof page === "number") return { field: 1, multiplier: Math.max(0, page) };
  if (Array.isArray(args.ids)) return { field: 1, multiplier: args.ids.length };
  if ("first" in args || "last" in args || field.args.some((a) => a.name === "first")) return { field: 1, multiplier: DEFAULT_PAGE_SIZE };
  if (field.name === "edges") return { field: 1, multiplier: 1 };
  return isListType(getNullableType(field.type)) ? { field: 1, multiplier: 10 } : 1;
}

/** The first scope named in a failed check (the one that decided it). */
function firstScope(failure: AuthFailure): string | null {
  if (failure.kind === AuthScopeFailureType.AuthScope) return failure.scope;
  if (failure.kind === AuthScopeFailureType.AnyAuthScopes || failure.kind === AuthScopeFailureType.AllAuthScopes)
    for (const inner of failure.failures) {
      const scope = firstScope(inner);
      if (scope) return scope;
    }
  return null;
}

/** What a caller without a session is told: the API key scope that would let it, or that staff must sign in. */
const KEY_SCOPES_FOR: Record<string, string> = {
  readDesk: "claims:read",
  readFigures: "figures:read or claims:read",
  submitClaims: "claims:write",
};

function refusalFor(scope: string | null, withKey: boolean): string {
  const keyScopes = scope ? KEY_SCOPES_FOR[scope] : undefined;
  if (withKey) return keyScopes ? `This API key cannot do this: it needs ${keyScopes}.` : "API keys cannot do this: sign in to the desk.";
  return keyScopes ? `Sign in, or use an API key with ${keyScopes}, to do this.` : "Sign in to do this.";
}

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    ID: { Input: string; Output: string | number | bigint };
  };
  AuthScopes: {
    /** A staff member with a session. */
    signedIn: boolean;
    /** The whole desk, read-only: staff, and API keys with claims:read. */
    readDesk: boolean;
    /** Events and reported figures: readers of the desk, and API keys with figures:read. */
    readFigures: boolean;
    /** Submitting claims and articles: reviewers and up, and API keys with claims:write. */
    submitClaims: boolean;
    reviewer: boolean;
    editor: boolean;
    admin: boolean;
  };
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  // Errors first: it must wrap scope-auth so an authorization failure becomes a typed ForbiddenError result.
  // Complexity only weighs fields here; guards/operation-limits.ts measures each operation before it runs.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin, GeneratedDescriptionsPlugin],
  complexity: { fieldComplexity },
  scopeAuth: {
    authScopes: (ctx) => authScopesFor(ctx.viewer, ctx.access),
    // Scope failures become a typed ForbiddenError wherever a field lists it among its errors.
    unauthorizedError: (_parent, ctx, _info, result) =>
      new ForbiddenError(ctx.viewer ? result.message : refusalFor(firstScope(result.failure), !!ctx.partner)),
    treatErrorsAsUnauthorized: true,
    // A subscription is refused when it is set up, not left open to fail on every event.
    authorizeOnSubscribe: true,
  },
  errors: {
    // Every mutation can answer these four; a field lists only the error types it adds.
    defaultTypes: [ValidationError, NotFoundError, ConflictError, ForbiddenError],
    defaultUnionOptions: {
      name: ({ fieldName }) => `${capitalize(fieldName)}Result`,
      description: "What a mutation returns: its success payload or one of its expected errors (switch on `__typename`).",
    },
    defaultResultOptions: {
      name: ({ fieldName }) => `${capitalize(fieldName)}Success`,
      description: "The mutation succeeded and its change is saved.",
    },
  },
  prisma: {
    client: (ctx) => compiledNodeLoads(ctx.prisma),
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "warn",
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: {
      description:
        "Fetches any object by its global ID: null when nothing has that ID or you may not read it (the two answers are the same); a malformed ID is an `input/invalid` error.",
      args: { id: { description: "A global ID, as found in any object's `id` field." } },
      resolve: async (_root, { id }, ctx, info, resolveNode): Promise<unknown> =>
        readableNode(builder, id.typename, await resolveNode(id), ctx, info),
    },
    nodesQueryOptions: {
      description:
        "Fetches several objects by their global IDs, in the order given: null in the place of each ID that names nothing you may read; a malformed ID is an `input/invalid` error.",
      args: { ids: { description: "Global IDs, as found in objects' `id` fields." } },
      resolve: async (_root, { ids }, ctx, info, resolveNodes): Promise<unknown[]> =>
        Promise.all((await resolveNodes(ids)).map((node, i) => readableNode(builder, ids[i]!.typename, node, ctx, info))),
    },
    // Connection, edge and page-info types are generated; these options give them the descriptions partners read.
    idFieldOptions: { description: "Global ID: opaque and stable; `node(id:)` fetches the object by it." },
    nodeTypeOptions: { description: "An object with a global ID, which `node` and `nodes` can fetch." },
    pageInfoTypeOptions: { description: "Where a page sits in its list, with the cursors to continue from." },
    hasNextPageFieldOptions: { description: "More items follow this page." },
    hasPreviousPageFieldOptions: { description: "More items precede this page." },
    startCursorFieldOptions: { description: "Cursor of the page's first item (pass it as `before` for the previous page)." },
    endCursorFieldOptions: { description: "Cursor of the page's last item (pass it as `after` for the next page)." },
    pageInfoFieldOptions: { description: "Cursors of this page and whether more items exist." },
    edgesFieldOptions: { description: "The items on this page, each with its cursor." },
    nodeFieldOptions: { description: "The item." },
    cursorFieldOptions: { description: "Opaque position of this item in the list, for `after` and `before`." },
    firstArgOptions: { description: "Page forwards: return at most this many items (default 20, at most 100)." },
    afterArgOptions: { description: "Start after the item with this cursor." },
    lastArgOptions: { description: "Page backwards: return at most this many items, the last ones before `before`." },
    beforeArgOptions: { description: "End before the item with this cursor." },
    defaultConnectionTypeOptions: { description: "One page of a list, in the list's stable order." },
    defaultEdgeTypeOptions: { description: "An item on a page, with its cursor." },
  },
});

/** graphql-scalars' date-time, refusing instants the database cannot hold (year 0000 reached PostgreSQL and failed there). */
const storableDate = (date: Date) => {
  if (!isStorableDate(date)) throw new GraphQLError("DateTime must fall in the years 0001 to 9999.");
  return date;
};
const StorableDateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => rememberWrittenOffset(storableDate(DateTimeResolver.parseValue(value)), value),
  parseLiteral: (ast, variables) =>
    rememberWrittenOffset(storableDate(DateTimeResolver.parseLiteral(ast, variables)), ast.kind === Kind.STRING ? ast.value : null),
});
builder.addScalarType("DateTime", StorableDateTime, {
  description: "An instant in time, as an ISO 8601 string in UTC (2025-03-10T14:00:00.000Z).",
});
builder.addScalarType("JSON", JSONResolver, { description: "Arbitrary JSON (audit snapshots)." });

builder.queryType({ description: "Everything FactDesk lets you read." });
builder.mutationType({ description: "Everything FactDesk lets you change. Each returns a typed result union." });
