import type { IncomingMessage, ServerResponse } from "node:http";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Database } from "../db.js";
import { claimReviewSelect } from "../services/claim-review.js";
import { searchPublishedVerdicts } from "../services/fact-check-search.js";
import { ratingLabelText } from "../services/rating-label-text.js";
import { publicBaseUrlFor, publisherName } from "../config.js";
import { refuseUnlessRead, sendTagged } from "./conditional.js";
import { embeddableJson } from "./feeds.js";

export const FACT_CHECK_SEARCH_PATH = "/v1alpha1/claims:search";
const PAGE_SIZE_DEFAULT = 10;
const PAGE_SIZE_MAX = 100;
/** How deep paging may go: ranking costs grow with the offset, and nobody reads page 500 of a search. */
const OFFSET_MAX = 10_000;
const QUERY_MAX_CHARACTERS = 500;
/** The desk writes in English (its full-text search stems English); other languages find nothing here. */
const DESK_LANGUAGE = "en";

class BadRequest extends Error {}

/** Google APIs' error shape, so partners' existing error handling reads ours. */
const googleError = (code: number, status: string, message: string) => ({ error: { code, message, status } });

/** Google's status names for the refusals this endpoint shares with the desk's other reads (bad key, rate limit). */
const GOOGLE_STATUS: Record<number, string> = { 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 429: "RESOURCE_EXHAUSTED" };

/** A refusal before the search ran, in the shape clients of Google's API parse. */
export const factCheckSearchRefusal = (status: number, _code: string, message: string) =>
  googleError(status, GOOGLE_STATUS[status] ?? "FAILED_PRECONDITION", message);

const pageToken = {
  encode: (offset: number) => Buffer.from(`offset:${offset}`).toString("base64url"),
  decode(token: string): number {
    const match = Buffer.from(token, "base64url")
      .toString("utf8")
      .match(/^offset:(\d{1,6})$/);
    const offset = match ? Number(match[1]) : Number.NaN;
    if (!Number.isInteger(offset) || offset > OFFSET_MAX) throw new BadRequest("pageToken is not one this API handed out.");
    return offset;
  },
};

function wholeNumber(params: URLSearchParams, name: string, min: number, max: number): number | null {
  const text = params.get(name);
  if (text == null || text === "") return null;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new BadRequest(`${name} must be a whole number from ${min} to ${max}.`);
  return value;
}

/**
 * Whether `reviewPublisherSiteFilter` names this desk's site, written as partners write sites: with or without a
 * scheme, `www.`, a trailing path or (when the desk runs on one) the port; a parent domain names its subdomains too.
 */
