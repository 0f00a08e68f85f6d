import fs from "node:fs";
import path from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import escapeHtml from "escape-html";
import { LRUCache } from "lru-cache";
import type { Database } from "../db.js";
import type { DeskEvents } from "../desk-events.js";
import { publicBaseUrlFor, publisherName, webDistDir } from "../config.js";
import { SESSION_COOKIE } from "../services/sessions.js";
import { publicVerdict } from "../services/visibility.js";
import { entityTag, sendTagged } from "./conditional.js";
import { embeddableJson } from "./feeds.js";
import { localIdFromPath } from "./global-id.js";
import { wantsFreshAnswer } from "./response-cache.js";

/** The pages a signed-out visitor (or a crawler) gets rendered on the server. */
export const PUBLIC_PAGE = /^\/(?:verdicts(?:\/[^/]+)?)?$/;

interface Renderer {
  renderPage(path: string, search: string, fetchImpl: typeof fetch): Promise<{ html: string; data: unknown }>;
}

const rendererPath = path.join(webDistDir, "../dist-server/entry-server.js");
let renderer: Promise<Renderer | null> | undefined;
/** The web client's server build (`pnpm build`), or null when it is not built (the browser then renders alone). */
const loadRenderer = () => {
  renderer ??= fs.existsSync(rendererPath) ? (import(pathToFileURL(rendererPath).href) as Promise<Renderer>) : Promise.resolve(null);
  return renderer;
};

let template: string | undefined;
const indexHtml = () => {
  template ??= fs.readFileSync(path.join(webDistDir, "index.html"), "utf8");
  return template;
};

/** Whether this request is one to render on the server: a signed-out GET of a public page, from a browser or crawler. */
export function wantsRenderedPage(req: IncomingMessage, path: string): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (!PUBLIC_PAGE.test(path) || !fs.existsSync(rendererPath)) return false;
  // Staff get the client-rendered desk: their pages depend on their session.
  const cookie = req.headers.cookie ?? "";
  return !req.headers.authorization && !cookie.split(/;\s*/).some((c) => c.startsWith(`${SESSION_COOKIE}=`));
}

/**
 * Title, description, canonical address and Open Graph tags of a public page, and whether it shows nothing (a
 * verdict page whose verdict does not exist or is not public: answered 404, and not to be indexed).
 */
async function headOf(database: Database, base: string, pagePath: string): Promise<{ tags: string; missing: boolean }> {
  const site = publisherName();
  // The same page names the browser's title then keeps (web/src/pages/verdicts-page.tsx, verdict-page.tsx).
  let title = `${pagePath === "/" ? "Fact-checks" : "Published fact-checks"} · ${site}`;
  let description = `What ${site} checked, and what it found: each verdict cites its evidence.`;
  let type = "website";
  let missing = false;
  const match = pagePath.match(/^\/verdicts\/([^/]+)$/);
  if (match) {
    const id = localIdFromPath(match[1]!, "Verdict");
    const verdict = id
      ? await database.prisma.verdict.findFirst({
          where: { id, ...publicVerdict },
          select: { headline: true, claimText: true, state: true },
        })
      : null;
    if (verdict) {
      title = `${verdict.state === "RETRACTED" ? "Retracted: " : ""}${verdict.headline} · ${site}`;
      description = `Claim checked: ${verdict.claimText}`;
      type = "article";
    } else {
      missing = true;
      title = `No such verdict · ${site}`;
    }
  }
  const url = `${base}${pagePath === "/" ? "/" : pagePath}`;
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    ...(missing ? [`<meta name="robots" content="noindex" />`] : []),
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(site)}: fact-checks" href="${escapeHtml(`${base}/verdicts.atom`)}" />`,
    `<meta property="og:type" content="${type}" />`,
    `<meta property="og:site_name" content="${escapeHtml(site)}" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ];
  return { tags: tags.join("\n    "), missing };
}

/** A rendered public page as sent: its status (404 for a verdict nobody may see), its HTML and, for a 200, its ETag. */
export interface RenderedPage {
  status: number;
  html: string;
  etag: string;
  /** Whether every GraphQL read of the page answered without error (with the database away the page says it could
   * not load): only a complete page may be kept, by FactDesk or any cache on the way. */
  complete: boolean;
}

/**
 * A public page rendered on the server: the React components the browser uses, with every GraphQL result they
 * read (answered in this process by `graphqlFetch`) sent along as data the browser hydrates from, so the page is
 * complete without JavaScript and needs no request before its first paint. Null (and the browser renders the page
 * itself) when the web client's server build is missing.
 */
export async function renderPublicPage(
  database: Database,
  graphqlFetch: typeof fetch,
  req: IncomingMessage,
  pagePath: string,
): Promise<RenderedPage | null> {
  const render = await loadRenderer();
  if (!render) return null;
  const url = new URL(req.url ?? pagePath, "http://localhost");
  const base = publicBaseUrlFor(req.headers.host);
  const [page, head] = await Promise.all([
    render.renderPage(pagePath, url.search.slice(1), graphqlFetch),
    headOf(database, base, pagePath),
  ]);
  const html = indexHtml()
    .replace(/<title>[^<]*<\/title>/, "")
    .replace(/<meta name="description"[^>]*>/, "")
    // Replacements by function: a string replacement would expand "$&", "$'" and "$`" written in a headline or a
    // claim into pieces of the page itself.
    .replace("</head>", () => `    ${head.tags}\n  </head>`)
    .replace(
      '<div id="root"></div>',
      // A JSON data block is not script: the Content-Security-Policy (no inline script) allows it.
      () =>
        `<div id="root">${page.html}</div>\n    <script type="application/json" id="urql-ssr-data">${embeddableJson(page.data)}</script>`,
    );
  const status = head.missing ? 404 : 200;
  const complete = Object.values(page.data as Record<string, { error?: unknown }>).every((result) => !result.error);
  return { status, html, etag: status === 200 ? entityTag(html) : "", complete };
}

