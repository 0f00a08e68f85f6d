import { Client, fetchExchange } from "urql";
import {
  cacheExchange,
  type Cache,
  type Data,
  type DataFields,
  type KeyGenerator,
  type Resolver,
  type UpdatesConfig,
  type Variables,
} from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import type { introspection_types } from "./graphql-env.d.ts";

// The whole data layer: one client, one normalized cache. Every object type is keyed here (checked against the
// generated schema types below), lists that page are merged with relay cursors, and every mutation says which
// cached lists it makes stale, so no screen ever shows an outdated list after a change.

type TypeName = keyof introspection_types;
type ObjectTypeName = { [K in TypeName]: introspection_types[K] extends { kind: "OBJECT" } ? K : never }[TypeName];
type NodeTypeName = introspection_types["Node"]["possibleTypes"];

const byId: KeyGenerator = (data) => (typeof data.id === "string" ? data.id : null);
const embedded: KeyGenerator = () => null;

const nodeTypes = [
  "ApiKey",
  "Appearance",
  "AuditEntry",
  "Claim",
  "Entity",
  "Event",
  "Evidence",
  "MediaItem",
  "Rating",
  "ReportedFigure",
  "Source",
  "User",
  "Verdict",
  "VerdictCorrection",
] as const satisfies readonly NodeTypeName[];

/** Types without an identity of their own: stored inside their parent. */
const valueTypes = [
  "Consensus",
  "LabelCount",
  "FigureSummary",
  "FigureSpread",
  "FieldIssue",
  "PageInfo",
  "SearchHit",
  "SimilarClaim",
  "Checkworthiness",
  // Article ingest previews: proposals, not stored objects (their `key` is only unique within one preview).
  "IngestPreview",
  "ExtractedEntity",
  "ExtractedFigure",
  "ExtractedMedia",
  "ExtractedStatement",
  // Errors carry the id of the object they are about, not an id of their own.
  "ConflictError",
  "ForbiddenError",
  "NotFoundError",
  "ValidationError",
  "AddAppearanceSuccess",
  "AddEvidenceSuccess",
  "AddMediaSuccess",
  "AddSourceSuccess",
  "AssignClaimSuccess",
  "CorrectVerdictSuccess",
  "CreateApiKeySuccess",
  "CreateClaimSuccess",
  "CreateEntitySuccess",
  "CreateEventSuccess",
  "CreateUserSuccess",
  "IngestArticleSuccess",
  "DeactivateUserSuccess",
  "MergeClaimsSuccess",
  "PublishVerdictSuccess",
  "RateClaimSuccess",
  "RecordFigureSuccess",
  "RemoveEvidenceSuccess",
  "RestoreEvidenceSuccess",
  "RetractVerdictSuccess",
  "RevokeApiKeySuccess",
  "ConfirmRatingSuccess",
  "RotateApiKeySuccess",
  "SetClaimStatusSuccess",
  "SetMediaVerificationSuccess",
  "SignInSuccess",
  "SignOffVerdictSuccess",
  "SignOutSuccess",
  "UpdateClaimSuccess",
  "UpdateEvidenceSuccess",
  "UpdateFigureSuccess",
  "UpdateSourceSuccess",
  "UpdateUserRoleSuccess",
  "ClaimAppearancesConnection",
  "ClaimAppearancesConnectionEdge",
  "ClaimEvidenceConnection",
  "ClaimEvidenceConnectionEdge",
  "ClaimFiguresConnection",
  "ClaimFiguresConnectionEdge",
  "ClaimHistoryConnection",
  "ClaimHistoryConnectionEdge",
  "ClaimMediaConnection",
  "ClaimMediaConnectionEdge",
  "ClaimRatingsConnection",
  "ClaimRatingsConnectionEdge",
  "EntityClaimsConnection",
  "EntityClaimsConnectionEdge",
  "EventClaimsConnection",
  "EventClaimsConnectionEdge",
  "EventFiguresConnection",
  "EventFiguresConnectionEdge",
  "MediaItemClaimsConnection",
  "MediaItemClaimsConnectionEdge",
  "QueryApiKeysConnection",
  "QueryApiKeysConnectionEdge",
  "QueryAuditLogConnection",
  "QueryAuditLogConnectionEdge",
  "QueryClaimsConnection",
  "QueryClaimsConnectionEdge",
  "QueryEntitiesConnection",
  "QueryEntitiesConnectionEdge",
  "QueryEventsConnection",
  "QueryEventsConnectionEdge",
  "QueryFiguresConnection",
  "QueryFiguresConnectionEdge",
  "QueryMediaConnection",
  "QueryMediaConnectionEdge",
  "QuerySearchConnection",
  "QuerySearchConnectionEdge",
  "QuerySourcesConnection",
  "QuerySourcesConnectionEdge",
  "QueryUsersConnection",
  "QueryUsersConnectionEdge",
  "QueryVerdictsConnection",
  "QueryVerdictsConnectionEdge",
  "SourceAppearancesConnection",
  "SourceAppearancesConnectionEdge",
  "ClaimVerdictsConnection",
  "ClaimVerdictsConnectionEdge",
  // A verdict's frozen copy of the claim it judged, and the edits the history shows: parts of their parent.
  "JudgedClaim",
  "JudgedAppearance",
  "FieldChange",
] as const satisfies readonly ObjectTypeName[];

