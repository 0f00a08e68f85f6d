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
