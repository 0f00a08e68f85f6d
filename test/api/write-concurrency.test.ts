import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type Actor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories } from "../testkit/factories.js";
import { graphql, narrow } from "../testkit/graphql.js";
import { rawId } from "../testkit/ids.js";

// No lost edits: stale versions conflict visibly, concurrent edits apply exactly once, and a failed mutation
// leaves neither rows nor audit entries behind.

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: Actor;
let editor: Actor;

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  reviewer = await server.createUser("REVIEWER");
  editor = await server.createUser("EDITOR");
});
afterAll(() => server?.close());

const UPDATE = graphql(
  `mutation UpdateClaim($input: UpdateClaimInput!) { updateClaim(input: $input) {
  __typename ... on UpdateClaimSuccess { claim { version place } } ...ErrorFields ... on ConflictError { id entityType } } }`,
  [ErrorFields],
);
const PLACE = graphql(`query ClaimPlace($id: ID!) { claim(id: $id) { place version } }`);

const auditCount = (entityId?: string) => server.app.database.prisma.auditEntry.count({ where: entityId ? { entityId } : {} });

describe("optimistic concurrency", () => {
  it("rejects a stale expectedVersion with the current version and changes nothing", async () => {
    const claim = await make.claim(reviewer);
    const first = await server.execute(UPDATE, { input: { id: claim.id, expectedVersion: claim.version, place: "Latakia" } }, reviewer);
    expect(first.updateClaim).toMatchObject({ __typename: "UpdateClaimSuccess", claim: { version: 2, place: "Latakia" } });
    const audits = await auditCount();

    const stale = await server.execute(UPDATE, { input: { id: claim.id, expectedVersion: claim.version, place: "Tartus" } }, editor);
    expect(stale.updateClaim).toMatchObject({
      __typename: "ConflictError",
      code: "claim/version_conflict",
      currentVersion: 2,
      entityType: "Claim",
      id: claim.id,
    });
    const now = await server.execute(PLACE, { id: claim.id }, reviewer);
    expect(now.claim).toEqual({ place: "Latakia", version: 2 });
    expect(await auditCount()).toBe(audits);
    // The conflict says who changed what, so the client can show it instead of a bare "reload".
    const told = await server.execute(
      graphql(`mutation UpdateClaimPlace($id: ID!, $v: Int!) { updateClaim(input: { id: $id, expectedVersion: $v, place: "Tartus" }) {
        ... on ConflictError { lastChange { action actor { id } changes { field before after } } } } }`),
      { id: claim.id, v: claim.version },
      editor,
    );
    expect(narrow(told.updateClaim, "ConflictError").lastChange).toEqual({
      action: "claim.update",
      actor: { id: reviewer.id },
      changes: [{ field: "place", before: null, after: "Latakia" }],
    });
  });

  it("an edit that changes nothing writes nothing: the version stays, so colleagues' open copies stay current", async () => {
    const claim = await make.claim(reviewer, { place: "Baniyas" });
    const audits = await auditCount(rawId(claim.id));
    const same = await server.execute(UPDATE, { input: { id: claim.id, expectedVersion: claim.version, place: "Baniyas" } }, reviewer);
    expect(same.updateClaim).toMatchObject({ __typename: "UpdateClaimSuccess", claim: { version: claim.version, place: "Baniyas" } });
    expect(await auditCount(rawId(claim.id))).toBe(audits);
    // A colleague's copy at that version still saves.
    const next = await server.execute(UPDATE, { input: { id: claim.id, expectedVersion: claim.version, place: "Jableh" } }, editor);
    expect(next.updateClaim).toMatchObject({ __typename: "UpdateClaimSuccess", claim: { version: claim.version + 1 } });
  });

  it("applies exactly one of 20 concurrent updates with the same expectedVersion", async () => {
    const claim = await make.claim(reviewer);
    const auditsBefore = await auditCount();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.execute(UPDATE, { input: { id: claim.id, expectedVersion: claim.version, place: `Place ${i}` } }, i % 2 ? reviewer : editor),
      ),
    );
    const kinds = results.map((r) => r.updateClaim.__typename);
    expect(kinds.filter((k) => k === "UpdateClaimSuccess")).toHaveLength(1);
    expect(kinds.filter((k) => k === "ConflictError")).toHaveLength(19);
    for (const r of results.filter((r) => r.updateClaim.__typename === "ConflictError")) {
      expect(narrow(r.updateClaim, "ConflictError").currentVersion).toBe(claim.version + 1);
    }
    const winner = narrow(results.find((r) => r.updateClaim.__typename === "UpdateClaimSuccess")!.updateClaim, "UpdateClaimSuccess").claim
      .place;
    const stored = await server.execute(PLACE, { id: claim.id }, reviewer);
    expect(stored.claim).toEqual({ place: winner, version: claim.version + 1 });
    expect(await auditCount()).toBe(auditsBefore + 1);
  });
});

