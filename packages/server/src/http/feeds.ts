import type { IncomingMessage, ServerResponse } from "node:http";
import { encodeGlobalID } from "@pothos/plugin-relay";
import escapeHtml from "escape-html";
import { Feed } from "feed";
import type { Database } from "../db.js";
import type { ErrorCode } from "../error-codes.js";
import type { Prisma } from "../generated/prisma/client.js";
import { claimReviewSelect, correctionsSelect, toClaimReview, type Publisher } from "../services/claim-review.js";
import { findPublicMediaItems, reviewingVerdict, toMediaReview } from "../services/media-review.js";
import { ratingLabelText } from "../services/rating-label-text.js";
import { publicVerdict } from "../services/visibility.js";
import { isStorableDate, xmlSafe } from "../services/validation.js";
import { publicBaseUrlFor, publisherName } from "../config.js";
import { refuseUnlessRead, sendTagged } from "./conditional.js";
import { localIdFromPath } from "./global-id.js";

/**
 * JSON that stays inert wherever a partner pastes it, including inside `<script type="application/ld+json">`:
 * `<`, `>` and `&` become \u escapes (so `</script>` and `<!--` cannot end or open anything), as do the two line
 * separators JavaScript treats as line ends. JSON parsers read the escapes back as the same characters.
 */
export function embeddableJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export const FEED_PAGE_DEFAULT = 100;
export const FEED_PAGE_MAX = 500;

/** Which page of a feed a request asks for: `?since=&until=&modifiedSince=&limit=&cursor=`. */
interface FeedPage {
  since: Date | null;
  until: Date | null;
  /** Follow changes: entries changed (published, corrected, retracted) at or after, ordered by that change. */
  modifiedSince: Date | null;
  limit: number;
  /** Where the previous page ended: its last entry's date and id (entries run newest first). */
  after: { at: Date; id: string } | null;
}

class FeedQueryError extends Error {}

/** 2026-02-30 parses as 2 March: a day the month does not have is refused rather than moved. */
function isCalendarDate(day: string): boolean {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, date));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === date;
}

function parseDate(name: string, value: string | null): Date | null {
  if (value == null) return null;
  // Dates (2025-03-09) or date-times with a zone (2025-03-09T12:00:00Z); nothing a reader could misread.
  if (
    !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.test(value) ||
    Number.isNaN(Date.parse(value)) ||
    !isCalendarDate(value.slice(0, 10)) ||
    !isStorableDate(new Date(value))
  ) {
    throw new FeedQueryError(`${name} must be a date (2025-03-09) or a date-time with a zone (2025-03-09T12:00:00Z).`);
  }
  return new Date(value);
}

/** A refusal before the feed was read (bad key, rate limit), shaped like the feeds' other errors. */
export const feedRefusal = (_status: number, code: ErrorCode, message: string) => ({ error: message, code });

const encodeCursor = (at: Date, id: string) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");

function decodeCursor(value: string | null): FeedPage["after"] {
  if (value == null) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as unknown[];
    if (typeof at === "string" && typeof id === "string" && id.length <= 64 && isStorableDate(new Date(at)))
      return { at: new Date(at), id };
  } catch {
    // falls through to the error below
  }
  throw new FeedQueryError("cursor is not one this feed handed out: follow the Link header's rel=next address.");
}

export function parseFeedPage(params: URLSearchParams): FeedPage {
  const limitText = params.get("limit");
  const limit = limitText == null ? FEED_PAGE_DEFAULT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > FEED_PAGE_MAX) {
    throw new FeedQueryError(`limit must be a whole number from 1 to ${FEED_PAGE_MAX}.`);
  }
  const since = parseDate("since", params.get("since"));
  const until = parseDate("until", params.get("until"));
  const modifiedSince = parseDate("modifiedSince", params.get("modifiedSince"));
  return { since, until, modifiedSince, limit, after: decodeCursor(params.get("cursor")) };
}

type DateField = "publishedAt" | "updatedAt";

/** The date a list of verdicts runs on, newest first: publication, or the last change when following changes. */
const verdictOrderField = (page: FeedPage): DateField => (page.modifiedSince ? "updatedAt" : "publishedAt");

/**
 * The rows of one page: published in the date range (`rangeField`), changed since `modifiedSince`, after the cursor
 * on `orderField`, newest first; one extra row tells whether more follow.
 */
function pageWhere(page: FeedPage, orderField: DateField, rangeField: DateField = orderField) {
  const range = {
    ...(page.since ? { gte: page.since } : {}),
    ...(page.until ? { lt: page.until } : {}),
  };
  return {
    AND: [
      Object.keys(range).length ? { [rangeField]: range } : {},
      page.modifiedSince ? { updatedAt: { gte: page.modifiedSince } } : {},
      afterCursor(page, orderField),
    ],
  };
}