function isThisSite(filter: string, site: string): boolean {
  const hostOf = (text: string) =>
    text
      .toLowerCase()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
      .split(/[/?#]/)[0]!
      .replace(/^www\./, "");
  const wanted = hostOf(filter);
  const ours = hostOf(site);
  const withoutPort = (host: string) => host.replace(/:\d+$/, "");
  const oursCompared = /:\d+$/.test(wanted) ? ours : withoutPort(ours);
  return wanted !== "" && (oursCompared === wanted || oursCompared.endsWith(`.${wanted}`));
}

/**
 * GET /v1alpha1/claims:search — the desk's published fact-checks in the shape of Google's Fact Check Tools API
 * (`claims:search`), so a partner already reading that API can point it at this desk unchanged: `query`,
 * `languageCode`, `reviewPublisherSiteFilter`, `maxAgeDays` (the newer of claim and review date), `pageSize` (default 10, at most 100), `pageToken`
 * (and `offset`); the answer is `{ claims: [{ text, claimant, claimDate, claimReview: [{ publisher: { name, site },
 * url, title, reviewDate, textualRating, languageCode }] }], nextPageToken }`. Like Google's, it needs `query` or
 * `reviewPublisherSiteFilter`; a `key` parameter is accepted and ignored (the fact-checks are public).
 * Returns false when the path is another.
 */
export async function serveFactCheckSearch(database: Database, req: IncomingMessage, res: ServerResponse, path: string) {
  if (path !== FACT_CHECK_SEARCH_PATH) return false;
  // Tagged (ETag), so a repeated search whose answer has not changed is answered 304 without a body.
  const send = (status: number, body: unknown) =>
    sendTagged(
      req,
      res,
      status,
      { "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=60" },
      embeddableJson(body),
    );
  if (refuseUnlessRead(req, res, () => googleError(405, "METHOD_NOT_ALLOWED", "Use GET."))) return true;
  const base = publicBaseUrlFor(req.headers.host);
  const site = new URL(base).host;
  const params = new URL(req.url ?? path, "http://search.invalid").searchParams;

  let search: Parameters<typeof searchPublishedVerdicts>[1];
  let outsideThisDesk = false;
  try {
    const query = params.get("query")?.trim() || null;
    const siteFilter = params.get("reviewPublisherSiteFilter")?.trim() || null;
    if (!query && !siteFilter) throw new BadRequest("Either query or reviewPublisherSiteFilter is required.");
    if (query && query.length > QUERY_MAX_CHARACTERS) throw new BadRequest(`query must be at most ${QUERY_MAX_CHARACTERS} characters.`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
    if (query && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(query)) throw new BadRequest("query must not contain control characters.");
    const language = params.get("languageCode")?.trim();
    const maxAgeDays = wholeNumber(params, "maxAgeDays", 1, 36_500);
    const limit = wholeNumber(params, "pageSize", 1, PAGE_SIZE_MAX) ?? PAGE_SIZE_DEFAULT;
    const token = params.get("pageToken");
    const offset = token ? pageToken.decode(token) : (wholeNumber(params, "offset", 0, OFFSET_MAX) ?? 0);
    outsideThisDesk =
      (siteFilter != null && !isThisSite(siteFilter, site)) ||
      (language != null && language !== "" && language.split("-")[0]!.toLowerCase() !== DESK_LANGUAGE);
    search = {
      query,
      newerThan: maxAgeDays ? new Date(Date.now() - maxAgeDays * 24 * 3600 * 1000) : null,
      limit,
      offset,
    };
  } catch (error) {
    if (!(error instanceof BadRequest)) throw error;
    send(400, googleError(400, "INVALID_ARGUMENT", error.message));
    return true;
  }
  if (outsideThisDesk) {
    send(200, {});
    return true;
  }

  // One row more than the page tells whether another page follows.
  const ids = await searchPublishedVerdicts(database.prisma, { ...search, limit: search.limit + 1 });
  const pageIds = ids.slice(0, search.limit);
  const verdicts = await database.prisma.verdict.findMany({ where: { id: { in: pageIds } }, select: claimReviewSelect });
  const byId = new Map(verdicts.map((verdict) => [verdict.id, verdict]));
  const publisher = { name: publisherName(), site };
  const claims = pageIds.flatMap((id) => {
    const verdict = byId.get(id);
    if (!verdict) return [];
    return [
      {
        text: verdict.claimText,
        ...(verdict.claimantName ? { claimant: verdict.claimantName } : {}),
        ...(verdict.claimDate ? { claimDate: verdict.claimDate.toISOString() } : {}),
        claimReview: [
          {
            publisher,
            url: `${base}/verdicts/${encodeGlobalID("Verdict", verdict.id)}`,
            title: verdict.headline,
            ...(verdict.publishedAt ? { reviewDate: verdict.publishedAt.toISOString() } : {}),
            textualRating: ratingLabelText[verdict.label],
            languageCode: DESK_LANGUAGE,
          },
        ],
      },
    ];
  });
  const next = ids.length > search.limit && search.offset + search.limit <= OFFSET_MAX;
  // Google leaves out empty fields: no matches is `{}`.
  send(200, {
    ...(claims.length ? { claims } : {}),
    ...(next ? { nextPageToken: pageToken.encode(search.offset + search.limit) } : {}),
  });
  return true;
}
