import autocannon from "autocannon";
import { startTestServer } from "../test/testkit/server.js";
import { rawId } from "../test/testkit/ids.js";
import { publishedClaim, seedClaim } from "../test/testkit/seed.js";
import { record } from "./common.js";

// A published verdict's server-rendered page (/verdicts/<id>) as a signed-out reader gets it, on PostgreSQL:
// rendered for every request (`Cache-Control: no-cache`) and as repeat readers get it (from the rendered-page
// cache). 8 connections, 8 s each after a 2 s warm-up; the two runs alternate twice and each keeps its better.

const SECONDS = 8;
const CONNECTIONS = 8;

async function drive(url: string, headers: Record<string, string>, seconds: number) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { accept: "text/html", ...headers } });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5 },
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export async function benchPublicPage() {
  // As `pnpm start` runs it: React renders with its production build (read when the renderer is first loaded).
  process.env.NODE_ENV = "production";
  const server = await startTestServer({ kind: "postgres" });
  try {
    const editor = await server.createUser("EDITOR");
    const db = server.app.database.prisma;
    const claim = await seedClaim(db, { ...publishedClaim(rawId(editor.id)), appearances: 3, evidence: 4, media: 1 });
    const verdict = await db.verdict.findFirstOrThrow({ where: { claimId: claim.id } });
    const url = `${server.url}/verdicts/${Buffer.from(`Verdict:${verdict.id}`).toString("base64")}`;
    const runs = { rendered: { "cache-control": "no-cache" }, stored: {} } as const;
    const best: Partial<Record<keyof typeof runs, Awaited<ReturnType<typeof drive>>>> = {};
    for (const headers of Object.values(runs)) await drive(url, headers, 2);
    for (let round = 0; round < 2; round += 1) {
      for (const [name, headers] of Object.entries(runs) as [keyof typeof runs, Record<string, string>][]) {
        const measured = await drive(url, headers, SECONDS);
        if (!best[name] || measured.requestsPerSecond > best[name].requestsPerSecond) best[name] = measured;
      }
    }
    record("public-page", {
      page: "a published verdict's page, signed out, PostgreSQL",
      connections: CONNECTIONS,
      seconds: SECONDS,
      ...best,
      storedOverRendered: Math.round((best.stored!.requestsPerSecond / best.rendered!.requestsPerSecond) * 10) / 10,
    });
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchPublicPage();
