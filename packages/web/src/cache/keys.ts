import type { KeyGenerator } from "@urql/exchange-graphcache";
import type { introspection_types } from "../graphql-env.d.ts";

// Every object type is keyed here, checked against the generated schema types: nodes by id, everything else stored
// inside its parent. The checks fail to compile when the schema gains a type or union this file does not place.

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
  "MergeProposal",
  "Note",
  "Notification",
  "Rating",
  "ReportedFigure",
  "Source",
  "SourceCapture",
  "User",
  "Verdict",
  "VerdictCorrection",
  "WebhookDelivery",
  "WebhookSubscription",
] as const satisfies readonly NodeTypeName[];

/** Types without an identity of their own: stored inside their parent. */
const valueTypes = [
  "Consensus",
  "LabelCount",
  "FigureSummary",
  "FigureSpread",
  "FigureComparison",
  "FigureReporter",
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
  "NotificationsMarkedRead",
  "AddNoteSuccess",
  "EditNoteSuccess",
  "DeleteNoteSuccess",
  "MarkNotificationReadSuccess",
  "MarkAllNotificationsReadSuccess",
  "CaptureError",
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
  "ProposeMergeSuccess",
  "AcceptMergeProposalSuccess",
  "DeclineMergeProposalSuccess",
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
  "UpdateMediaSuccess",
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
  "QueryMergeProposalsConnection",
  "QueryMergeProposalsConnectionEdge",
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
  "SourceCapturesConnection",
  "SourceCapturesConnectionEdge",
  "CaptureSourceSuccess",
  "ClaimVerdictsConnection",
  "ClaimVerdictsConnectionEdge",
  // A verdict's frozen copy of the claim it judged, and the edits the history shows: parts of their parent.
  "JudgedClaim",
  "JudgedAppearance",
  "FieldChange",
  // The media a verdict's page reviews: part of the verdict.
  "ReviewedMedia",
  "CreateWebhookSubscriptionSuccess",
  "DeleteWebhookSubscriptionSuccess",
  "ReplayWebhookDeliverySuccess",
  "RotateWebhookSecretSuccess",
  "UpdateWebhookSubscriptionSuccess",
  "QueryWebhookSubscriptionsConnection",
  "QueryWebhookSubscriptionsConnectionEdge",
  "WebhookSubscriptionDeliveriesConnection",
  "WebhookSubscriptionDeliveriesConnectionEdge",
  "ClaimNotesConnection",
  "ClaimNotesConnectionEdge",
  "QueryNotesMentioningMeConnection",
  "QueryNotesMentioningMeConnectionEdge",
  "QueryNotificationsConnection",
  "QueryNotificationsConnectionEdge",
  "QueryVerdictsAwaitingMySignOffConnection",
  "QueryVerdictsAwaitingMySignOffConnectionEdge",
  // A live-update event: it names its claim, which is cached as itself.
  "QueueChange",
] as const satisfies readonly ObjectTypeName[];

// Fails to compile when the schema gains an object type that is keyed neither way.
type Unkeyed = Exclude<ObjectTypeName, "Query" | "Mutation" | "Subscription" | (typeof nodeTypes)[number] | (typeof valueTypes)[number]>;
const everyTypeKeyed: [Unkeyed] extends [never] ? true : Unkeyed = true;
void everyTypeKeyed;

type ErrorTypeName = introspection_types["Error"]["possibleTypes"];
/** The error types of every mutation's result union (the server's `errors.defaultTypes`). */
const errorTypes = ["ConflictError", "ForbiddenError", "NotFoundError", "ValidationError"] as const satisfies readonly ErrorTypeName[];
type DefaultErrorName = (typeof errorTypes)[number];
/** Errors only some mutations return; their unions are listed in `otherUnions`. */
const otherErrorTypes = ["CaptureError"] as const satisfies readonly ErrorTypeName[];

// Every error type is listed (the compiler says when the schema gains one).
type UnlistedError = Exclude<ErrorTypeName, DefaultErrorName | (typeof otherErrorTypes)[number]>;
const everyErrorListed: [UnlistedError] extends [never] ? true : UnlistedError = true;
void everyErrorListed;

// Every node type is listed (the compiler says when the schema gains one).
type UnlistedNode = Exclude<NodeTypeName, (typeof nodeTypes)[number]>;
const everyNodeListed: [UnlistedNode] extends [never] ? true : UnlistedNode = true;
void everyNodeListed;

/**
 * Abstract types and their members, so fragments on result unions match deterministically (without shipping the
 * schema). A mutation result union is `<Name>Result = <Name>Success | ConflictError | ForbiddenError |
 * NotFoundError | ValidationError`; other unions, and results with errors of their own, are listed in `otherUnions`.
 * The checks below fail to compile when a union in the schema is neither, or a listed union's members differ.
 */
const otherUnions = {
  SearchResult: ["Claim", "Entity", "Event", "Source"],
  PreviewIngestResult: ["IngestPreview", ...errorTypes],
  CaptureSourceResult: ["CaptureSourceSuccess", ...errorTypes, "CaptureError"],
} as const satisfies { [U in UnionName]?: readonly Members<U>[] };

export const possibleTypes: Record<string, string[]> = {
  Node: [...nodeTypes],
  Error: [...errorTypes, ...otherErrorTypes],
  ...Object.fromEntries(
    valueTypes
      .filter((name) => name.endsWith("Success"))
      .map((success) => [success.replace(/Success$/, "Result"), [success, ...errorTypes]]),
  ),
  // After the pattern's unions: a listed union replaces what the pattern would give it.
  ...Object.fromEntries(Object.entries(otherUnions).map(([union, members]) => [union, [...members]])),
};

type UnionName = { [K in TypeName]: introspection_types[K] extends { kind: "UNION" } ? K : never }[TypeName];
type Members<U extends UnionName> = introspection_types[U] extends { possibleTypes: infer P } ? P : never;
type FollowsPattern<U extends UnionName> = U extends `${infer Base}Result`
  ? [Members<U>] extends [`${Base}Success` | DefaultErrorName]
    ? [`${Base}Success` | DefaultErrorName] extends [Members<U>]
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

export const keys: Record<string, KeyGenerator> = {
  ...Object.fromEntries(nodeTypes.map((name) => [name, byId])),
  ...Object.fromEntries(valueTypes.map((name) => [name, embedded])),
};
