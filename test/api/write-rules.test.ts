import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql, narrow, narrowError, type Operation, type VariablesOf } from "../testkit/graphql.js";
import { globalId, rawId } from "../testkit/ids.js";

// The rules reviewers and editors rely on, each mutation's success and its typed errors.

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: Actor, reviewer2: Actor, editor: Actor, editor2: Actor;

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  reviewer = await server.createUser("REVIEWER");
  reviewer2 = await server.createUser("REVIEWER");
  editor = await server.createUser("EDITOR");
  editor2 = await server.createUser("EDITOR");
});
afterAll(() => server?.close());

const NODE_ID = graphql(`query NodeId($id: ID!) { node(id: $id) { id } }`);
const ADD_EVIDENCE = graphql(
  `mutation AddEvidence($input: AddEvidenceInput!) { addEvidence(input: $input) { __typename ...ErrorFields } }`,
  [ErrorFields],
);
const RATE_CLAIM = graphql(`mutation RateClaim($input: RateClaimInput!) { rateClaim(input: $input) { __typename ...ErrorFields } }`, [
  ErrorFields,
]);

const typename = (data: Record<string, { __typename: string }>) => Object.values(data)[0]!.__typename;
const SET_STATUS = graphql(
  `mutation SetClaimStatus($id: ID!, $v: Int!, $status: ClaimStatus!) { setClaimStatus(input: { id: $id, expectedVersion: $v, status: $status }) {
  __typename ... on SetClaimStatusSuccess { claim { status version allowedNextStatuses } } ...ErrorFields } }`,
  [ErrorFields],
);