/** The rows after the cursor on `orderField`, newest first. */
const afterCursor = (page: FeedPage, orderField: DateField) =>
  page.after ? { OR: [{ [orderField]: { lt: page.after.at } }, { [orderField]: page.after.at, id: { lt: page.after.id } }] } : {};

/**
 * Shown with a claim whose standing verdict came out before `at`: a retracted one no longer counts, as in the
 * review's date (`reviewingVerdict`, over `mediaReviewSelect`'s published verdicts).
 */
const publicBefore = (at: Date) => ({ claims: { some: { currentVerdict: { state: "PUBLISHED" as const, publishedAt: { lt: at } } } } });

/**
 * The media reviews of one page. A review is dated by the verdict that made it public (its `datePublished`: the
 * earliest published verdict of a claim showing the item), which usually comes after the item was verified: `since`
 * and `until` read that date, and `modifiedSince` finds an item changed since or made public since, so a partner
 * following changes learns of the review the publication made public. Pages run by the item's last change.
 */
function mediaPageWhere(page: FeedPage): Prisma.MediaItemWhereInput {
  return {
    AND: [
      page.since ? { NOT: publicBefore(page.since) } : {},
      page.until ? publicBefore(page.until) : {},
      page.modifiedSince ? { OR: [{ updatedAt: { gte: page.modifiedSince } }, { NOT: publicBefore(page.modifiedSince) }] } : {},
      afterCursor(page, "updatedAt"),
    ],
  };
}

/** The Link header pointing at the next page, with the same filters. */
function nextLink(url: URL, last: { at: Date; id: string }) {
  const next = new URL(url);
  next.searchParams.set("cursor", encodeCursor(last.at, last.id));
  return `<${next.pathname}${next.search}>; rel="next"`;
}

type Send = (status: number, body: string, type: string, headers?: Record<string, string>) => void;

/**
 * Public feeds of what the desk published, for partners, aggregators and search engines:
 *   GET /claim-reviews.jsonld              published verdicts as schema.org ClaimReview (an array, newest first)
 *   GET /claim-reviews/<verdictId>.jsonld  one published verdict; 410 Gone once retracted (withdrawn fact-checks
 *                                          must lose their markup), with the retraction's date and reason
 *   GET /media-reviews.jsonld              media verifications as schema.org MediaReview (see media-review.ts)
 *   GET /verdicts.atom                     published verdicts as an Atom feed
 * Lists take `since` and `until` (dates or date-times: published at or after, before), `modifiedSince` (changed at
 * or after, newest change first: a partner polling with it sees corrections, and in the Atom feed retractions, of
 * fact-checks published long before), `limit` (1–500, default 100) and `cursor`; when more entries follow, a
 * `Link: <…>; rel="next"` header gives the next page's address. The Atom feed keeps a retracted verdict as an entry
 * that says so; the ClaimReview feed drops it, as Google asks of withdrawn fact-checks.
 * Returns false when the path is not one of these.
 */
