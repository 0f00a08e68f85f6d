import { normalizeClaimText } from "./text.js";
import type { DbTx } from "../db.js";
import type { Prisma } from "../generated/prisma/client.js";

/** Escapes LIKE wildcards: Prisma's `contains` hands `%` and `_` to the database as wildcards, not as text. */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** A Prisma filter: contains `text` literally, ignoring case. */
export const containsText = (text: string) => ({ contains: likeLiteral(text), mode: "insensitive" as const });

export type SearchType = "CLAIM" | "SOURCE" | "ENTITY" | "EVENT";

export interface SearchHit {
  type: SearchType;
  id: string;
  rank: number;
  /** The best matching passage, matches wrapped in «…». */
  highlight: string;
}

// One ranked SQL query per search over the weighted tsvector columns of the search migrations. Each kind of hit is
// ranked from its index alone; the text a highlight is cut from (for a source, its article) and ts_headline, which
// is costly, are read only for the page of hits, not for every match.
const HEADLINE = `'StartSel=«,StopSel=»,MaxWords=30,MinWords=12,MaxFragments=2,FragmentDelimiter=" … "'`;

// A source is ranked from its head (title, publisher, author and the article's first 400 characters), not from its
// whole article: common words match thousands of articles, and ranking each of them cost more than everything
// else in a search (issue #12). A source that matches only further down its text is a weaker hit than any match in
// a head, a claim, an entity or an event, and is ranked (from its whole text) only when those do not fill the page.
const branches: Record<SearchType, { hits: string; doc: string }> = {
  // A claim also matches on its claimant's name ("Peskov"), ranked below a match in its own words. The two
  // ways to match are separate index lookups: an OR across the join would scan every claim.
  CLAIM: {
    hits: `SELECT 'CLAIM' AS type, c.id, ts_rank_cd(c."searchVector", q) + CASE WHEN e."searchVector" @@ q THEN 0.5 * ts_rank_cd(e."searchVector", q) ELSE 0 END AS rank
           FROM (SELECT id FROM "Claim", q WHERE "searchVector" @@ q
                 UNION SELECT cl.id FROM "Entity" en JOIN "Claim" cl ON cl."claimantId" = en.id, q WHERE en."searchVector" @@ q) AS matched
           JOIN "Claim" c ON c.id = matched.id LEFT JOIN "Entity" e ON e.id = c."claimantId", q
           WHERE c."mergedIntoId" IS NULL`,
    doc: `(SELECT coalesce(e."name" || ': ', '') || c."text" FROM "Claim" c LEFT JOIN "Entity" e ON e.id = c."claimantId" WHERE c.id = page.id)`,
  },
  // Matching the whole article too keeps -exclusions and phrases meaning what they meant.
  SOURCE: {
    hits: `SELECT 'SOURCE' AS type, id, ts_rank_cd("searchHead", q) AS rank FROM "Source", q WHERE "searchHead" @@ q AND "searchVector" @@ q`,
    doc: `(SELECT coalesce("title", '') || ' — ' || left(coalesce("text", ''), 5000) FROM "Source" WHERE id = page.id)`,
  },
  ENTITY: {
    hits: `SELECT 'ENTITY' AS type, id, ts_rank_cd("searchVector", q) * 1.5 AS rank FROM "Entity", q WHERE "searchVector" @@ q`,
    doc: `(SELECT "name" || coalesce(', ' || "title", '') || ' ' || factdesk_text_array_to_string("aliases") FROM "Entity" WHERE id = page.id)`,
  },
  EVENT: {
    hits: `SELECT 'EVENT' AS type, id, ts_rank_cd("searchVector", q) AS rank FROM "Event", q WHERE "searchVector" @@ q`,
    doc: `(SELECT "title" || coalesce(' — ' || "description", '') FROM "Event" WHERE id = page.id)`,
  },
};

/** Sources matched only below their head, best first; their rank is held at or below every head match's. */
const SOURCE_TEXT_ONLY = `SELECT 'SOURCE' AS type, id, ts_rank_cd("searchVector", q) AS rank
  FROM "Source", q WHERE "searchVector" @@ q AND NOT ("searchHead" @@ q)`;

/** Ranked full-text search; `websearch_to_tsquery` accepts what people type ("quoted phrases", -exclusions, or). */
export async function searchDesk(db: DbTx, query: string, types: SearchType[], limit: number, offset: number): Promise<SearchHit[]> {
  const selected = types.length ? types : (Object.keys(branches) as SearchType[]);
  const hits = selected.map((t) => branches[t].hits).join(" UNION ALL ");
  const doc = `CASE page.type ${selected.map((t) => `WHEN '${t}' THEN ${branches[t].doc}`).join(" ")} END`;
  // The sources matched only in their text come after every other hit (tier 2), and a LIMIT of 0 keeps PostgreSQL
  // from ranking them at all when the other hits fill the page, which common words always do.
  const textOnly = selected.includes("SOURCE")
    ? `UNION ALL (SELECT type, id, least(rank, coalesce((SELECT min(rank) FROM hits), rank)) AS rank, 2 AS tier
         FROM (${SOURCE_TEXT_ONLY}) AS text_only ORDER BY text_only.rank DESC, id ASC
         LIMIT (SELECT greatest(0, $2::int + $3::int - count(*)) FROM hits))`
    : "";
  // English stemming for prose, 'simple' for names: a match on either counts.
  const sql = `WITH q AS (SELECT websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1) AS q),
    hits AS MATERIALIZED (${hits}),
    page AS (SELECT * FROM ((SELECT type, id, rank, 1 AS tier FROM hits ORDER BY rank DESC, id ASC LIMIT $2::int + $3::int) ${textOnly}) AS ranked
             ORDER BY tier, rank DESC, id ASC LIMIT $2 OFFSET $3)
    SELECT page.type, page.id, page.rank, ts_headline('english', ${doc}, q, ${HEADLINE}) AS highlight FROM page, q ORDER BY page.tier, page.rank DESC, page.id ASC`;
  const rows = await db.$queryRawUnsafe<{ type: SearchType; id: string; rank: number; highlight: string }[]>(sql, query, limit, offset);
  return rows.map((r) => ({ ...r, rank: Number(r.rank) }));
}