const UPDATE_EVIDENCE = graphql(
  `mutation EditArchivedClaimEvidence($id: ID!, $v: Int!, $note: String) { updateEvidence(input: { id: $id, expectedVersion: $v, note: $note }) {
  __typename ...ErrorFields } }`,
  [ErrorFields],
);
const REMOVE_EVIDENCE = graphql(
  `mutation RemoveArchivedClaimEvidence($id: ID!, $v: Int!) { removeEvidence(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
  [ErrorFields],
);
const RESTORE_EVIDENCE = graphql(
  `mutation RestoreArchivedClaimEvidence($id: ID!, $v: Int!) { restoreEvidence(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
  [ErrorFields],
);

describe("claims", () => {
  it("follows the workflow's allowed transitions only", async () => {
    const claim = await make.claim(reviewer);
    const skip = await server.execute(SET_STATUS, { id: claim.id, v: claim.version, status: "NEEDS_EDITOR" }, reviewer);
    expect(skip.setClaimStatus).toMatchObject({
      __typename: "ValidationError",
      code: "claim/invalid_transition",
      issues: [{ path: ["input", "status"] }],
    });
    // Messages are sentences, never enum names.
    expect(narrowError(skip.setClaimStatus).message).toBe(
      "input.status: A claim that is new cannot become waiting for an editor; it can become in review or archived.",
    );
    const publish = await server.execute(SET_STATUS, { id: claim.id, v: claim.version, status: "PUBLISHED" }, editor);
    expect(narrowError(publish.setClaimStatus).message).toMatch(/publish a verdict/);

    const review = await server.execute(SET_STATUS, { id: claim.id, v: claim.version, status: "IN_REVIEW" }, reviewer);
    expect(narrow(review.setClaimStatus, "SetClaimStatusSuccess").claim).toEqual({
      status: "IN_REVIEW",
      version: 2,
      allowedNextStatuses: ["NEEDS_EDITOR", "NEW"],
    });
    const handOver = await server.execute(SET_STATUS, { id: claim.id, v: 2, status: "NEEDS_EDITOR" }, reviewer);
    expect(narrow(handOver.setClaimStatus, "SetClaimStatusSuccess").claim.status).toBe("NEEDS_EDITOR");
    const archiveByReviewer = await server.execute(SET_STATUS, { id: claim.id, v: 3, status: "ARCHIVED" }, reviewer);
    expect(archiveByReviewer.setClaimStatus).toMatchObject({
      __typename: "ForbiddenError",
      message: "Only editors and admins can make a claim archived.",
    });
    // A click from a stale page is a conflict, not a complaint about the workflow.
    const stale = await server.execute(SET_STATUS, { id: claim.id, v: 2, status: "NEEDS_EDITOR" }, reviewer2);
    expect(stale.setClaimStatus).toMatchObject({ __typename: "ConflictError", currentVersion: 3 });
    const archived = await server.execute(SET_STATUS, { id: claim.id, v: 3, status: "ARCHIVED" }, editor);
    expect(narrow(archived.setClaimStatus, "SetClaimStatusSuccess").claim).toMatchObject({
      status: "ARCHIVED",
      allowedNextStatuses: ["NEW"],
    });
    const edit = await server.execute(
      graphql(
        `mutation EditArchivedClaim($id: ID!) { updateClaim(input: { id: $id, expectedVersion: 4, place: "x" }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: claim.id },
      reviewer,
    );
    expect(edit.updateClaim).toMatchObject({ __typename: "ValidationError", code: "claim/archived" });
    const appearance = await server.execute(
      graphql(
        `mutation AppearanceOfArchivedClaim($claim: ID!) { addAppearance(input: { claim: $claim, source: { url: "https://news.example/later" }, excerpt: "Said again." }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { claim: claim.id },
      reviewer,
    );
    expect(appearance.addAppearance).toMatchObject({ __typename: "ValidationError", code: "claim/archived" });
  });

  it("keeps an archived claim's evidence as it was: editing, removing or restoring it waits for the claim's restoring", async () => {
    const claim = await make.claim(reviewer);
    const kept = await make.evidence(reviewer, claim.id);
    const removed = await make.evidence(reviewer, claim.id);
    const removal = await server.execute(REMOVE_EVIDENCE, { id: removed.id, v: removed.version }, reviewer);
    expect(removal.removeEvidence.__typename).toBe("RemoveEvidenceSuccess");
    const version = async () => (await server.app.database.prisma.claim.findUniqueOrThrow({ where: { id: rawId(claim.id) } })).version;
    const archived = await server.execute(SET_STATUS, { id: claim.id, v: await version(), status: "ARCHIVED" }, editor);
    expect(archived.setClaimStatus.__typename).toBe("SetClaimStatusSuccess");

    const edit = await server.execute(UPDATE_EVIDENCE, { id: kept.id, v: kept.version, note: "Seen again." }, reviewer);
    expect(edit.updateEvidence).toMatchObject({ __typename: "ValidationError", code: "claim/archived" });
    // Not even by an editor, who may change anyone's evidence.
    const remove = await server.execute(REMOVE_EVIDENCE, { id: kept.id, v: kept.version }, editor);
    expect(remove.removeEvidence).toMatchObject({ __typename: "ValidationError", code: "claim/archived" });
    const restore = await server.execute(RESTORE_EVIDENCE, { id: removed.id, v: removed.version + 1 }, editor);
    expect(restore.restoreEvidence).toMatchObject({ __typename: "ValidationError", code: "claim/archived" });
    expect(
      await server.app.database.prisma.evidence.findMany({ where: { claimId: rawId(claim.id) }, orderBy: { createdAt: "asc" } }),
    ).toMatchObject([
      { id: rawId(kept.id), version: kept.version, note: null, removedAt: null },
      { id: rawId(removed.id), version: removed.version + 1, removedAt: expect.any(Date) },
    ]);

    const reopened = await server.execute(SET_STATUS, { id: claim.id, v: await version(), status: "NEW" }, editor);
    expect(reopened.setClaimStatus.__typename).toBe("SetClaimStatusSuccess");
    const later = await server.execute(UPDATE_EVIDENCE, { id: kept.id, v: kept.version, note: "Seen again." }, reviewer);
    expect(later.updateEvidence.__typename).toBe("UpdateEvidenceSuccess");
  });

  it("takes no note on an archived or merged claim, and no rewording of one, as it takes no evidence", async () => {
    const AddNote = graphql(
      `mutation NoteOnClaim($claim: ID!, $body: String!) { addNote(input: { claim: $claim, body: $body }) { __typename
        ... on AddNoteSuccess { note { id version } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const EditNote = graphql(
      `mutation RewordNote($id: ID!, $v: Int!) { editNote(input: { id: $id, expectedVersion: $v, body: "Reworded." }) { __typename
        ...ErrorFields } }`,
      [ErrorFields],
    );
    const claim = await make.claim(reviewer);
    const { note } = await mutate(server, reviewer, AddNote, { claim: claim.id, body: "Ask the ministry." });
    await mutate(server, editor, SET_STATUS, { id: claim.id, v: await make.claimVersion(editor, claim.id), status: "ARCHIVED" });
    const keep = await make.claim(reviewer);
    const duplicate = await make.claim(reviewer);
    await mutate(
      server,
      editor,
      graphql(
        `mutation MergeBeforeNoting($keep: ID!, $duplicate: ID!, $v: Int!) {
          mergeClaims(input: { keep: $keep, duplicates: [{ id: $duplicate, expectedVersion: $v }] }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { keep: keep.id, duplicate: duplicate.id, v: duplicate.version },
    );

    const before = await server.app.database.prisma.auditEntry.count();
    const onArchived = await server.execute(AddNote, { claim: claim.id, body: "One more thing." }, reviewer);
    expect(onArchived.addNote).toMatchObject({
      __typename: "ValidationError",
      code: "claim/archived",
      issues: [{ path: ["input", "claim"] }],
    });
    const onMerged = await server.execute(AddNote, { claim: duplicate.id, body: "One more thing." }, reviewer);
    expect(onMerged.addNote).toMatchObject({ __typename: "ValidationError", code: "claim/merged", issues: [{ path: ["input", "claim"] }] });
    const reworded = await server.execute(EditNote, { id: note.id, v: note.version }, reviewer);
    expect(reworded.editNote).toMatchObject({ __typename: "ValidationError", code: "claim/archived", issues: [{ path: ["input", "id"] }] });
    expect(await server.app.database.prisma.auditEntry.count()).toBe(before);
    expect(await server.app.database.prisma.note.count({ where: { claimId: { in: [rawId(claim.id), rawId(duplicate.id)] } } })).toBe(1);

    // Restored, the claim is worked on again, notes included.
    await mutate(server, editor, SET_STATUS, { id: claim.id, v: await make.claimVersion(editor, claim.id), status: "NEW" });
    expect((await server.execute(EditNote, { id: note.id, v: note.version }, reviewer)).editNote.__typename).toBe("EditNoteSuccess");
    expect((await server.execute(AddNote, { claim: claim.id, body: "Back on it." }, reviewer)).addNote.__typename).toBe("AddNoteSuccess");
  });

  it("reports unknown references as NotFoundError and warns about duplicates", async () => {
    const ghost = Buffer.from("Entity:nope").toString("base64");
    const missing = await server.execute(
      graphql(
        `mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename ...ErrorFields ... on NotFoundError { entityType id } } }`,
        [ErrorFields],
      ),
      { input: { text: "Something", kind: "STATEMENT", claimant: ghost } },
      reviewer,
    );
    expect(missing.createClaim).toMatchObject({
      __typename: "NotFoundError",
      code: "entity/not_found",
      entityType: "Entity",
      id: ghost,
      message: "No entity has this ID.",
    });

    const first = await make.claim(reviewer, { text: "The bridge at Jisr al-Shughur was destroyed on Monday." });
    const again = await mutate(
      server,
      reviewer2,
      graphql(
        `mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename
        ... on CreateClaimSuccess { claim { id normalizedText } possibleDuplicates { id } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { input: { text: "“The bridge at Jisr al-Shughur was destroyed on Monday”", kind: "QUOTE" } },
    );
    expect(again.claim.normalizedText).toBe("the bridge at jisr al shughur was destroyed on monday");
    expect(again.possibleDuplicates).toEqual([{ id: first.id }]);
  });

  it("merges duplicates: evidence, ratings and appearances move, the duplicate is archived", async () => {
    const keep = await make.claim(reviewer);
    const dup = await make.claim(reviewer2, {
      appearance: { source: { url: "https://outlet-b.example/story" }, excerpt: "the same claim, reported elsewhere" },
    });
    await make.evidence(reviewer2, dup.id);
    await make.rating(reviewer, keep.id, { label: "FALSE" });
    await make.rating(reviewer, dup.id, { label: "MISLEADING" });
    await make.rating(reviewer2, dup.id, { label: "FALSE" });
    const merged = await mutate(
      server,
      editor,
      graphql(
        `mutation MergeClaims($keep: ID!, $d: [MergeDuplicateInput!]!) { mergeClaims(input: { keep: $keep, duplicates: $d }) { __typename
        ... on MergeClaimsSuccess { claim { appearances { totalCount } evidence { totalCount }
          ratings { edges { node { label reviewer { id } } } } consensus { ratingCount } } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { keep: keep.id, d: [{ id: dup.id, expectedVersion: await make.claimVersion(editor, dup.id) }] },
    );
    expect(merged.claim.appearances.totalCount).toBe(1);
    expect(merged.claim.evidence.totalCount).toBe(1);
    // The reviewer who rated both keeps the rating on the kept claim; the other rating moves over.
    expect(merged.claim.ratings.edges.map((e) => [e.node.reviewer.id, e.node.label]).sort()).toEqual(
      [
        [reviewer.id, "FALSE"],
        [reviewer2.id, "FALSE"],
      ].sort(),
    );
    const gone = await server.execute(
      graphql(`query MergedClaim($id: ID!) { claim(id: $id) { status mergedInto { id } } }`),
      { id: dup.id },
      editor,
    );
    expect(gone.claim).toEqual({ status: "ARCHIVED", mergedInto: { id: keep.id } });
    const listed = await server.execute(graphql(`query ClaimIds { claims(first: 100) { edges { node { id } } } }`), {}, editor);
    expect(listed.claims.edges.map((e) => e.node.id)).not.toContain(dup.id);
  });
});

describe("evidence and ratings", () => {
  it("normalizes source URLs, reuses known sources, and keeps removed evidence restorable", async () => {
    const claim = await make.claim(reviewer);
    const a = await make.evidence(reviewer, claim.id, { source: { url: "HTTPS://Example.ORG/report/?utm_campaign=x&b=2&a=1#p3" } });
    const b = await make.evidence(reviewer2, claim.id, { source: { url: "https://example.org/report?a=1&b=2" } });
    expect(a.source.url).toBe("https://example.org/report?a=1&b=2");
    expect(b.source.id).toBe(a.source.id);
    // Parameters keep their own spelling: a site may read "%20" and "+", or "single" and "single=", differently.
    const other = await make.claim(reviewer);
    const spelled = await make.evidence(reviewer, other.id, { source: { url: "https://t.example/c/1?single&q=a%20b#x" } });
    expect(spelled.source.url).toBe("https://t.example/c/1?q=a%20b&single");

    const removed = await mutate(
      server,
      reviewer,
      graphql(
        `mutation RemoveEvidence($id: ID!) { removeEvidence(input: { id: $id, expectedVersion: 1 }) { __typename
      ... on RemoveEvidenceSuccess { evidence { removedAt version } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: a.id },
    );
    expect(removed.evidence.removedAt).not.toBeNull();
    const listed = await server.execute(
      graphql(
        `query EvidenceCounts($id: ID!) { claim(id: $id) { evidence { totalCount } all: evidence(includeRemoved: true) { totalCount } } }`,
      ),
      { id: claim.id },
      reviewer,
    );
    expect(listed.claim).toEqual({ evidence: { totalCount: 1 }, all: { totalCount: 2 } });
    const editRemoved = await server.execute(
      graphql(
        `mutation EditRemovedEvidence($id: ID!) { updateEvidence(input: { id: $id, expectedVersion: 2, note: "x" }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: a.id },
      reviewer,
    );
    expect(narrowError(editRemoved.updateEvidence).code).toBe("evidence/removed");
    const restored = await mutate(
      server,
      reviewer,
      graphql(
        `mutation RestoreEvidence($id: ID!) { restoreEvidence(input: { id: $id, expectedVersion: 2 }) { __typename
      ... on RestoreEvidenceSuccess { evidence { removedAt } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: a.id },
    );
    expect(restored.evidence.removedAt).toBeNull();
    const updated = await mutate(
      server,
      editor,
      graphql(
        `mutation UpdateEvidence($id: ID!) { updateEvidence(input: { id: $id, expectedVersion: 3, stance: SUPPORTS, note: "Same figure in the annex." }) { __typename
      ... on UpdateEvidenceSuccess { evidence { stance note version } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: a.id },
    );
    expect(updated.evidence).toEqual({ stance: "SUPPORTS", note: "Same figure in the annex.", version: 4 });
  });

  it("names exactly what is wrong with a source: a missing, an empty or an invalid URL, or both an id and a URL", async () => {
    const claim = await make.claim(reviewer);
    const known = await make.source(reviewer);
    const issuesFor = async (source: VariablesOf<typeof ADD_EVIDENCE>["input"]["source"]) => {
      const r = await server.execute(
        ADD_EVIDENCE,
        { input: { claim: claim.id, source, stance: "CONTEXT", excerpt: "A line from the source." } },
        reviewer,
      );
      expect(r.addEvidence.__typename).toBe("ValidationError");
      return narrow(r.addEvidence, "ValidationError").issues.map((i: { path: string[]; message: string }) => [i.path.join("."), i.message]);
    };
    expect(await issuesFor({})).toEqual([["input.source.url", "Give the source's URL."]]);
    expect(await issuesFor({ url: "" })).toEqual([["input.source.url", "Must be an http:// or https:// URL"]]);
    expect(await issuesFor({ url: "not a url" })).toEqual([["input.source.url", "Must be an http:// or https:// URL"]]);
    // A link that reads as one site and goes to another.
    expect(await issuesFor({ url: "https://www.reuters.com@evil.example/story" })).toEqual([
      ["input.source.url", "Must not contain a user name or password"],
    ]);
    expect(await issuesFor({ id: known.id, url: "https://elsewhere.example/" })).toEqual([
      ["input.source", "Give either a known source or a URL, not both."],
    ]);
    const listed = await server.execute(
      graphql(`query EvidenceCount($id: ID!) { claim(id: $id) { evidence { totalCount } } }`),
      { id: claim.id },
      reviewer,
    );
    expect(listed.claim!.evidence.totalCount).toBe(0);
  });

  it("lets only its author or an editor change or remove evidence", async () => {
    const claim = await make.claim(reviewer);
    const mine = await make.evidence(reviewer, claim.id, { note: "Mine." });
    const EDIT = graphql(
      `mutation EditEvidence($id: ID!, $v: Int!) { updateEvidence(input: { id: $id, expectedVersion: $v, note: "Theirs now." }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    );
    const REMOVE = graphql(
      `mutation RemoveEvidence($id: ID!, $v: Int!) { removeEvidence(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    );
    const documents: Operation<Record<string, { __typename: string }>, { id: string; v: number }>[] = [EDIT, REMOVE];
    for (const document of documents) {
      const refused = await server.execute(document, { id: mine.id, v: 1 }, reviewer2);
      expect(Object.values(refused)[0]).toMatchObject({ __typename: "ForbiddenError", code: "evidence/not_yours" });
    }
    const unchanged = await server.execute(
      graphql(`query EvidenceNode($id: ID!) { node(id: $id) { ... on Evidence { note version removedAt } } }`),
      { id: mine.id },
      reviewer,
    );
    expect(unchanged.node).toEqual({ note: "Mine.", version: 1, removedAt: null });
    expect(typename(await server.execute(EDIT, { id: mine.id, v: 1 }, reviewer))).toBe("UpdateEvidenceSuccess");
    expect(typename(await server.execute(REMOVE, { id: mine.id, v: 2 }, editor))).toBe("RemoveEvidenceSuccess");
  });

  it("keeps one current rating per reviewer with history, and refuses evidence of another claim", async () => {
    const claim = await make.claim(reviewer);
    const other = await make.claim(reviewer);
    const foreign = await make.evidence(reviewer, other.id);
    const bad = await server.execute(
      RATE_CLAIM,
      { input: { claim: claim.id, label: "TRUE", confidence: 101, rationale: "", citedEvidence: [foreign.id] } },
      reviewer,
    );
    expect(narrow(bad.rateClaim, "ValidationError").issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["input.confidence", "input.rationale"]),
    );
    const wrongEvidence = await server.execute(
      RATE_CLAIM,
      { input: { claim: claim.id, label: "TRUE", confidence: 50, rationale: "r", citedEvidence: [foreign.id] } },
      reviewer,
    );
    expect(wrongEvidence.rateClaim).toMatchObject({ code: "evidence/not_on_claim", issues: [{ path: ["input", "citedEvidence", "0"] }] });

    await make.rating(reviewer, claim.id, { label: "TRUE" });
    await make.rating(reviewer, claim.id, { label: "MOSTLY_TRUE" });
    await make.rating(reviewer2, claim.id, { label: "MISLEADING" });
    const ratings = await server.execute(
      graphql(`query ClaimRatings($id: ID!) { claim(id: $id) { ratings { edges { node { label current } } }
        history: ratings(includeHistory: true) { totalCount }
        consensus { ratingCount majorityLabel agreement contested counts { label count } } } }`),
      { id: claim.id },
      editor,
    );
    expect(ratings.claim!.ratings.edges.map((e) => e.node.label)).toEqual(["MOSTLY_TRUE", "MISLEADING"]);
    expect(ratings.claim!.history.totalCount).toBe(3);
    expect(ratings.claim!.consensus).toMatchObject({ ratingCount: 2, majorityLabel: null, agreement: 0.5, contested: true });
  });
});

describe("verdicts", () => {
  it("needs cited evidence of the claim, and editors", async () => {
    const claim = await make.claim(reviewer);
    await make.evidence(reviewer, claim.id);
    const none = await server.execute(
      graphql(`mutation PublishVerdict($input: PublishVerdictInput!) { publishVerdict(input: $input) { __typename ...ErrorFields } }`, [
        ErrorFields,
      ]),
      { input: { claim: claim.id, label: "FALSE", headline: "h", summary: "s", citedEvidence: [] } },
      editor,
    );
    expect(none.publishVerdict).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "citedEvidence"] }] });
  });

  it("a contested claim waits for a second editor, then publishes; anonymous readers see nothing before", async () => {
    const claim = await make.claim(reviewer);
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id, { label: "TRUE" });
    await make.rating(reviewer2, claim.id, { label: "FALSE" });
    const proposed = await make.verdict(editor, claim.id, [evidence.id]);
    expect(proposed.state).toBe("AWAITING_SIGN_OFF");
    expect((await server.request(NODE_ID, { id: proposed.id }, anonymous)).data).toEqual({ node: null });

    const SIGN_OFF = graphql(
      `mutation SignOffVerdict($id: ID!, $v: Int!) { signOffVerdict(input: { id: $id, expectedVersion: $v }) { __typename
      ... on SignOffVerdictSuccess { verdict { state publishedAt signedOffBy { id } claim { status } } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const self = await server.execute(SIGN_OFF, { id: proposed.id, v: proposed.version }, editor);
    expect(self.signOffVerdict).toMatchObject({ __typename: "ForbiddenError", code: "verdict/same_editor" });
    const signed = await server.execute(SIGN_OFF, { id: proposed.id, v: proposed.version }, editor2);
    expect(narrow(signed.signOffVerdict, "SignOffVerdictSuccess").verdict).toMatchObject({
      state: "PUBLISHED",
      signedOffBy: { id: editor2.id },
      claim: { status: "PUBLISHED" },
    });
    expect((await server.execute(NODE_ID, { id: proposed.id }, anonymous)).node).toEqual({
      id: proposed.id,
    });
  });

  it("corrections are appended, retraction stays public, and the ClaimReview feed follows", async () => {
    const claim = await make.claim(reviewer, { text: "Official: 40 people were killed in the market strike." });
    const e1 = await make.evidence(reviewer, claim.id);
    const e2 = await make.evidence(reviewer, claim.id, { stance: "CONTEXT" });
    const verdict = await make.verdict(editor, claim.id, [e1.id], { label: "MISLEADING" });
    const CORRECT = graphql(
      `mutation CorrectVerdict($input: CorrectVerdictInput!) { correctVerdict(input: $input) {
      __typename ... on CorrectVerdictSuccess { verdict { version label corrections { changedFields before after reason } } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const noChange = await server.execute(
      CORRECT,
      { input: { id: verdict.id, expectedVersion: verdict.version, label: "MISLEADING", reason: "none" } },
      editor2,
    );
    expect(narrowError(noChange.correctVerdict).code).toBe("verdict/no_change");
    const c1 = await server.execute(
      CORRECT,
      { input: { id: verdict.id, expectedVersion: verdict.version, label: "FALSE", citedEvidence: [e1.id, e2.id], reason: "New count." } },
      editor2,
    );
    const corrected = narrow(c1.correctVerdict, "CorrectVerdictSuccess").verdict;
    expect(corrected.corrections).toHaveLength(1);
    expect(corrected.corrections[0]!.changedFields).toEqual(["label", "citedEvidenceIds"]);
    const stale = await server.execute(
      CORRECT,
      { input: { id: verdict.id, expectedVersion: verdict.version, headline: "x", reason: "y" } },
      editor,
    );
    expect(stale.correctVerdict).toMatchObject({ __typename: "ConflictError", currentVersion: verdict.version + 1 });

    const cited = await server.execute(
      graphql(
        `mutation RemoveEvidence($id: ID!) { removeEvidence(input: { id: $id, expectedVersion: 1 }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: e2.id },
      reviewer,
    );
    expect(narrowError(cited.removeEvidence).code).toBe("evidence/cited_by_verdict");
    // Nor can it be reworded under the verdict that cites it: readers see it there.
    const edited = await server.execute(
      graphql(
        `mutation EditCitedEvidence($id: ID!) { updateEvidence(input: { id: $id, expectedVersion: 1, excerpt: "Changed after publication.", stance: REFUTES }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: e2.id },
      reviewer,
    );
    expect(narrowError(edited.updateEvidence).code).toBe("evidence/cited_by_verdict");
    const kept = await server.app.database.prisma.evidence.findUniqueOrThrow({ where: { id: rawId(e2.id) } });
    expect(kept).toMatchObject({ version: 1, stance: "CONTEXT" });
    expect(kept.excerpt).not.toBe("Changed after publication.");

    const feed = async () =>
      (await fetch(`${server.url}/claim-reviews.jsonld`)).json() as Promise<{ claimReviewed: string; reviewRating: object }[]>;
    const entry = (await feed()).find((r) => r.claimReviewed === "Official: 40 people were killed in the market strike.");
    expect(entry!.reviewRating).toMatchObject({ ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" });

    const retracted = await mutate(
      server,
      editor,
      graphql(
        `mutation RetractVerdict($id: ID!, $v: Int!) { retractVerdict(input: { id: $id, expectedVersion: $v, reason: "Wrong claim matched." }) {
      __typename ... on RetractVerdictSuccess { verdict { state retractionReason claim { status } } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: verdict.id, v: verdict.version + 1 },
    );
    expect(retracted.verdict).toEqual({ state: "RETRACTED", retractionReason: "Wrong claim matched.", claim: { status: "IN_REVIEW" } });
    const publicView = await server.execute(
      graphql(`query PublicVerdict($id: ID!) { node(id: $id) { ... on Verdict { state retractionReason corrections { reason } } } }`),
      { id: verdict.id },
      anonymous,
    );
    expect(publicView.node).toEqual({
      state: "RETRACTED",
      retractionReason: "Wrong claim matched.",
      corrections: [{ reason: "New count." }],
    });
    // A withdrawn fact-check loses its ClaimReview markup (Google's guidance): gone from the feed, 410 on its own.
    expect((await feed()).find((r) => r.claimReviewed === "Official: 40 people were killed in the market strike.")).toBeUndefined();
    const one = await fetch(`${server.url}/claim-reviews/${encodeURIComponent(verdict.id)}.jsonld`);
    expect(one.status).toBe(410);
    expect(await one.json()).toMatchObject({ error: "This fact-check was retracted.", reason: "Wrong claim matched." });
    const { node } = await server.execute(
      graphql(`query VerdictClaimReview($id: ID!) { node(id: $id) { ... on Verdict { claimReview } } }`),
      { id: verdict.id },
      anonymous,
    );
    expect(narrow(node, "Verdict").claimReview).toBeNull();
  });
});

describe("figures, events and media", () => {
  const RECORD = graphql(
    `mutation RecordFigure($input: RecordFigureInput!) { recordFigure(input: $input) { __typename
    ... on RecordFigureSuccess { figure { id version qualifier low high } } ...ErrorFields } }`,
    [ErrorFields],
  );
  type RecordInput = VariablesOf<typeof RECORD>["input"];

  it("checks bounds against the qualifier; an exact or approximate count's upper bound is its count unless given", async () => {
    const event = await make.event(reviewer);
    const source = await make.source(reviewer);
    const base = {
      event: event.id,
      source: source.id,
      metric: "KILLED" as const,
      subject: "civilians",
      statedText: "x",
      reportedAt: "2025-03-10T00:00:00Z",
    };
    const cases: [Pick<RecordInput, "qualifier" | "low" | "high">, string | null][] = [
      [{ qualifier: "EXACT", low: 5, high: 5 }, null],
      [{ qualifier: "EXACT", low: 5, high: 6 }, "input.high"],
      [{ qualifier: "EXACT" }, "input.low"],
      [{ qualifier: "AT_LEAST", low: 1300 }, null],
      [{ qualifier: "AT_LEAST", low: 1300, high: 1400 }, "input.high"],
      [{ qualifier: "MORE_THAN", high: 800 }, "input.low"],
      [{ qualifier: "UP_TO", high: 50 }, null],
      [{ qualifier: "UP_TO", low: 1, high: 50 }, "input.low"],
      [{ qualifier: "RANGE", low: 60, high: 40 }, "input.high"],
      [{ qualifier: "VAGUE", low: 200, high: 999 }, null],
      [{ qualifier: "APPROXIMATELY", low: -1, high: 3 }, "input.low"],
    ];
    for (const [bounds, badField] of cases) {
      const result = (await server.execute(RECORD, { input: { ...base, ...bounds } }, reviewer)).recordFigure;
      if (badField)
        expect(
          narrow(result, "ValidationError").issues.map((i) => i.path.join(".")),
          JSON.stringify(bounds),
        ).toContain(badField);
      else expect(result.__typename, JSON.stringify(bounds)).toBe("RecordFigureSuccess");
    }
    const future = (
      await server.execute(
        RECORD,
        { input: { ...base, qualifier: "EXACT", low: 1, high: 1, reportedAt: "2999-01-01T00:00:00Z" } },
        reviewer,
      )
    ).recordFigure;
    expect(narrow(future, "ValidationError").issues[0]!.path).toEqual(["input", "reportedAt"]);
    const exact = (await server.execute(RECORD, { input: { ...base, qualifier: "EXACT", low: 7 } }, reviewer)).recordFigure;
    expect(narrow(exact, "RecordFigureSuccess").figure).toMatchObject({ qualifier: "EXACT", low: 7, high: 7 });

    const figure = narrow(
      (await server.execute(RECORD, { input: { ...base, qualifier: "AT_LEAST", low: 10 } }, reviewer)).recordFigure,
      "RecordFigureSuccess",
    ).figure;
    const UPDATE = graphql(
      `mutation UpdateFigure($input: UpdateFigureInput!) { updateFigure(input: $input) {
      __typename ... on UpdateFigureSuccess { figure { qualifier low high scope version } } ...ErrorFields } }`,
      [ErrorFields],
    );
    // "At least 10" made exact: the count is 10, both bounds.
    const madeExact = await server.execute(UPDATE, { input: { id: figure.id, expectedVersion: 1, qualifier: "EXACT" } }, reviewer);
    expect(narrow(madeExact.updateFigure, "UpdateFigureSuccess").figure).toMatchObject({ qualifier: "EXACT", low: 10, high: 10 });
    const ok = await server.execute(
      UPDATE,
      { input: { id: figure.id, expectedVersion: 2, qualifier: "RANGE", high: 14, scope: "CUMULATIVE" } },
      reviewer,
    );
    expect(narrow(ok.updateFigure, "UpdateFigureSuccess").figure).toEqual({
      qualifier: "RANGE",
      low: 10,
      high: 14,
      scope: "CUMULATIVE",
      version: 3,
    });
    // A range made exact keeps its upper bound, which then disagrees: refused, not dropped.
    const inconsistent = await server.execute(UPDATE, { input: { id: figure.id, expectedVersion: 3, qualifier: "EXACT" } }, reviewer);
    expect(narrow(inconsistent.updateFigure, "ValidationError").issues[0]!.path).toEqual(["input", "high"]);
    // Naming the new count moves both bounds.
    const recounted = await server.execute(UPDATE, { input: { id: figure.id, expectedVersion: 3, qualifier: "EXACT", low: 12 } }, reviewer);
    expect(narrow(recounted.updateFigure, "UpdateFigureSuccess").figure).toMatchObject({ qualifier: "EXACT", low: 12, high: 12 });

    // "About 300" is one number, as ingest reads it: the upper bound is the count unless a range is given…
    const about = (await server.execute(RECORD, { input: { ...base, qualifier: "APPROXIMATELY", low: 300 } }, reviewer)).recordFigure;
    const approximate = narrow(about, "RecordFigureSuccess").figure;
    expect(approximate).toMatchObject({ qualifier: "APPROXIMATELY", low: 300, high: 300 });
    // …and "about 250–350" given a new low keeps its high.
    const widened = await server.execute(UPDATE, { input: { id: approximate.id, expectedVersion: 1, high: 350 } }, reviewer);
    expect(narrow(widened.updateFigure, "UpdateFigureSuccess").figure).toMatchObject({ low: 300, high: 350 });
    const lowered = await server.execute(UPDATE, { input: { id: approximate.id, expectedVersion: 2, low: 250 } }, reviewer);
    expect(narrow(lowered.updateFigure, "UpdateFigureSuccess").figure).toMatchObject({ low: 250, high: 350 });
  });

  it("media starts unverified; verification needs a reason while unverified", async () => {
    const claim = await make.claim(reviewer);
    const added = await mutate(
      server,
      reviewer,
      graphql(
        `mutation AddMedia($input: AddMediaInput!) { addMedia(input: $input) { __typename
      ... on AddMediaSuccess { media { id url verification unverifiedReason graphic claims { totalCount } } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      {
        input: {
          kind: "VIDEO",
          description: "Men in uniform at a checkpoint",
          graphic: true,
          hedge: "purportedly show",
          claims: [claim.id],
          contentHash: "sha256:abcdef0123456789",
          url: " https://Video.example/watch/?v=abc&list=x#t=42 ",
        },
      },
    );
    expect(added.media).toMatchObject({
      // A media link is where the item is, exactly as found (a fragment can be the moment in a video): only trimmed.
      url: "https://Video.example/watch/?v=abc&list=x#t=42",
      verification: "UNVERIFIED",
      unverifiedReason: "PENDING",
      graphic: true,
      claims: { totalCount: 1 },
    });
    const SET = graphql(
      `mutation SetMediaVerification($id: ID!, $v: Int!, $verification: MediaVerification!, $reason: UnverifiedReason) {
      setMediaVerification(input: { id: $id, expectedVersion: $v, verification: $verification, unverifiedReason: $reason }) { __typename
      ... on SetMediaVerificationSuccess { media { verification unverifiedReason version } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const noReason = await server.execute(SET, { id: added.media.id, v: 1, verification: "UNVERIFIED" }, reviewer);
    expect(narrow(noReason.setMediaVerification, "ValidationError").issues[0]!.path).toEqual(["input", "unverifiedReason"]);
    const done = await server.execute(SET, { id: added.media.id, v: 1, verification: "DECONTEXTUALIZED" }, reviewer);
    expect(narrow(done.setMediaVerification, "SetMediaVerificationSuccess").media).toEqual({
      verification: "DECONTEXTUALIZED",
      unverifiedReason: null,
      version: 2,
    });
  });
  it("media is corrected with updateMedia: null clears, a stale version or an invalid field changes nothing, the claim's history says what changed", async () => {
    const claim = await make.claim(reviewer);
    // As article ingest records it: no address, not marked graphic.
    const added = await make.media(reviewer, claim.id, {
      kind: "IMAGE",
      url: null,
      graphic: false,
      hedge: "reportedly shows",
      description: "Bodies in a street",
    });
    const UPDATE = graphql(
      `mutation UpdateMedia($input: UpdateMediaInput!) { updateMedia(input: $input) { __typename
      ... on UpdateMediaSuccess { media { id version url graphic hedge kind description place verification } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const MEDIA = graphql(`query MediaNow($id: ID!) { node(id: $id) { ... on MediaItem { version url graphic hedge description } } }`);

    const updated = await server.execute(
      UPDATE,
      {
        input: {
          id: added.id,
          expectedVersion: 1,
          graphic: true,
          url: " https://img.example/a.jpg?b=2&a=1#x ",
          hedge: null,
          place: "Homs",
        },
      },
      reviewer2,
    );
    expect(narrow(updated.updateMedia, "UpdateMediaSuccess").media).toEqual({
      id: added.id,
      version: 2,
      // Kept as given, only trimmed (as when added).
      url: "https://img.example/a.jpg?b=2&a=1#x",
      graphic: true,
      hedge: null,
      // Omitted fields stay.
      kind: "IMAGE",
      description: "Bodies in a street",
      place: "Homs",
      verification: "UNVERIFIED",
    });

    const stale = await server.execute(UPDATE, { input: { id: added.id, expectedVersion: 1, graphic: false } }, reviewer);
    expect(stale.updateMedia).toMatchObject({ __typename: "ConflictError", currentVersion: 2 });

    // The same rules as adding: every invalid field is named, and nothing is saved.
    const invalid = await server.execute(
      UPDATE,
      {
        input: {
          id: added.id,
          expectedVersion: 2,
          graphic: false,
          url: "ftp://img.example/a.jpg",
          description: " ",
          kind: null,
          contentHash: "md5",
        },
      },
      reviewer,
    );
    expect(
      narrow(invalid.updateMedia, "ValidationError")
        .issues.map((i) => i.path.join("."))
        .sort(),
    ).toEqual(["input.contentHash", "input.description", "input.kind", "input.url"]);
    const missingSource = await server.execute(
      UPDATE,
      { input: { id: added.id, expectedVersion: 2, graphic: false, firstSeenSource: globalId("Source", crypto.randomUUID()) } },
      reviewer,
    );
    expect(missingSource.updateMedia.__typename).toBe("NotFoundError");
    expect((await server.execute(MEDIA, { id: added.id }, reviewer)).node).toEqual({
      version: 2,
      url: "https://img.example/a.jpg?b=2&a=1#x",
      graphic: true,
      hedge: null,
      description: "Bodies in a street",
    });

    // Graphic flipped back, and the address cleared.
    const back = await server.execute(UPDATE, { input: { id: added.id, expectedVersion: 2, graphic: false, url: null } }, reviewer);
    expect(narrow(back.updateMedia, "UpdateMediaSuccess").media).toMatchObject({ version: 3, graphic: false, url: null });

    const HISTORY = graphql(`query MediaHistory($id: ID!) { node(id: $id) { ... on Claim { history(first: 20) { edges { node {
      action entityId actor { id } changes { field before after } } } } } } }`);
    const history = (await server.execute(HISTORY, { id: claim.id }, reviewer)).node;
    const edits = (history && "history" in history ? history.history.edges : [])
      .map((e) => e.node)
      .filter((e) => e.action === "media.update");
    expect(edits).toEqual([
      {
        action: "media.update",
        entityId: added.id,
        actor: { id: reviewer2.id },
        changes: expect.arrayContaining([
          { field: "graphic", before: false, after: true },
          { field: "url", before: null, after: "https://img.example/a.jpg?b=2&a=1#x" },
          { field: "hedge", before: "reportedly shows", after: null },
          { field: "place", before: null, after: "Homs" },
        ]),
      },
      {
        action: "media.update",
        entityId: added.id,
        actor: { id: reviewer.id },
        changes: [
          { field: "url", before: "https://img.example/a.jpg?b=2&a=1#x", after: null },
          { field: "graphic", before: true, after: false },
        ],
      },
    ]);
    expect(edits[0]!.changes).toHaveLength(4);
  });
});

describe("accounts", () => {
  it("signs in with the right password only; deactivation ends sessions; admins cannot demote themselves", async () => {
    const SIGN_IN = graphql(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]);
    const wrong = await server.execute(SIGN_IN, { input: { email: "nobody@test.factdesk", password: "x" } });
    expect(wrong.signIn).toMatchObject({ __typename: "ValidationError", code: "auth/invalid_credentials" });
    const user = await server.createUser("REVIEWER");
    expect((await server.execute(graphql(`query Me { me { id role email } }`), {}, user)).me).toEqual({
      id: user.id,
      role: "REVIEWER",
      email: user.email,
    });
    const off = await server.execute(
      graphql(`mutation DeactivateUser($id: ID!) { deactivateUser(input: { id: $id, expectedVersion: 1 }) { __typename } }`),
      { id: user.id },
      server.admin,
    );
    expect(typename(off)).toBe("DeactivateUserSuccess");
    expect((await server.request(graphql(`query Me { me { id } }`), {}, user)).errors?.[0]?.extensions?.code).toBe("auth/invalid_token");
    const self = await server.execute(
      graphql(
        `mutation DemoteSelf($id: ID!) { updateUserRole(input: { id: $id, expectedVersion: 1, role: REVIEWER }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: server.admin.id },
      server.admin,
    );
    expect(narrowError(self.updateUserRole).code).toBe("user/self_change");
    const log = await server.execute(
      graphql(
        `query UserAudit($a: ID!) { auditLog(first: 5, filter: { actor: $a, action: "user." }) { edges { node { action entityId } } } }`,
      ),
      { a: server.admin.id },
      server.admin,
    );
    expect(log.auditLog.edges[0]!.node).toEqual({ action: "user.deactivate", entityId: user.id });
    const forbidden = await server.request(graphql(`query AuditLog { auditLog(first: 1) { edges { node { id } } } }`), {}, editor);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe("auth/forbidden");
  });
});

describe("writes that would say something twice, or act on a claim that moved on", () => {
  const code = (result: { __typename: string; code?: string }) => result.code ?? result.__typename;
  const Evidence = graphql(
    `mutation RemoveOrRestore($id: ID!, $v: Int!, $remove: Boolean!) {
      removeEvidence(input: { id: $id, expectedVersion: $v }) @include(if: $remove) { __typename ...ErrorFields }
      restoreEvidence(input: { id: $id, expectedVersion: $v }) @skip(if: $remove) { __typename ...ErrorFields } }`,
    [ErrorFields],
  );

  it("removing removed evidence again, or restoring live evidence, is refused and writes nothing", async () => {
    const claim = await make.claim(reviewer);
    const evidence = await make.evidence(reviewer, claim.id);
    const restoreLive = await server.execute(Evidence, { id: evidence.id, v: 1, remove: false }, reviewer);
    expect(code(restoreLive.restoreEvidence!)).toBe("evidence/not_removed");
    expect(code((await server.execute(Evidence, { id: evidence.id, v: 1, remove: true }, reviewer)).removeEvidence!)).toBe(
      "RemoveEvidenceSuccess",
    );
    const removedAt = (await server.app.database.prisma.evidence.findUniqueOrThrow({ where: { id: rawId(evidence.id) } })).removedAt;
    const again = await server.execute(Evidence, { id: evidence.id, v: 2, remove: true }, reviewer);
    expect(code(again.removeEvidence!)).toBe("evidence/removed");
    const stored = await server.app.database.prisma.evidence.findUniqueOrThrow({ where: { id: rawId(evidence.id) } });
    expect(stored).toMatchObject({ removedAt, version: 2 });
  });

  it("figures, media, evidence, ratings and appearances are not tied to a merged-away or archived claim, where nobody works on them any more", async () => {
    const keep = await make.claim(reviewer);
    const duplicate = await make.claim(reviewer);
    const archived = await make.claim(reviewer);
    await mutate(
      server,
      editor,
      graphql(
        `mutation MergeBeforeLinking($keep: ID!, $duplicate: ID!, $v: Int!) {
          mergeClaims(input: { keep: $keep, duplicates: [{ id: $duplicate, expectedVersion: $v }] }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { keep: keep.id, duplicate: duplicate.id, v: duplicate.version },
    );
    await mutate(server, editor, SET_STATUS, { id: archived.id, v: archived.version, status: "ARCHIVED" });
    const event = await make.event(editor);
    const source = await make.source(reviewer);
    const Record = graphql(
      `mutation RecordFigureOnClaim($input: RecordFigureInput!) { recordFigure(input: $input) { __typename
        ... on RecordFigureSuccess { figure { id version } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const Move = graphql(
      `mutation MoveFigureToClaim($id: ID!, $v: Int!, $claim: ID) { updateFigure(input: { id: $id, expectedVersion: $v, claim: $claim }) {
        __typename ...ErrorFields } }`,
      [ErrorFields],
    );
    const AddMediaTo = graphql(
      `mutation AddMediaToClaims($claims: [ID!]) { addMedia(input: { claims: $claims, kind: VIDEO, description: "A street.", graphic: false }) {
        __typename ...ErrorFields } }`,
      [ErrorFields],
    );
    const figure = (claim: string) => ({
      event: event.id,
      claim,
      source: source.id,
      metric: "KILLED" as const,
      subject: "people",
      qualifier: "EXACT" as const,
      low: 12,
      statedText: "12 people were killed",
      reportedAt: "2025-03-10T00:00:00Z",
    });
    const AppearOn = graphql(
      `mutation AppearanceOnClaim($claim: ID!, $url: String!) { addAppearance(input: { claim: $claim, source: { url: $url }, excerpt: "Said again." }) {
        __typename ...ErrorFields } }`,
      [ErrorFields],
    );
    const before = await server.app.database.prisma.auditEntry.count();
    for (const [claim, expected] of [
      [duplicate.id, "claim/merged"],
      [archived.id, "claim/archived"],
    ] as const) {
      expect(code((await server.execute(Record, { input: figure(claim) }, reviewer)).recordFigure), "recordFigure").toBe(expected);
      expect(code((await server.execute(AddMediaTo, { claims: [keep.id, claim] }, reviewer)).addMedia), "addMedia").toBe(expected);
      // Merged away, the reviewer is told so (and where the work goes on), not only that the duplicate is archived.
      const evidence = { claim, source: { url: source.url }, stance: "SUPPORTS" as const, excerpt: "Twelve were killed." };
      expect(code((await server.execute(ADD_EVIDENCE, { input: evidence }, reviewer)).addEvidence), "addEvidence").toBe(expected);
      const rating = { claim, label: "TRUE" as const, confidence: 60, rationale: "As reported." };
      expect(code((await server.execute(RATE_CLAIM, { input: rating }, reviewer)).rateClaim), "rateClaim").toBe(expected);
      expect(code((await server.execute(AppearOn, { claim, url: source.url }, reviewer)).addAppearance), "addAppearance").toBe(expected);
    }
    expect(await server.app.database.prisma.auditEntry.count()).toBe(before);
    const recorded = narrow((await server.execute(Record, { input: figure(keep.id) }, reviewer)).recordFigure, "RecordFigureSuccess");
    const moved = await server.execute(Move, { id: recorded.figure.id, v: recorded.figure.version, claim: duplicate.id }, reviewer);
    expect(code(moved.updateFigure)).toBe("claim/merged");
  });

  it("a merged-away claim stays merged, an archived one cannot be assigned, and a retraction leaves an archived claim archived", async () => {
    const keep = await make.claim(reviewer);
    const duplicate = await make.claim(reviewer);
    const Merge = graphql(
      `mutation MergeTwice($keep: ID!, $duplicate: ID!, $v: Int!) {
        mergeClaims(input: { keep: $keep, duplicates: [{ id: $duplicate, expectedVersion: $v }, { id: $duplicate, expectedVersion: $v }] }) {
          __typename ...ErrorFields } }`,
      [ErrorFields],
    );
    const twice = await server.execute(Merge, { keep: keep.id, duplicate: duplicate.id, v: duplicate.version }, editor);
    expect(narrowError(twice.mergeClaims).message).toMatch(/listed twice/);
    await mutate(
      server,
      editor,
      graphql(
        `mutation MergeOnce($keep: ID!, $duplicate: ID!, $v: Int!) {
          mergeClaims(input: { keep: $keep, duplicates: [{ id: $duplicate, expectedVersion: $v }] }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { keep: keep.id, duplicate: duplicate.id, v: duplicate.version },
    );
    const merged = await make.claimVersion(editor, duplicate.id);
    const restore = await server.execute(SET_STATUS, { id: duplicate.id, v: merged, status: "NEW" }, editor);
    expect(code(restore.setClaimStatus)).toBe("claim/merged");
    const Assign = graphql(
      `mutation AssignArchived($id: ID!, $v: Int!) { assignClaim(input: { id: $id, expectedVersion: $v, assignee: null }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    );
    expect(code((await server.execute(Assign, { id: duplicate.id, v: merged }, editor)).assignClaim)).toBe("claim/archived");

    // Published, archived, then retracted: the claim stays archived; a retraction never restores it in passing.
    const claim = await make.claim(reviewer);
    const evidence = await make.evidence(reviewer, claim.id);
    const verdict = await make.verdict(editor, claim.id, [evidence.id]);
    const archived = await server.execute(
      SET_STATUS,
      { id: claim.id, v: await make.claimVersion(editor, claim.id), status: "ARCHIVED" },
      editor,
    );
    expect(code(archived.setClaimStatus)).toBe("SetClaimStatusSuccess");
    await make.retraction(editor, verdict);
    const stored = await server.app.database.prisma.claim.findUniqueOrThrow({ where: { id: rawId(claim.id) } });
    expect(stored.status).toBe("ARCHIVED");
  });

  it("accounts: an address mail cannot reach and a password of spaces are refused", async () => {
    const Create = graphql(`mutation CreateOddUser($input: CreateUserInput!) { createUser(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]);
    const long = await server.execute(
      Create,
      { input: { email: `${"x".repeat(300)}@example.org`, name: "Long", password: "a long enough passphrase", role: "REVIEWER" } },
      server.admin,
    );
    expect(narrow(long.createUser, "ValidationError").issues[0]).toMatchObject({ path: ["input", "email"] });
    const spaces = await server.execute(
      Create,
      { input: { email: `spaces-${Date.now()}@example.org`, name: "Spaces", password: " ".repeat(20), role: "REVIEWER" } },
      server.admin,
    );
    expect(narrow(spaces.createUser, "ValidationError").issues[0]).toMatchObject({ path: ["input", "password"] });
  });

  it("an appearance cannot end before it starts", async () => {
    const claim = await make.claim(reviewer);
    const added = await server.execute(
      graphql(
        `mutation BackwardsAppearance($claim: ID!) { addAppearance(input: { claim: $claim, excerpt: "quoted", source: { url: "https://news.example/backwards" },
          startOffset: 50, endOffset: 10 }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { claim: claim.id },
      reviewer,
    );
    expect(narrow(added.addAppearance, "ValidationError").issues[0]).toMatchObject({ path: ["input", "endOffset"] });
  });

  it("an appearance was seen when its source was published, unless told otherwise", async () => {
    const claim = await make.claim(reviewer);
    const source = await make.source(reviewer, { publishedAt: "2025-03-08T09:00:00.000Z" });
    const Add = graphql(
      `mutation AppearanceSeen($claim: ID!, $source: ID!) { addAppearance(input: { claim: $claim, excerpt: "quoted", source: { id: $source } }) {
        __typename ... on AddAppearanceSuccess { appearance { seenAt } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const added = await mutate(server, reviewer, Add, { claim: claim.id, source: source.id });
    expect(added.appearance.seenAt).toBe("2025-03-08T09:00:00.000Z");
  });
});