/**
 * Sends a rendered page; a reader who holds this version of it (If-None-Match) gets 304 without the page. A page
 * some of whose reads failed (the database away) says so, and no cache on the way may keep it.
 */
export function sendRenderedPage(req: IncomingMessage, res: ServerResponse, page: RenderedPage) {
  const headers = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": page.complete ? "public, max-age=60" : "no-store",
    vary: "Cookie, Authorization",
  };
  sendTagged(req, res, page.status, headers, req.method === "HEAD" ? "" : page.html, page.etag);
}

/** A public page refused (429 over the rate limit): a short page saying why, never kept by a cache. */
export function sendPageRefusal(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}) {
  const body = `<!doctype html>\n<html lang="en"><meta charset="utf-8" /><title>${escapeHtml(publisherName())}</title><h1>Please wait</h1><p>${escapeHtml(message)}</p></html>\n`;
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers }).end(body);
}

export interface RenderedPageCache {
  stored(req: IncomingMessage): RenderedPage | undefined;
  /** Call before rendering; the returned function keeps the rendered page, unless something changed meanwhile. */
  rendering(req: IncomingMessage): (page: RenderedPage) => void;
}

/**
 * Rendered public pages kept for a few seconds (FACTDESK_RESPONSE_CACHE_SECONDS, like the public GraphQL answers
 * they are built from), so a verdict shared widely is rendered once rather than once per reader. A page is kept per
 * link base (its canonical address and ClaimReview url come from the Host header when FACTDESK_PUBLIC_URL is not
 * set) and per path and query string; only complete 200 pages are kept, up to 32 MiB of them. Any mutation that
 * changed something empties it on every instance, as it does the GraphQL answers, and a page whose rendering
 * overlapped such a change is not kept; `Cache-Control: no-cache` renders afresh.
 */
export function createRenderedPageCache(seconds: number, events: DeskEvents): RenderedPageCache {
  if (seconds <= 0) return { stored: () => undefined, rendering: () => () => {} };
  const pages = new LRUCache<string, RenderedPage>({
    maxSize: 32 * 1024 * 1024,
    sizeCalculation: (page) => page.html.length,
    ttl: seconds * 1000,
  });
  // Counts the changes: a page whose rendering began before one may show what it changed, and is not kept.
  let changes = 0;
  events.subscribe("public-responses.clear", () => {
    changes += 1;
    pages.clear();
  });
  const keyOf = (req: IncomingMessage) => `${publicBaseUrlFor(req.headers.host)} ${req.url ?? "/"}`;
  return {
    stored: (req) => (wantsFreshAnswer(req.headers["cache-control"]) ? undefined : pages.get(keyOf(req))),
    rendering: (req) => {
      const changesBefore = changes;
      return (page) => {
        if (page.status === 200 && page.complete && changes === changesBefore) pages.set(keyOf(req), page);
      };
    },
  };
}

/** robots.txt: the public pages and feeds may be crawled; the desk, the API and the exports may not. */
export function robotsTxt(base: string) {
  return [
    "User-agent: *",
    "Disallow: /claims/",
    "Disallow: /events/",
    "Disallow: /ingest",
    "Disallow: /search",
    "Disallow: /admin/",
    "Disallow: /sign-in",
    "Disallow: /graphql",
    "Disallow: /exports/",
    "Disallow: /captures/",
    "Disallow: /sources/",
    "Allow: /",
    `Sitemap: ${base}/sitemap.xml`,
    "",
  ].join("\n");
}

/** sitemap.xml: the front page, the list and every published verdict's page (at most 50,000, newest first). */
export async function sitemapXml(database: Database, base: string, pageUrl: (verdictId: string) => string) {
  const verdicts = await database.prisma.verdict.findMany({
    where: { state: "PUBLISHED" },
    select: { id: true, updatedAt: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 49_998,
  });
  const entry = (loc: string, lastmod?: Date) =>
    `  <url><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    entry(`${base}/`),
    entry(`${base}/verdicts`),
    ...verdicts.map((v) => entry(pageUrl(v.id), v.updatedAt)),
    "</urlset>",
    "",
  ].join("\n");
}