type SimilarityOptions = { threshold?: number; limit?: number };

/** A text to find claims worded like, and the claim to leave out of the answer (the one it is the text of). */
export interface SimilarTo {
  normalizedText: string;
  excludeId?: string;
}

/** Claims whose normalized text is similar (trigram similarity ≥ threshold), most similar first. */
export async function similarClaimIds(db: DbTx, normalizedText: string, opts: SimilarityOptions & { excludeId?: string } = {}) {
  return (await similarClaimIdsOfTexts(db, [{ normalizedText, excludeId: opts.excludeId }], opts))[0]!;
}

/** `similarClaimIds` for many texts in one statement (an article's statements, a page of claims), in their order. */
async function similarClaimIdsOfTexts(
  db: DbTx,
  texts: readonly SimilarTo[],
  opts: SimilarityOptions = {},
): Promise<{ id: string; similarity: number }[][]> {
  const rows = await db.$queryRawUnsafe<{ i: number; id: string; similarity: number }[]>(
    `SELECT t.i::int AS i, c.id, c.similarity FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(text, exclude, i)
     CROSS JOIN LATERAL (
       SELECT id, similarity("normalizedText", t.text) AS similarity FROM "Claim"
       WHERE "normalizedText" % t.text AND similarity("normalizedText", t.text) >= $3
         AND "mergedIntoId" IS NULL AND id <> t.exclude
       ORDER BY similarity DESC, id ASC LIMIT $4) c
     ORDER BY t.i, c.similarity DESC, c.id ASC`,
    texts.map((t) => t.normalizedText),
    texts.map((t) => t.excludeId ?? ""),
    opts.threshold ?? 0.45,
    opts.limit ?? 10,
  );
  const similar = texts.map((): { id: string; similarity: number }[] => []);
  for (const row of rows) similar[row.i - 1]!.push({ id: row.id, similarity: Number(row.similarity) });
  return similar;
}

/** How alike a statement and a fact-checked claim must be (the mean of trigram and word overlap, 0–1) to call it checked. */
const PRIOR_FACT_CHECK_THRESHOLD = 0.55;

/**
 * The published verdict on the claim most like `text`, if one is alike enough: a claim the desk has already checked,
 * reworded or reported again. Alike means both close in spelling (trigram similarity of the normalized texts) and
 * sharing its words (the share of the statement's English word stems found in the claim's search vector).
 */
export async function priorVerdictIdOf(db: DbTx, text: string): Promise<string | null> {
  return (await priorVerdictIds(db, [text]))[0]!;
}

/** `priorVerdictIdOf` for many statements in one SQL statement, in the order of `texts`. */
export async function priorVerdictIds(db: DbTx, texts: readonly string[]): Promise<(string | null)[]> {
  const rows = await db.$queryRawUnsafe<{ i: number; verdictId: string; trigram: number; overlap: number }[]>(
    `SELECT t.i::int AS i, c."verdictId", c.trigram, c.overlap
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS t(text, normalized, i)
     CROSS JOIN LATERAL (SELECT array(SELECT lexeme FROM unnest(to_tsvector('english', t.text))) AS lexemes) AS statement
     CROSS JOIN LATERAL (
       SELECT c."currentVerdictId" AS "verdictId", similarity(c."normalizedText", t.normalized) AS trigram,
              (SELECT count(*) FROM unnest(statement.lexemes) AS l(lexeme) WHERE c."searchVector" @@ plainto_tsquery('simple', l.lexeme))::float8
                / greatest(cardinality(statement.lexemes), 1) AS overlap
       FROM "Claim" c JOIN "Verdict" v ON v.id = c."currentVerdictId"
       WHERE c."normalizedText" % t.normalized AND v.state = 'PUBLISHED' AND c."mergedIntoId" IS NULL
       ORDER BY trigram DESC, c.id ASC LIMIT 10) c`,
    texts,
    texts.map(normalizeClaimText),
  );
  const best = texts.map((): { verdictId: string; score: number } | null => null);
  for (const row of rows) {
    const score = (Number(row.trigram) + Number(row.overlap)) / 2;
    const current = best[row.i - 1];
    if (score >= PRIOR_FACT_CHECK_THRESHOLD && (!current || score > current.score)) best[row.i - 1] = { verdictId: row.verdictId, score };
  }
  return best.map((prior) => prior?.verdictId ?? null);
}

/**
 * Similar claims with their rows for each of `texts`, most similar first, in two statements (what `similarClaims`
 * and the ingest preview show).
 */
export async function loadSimilarClaims(
  db: DbTx,
  texts: readonly SimilarTo[],
  opts: SimilarityOptions = {},
  /** What to read of each claim (a GraphQL request's selection); every column when absent. */
  query: { select?: Prisma.ClaimSelect } = {},
) {
  const similar = await similarClaimIdsOfTexts(db, texts, opts);
  const ids = [...new Set(similar.flat().map((s) => s.id))];
  const rows: Array<{ id: string }> = ids.length ? await db.claim.findMany({ ...query, where: { id: { in: ids } } }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return similar.map((list) =>
    list.flatMap((s) => {
      const claim = byId.get(s.id);
      return claim ? [{ similarity: s.similarity, claim }] : [];
    }),
  );
}