describe("concurrent ratings", () => {
  it("ten ratings of one claim sent at once by one reviewer are all kept, with exactly one current", async () => {
    const claim = await make.claim(reviewer);
    const labels = ["TRUE", "FALSE", "MIXED", "MISLEADING", "MOSTLY_TRUE", "TRUE", "FALSE", "MIXED", "MISLEADING", "MOSTLY_TRUE"] as const;
    const results = await Promise.all(labels.map((label) => make.rating(reviewer, claim.id, { label })));
    expect(results.every((r) => r?.id)).toBe(true);
    const ratings = await server.execute(
      graphql(
        `query RatingCounts($id: ID!) { claim(id: $id) { current: ratings { totalCount } all: ratings(includeHistory: true) { totalCount } } }`,
      ),
      { id: claim.id },
      reviewer,
    );
    expect(ratings.claim).toEqual({ current: { totalCount: 1 }, all: { totalCount: 10 } });
    const audited = await server.app.database.prisma.auditEntry.count({ where: { action: "rating.create", claimId: rawId(claim.id) } });
    expect(audited).toBe(10);
  });
});

// Two people acting on one claim at the same moment: whatever the order the database runs them in, the desk's rules
// hold afterwards, and the one who lost is told why in a typed error (never "Unexpected error").
describe("concurrent writes on one claim", () => {
  const ROUNDS = 4;
  const Publish = graphql(
    `mutation RacePublish($input: PublishVerdictInput!) { publishVerdict(input: $input) { __typename
      ... on PublishVerdictSuccess { verdict { id } } ...ErrorFields } }`,
    [ErrorFields],
  );
  const Remove = graphql(
    `mutation RaceRemoveEvidence($id: ID!, $v: Int!) { removeEvidence(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
    [ErrorFields],
  );
  const Merge = graphql(
    `mutation RaceMerge($keep: ID!, $duplicate: ID!, $v: Int!) {
      mergeClaims(input: { keep: $keep, duplicates: [{ id: $duplicate, expectedVersion: $v }] }) { __typename ...ErrorFields } }`,
    [ErrorFields],
  );
  const Propose = graphql(
    `mutation RacePropose($keep: ID!, $duplicate: ID!) { proposeMerge(input: { keep: $keep, duplicate: $duplicate }) { __typename
      ... on ProposeMergeSuccess { mergeProposal { id version } } ...ErrorFields } }`,
    [ErrorFields],
  );
  const Accept = graphql(
    `mutation RaceAccept($id: ID!) { acceptMergeProposal(input: { id: $id, expectedVersion: 1 }) { __typename ...ErrorFields } }`,
    [ErrorFields],
  );
  const Decline = graphql(
    `mutation RaceDecline($id: ID!) { declineMergeProposal(input: { id: $id, expectedVersion: 1, reason: "Not the same claim." }) { __typename ...ErrorFields } }`,
    [ErrorFields],
  );
  const publishInput = (claim: string, evidence: string, headline: string) => ({
    input: { claim, label: "FALSE" as const, headline, summary: "Records show otherwise.", citedEvidence: [evidence] },
  });
  const db = () => server.app.database.prisma;
  let editor2: Actor;
  beforeAll(async () => {
    editor2 = await server.createUser("EDITOR");
  });

  it("two editors publishing one claim at once: one verdict, and the other is told it exists", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const claim = await make.claim(reviewer);
      const evidence = await make.evidence(reviewer, claim.id);
      const [a, b] = await Promise.all([
        server.execute(Publish, publishInput(claim.id, evidence.id, "A"), editor),
        server.execute(Publish, publishInput(claim.id, evidence.id, "B"), editor2),
      ]);
      const kinds = [a.publishVerdict, b.publishVerdict].map((r) => ("code" in r ? r.code : r.__typename)).sort();
      expect(kinds).toEqual(["PublishVerdictSuccess", "verdict/exists"]);
      expect(await db().verdict.count({ where: { claimId: rawId(claim.id) } })).toBe(1);
    }
  });

  it("evidence removed while a verdict citing it is published: never both", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const claim = await make.claim(reviewer);
      const evidence = await make.evidence(reviewer, claim.id);
      const [published, removed] = await Promise.all([
        server.execute(Publish, publishInput(claim.id, evidence.id, "Cited"), editor),
        server.execute(Remove, { id: evidence.id, v: 1 }, reviewer),
      ]);
      const outcomes = [published.publishVerdict, removed.removeEvidence].map((r) => ("code" in r ? r.code : r.__typename)).sort();
      expect([
        ["PublishVerdictSuccess", "evidence/cited_by_verdict"],
        ["RemoveEvidenceSuccess", "evidence/not_on_claim"],
      ]).toContainEqual(outcomes);
    }
  });

  it("a claim reworded while it is published: the verdict judged the wording the claim has", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const claim = await make.claim(reviewer);
      const evidence = await make.evidence(reviewer, claim.id);
      const version = await make.claimVersion(reviewer, claim.id);
      const [, reworded] = await Promise.all([
        server.execute(Publish, publishInput(claim.id, evidence.id, "Judged"), editor),
        server.execute(
          UPDATE,
          { input: { id: claim.id, expectedVersion: version, text: `Reworded ${round}: the river flooded 14 villages.` } },
          reviewer,
        ),
      ]);
      const rewording = "code" in reworded.updateClaim ? reworded.updateClaim.code : reworded.updateClaim.__typename;
      expect(["UpdateClaimSuccess", "claim/wording_published"]).toContain(rewording);
      const stored = await db().claim.findUniqueOrThrow({ where: { id: rawId(claim.id) }, include: { currentVerdict: true } });
      expect(stored.currentVerdict?.claimText).toBe(stored.text);
    }
  });

  it("a duplicate merged away while a verdict on it is published: never both", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const keep = await make.claim(reviewer);
      const duplicate = await make.claim(reviewer);
      const evidence = await make.evidence(reviewer, duplicate.id);
      const version = await make.claimVersion(reviewer, duplicate.id);
      const [merged, published] = await Promise.all([
        server.execute(Merge, { keep: keep.id, duplicate: duplicate.id, v: version }, editor),
        server.execute(Publish, publishInput(duplicate.id, evidence.id, "Merged?"), editor2),
      ]);
      const outcomes = [merged.mergeClaims, published.publishVerdict].map((r) => ("code" in r ? r.code : r.__typename));
      expect(outcomes.filter((o) => o === "MergeClaimsSuccess" || o === "PublishVerdictSuccess")).toHaveLength(1);
      const stored = await db().claim.findUniqueOrThrow({ where: { id: rawId(duplicate.id) } });
      expect(stored.mergedIntoId !== null && stored.currentVerdictId !== null).toBe(false);
    }
  });

  it("two editors merging two claims into each other: one merge, and a typed refusal", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const a = await make.claim(reviewer);
      const b = await make.claim(reviewer);
      const [ab, ba] = await Promise.all([
        server.execute(Merge, { keep: a.id, duplicate: b.id, v: b.version }, editor),
        server.execute(Merge, { keep: b.id, duplicate: a.id, v: a.version }, editor2),
      ]);
      const kinds = [ab.mergeClaims, ba.mergeClaims].map((r) => r.__typename).sort();
      expect(kinds[0]).toBe("MergeClaimsSuccess");
      expect(["ConflictError", "ValidationError"]).toContain(kinds[1]);
    }
  });

  it("a proposal accepted and declined at once is decided once; the same merge proposed twice at once is one proposal", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const keep = await make.claim(reviewer);
      const duplicate = await make.claim(reviewer);
      const proposed = await Promise.all([
        server.execute(Propose, { keep: keep.id, duplicate: duplicate.id }, reviewer),
        server.execute(Propose, { keep: keep.id, duplicate: duplicate.id }, editor),
      ]);
      const proposals = proposed.map((r) => r.proposeMerge).filter((r) => r.__typename === "ProposeMergeSuccess");
      expect(proposals).toHaveLength(1);
      const id = narrow(proposals[0]!, "ProposeMergeSuccess").mergeProposal.id;
      const [accepted, declined] = await Promise.all([server.execute(Accept, { id }, editor), server.execute(Decline, { id }, editor2)]);
      const decisions = [accepted.acceptMergeProposal, declined.declineMergeProposal].map((r) => r.__typename);
      expect(decisions.filter((d) => d.endsWith("Success"))).toHaveLength(1);
      const stored = await db().mergeProposal.findUniqueOrThrow({ where: { id: rawId(id) } });
      const dup = await db().claim.findUniqueOrThrow({ where: { id: rawId(duplicate.id) } });
      expect(stored.status === "ACCEPTED").toBe(dup.mergedIntoId !== null);
    }
  });

  it("two people citing the same new URL at once share one new source", async () => {
    const url = `https://news.example/shared-${Date.now()}`;
    const claims = await Promise.all([make.claim(reviewer), make.claim(editor)]);
    const [a, b] = await Promise.all([
      make.evidence(reviewer, claims[0].id, { source: { url } }),
      make.evidence(editor, claims[1].id, { source: { url } }),
    ]);
    expect(a.id).not.toBe(b.id);
    expect(await db().source.count({ where: { url } })).toBe(1);
  });
});

