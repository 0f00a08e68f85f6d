import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type SignedInActor, type TestServer } from "../testkit/server.js";
import { graphql, type Operation } from "../testkit/graphql.js";
import { rawId } from "../testkit/ids.js";
import { publishedClaim, seedClaim, seedEntity, seedEvent } from "../testkit/seed.js";

// A page of 50 claims with everything a claim list shows costs the same number of SQL statements as a page of 5:
// relations are loaded in batches, never once per claim. The server reports the count in extensions.sqlStatements.
// The session and response caches are off here so that every request pays for the same work.

const SEEDED = 60;

let server: TestServer;
let reviewer: SignedInActor;

const CLAIM_PAGE = graphql(`query ClaimPage($first: Int!, $after: String) {
  claims(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id text kind status tags claimDate
      claimant { id name title }
      event { id title }
      appearances(first: 10) { edges { node { id excerpt seenAt source { id url title publisher } } } }
      evidence(first: 10) { edges { node { id stance excerpt source { id url title } } } }
      ratings(first: 10) { edges { node { id label confidence current reviewer { id name } } } }
      verdict { id state label headline publishedBy { id name } }
      media(first: 10) { edges { node { id kind description verification firstSeenSource { id url } } } }
    } }
  }
}`);

const PUBLIC_PAGE = graphql(`query PublicClaimPage($first: Int!) {
  claims(first: $first) {
    totalCount
    edges { node {
      id text
      claimant { id name }
      appearances(first: 10) { edges { node { excerpt source { url title } } } }
      verdict { label headline publishedAt }
    } }
  }
}`);

beforeAll(async () => {
  server = await startTestServer({ demo: true, config: () => ({ caches: { sessionSeconds: 0, publicResponseSeconds: 0 } }) });
  reviewer = await server.createUser("REVIEWER", "Count Reviewer");
  const second = await server.createUser("REVIEWER", "Second Reviewer");
  const editor = await server.createUser("EDITOR", "Count Editor");
  const db = server.app.database.prisma;
  const event = await seedEvent(db);
  for (let i = 0; i < SEEDED; i++) {
    const claimant = await seedEntity(db);
    await seedClaim(db, {
      ...publishedClaim(rawId(editor.id)),
      claimantId: claimant.id,
      eventId: event.id,
      tags: ["counted"],
      appearances: 2,
      evidence: 2,
      ratedBy: [rawId(reviewer.id), rawId(second.id)],
      media: 1,
    });
  }
}, 300_000);
afterAll(() => server?.close());

async function statements<TNode>(
  document: Operation<{ claims: { edges: { node: TNode }[] } }, { first: number }>,
  first: number,
  as: Actor,
) {
  const response = await server.request(document, { first }, as);
  expect(response.errors).toBeUndefined();
  const edges = response.data!.claims.edges;
  expect(edges).toHaveLength(first);
  expect(response.extensions?.sqlStatements, "the server reports its SQL statement count").toBeTypeOf("number");
  return { count: response.extensions!.sqlStatements!, nodes: edges.map((e) => e.node) };
}

describe("SQL statements per claim page", () => {
  it("a reviewer's page of 50 claims with claimant, appearances, evidence, ratings, verdict and media costs what a page of 5 does", async () => {
    const five = await statements(CLAIM_PAGE, 5, reviewer);
    const fifty = await statements(CLAIM_PAGE, 50, reviewer);
    console.log(`SQL statements (${server.kind}, reviewer): 5 claims → ${five.count}, 50 claims → ${fifty.count}`);
    // Every claim really carries every relation, so the count covers loading them.
    for (const claim of fifty.nodes) {
      expect(claim.claimant).not.toBeNull();
      expect(claim.event).not.toBeNull();
      expect(claim.appearances.edges).toHaveLength(2);
      expect(claim.appearances.edges[0]!.node.source.url).toBeTruthy();
      expect(claim.evidence.edges).toHaveLength(2);
      expect(claim.evidence.edges[0]!.node.source.url).toBeTruthy();
      expect(claim.ratings.edges).toHaveLength(2);
      expect(claim.ratings.edges[0]!.node.reviewer.name).toBeTruthy();
      expect(claim.verdict!.publishedBy.name).toBe("Count Editor");
      expect(claim.media.edges).toHaveLength(1);
      expect(claim.media.edges[0]!.node.firstSeenSource!.url).toBeTruthy();
    }
    expect(fifty.count).toBe(five.count);
  });

  it("a later page (after a cursor) of 50 costs what a later page of 5 does", async () => {
    const first = await server.request(CLAIM_PAGE, { first: 5 }, reviewer);
    const after = first.data!.claims.pageInfo.endCursor;
    const five = await server.request(CLAIM_PAGE, { first: 5, after }, reviewer);
    const fifty = await server.request(CLAIM_PAGE, { first: 50, after }, reviewer);
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!.claims.edges).toHaveLength(50);
    expect(fifty.data!.claims.edges[0]!.node.id).toBe(five.data!.claims.edges[0]!.node.id);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });

  it("an anonymous visitor's page of 50 published claims costs what a page of 5 does", async () => {
    const five = await statements(PUBLIC_PAGE, 5, anonymous);
    const fifty = await statements(PUBLIC_PAGE, 50, anonymous);
    console.log(`SQL statements (${server.kind}, anonymous): 5 claims → ${five.count}, 50 claims → ${fifty.count}`);
    expect(fifty.nodes.every((c) => c.verdict && c.appearances.edges.length === 2)).toBe(true);
    expect(fifty.count).toBe(five.count);
  });
});

