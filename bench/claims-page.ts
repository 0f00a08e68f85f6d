import { startTestServer } from "../test/testkit/server.js";
import { graphql } from "../test/testkit/graphql.js";
import { rawId } from "../test/testkit/ids.js";
import { publishedClaim, seedClaim, seedEntity, seedEvent } from "../test/testkit/seed.js";
import { percentile, record, round } from "./common.js";

// The claim queue's query: SQL statements and latency for a page of 5 and of 50 rich claims, on both databases.

const ClaimPage = graphql(`
  query ClaimPage($first: Int!) { claims(first: $first) { totalCount edges { node {
    id text kind status claimant { name title } event { title }
    appearances(first: 10) { edges { node { excerpt source { url title } } } }
    evidence(first: 10) { edges { node { stance excerpt source { url } } } }
    ratings(first: 10) { edges { node { label reviewer { name } } } }
    verdict { label headline } media(first: 10) { edges { node { kind verification } } } } } } }
`);

async function measure(kind: "pglite" | "postgres") {
  const server = await startTestServer({ kind });
  try {
    const reviewer = await server.createUser("REVIEWER");
    const editor = await server.createUser("EDITOR");
    const db = server.app.database.prisma;
    const event = await seedEvent(db);
    for (let i = 0; i < 60; i += 1) {
      const claimant = await seedEntity(db);
      await seedClaim(db, {
        ...publishedClaim(rawId(editor.id)),
        claimantId: claimant.id,
        eventId: event.id,
        appearances: 2,
        evidence: 2,
        ratedBy: [rawId(reviewer.id)],
        media: 1,
      });
    }
    const result: Record<string, unknown> = {};
    for (const first of [5, 50]) {
      const samples: number[] = [];
      let statements = 0;
      for (let i = 0; i < 40; i += 1) {
        const start = performance.now();
        const response = await server.request(ClaimPage, { first }, reviewer);
        if (i >= 5) samples.push(performance.now() - start);
        statements = response.extensions?.sqlStatements ?? -1;
      }
      result[`page${first}`] = {
        sqlStatements: statements,
        latencyMs: { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) },
      };
    }
    return result;
  } finally {
    await server.close();
  }
}

export async function benchClaimsPage() {
  record("claims-page", { pglite: await measure("pglite"), postgres: await measure("postgres") });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchClaimsPage();