// Fails to compile when the schema gains an object type that is keyed neither way.
type Unkeyed = Exclude<ObjectTypeName, "Query" | "Mutation" | (typeof nodeTypes)[number] | (typeof valueTypes)[number]>;
const everyTypeKeyed: [Unkeyed] extends [never] ? true : Unkeyed = true;
void everyTypeKeyed;

type ErrorTypeName = introspection_types["Error"]["possibleTypes"];
const errorTypes = ["ConflictError", "ForbiddenError", "NotFoundError", "ValidationError"] as const satisfies readonly ErrorTypeName[];

// Every node type is listed (the compiler says when the schema gains one).
type UnlistedNode = Exclude<NodeTypeName, (typeof nodeTypes)[number]>;
const everyNodeListed: [UnlistedNode] extends [never] ? true : UnlistedNode = true;
void everyNodeListed;

/**
 * Abstract types and their members, so fragments on result unions match deterministically (without shipping the
 * schema). Every mutation result union is `<Name>Result = <Name>Success | ConflictError | ForbiddenError |
 * NotFoundError | ValidationError`; other unions are listed in `otherUnions`. The checks below fail to compile when a
 * union in the schema is neither, or a listed union's members differ.
 */
const otherUnions = {
  SearchResult: ["Claim", "Entity", "Event", "Source"],
  PreviewIngestResult: ["IngestPreview", ...errorTypes],
} as const satisfies { [U in UnionName]?: readonly Members<U>[] };

const possibleTypes: Record<string, string[]> = {
  Node: [...nodeTypes],
  Error: [...errorTypes],
  ...Object.fromEntries(Object.entries(otherUnions).map(([union, members]) => [union, [...members]])),
  ...Object.fromEntries(
    valueTypes
      .filter((name) => name.endsWith("Success"))
      .map((success) => [success.replace(/Success$/, "Result"), [success, ...errorTypes]]),
  ),
};

type UnionName = { [K in TypeName]: introspection_types[K] extends { kind: "UNION" } ? K : never }[TypeName];
type Members<U extends UnionName> = introspection_types[U] extends { possibleTypes: infer P } ? P : never;
type FollowsPattern<U extends UnionName> = U extends `${infer Base}Result`
  ? [Members<U>] extends [`${Base}Success` | ErrorTypeName]
    ? [`${Base}Success` | ErrorTypeName] extends [Members<U>]
      ? true
      : false
    : false
  : false;
type ListedExactly<U extends UnionName> = U extends keyof typeof otherUnions
  ? [Members<U>] extends [(typeof otherUnions)[U][number]]
    ? true
    : false
  : false;
