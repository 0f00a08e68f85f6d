import { Parser } from "htmlparser2";

/** What a page says about itself: the source details a capture can fill in. */
export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: Date | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const clean = (value: string | null | undefined, max: number) => {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text.slice(0, max) : null;
};

const EARLIEST = Date.UTC(1900, 0, 1);

/** A date a page states, when it is one: after 1900 and not in the future (a day's leeway for clocks). */
function pastDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value.trim());
  const time = date.getTime();
  return Number.isNaN(time) || time < EARLIEST || time > Date.now() + 24 * 3600 * 1000 ? null : date;
}

const isArticleType = (type: Json | undefined): boolean =>
  typeof type === "string"
    ? /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$/.test(type)
    : Array.isArray(type) && type.some((t) => isArticleType(t));

/** Every object in a JSON-LD block: top-level arrays and `@graph` lists opened. */
function* nodesOf(value: Json): Generator<{ [key: string]: Json }> {
  if (Array.isArray(value)) for (const item of value) yield* nodesOf(item);
  else if (value && typeof value === "object") {
    yield value;
    if (value["@graph"]) yield* nodesOf(value["@graph"]);
  }
}

/** A person or organisation as JSON-LD writes it: a name, an object with a name, or a list of those. */
function namesOf(value: Json | undefined): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === "object" && typeof value.name === "string") return [value.name];
  return [];
}

const text = (value: Json | undefined) => (typeof value === "string" ? value : null);

/** An author meta tag that names someone, not a profile URL (article:author often is one). */
const personName = (value: string | undefined) => (value && !/^https?:\/\//i.test(value.trim()) ? value : undefined);

/**
 * Reads a page's own description of itself, in the order a fact-checker trusts it: Open Graph and article meta
 * tags, then schema.org JSON-LD (NewsArticle and its kin: headline, author, publisher, datePublished), then the
 * `<title>` and plain meta tags. Only the document's head matters, but the whole page is read: some sites put
 * their JSON-LD in the body.
 */
export function extractPageMetadata(html: string): PageMetadata {
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  let title = "";
  let inTitle = false;
  let titleSeen = false;
  let script: string | null = null;
  let svgDepth = 0;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "svg") svgDepth++;
        if (name === "title" && !titleSeen && svgDepth === 0) inTitle = true;
        if (name === "meta") {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop)?.trim().toLowerCase();
          const content = attributes.content;
          if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
        }
        if (name === "script" && attributes.type?.trim().toLowerCase() === "application/ld+json") script = "";
      },
      ontext(chunk) {
        if (inTitle) title += chunk;
        if (script !== null) script += chunk;
      },
      onclosetag(name) {
        if (name === "svg" && svgDepth > 0) svgDepth--;
        if (name === "title" && inTitle) {
          inTitle = false;
          titleSeen = true;
        }
        if (name === "script" && script !== null) {
          jsonLd.push(script);
          script = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  let article: { [key: string]: Json } | undefined;
  for (const block of jsonLd) {
    try {
      for (const node of nodesOf(JSON.parse(block) as Json))
        if (isArticleType(node["@type"])) {
          article = node;
          break;
        }
    } catch {
      // A page's broken JSON-LD is the page's problem: the other metadata still counts.
    }
    if (article) break;
  }

  const authors = article ? namesOf(article.author) : [];
  return {
    title: clean(meta.get("og:title") ?? text(article?.headline) ?? meta.get("twitter:title") ?? title, 500),
    publisher: clean(meta.get("og:site_name") ?? namesOf(article?.publisher)[0] ?? meta.get("application-name"), 200),
    author: clean(
      personName(meta.get("article:author")) ??
        (authors.length ? [...new Set(authors)].join(", ") : undefined) ??
        meta.get("author") ??
        meta.get("dc.creator") ??
        meta.get("byl")?.replace(/^by\s+/i, ""),
      200,
    ),
    publishedAt:
      pastDate(meta.get("article:published_time")) ??
      pastDate(text(article?.datePublished)) ??
      pastDate(meta.get("datepublished") ?? meta.get("date") ?? meta.get("dc.date") ?? meta.get("pubdate")),
  };
}
