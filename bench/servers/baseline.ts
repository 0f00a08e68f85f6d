// The hand-written baseline: node:http and pg, one prepared SQL statement per page (nested lists built by
// PostgreSQL as JSON), answering the benchmark's workloads as plain JSON. It is what "as fast as this machine
// allows" looks like for the same data, not a design to copy: no auth, no limits, no schema.
import http from "node:http";
import pg from "pg";
import { benchRoute, countStatements } from "./common.js";

// timestamp without time zone holds UTC wall-clock time (as Prisma writes it).
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (value) => new Date(`${value.replace(" ", "T")}Z`));

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
countStatements(pool);
const port = Number(process.env.PORT ?? 5001);

const json = (fields: string) => `json_build_object(${fields})`;
const list = (element: string, from: string, order: string) =>
  `coalesce((SELECT json_agg(${element} ORDER BY ${order}) FROM ${from}), '[]'::json)`;

const QUEUE = `
  SELECT c.id, c.text, c.kind, c.status, c."createdAt",
    CASE WHEN e.id IS NULL THEN NULL ELSE ${json(`'name', e.name, 'title', e.title`)} END AS claimant,
    ${list(
      json(`'excerpt', a.excerpt, 'source', ${json(`'url', s.url, 'title', s.title`)}`),
      `(SELECT * FROM "Appearance" WHERE "claimId" = c.id ORDER BY "seenAt", id LIMIT 20) a JOIN "Source" s ON s.id = a."sourceId"`,
      `a."seenAt", a.id`,
    )} AS appearances,
    ${json(`'totalCount', (SELECT count(*)::int FROM "Rating" r WHERE r."claimId" = c.id AND r.current)`)} AS ratings,
    CASE WHEN v.id IS NULL THEN NULL ELSE ${json(`'label', v.label, 'state', v.state`)} END AS verdict
  FROM (SELECT * FROM "Claim" WHERE status IN ('NEW', 'IN_REVIEW') AND "mergedIntoId" IS NULL
        ORDER BY "createdAt" DESC, id DESC LIMIT 50) c
  LEFT JOIN "Entity" e ON e.id = c."claimantId"
  LEFT JOIN "Verdict" v ON v.id = c."currentVerdictId"
  ORDER BY c."createdAt" DESC, c.id DESC`;

