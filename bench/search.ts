import { graphql } from "../test/testkit/graphql.js";
import { startTestServer } from "../test/testkit/server.js";
import { percentile, record, round } from "./common.js";

// Search latency over 100,000 generated claims on PostgreSQL, through the GraphQL endpoint.

const CLAIMS = Number(process.env.BENCH_SEARCH_CLAIMS ?? 100_000);
const words = `ceasefire shelling hospital ministry minister ambassador spokesman refugees displaced killed injured civilians
  soldiers militia convoy aid border crossing election fraud ballots vaccine outbreak cholera flood drought wheat prices
  bridge destroyed airstrike drone checkpoint detained journalists protest police curfew negotiations sanctions pipeline`
  .split(/\s+/)
  .filter(Boolean);

const BenchSearch = graphql(`
  query BenchSearch($q: String!) { search(query: $q, first: 20) { edges { node { rank highlight node { ... on Claim { id } } } } } }
`);

export async function benchSearch() {
  const server = await startTestServer({ kind: "postgres" });
  try {
    const reviewer = await server.createUser("REVIEWER");
    const prisma = server.app.database.prisma;
    const seedStart = performance.now();
    // Generated in SQL: 100,000 rows through the ORM would measure the seeding, not the search.
    await prisma.$executeRawUnsafe(
      `INSERT INTO "Claim" (id, text, "normalizedText", kind, status, tags, "updatedAt")
       SELECT 'bench' || g,
              initcap(w[1 + (g * 7) % $2]) || ' ' || w[1 + (g * 13) % $2] || ' near the ' || w[1 + (g * 17) % $2] || ', ' ||
                (g % 900 + 10) || ' ' || w[1 + (g * 19) % $2] || ' reported by the ' || w[1 + (g * 23) % $2],
              'claim ' || g, 'STATEMENT', 'NEW', ARRAY[w[1 + g % $2]], now()
       FROM generate_series(1, $1) AS g, (SELECT $3::text[] AS w) AS vocabulary`,
      CLAIMS,
      words.length,
      words,
    );
    await prisma.$executeRawUnsafe(`ANALYZE "Claim"`);
    const seedSeconds = (performance.now() - seedStart) / 1000;

    const samples: number[] = [];
    for (let i = 0; i < 110; i += 1) {
      const q = `${words[(i * 5) % words.length]} ${words[(i * 11 + 3) % words.length]}`;
      const start = performance.now();
      await server.execute(BenchSearch, { q }, reviewer);
      if (i >= 10) samples.push(performance.now() - start);
    }
    record("search-latency", {
      database: "PostgreSQL 15 (local)",
      claims: CLAIMS,
      seedSeconds: round(seedSeconds),
      queries: samples.length,
      httpLatencyMs: { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), max: round(Math.max(...samples)) },
    });
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSearch();
