import type { Cache, Data, DataFields, UpdatesConfig, Variables } from "@urql/exchange-graphcache";

// Every mutation says which cached lists and fields it makes stale, so no screen ever shows an outdated list after a
// change.

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

/** What a merge changes on the kept claim. */
const mergedIntoKeptClaim = ["history", "appearances", "evidence", "ratings", "consensus", "figures", "media", "similarClaims"];

const verdictChanged = (field: string, claimFields: readonly string[]) => (result: DataFields, args: Variables, cache: Cache) => {
  if (!succeeded(result, field)) return;
  claimChanged(field, "verdict", claimFields)(result, args, cache);
  invalidateFields(cache, "Query", ["verdicts"]);
};

/**
 * An editor decided a merge proposal: the editors' list and both claims' open proposals change; accepted, the kept
 * claim gained the duplicate's appearances, evidence, ratings, figures and media, and the duplicate was archived.
 */
const mergeProposalDecided = (field: string) => (result: DataFields, _args: Variables, cache: Cache) => {
  if (!succeeded(result, field)) return;
  const proposal = (result[field] as Data).mergeProposal as Data;
  const keepId = (proposal.keep as Data | undefined)?.id;
  const duplicateId = (proposal.duplicate as Data | undefined)?.id;
  invalidateFields(cache, "Query", ["mergeProposals"]);
  if (proposal.status === "ACCEPTED") {
    invalidateFields(cache, claimKey(keepId), [...mergedIntoKeptClaim, "openMergeProposals"]);
    const key = claimKey(duplicateId);
    if (key) cache.invalidate(key);
    staleClaimLists(cache);
    staleFindings(cache);
  } else {
    for (const id of [keepId, duplicateId]) invalidateFields(cache, claimKey(id), ["openMergeProposals", "history"]);
  }
};

/** Every cached `apiKeys` list (active only, or with revoked and expired keys). */
const apiKeysChanged = (field: string) => (result: DataFields, _args: Variables, cache: Cache) => {
  if (succeeded(result, field)) invalidateFields(cache, "Query", ["apiKeys"]);
};

export const updates: UpdatesConfig = {
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
    // A person or organisation added from a claim form: every claimant picker and entity list offers it.
    createEntity(result, _args, cache) {
      if (succeeded(result, "createEntity")) invalidateFields(cache, "Query", ["entities"]);
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
      const input = args.input as Variables;
      const keepId = payloadClaimId(result, "mergeClaims", "claim") ?? (input.keep as string);
      invalidateFields(cache, claimKey(keepId), [...mergedIntoKeptClaim, "openMergeProposals"]);
      // A merged duplicate is archived, points at the kept claim and has lost its appearances, evidence and ratings:
      // nothing cached about it still holds. (Other desks list similar claims afresh when opened: cache-and-network.)
      for (const duplicate of (input.duplicates as Variables[] | undefined) ?? []) {
        const key = claimKey(duplicate.id);
        if (key) cache.invalidate(key);
      }
      staleClaimLists(cache);
      staleFindings(cache);
    },
    proposeMerge(result, args, cache) {
      if (!succeeded(result, "proposeMerge")) return;
      const input = args.input as Variables;
      for (const id of [input.keep, input.duplicate]) invalidateFields(cache, claimKey(id), ["openMergeProposals", "history"]);
      invalidateFields(cache, "Query", ["mergeProposals"]);
    },
    acceptMergeProposal: mergeProposalDecided("acceptMergeProposal"),
    declineMergeProposal: mergeProposalDecided("declineMergeProposal"),
    addAppearance: claimChanged("addAppearance", "appearance", ["appearances"], false),
    // Adding evidence or a rating moves a NEW claim to IN_REVIEW, so the queue changes too.
    addEvidence: claimChanged("addEvidence", "evidence", ["evidence"]),
    updateEvidence: claimChanged("updateEvidence", "evidence", ["evidence"], false),
    removeEvidence: claimChanged("removeEvidence", "evidence", ["evidence"], false),
    restoreEvidence: claimChanged("restoreEvidence", "evidence", ["evidence"], false),
    rateClaim: claimChanged("rateClaim", "rating", ["ratings", "consensus"]),
    addNote: claimChanged("addNote", "note", ["notes"], false),
    editNote: claimChanged("editNote", "note", ["notes"], false),
    deleteNote(result, _args, cache) {
      // The thread that listed it refetches (the note is gone from the cache, so the list is incomplete).
      const id = (result.deleteNote as Data | null)?.deletedId;
      if (typeof id === "string") cache.invalidate({ __typename: "Note", id });
      invalidateFields(cache, "Query", ["notesMentioningMe"]);
    },
    markNotificationRead(result, _args, cache) {
      if (succeeded(result, "markNotificationRead")) invalidateFields(cache, "Query", ["unreadNotificationCount"]);
    },
    markAllNotificationsRead(result, _args, cache) {
      if (succeeded(result, "markAllNotificationsRead")) invalidateFields(cache, "Query", ["unreadNotificationCount", "notifications"]);
    },
    // A source's kind and grade are on the source itself (normalised); lists filtered by them are stale.
    updateSource(result, _args, cache) {
      if (succeeded(result, "updateSource")) invalidateFields(cache, "Query", ["sources"]);
    },
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
      // A figure can change metric, source or attribution: every filtered figure list may gain or lose it.
      invalidateFields(cache, "Query", ["figures"]);
    },
    updateMedia(result, _args, cache) {
      if (!succeeded(result, "updateMedia")) return;
      const media = (result.updateMedia as Data).media as Data;
      const edges = ((media.claims as Data | undefined)?.edges as Data[] | undefined) ?? [];
      for (const edge of edges) invalidateFields(cache, claimKey((edge.node as Data).id), ["history"]);
      // Media lists filtered by graphic may gain or lose it.
      invalidateFields(cache, "Query", ["media"]);
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
      // The answer is the claim's verdict now: link it rather than drop the link. Invalidating Claim.verdict also
      // emptied the link the answer's own `claim { verdict }` had just written, so the answer read back from the cache
      // with `verdict: null` and the claim asked the server again for what it had been told.
      const verdict = (result.publishVerdict as Data).verdict as Data | null | undefined;
      const key = claimKey(claimId);
      if (key && verdict) cache.link(key, "verdict", verdict);
      invalidateFields(cache, key, ["history"]);
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
  Subscription: {
    // A notification arrived: the badge and the list (and "My work", for a mention) show it.
    notificationAdded(_result, _args, cache) {
      invalidateFields(cache, "Query", [
        "unreadNotificationCount",
        "notifications",
        "notesMentioningMe",
        "verdictsAwaitingMySignOff",
        "mergeProposals",
      ]);
    },
  },
};