describe("a query run again", () => {
  // A query is compiled from its second run (compiled-execution.ts): the compiled code must find what the page's
  // planned statements loaded exactly as the first run did, or every relation falls back to loading row by row.
  const QUEUE = graphql(`query QueueAgain($first: Int!) {
    claims(first: $first) {
      edges { node {
        id text status
        claimant { name }
        appearances(first: 10) { edges { node { excerpt source { url title } } } }
        ratings(first: 10) { totalCount edges { node { label reviewer { name } } } }
        verdict { label publishedBy { name } }
      } }
    }
  }`);

  it("answers the same, with the same statements, compiled as on its first run", async () => {
    const runs = [];
    for (let run = 0; run < 3; run++) runs.push(await statements(QUEUE, 50, reviewer));
    expect(runs[0]!.nodes.every((c) => c.appearances.edges.length === 2 && c.ratings.edges.length === 2)).toBe(true);
    for (const again of runs.slice(1)) {
      expect(again.nodes).toEqual(runs[0]!.nodes);
      expect(again.count).toBe(runs[0]!.count);
    }
  });
});

describe("nodes(ids:)", () => {
  const NODES = graphql(`query ClaimsByIds($ids: [ID!]!) {
    nodes(ids: $ids) { __typename ... on Claim { id text claimant { name } appearances(first: 10) { edges { node { excerpt source { url } } } } verdict { label } } }
  }`);

  it("loads 50 claims by ID with the statements 5 take, each in the order asked, a missing one as null", async () => {
    const page = await server.request(CLAIM_PAGE, { first: 50 }, reviewer);
    const ids = page.data!.claims.edges.map((e) => e.node.id);
    const missing = Buffer.from("Claim:no-such-claim").toString("base64");
    const asked = async (wanted: string[]) => {
      const response = await server.request(NODES, { ids: wanted }, reviewer);
      expect(response.errors).toBeUndefined();
      return response;
    };
    const five = await asked([...ids.slice(0, 4), missing]);
    const fifty = await asked([...ids.slice(0, 49).reverse(), missing]);
    expect(five.data!.nodes.map((n) => (n && "id" in n ? n.id : null))).toEqual([...ids.slice(0, 4), null]);
    expect(fifty.data!.nodes.map((n) => (n && "id" in n ? n.id : null))).toEqual([...ids.slice(0, 49).reverse(), null]);
    const byId = new Map(page.data!.claims.edges.map((e) => [e.node.id, e.node]));
    for (const node of fifty.data!.nodes) {
      if (node?.__typename !== "Claim") continue;
      expect(node.text).toBe(byId.get(node.id)!.text);
      expect(node.appearances.edges).toHaveLength(2);
      expect(node.verdict?.label).toBe(byId.get(node.id)!.verdict?.label);
    }
    console.log(
      `SQL statements (${server.kind}, nodes): 5 IDs → ${five.extensions?.sqlStatements}, 50 → ${fifty.extensions?.sqlStatements}`,
    );
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});

describe("similarClaims on a page of claims", () => {
  const SIMILAR_PAGE = graphql(`query SimilarPage($first: Int!) {
    claims(first: $first) { edges { node { id text similarClaims(threshold: 0.3) { similarity claim { id text } } } } }
  }`);

  it("costs the same for 50 claims as for 5, each claim leaving itself out", async () => {
    const five = await server.request(SIMILAR_PAGE, { first: 5 }, reviewer);
    const fifty = await server.request(SIMILAR_PAGE, { first: 50 }, reviewer);
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    const nodes = fifty.data!.claims.edges.map((e) => e.node);
    expect(nodes).toHaveLength(50);
    for (const node of nodes) {
      expect(node.similarClaims.map((s) => s.claim.id)).not.toContain(node.id);
      const similarities = node.similarClaims.map((s) => s.similarity);
      expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
    }
    expect(
      nodes.some((node) => node.similarClaims.length > 0),
      "the seeded claims are worded alike",
    ).toBe(true);
    expect(fifty.extensions?.sqlStatements).toBe(five.extensions?.sqlStatements);
  });
});