export async function serveFeeds(database: Database, req: IncomingMessage, res: ServerResponse, path: string) {
  const one = path.match(/^\/claim-reviews\/([^/]+)\.jsonld$/);
  const list = ["/claim-reviews.jsonld", "/media-reviews.jsonld", "/verdicts.atom"].includes(path);
  if (!one && !list) return false;
  if (refuseUnlessRead(req, res, () => feedRefusal(405, "request/method_not_allowed", "Feeds are read with GET (or HEAD)."))) return true;
  const base = publicBaseUrlFor(req.headers.host);
  const publisher = { name: publisherName(), url: base };
  const verdictUrl = (id: string) => `${base}/verdicts/${encodeGlobalID("Verdict", id)}`;
  // Tagged (ETag), so a poll of an unchanged feed is answered 304 without a body.
  const send: Send = (status, body, type, headers = {}) =>
    sendTagged(req, res, status, { "content-type": `${type}; charset=utf-8`, "cache-control": "public, max-age=60", ...headers }, body);
  const sendJson = (status: number, body: unknown, type = "application/ld+json", headers?: Record<string, string>) =>
    send(status, embeddableJson(body), type, headers);

  if (one) {
    await serveOneClaimReview(database, one[1]!, verdictUrl, publisher, sendJson);
    return true;
  }
  const url = new URL(req.url ?? path, "http://feed.invalid");
  let page: FeedPage;
  try {
    page = parseFeedPage(url.searchParams);
  } catch (error) {
    if (!(error instanceof FeedQueryError)) throw error;
    sendJson(400, { error: error.message, code: "input/invalid_feed_query" satisfies ErrorCode }, "application/json");
    return true;
  }

  if (path === "/media-reviews.jsonld") {
    const rows = await findPublicMediaItems(database.prisma, mediaPageWhere(page), page.limit + 1);
    const shown = rows.slice(0, page.limit);
    const last = shown.at(-1);
    const reviews = shown.flatMap((item) => {
      const verdict = reviewingVerdict(item);
      const review = verdict ? toMediaReview(item, verdictUrl(verdict.id), publisher) : null;
      return review ? [review] : [];
    });
    sendJson(200, reviews, undefined, rows.length > page.limit && last ? { link: nextLink(url, { at: last.updatedAt, id: last.id }) } : {});
    return true;
  }

  const orderField = verdictOrderField(page);
  const where: Prisma.VerdictWhereInput = {
    ...(path === "/claim-reviews.jsonld" ? { state: "PUBLISHED", publishedAt: { not: null } } : publicVerdict),
    ...pageWhere(page, orderField, "publishedAt"),
  };
  const rows = await database.prisma.verdict.findMany({
    where,
    select: { ...claimReviewSelect, ...correctionsSelect, state: true, retractedAt: true, retractionReason: true },
    orderBy: [{ [orderField]: "desc" }, { id: "desc" }],
    take: page.limit + 1,
  });
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const lastAt = last?.[orderField];
  const link: Record<string, string> =
    rows.length > page.limit && last && lastAt ? { link: nextLink(url, { at: lastAt, id: last.id }) } : {};
  if (path === "/claim-reviews.jsonld") {
    sendJson(
      200,
      shown.map((verdict) => toClaimReview(verdict, verdictUrl(verdict.id), publisher, verdict.corrections)),
      undefined,
      link,
    );
    return true;
  }

  const feed = new Feed({
    id: `${base}/verdicts`,
    link: `${base}/verdicts`,
    title: `${publisher.name}: fact-checks`,
    description: `Verdicts published by ${publisher.name}, newest first.`,
    updated: await feedUpdated(database, shown),
    generator: "FactDesk",
    feedLinks: { atom: `${base}/verdicts.atom` },
    author: { name: publisher.name, link: base },
    copyright: `${publisher.name}`,
  });
  // The feed library marks entry texts as HTML; ours are plain text, so they are escaped to read as written.
  for (const verdict of shown) {
    const retracted = verdict.state === "RETRACTED";
    feed.addItem({
      id: verdictUrl(verdict.id),
      link: verdictUrl(verdict.id),
      title: escapeHtml(xmlSafe(retracted ? `Retracted: ${verdict.headline}` : verdict.headline)),
      description: escapeHtml(
        xmlSafe(
          retracted
            ? `This fact-check was retracted: ${verdict.retractionReason ?? "no reason given"}`
            : `${ratingLabelText[verdict.label]}: ${verdict.claimText}`,
        ),
      ),
      content: escapeHtml(
        xmlSafe(
          [
            retracted ? (verdict.retractionReason ?? "") : verdict.summary,
            ...verdict.corrections.map((c) => `Corrected on ${c.createdAt.toISOString().slice(0, 10)}: ${c.reason}`),
          ].join("\n\n"),
        ),
      ),
      date: verdict.updatedAt,
      ...(verdict.publishedAt ? { published: verdict.publishedAt } : {}),
      author: [{ name: publisher.name, link: base }],
      category: [retracted ? { term: "RETRACTED", name: "Retracted" } : { term: verdict.label, name: ratingLabelText[verdict.label] }],
    });
  }
  send(200, feed.atom1(), "application/atom+xml", link);
  return true;
}

const serverStartedAt = new Date();

/**
 * An Atom feed's `<updated>`: the latest change to any entry shown (a correction or retraction of an older verdict
 * included), not the newest's. A page with no entries (a range or cursor past the end) carries the latest change to
 * any public verdict, and a desk that has published nothing the time the server started: never 1970.
 */
async function feedUpdated(database: Database, shown: { updatedAt: Date }[]): Promise<Date> {
  if (shown.length) return new Date(Math.max(...shown.map((verdict) => verdict.updatedAt.getTime())));
  const latest = await database.prisma.verdict.aggregate({ where: publicVerdict, _max: { updatedAt: true } });
  return latest._max.updatedAt ?? serverStartedAt;
}

async function serveOneClaimReview(
  database: Database,
  globalId: string,
  verdictUrl: (id: string) => string,
  publisher: Publisher,
  sendJson: (status: number, body: unknown, type?: string) => void,
) {
  const id = localIdFromPath(globalId, "Verdict");
  const verdict = id
    ? await database.prisma.verdict.findFirst({
        where: { id, ...publicVerdict },
        select: { ...claimReviewSelect, ...correctionsSelect, retractedAt: true, retractionReason: true },
      })
    : null;
  if (!verdict)
    sendJson(404, { error: "No published verdict with this id.", code: "verdict/not_found" satisfies ErrorCode }, "application/json");
  else if (verdict.state === "RETRACTED") {
    sendJson(
      410,
      {
        error: "This fact-check was retracted.",
        code: "verdict/retracted" satisfies ErrorCode,
        retractedAt: verdict.retractedAt?.toISOString(),
        reason: verdict.retractionReason,
        url: verdictUrl(verdict.id),
      },
      "application/json",
    );
  } else sendJson(200, toClaimReview(verdict, verdictUrl(verdict.id), publisher, verdict.corrections));
}