describe("atomicity", () => {
  it("a merge that fails half-way leaves every claim and the audit log as they were", async () => {
    const keep = await make.claim(reviewer);
    const plainDuplicate = await make.claim(reviewer);
    await make.evidence(reviewer, plainDuplicate.id);
    const published = await make.claim(reviewer);
    const evidence = await make.evidence(reviewer, published.id);
    await make.verdict(editor, published.id, [evidence.id]);

    const before = await server.app.database.prisma.claim.findMany({
      where: { id: { in: [keep.id, plainDuplicate.id, published.id].map(rawId) } },
      include: { evidence: true },
      orderBy: { id: "asc" },
    });
    const audits = await auditCount();
    const result = await server.execute(
      graphql(
        `mutation MergeClaims($keep: ID!, $duplicates: [MergeDuplicateInput!]!) { mergeClaims(input: { keep: $keep, duplicates: $duplicates }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      {
        keep: keep.id,
        duplicates: [
          { id: plainDuplicate.id, expectedVersion: await make.claimVersion(reviewer, plainDuplicate.id) },
          { id: published.id, expectedVersion: await make.claimVersion(reviewer, published.id) },
        ],
      },
      editor,
    );
    expect(result.mergeClaims).toMatchObject({
      __typename: "ValidationError",
      code: "claim/merge_has_verdict",
      issues: [{ path: ["input", "duplicates", "1"] }],
    });
    const after = await server.app.database.prisma.claim.findMany({
      where: { id: { in: before.map((c) => c.id) } },
      include: { evidence: true },
      orderBy: { id: "asc" },
    });
    expect(after).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("invalid input writes nothing", async () => {
    const audits = await auditCount();
    const claims = await server.app.database.prisma.claim.count();
    const result = await server.execute(
      graphql(`mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename ...ErrorFields } }`, [
        ErrorFields,
      ]),
      { input: { text: "   ", kind: "QUOTE", tags: ["ok", "!!bad"], appearance: { source: { url: "ftp://x.example/a" }, excerpt: "x" } } },
      reviewer,
    );
    expect(result.createClaim.__typename).toBe("ValidationError");
    expect(narrow(result.createClaim, "ValidationError").issues.map((i: { path: string[] }) => i.path.join("."))).toEqual(
      expect.arrayContaining(["input.text", "input.tags.1", "input.appearance.source.url"]),
    );
    expect(await server.app.database.prisma.claim.count()).toBe(claims);
    expect(await auditCount()).toBe(audits);
  });

  it("the audit log cannot be rewritten, even from inside the database", async () => {
    await expect(server.app.database.prisma.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(server.app.database.prisma.auditEntry.updateMany({ data: { action: "forged" } })).rejects.toThrow(/append-only/);
  });
});
