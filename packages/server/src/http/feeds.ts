import type { IncomingMessage, ServerResponse } from "node:http";
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import type { Database } from "../db.js";
import { claimReviewSelect, toClaimReview } from "../services/claim-review.js";
import { publicBaseUrl, publisherName } from "../config.js";

/**
 * JSON that stays inert wherever a partner pastes it, including inside `<script type="application/ld+json">`:
 * `<`, `>` and `&` become \u escapes (so `</script>` and `<!--` cannot end or open anything), as do the two line
 * separators JavaScript treats as line ends. JSON parsers read the escapes back as the same characters.
 */
export function embeddableJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const FEED_LIMIT = 500;

/**
 * Public schema.org ClaimReview JSON-LD for partners and search engines:
 *   GET /claim-reviews.jsonld              the most recent published verdicts (an array, newest first)
 *   GET /claim-reviews/<verdictId>.jsonld  one published verdict; 410 Gone once retracted (withdrawn fact-checks
 *                                          must lose their markup), with the retraction's date and reason
 * Returns false when the path is not one of these.
 */
export async function serveClaimReviews(database: Database, req: IncomingMessage, res: ServerResponse, path: string) {
  const one = path.match(/^\/claim-reviews\/([^/]+)\.jsonld$/);
  if (path !== "/claim-reviews.jsonld" && !one) return false;
  const base = publicBaseUrl(`http://${req.headers.host ?? "localhost"}`);
  const pageOf = (id: string) => `${base}/verdicts/${encodeGlobalID("Verdict", id)}`;
  const render = (verdict: Parameters<typeof toClaimReview>[0]) => toClaimReview(verdict, pageOf(verdict.id), publisherName());
  const send = (status: number, body: unknown, type = "application/ld+json") =>
    res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "public, max-age=60" }).end(embeddableJson(body));

  if (one) {
    let id: string | null = null;
    try {
      const decoded = decodeGlobalID(decodeURIComponent(one[1]!));
      id = decoded.typename === "Verdict" ? decoded.id : null;
    } catch {
      id = null;
    }
    const verdict = id
      ? await database.prisma.verdict.findFirst({
          where: { id, state: { in: ["PUBLISHED", "RETRACTED"] } },
          select: { ...claimReviewSelect, retractedAt: true, retractionReason: true },
        })
      : null;
    if (!verdict) send(404, { error: "No published verdict with this id." }, "application/json");
    else if (verdict.state === "RETRACTED") {
      send(
        410,
        {
          error: "This fact-check was retracted.",
          retractedAt: verdict.retractedAt?.toISOString(),
          reason: verdict.retractionReason,
          url: pageOf(verdict.id),
        },
        "application/json",
      );
    } else send(200, render(verdict));
    return true;
  }
  const verdicts = await database.prisma.verdict.findMany({
    where: { state: "PUBLISHED" },
    select: claimReviewSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_LIMIT,
  });
  send(200, verdicts.map(render));
  return true;
}