type OffPattern = {
  [U in UnionName]: FollowsPattern<U> extends true ? never : ListedExactly<U> extends true ? never : U;
}[UnionName];
const everyUnionFollowsPattern: [OffPattern] extends [never] ? true : OffPattern = true;
void everyUnionFollowsPattern;

const keys: Record<string, KeyGenerator> = {
  ...Object.fromEntries(nodeTypes.map((name) => [name, byId])),
  ...Object.fromEntries(valueTypes.map((name) => [name, embedded])),
};

const PAGE_ARGS = new Set(["first", "last", "after", "before"]);
const listArgsKey = (args: Variables | null | undefined) =>
  JSON.stringify(
    Object.entries(args ?? {})
      .filter(([name]) => !PAGE_ARGS.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * relayPagination() merges pages but returns only edges/nodes/pageInfo; our connections also have `totalCount`,
 * which is the same on every page of one list, so it is read from any cached page of the same list.
 */
const relayPaginationWithTotalCount = (): Resolver => {
  const paginate = relayPagination();
  return (parent, args, cache, info) => {
    const merged = paginate(parent, args, cache, info) as Data | undefined;
    if (!merged) return merged;
    const key = listArgsKey(args);
    for (const field of cache.inspectFields(info.parentKey)) {
      if (field.fieldName !== info.fieldName || listArgsKey(field.arguments) !== key) continue;
      const page = cache.resolve(info.parentKey, field.fieldKey);
      const totalCount = typeof page === "string" ? cache.resolve(page, "totalCount") : undefined;
      if (typeof totalCount === "number") return { ...merged, totalCount };
    }
    return merged;
  };
};

/** Drops every cached instance of the named fields (all argument combinations), so readers refetch them. */
function invalidateFields(cache: Cache, entity: string | Data | null | undefined, fieldNames: readonly string[]) {
  const key = typeof entity === "string" || entity == null ? entity : cache.keyOfEntity(entity);
  if (!key) return;
  for (const field of cache.inspectFields(key)) {
    if (fieldNames.includes(field.fieldName)) cache.invalidate(key, field.fieldName, field.arguments ?? undefined);
  }
}

const claimKey = (id: unknown) => (typeof id === "string" ? `Claim:${id}` : null);
const eventKey = (id: unknown) => (typeof id === "string" ? `Event:${id}` : null);
const entityKey = (id: unknown) => (typeof id === "string" ? `Entity:${id}` : null);

/** Reads `result[field][payload].claim.id` (or `.id` when the payload is the claim) without trusting its shape. */
function payloadClaimId(result: DataFields, field: string, payload: string): string | null {
  const value = (result[field] as Data | null | undefined)?.[payload] as Data | null | undefined;
  if (!value) return null;
  if (value.__typename === "Claim") return typeof value.id === "string" ? value.id : null;
  const claim = value.claim as Data | null | undefined;
  return typeof claim?.id === "string" ? claim.id : null;
}

const succeeded = (result: DataFields, field: string) => {
  const typename = (result[field] as Data | null | undefined)?.__typename;
  return typeof typename === "string" && typename.endsWith("Success");
};

/** The claim queue and its per-status counts (every `claims` list, whatever its filter). */
const staleClaimLists = (cache: Cache) => invalidateFields(cache, "Query", ["claims"]);

/** Search hits and ingest previews (whose duplicate warnings list claims on the desk). */
const staleFindings = (cache: Cache) => invalidateFields(cache, "Query", ["search", "previewIngest"]);

const claimChanged =
  (field: string, payload: string, claimFields: readonly string[], listsChange = true) =>
  (result: DataFields, args: Variables, cache: Cache) => {
    if (!succeeded(result, field)) return;
    const input = args.input as Variables | undefined;
    const claimId = payloadClaimId(result, field, payload) ?? (input?.claim as string | undefined) ?? null;
    invalidateFields(cache, claimKey(claimId), ["history", ...claimFields]);
    if (listsChange) staleClaimLists(cache);
  };

const verdictChanged = (field: string, claimFields: readonly string[]) => (result: DataFields, args: Variables, cache: Cache) => {
  if (!succeeded(result, field)) return;
  claimChanged(field, "verdict", claimFields)(result, args, cache);
  invalidateFields(cache, "Query", ["verdicts"]);
};

/** Every cached `apiKeys` list (active only, or with revoked and expired keys). */
const apiKeysChanged = (field: string) => (result: DataFields, _args: Variables, cache: Cache) => {
  if (succeeded(result, field)) invalidateFields(cache, "Query", ["apiKeys"]);
};

const updates: UpdatesConfig = {
  Mutation: {
    signIn(result, _args, cache) {
      const payload = result.signIn as Data | null;
      if (payload?.__typename === "SignInSuccess") {
        // Whatever an anonymous visitor had cached is not what a signed-in user sees.
        invalidateFields(cache, "Query", ["claims", "claim", "node", "verdicts"]);
        cache.link("Query", "me", cache.keyOfEntity(payload.user as unknown as Data));
      }
    },
    signOut(result, _args, cache) {
      if (!succeeded(result, "signOut")) return;
      for (const field of cache.inspectFields("Query")) cache.invalidate("Query", field.fieldName, field.arguments ?? undefined);
      cache.link("Query", "me", null);
    },
    createClaim(result, args, cache) {
      if (!succeeded(result, "createClaim")) return;
      staleClaimLists(cache);
      staleFindings(cache);
      invalidateFields(cache, eventKey((args.input as Variables).event), ["claims"]);
      invalidateFields(cache, entityKey((args.input as Variables).claimant), ["claims"]);
    },
    ingestArticle(result, _args, cache) {
      if (!succeeded(result, "ingestArticle")) return;
      staleClaimLists(cache);
      staleFindings(cache);
      // Ingest may add entities, events, figures and media, and files figures under existing events.
      invalidateFields(cache, "Query", ["entities", "events", "figures", "media", "sources"]);
      const events = ((result.ingestArticle as Data).events as Data[] | undefined) ?? [];
      for (const event of events) invalidateFields(cache, eventKey(event.id), ["claims", "figures", "figureSummary"]);
    },
    updateClaim: claimChanged("updateClaim", "claim", []),
    setClaimStatus: claimChanged("setClaimStatus", "claim", []),
    assignClaim: claimChanged("assignClaim", "claim", []),
    mergeClaims(result, args, cache) {
      if (!succeeded(result, "mergeClaims")) return;
      const keepId = payloadClaimId(result, "mergeClaims", "claim") ?? (args.keep as string);
      invalidateFields(cache, claimKey(keepId), ["history", "appearances", "evidence", "ratings", "consensus", "figures", "media", "similarClaims"]);
      // A merged duplicate is archived, points at the kept claim and has lost its appearances, evidence and ratings:
      // nothing cached about it still holds. (Other desks list similar claims afresh when opened: cache-and-network.)
      for (const duplicate of (args.duplicates as Variables[] | undefined) ?? []) {
        const key = claimKey(duplicate.id);
        if (key) cache.invalidate(key);
      }
      staleClaimLists(cache);
      staleFindings(cache);
    },
    addAppearance: claimChanged("addAppearance", "appearance", ["appearances"], false),
    // Adding evidence or a rating moves a NEW claim to IN_REVIEW, so the queue changes too.
    addEvidence: claimChanged("addEvidence", "evidence", ["evidence"]),
    updateEvidence: claimChanged("updateEvidence", "evidence", ["evidence"], false),
    removeEvidence: claimChanged("removeEvidence", "evidence", ["evidence"], false),
    restoreEvidence: claimChanged("restoreEvidence", "evidence", ["evidence"], false),
    rateClaim: claimChanged("rateClaim", "rating", ["ratings", "consensus"]),
    recordFigure(result, args, cache) {
      if (!succeeded(result, "recordFigure")) return;
      const input = args.input as Variables;
      invalidateFields(cache, claimKey(input.claim), ["figures", "history"]);
      invalidateFields(cache, eventKey(input.event), ["figures", "figureSummary"]);
      invalidateFields(cache, "Query", ["figures"]);
    },
    updateFigure(result, _args, cache) {
      if (!succeeded(result, "updateFigure")) return;
      const figure = (result.updateFigure as Data).figure as Data;
      invalidateFields(cache, eventKey((figure.event as Data | undefined)?.id), ["figures", "figureSummary"]);
      invalidateFields(cache, claimKey((figure.claim as Data | undefined)?.id), ["figures", "history"]);
    },
    setMediaVerification(result, _args, cache) {
      if (!succeeded(result, "setMediaVerification")) return;
      const media = (result.setMediaVerification as Data).media as Data;
      const edges = ((media.claims as Data | undefined)?.edges as Data[] | undefined) ?? [];
      for (const edge of edges) invalidateFields(cache, claimKey((edge.node as Data).id), ["history"]);
    },
    publishVerdict(result, args, cache) {
      if (!succeeded(result, "publishVerdict")) return;
      const claimId = (args.input as Variables).claim;
      invalidateFields(cache, claimKey(claimId), ["history", "verdict"]);
      staleClaimLists(cache);
      invalidateFields(cache, "Query", ["verdicts"]);
    },
    // Each changes what the public list of verdicts shows. A correction of the wording rewords the claim, so
    // ratings of the old wording stop counting.
    signOffVerdict: verdictChanged("signOffVerdict", []),
    correctVerdict: verdictChanged("correctVerdict", ["ratings", "consensus", "similarClaims"]),
    retractVerdict: verdictChanged("retractVerdict", []),
    confirmRating: claimChanged("confirmRating", "rating", ["ratings", "consensus"]),
    // A new key joins the list; a rotation adds one and retires another; a revoked key leaves the active list.
    createApiKey: apiKeysChanged("createApiKey"),
    rotateApiKey: apiKeysChanged("rotateApiKey"),
    revokeApiKey: apiKeysChanged("revokeApiKey"),
  },
};

/** `fetchImpl` lets tests answer requests without a server. */
/**
 * Without the full schema, graphcache writes a mutation result by walking every fragment of the result union and
 * warns (in development only) that the error members' fields are missing on a success, and vice versa. Those
 * warnings are expected for the FormErrors fragments; every other warning still reaches the console.
 */
const logger = (severity: "debug" | "error" | "warn", message: string) => {
  if (severity === "warn" && /^Invalid undefined:[\s\S]*Caused At: "FormErrors_/.test(message)) return;
  console[severity](message);
};

export function createUrqlClient(url = "/graphql", fetchImpl?: typeof fetch) {
  return new Client({
    url,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    // The session is an httpOnly cookie set by signIn; same-origin requests carry it, no token in JS. The server
    // honours the cookie only with this header, which another site's page cannot send (CSRF).
    fetchOptions: { credentials: "same-origin", headers: { "x-factdesk-csrf": "1" } },
    requestPolicy: "cache-first",
    exchanges: [
      cacheExchange({
        keys,
        possibleTypes,
        logger,
        resolvers: {
          Query: {
            claims: relayPaginationWithTotalCount(),
            verdicts: relayPaginationWithTotalCount(),
            search: relayPagination(),
            apiKeys: relayPagination(),
            // Opening a claim from the queue can start from what the queue already loaded.
            claim(_parent, args, cache) {
              const key = cache.keyOfEntity({ __typename: "Claim", id: args.id as string });
              return key && cache.resolve(key, "id") ? key : cache.resolve("Query", "claim", args);
            },
          },
          Claim: { history: relayPaginationWithTotalCount() },
          Event: { claims: relayPaginationWithTotalCount(), figures: relayPaginationWithTotalCount() },
        },
        updates,
      }),
      fetchExchange,
    ],
  });
}

export const client = createUrqlClient();