const CLAIM = `
  SELECT c.id, c.text, c.kind, c.status, c."claimantRole", c."claimDate", c."claimDatePrecision", c.place, c.tags, c.version,
    c."createdAt", c."updatedAt",
    (SELECT ${json(`'name', e.name, 'kind', e.kind, 'title', e.title`)} FROM "Entity" e WHERE e.id = c."claimantId") AS claimant,
    (SELECT ${json(`'title', ev.title`)} FROM "Event" ev WHERE ev.id = c."eventId") AS event,
    ${list(
      json(
        `'id', a.id, 'excerpt', a.excerpt, 'seenAt', a."seenAt", 'source', ${json(`'url', s.url, 'title', s.title, 'publisher', s.publisher, 'kind', s.kind, 'reliability', s.reliability, 'publishedAt', s."publishedAt"`)}`,
      ),
      `(SELECT * FROM "Appearance" WHERE "claimId" = c.id ORDER BY "seenAt", id LIMIT 100) a JOIN "Source" s ON s.id = a."sourceId"`,
      `a."seenAt", a.id`,
    )} AS appearances,
    ${list(
      json(`'id', x.id, 'stance', x.stance, 'excerpt', x.excerpt, 'note', x.note, 'createdAt', x."createdAt",
        'addedBy', (SELECT ${json(`'name', u.name`)} FROM "User" u WHERE u.id = x."addedById"),
        'source', ${json(`'url', s.url, 'title', s.title, 'publisher', s.publisher`)}`),
      `(SELECT * FROM "Evidence" WHERE "claimId" = c.id AND "removedAt" IS NULL ORDER BY "createdAt", id LIMIT 100) x JOIN "Source" s ON s.id = x."sourceId"`,
      `x."createdAt", x.id`,
    )} AS evidence,
    ${list(
      json(`'id', r.id, 'label', r.label, 'confidence', r.confidence, 'rationale', r.rationale, 'createdAt', r."createdAt",
        'reviewer', ${json(`'name', u.name`)},
        'citedEvidence', ${list(json(`'excerpt', ce.excerpt`), `"_RatingEvidence" re JOIN "Evidence" ce ON ce.id = re."A" WHERE re."B" = r.id`, `ce."createdAt", ce.id`)}`),
      `(SELECT * FROM "Rating" WHERE "claimId" = c.id AND current ORDER BY "createdAt", id LIMIT 100) r JOIN "User" u ON u.id = r."reviewerId"`,
      `r."createdAt", r.id`,
    )} AS ratings,
    (SELECT ${json(`'state', v.state, 'label', v.label, 'headline', v.headline, 'summary', v.summary, 'publishedAt', v."publishedAt",
        'publishedBy', (SELECT ${json(`'name', u.name`)} FROM "User" u WHERE u.id = v."publishedById"),
        'citedEvidence', ${list(
          json(
            `'stance', ce.stance, 'excerpt', ce.excerpt, 'source', (SELECT ${json(`'url', s.url`)} FROM "Source" s WHERE s.id = ce."sourceId")`,
          ),
          `"_VerdictEvidence" ve JOIN "Evidence" ce ON ce.id = ve."A" WHERE ve."B" = v.id`,
          `ce."createdAt", ce.id`,
        )},
        'corrections', ${list(
          json(`'reason', vc.reason, 'changedFields', vc."changedFields", 'before', vc.before, 'after', vc.after, 'createdAt', vc."createdAt",
            'correctedBy', (SELECT ${json(`'name', u.name`)} FROM "User" u WHERE u.id = vc."correctedById")`),
          `"VerdictCorrection" vc WHERE vc."verdictId" = v.id`,
          `vc."createdAt", vc.id`,
        )}`)}
      FROM "Verdict" v WHERE v.id = c."currentVerdictId") AS verdict,
    ${list(
      json(`'id', m.id, 'kind', m.kind, 'url', m.url, 'description', m.description, 'verification', m.verification, 'graphic', m.graphic`),
      `(SELECT mi.* FROM "_ClaimMedia" cm JOIN "MediaItem" mi ON mi.id = cm."B" WHERE cm."A" = c.id ORDER BY mi."createdAt", mi.id LIMIT 20) m`,
      `m."createdAt", m.id`,
    )} AS media,
    ${list(
      json(`'id', f.id, 'metric', f.metric, 'qualifier', f.qualifier, 'low', f.low, 'high', f.high, 'statedText', f."statedText",
        'reportedAt', f."reportedAt", 'source', ${json(`'url', s.url`)}`),
      `(SELECT * FROM "ReportedFigure" WHERE "claimId" = c.id ORDER BY "reportedAt", id LIMIT 100) f JOIN "Source" s ON s.id = f."sourceId"`,
      `f."reportedAt", f.id`,
    )} AS figures
  FROM "Claim" c WHERE c.id = $1`;

const FIGURES = `
  SELECT f.id, f.qualifier, f.low, f.high, f."statedText", f."reportedAt", f."sourceId", s.url, s.title
  FROM "ReportedFigure" f JOIN "Source" s ON s.id = f."sourceId"
  WHERE f."eventId" = $1 AND f.metric = $2::"FigureMetric"
  ORDER BY f."reportedAt", f.id`;

const VERDICT = `
  SELECT v.id, v.state, v.label, v.headline, v.summary, v."publishedAt", v."retractedAt", v."retractionReason",
    (SELECT ${json(`'name', u.name`)} FROM "User" u WHERE u.id = v."publishedById") AS "publishedBy",
    (SELECT ${json(`'name', u.name`)} FROM "User" u WHERE u.id = v."signedOffById") AS "signedOffBy",
    ${json(`'text', v."claimText", 'claimantName', v."claimantName", 'claimantKind', v."claimantKind", 'claimantRole', v."claimantRole",
      'claimDate', v."claimDate", 'claimDatePrecision', v."claimDatePrecision", 'place', v."claimPlace", 'appearances', v.appearances`)} AS "judgedClaim",
    ${list(
      json(`'reason', vc.reason, 'changedFields', vc."changedFields", 'before', vc.before, 'after', vc.after, 'createdAt', vc."createdAt",
        'correctedBy', (SELECT ${json(`'name', u.name`)} FROM "User" u WHERE u.id = vc."correctedById")`),
      `"VerdictCorrection" vc WHERE vc."verdictId" = v.id`,
      `vc."createdAt", vc.id`,
    )} AS corrections,
    ${list(
      json(
        `'stance', ce.stance, 'excerpt', ce.excerpt, 'note', ce.note, 'source', (SELECT ${json(`'url', s.url, 'title', s.title, 'publisher', s.publisher`)} FROM "Source" s WHERE s.id = ce."sourceId")`,
      ),
      `"_VerdictEvidence" ve JOIN "Evidence" ce ON ce.id = ve."A" WHERE ve."B" = v.id`,
      `ce."createdAt", ce.id`,
    )} AS "citedEvidence"
  FROM "Verdict" v WHERE v.id = $1 AND v.state IN ('PUBLISHED', 'RETRACTED')`;

// The figure summary's timeline is a page (FactDesk answers at most 100 reports of it); the aggregates count them all.
const TIMELINE_PAGE = 100;

async function figureSummary(eventId: string, metric: string) {
  const { rows } = await pool.query({ name: "figures", text: FIGURES, values: [eventId, metric] });
  let lowest: number | null = null;
  let highest: number | null = null;
  const sources = new Set<string>();
  for (const f of rows) {
    if (f.low != null) lowest = lowest == null ? f.low : Math.min(lowest, f.low);
    const top = f.high ?? f.low;
    if (top != null) highest = highest == null ? top : Math.max(highest, top);
    sources.add(f.sourceId);
  }
  return {
    lowestBound: lowest,
    highestBound: highest,
    sourceCount: sources.size,
    reportCount: rows.length,
    timeline: rows.slice(0, TIMELINE_PAGE).map((f) => ({
      id: f.id,
      qualifier: f.qualifier,
      low: f.low,
      high: f.high,
      statedText: f.statedText,
      reportedAt: f.reportedAt,
      source: { url: f.url, title: f.title },
    })),
  };
}

async function route(url: URL): Promise<unknown> {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "queue" && parts.length === 1) return { claims: (await pool.query({ name: "queue", text: QUEUE })).rows };
  if (parts[0] === "claims" && parts.length === 2)
    return { claim: (await pool.query({ name: "claim", text: CLAIM, values: [parts[1]] })).rows[0] ?? null };
  if (parts[0] === "verdicts" && parts.length === 2)
    return { verdict: (await pool.query({ name: "verdict", text: VERDICT, values: [parts[1]] })).rows[0] ?? null };
  if (parts[0] === "events" && parts[2] === "figure-summary")
    return { figureSummary: await figureSummary(parts[1]!, url.searchParams.get("metric") ?? "KILLED") };
  return undefined;
}

const server = http.createServer((req, res) => {
  if (benchRoute(req, res)) return;
  route(new URL(req.url ?? "/", "http://localhost")).then(
    (body) => {
      if (body === undefined) res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    },
    (error: Error) => {
      console.error(error);
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: error.message }));
    },
  );
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => console.log(`Baseline listening on http://127.0.0.1:${port}/`));
const stop = () => server.close(() => pool.end().finally(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
