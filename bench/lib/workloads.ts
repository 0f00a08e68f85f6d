// The benchmark's workloads: for each, the request each server gets (FactDesk's GraphQL, PostGraphile's GraphQL over
// the same tables, the baseline's JSON route) and how its answer is reduced to one plain shape for comparison.
// FactDesk's queries follow the web client's (packages/web/src/pages/claim-queue-page.tsx, claim-desk-page.tsx,
// verdict-page.tsx) for the fields each page shows; PostGraphile's use aliases so both answer in the same words.

export type ServerName = "factdesk" | "postgraphile" | "baseline";
export const SERVER_NAMES: ServerName[] = ["factdesk", "postgraphile", "baseline"];
export const SERVER_TITLES: Record<ServerName, string> = {
  factdesk: "FactDesk",
  postgraphile: "PostGraphile 5",
  baseline: "node:http + pg",
};

export interface HttpRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
}

export interface Fixtures {
  deskClaims: string[];
  verdicts: string[];
  events: string[];
  searchQueries: string[];
  writeClaims: string[];
  writeSources: string[];
}

export interface Workload {
  name: string;
  title: string;
  /** What the workload does, for RESULTS.md. */
  description: string;
  servers: ServerName[];
  /** FactDesk requests carry the staff session (PostGraphile and the baseline have no auth). */
  anonymous?: boolean;
  /** Headers FactDesk's requests carry besides the session. */
  factdeskHeaders?: Record<string, string>;
  /** The rotation of parameters (claim ids …); requests cycle through them. */
  params(fixtures: Fixtures): string[];
  request(server: ServerName, param: string, sequence: number): HttpRequest;
  /** The answer in the common shape (only for workloads compared across servers). */
  shape?(server: ServerName, body: unknown, param: string): unknown;
  /** Whether a 2xx answer is a success (no GraphQL errors, no typed error result). */
  ok(body: string): boolean;
  /** Only FactDesk's latency matters (no ratios). */
  latencyOnly?: boolean;
}

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const gql = (query: string, variables: Record<string, unknown> = {}): HttpRequest => ({
  method: "POST",
  path: "/graphql",
  body: JSON.stringify({ query, variables }),
});
const noErrors = (body: string) => !body.includes('"errors":');

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]00(:?00)?)?$/;

/**
 * Reduces any server's JSON to plain comparable data: connections (`edges { node }`, `nodes`) become arrays,
 * single-key `item` wrappers (PostGraphile's many-to-many rows) are unwrapped, FactDesk's global IDs become row ids,
 * every timestamp becomes ISO 8601 UTC with milliseconds, and object keys are sorted.
 */
export function normalize(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => normalize(v));
  if (value && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    if (keys.includes("edges") && keys.every((k) => k === "edges" || k === "pageInfo")) {
      return (obj.edges as { node: unknown }[]).map((e) => normalize(e.node));
    }
    if (keys.length === 1 && keys[0] === "nodes") return normalize(obj.nodes);
    if (keys.length === 1 && keys[0] === "item") return normalize(obj.item);
    const out: Record<string, unknown> = {};
    for (const k of keys.sort()) out[k] = normalize(obj[k], k);
    return out;
  }
  if (typeof value === "string") {
    if (TIMESTAMP.test(value)) {
      const iso = value.replace(" ", "T").replace(/([+-]00(:?00)?)$/, "Z");
      return new Date(/Z$/.test(iso) ? iso : `${iso}Z`).toISOString();
    }
    if (key === "id") {
      const decoded = Buffer.from(value, "base64").toString("utf8");
      const match = /^[A-Z][A-Za-z]+:(.+)$/.exec(decoded);
      if (match && Buffer.from(decoded).toString("base64") === value) return match[1];
    }
  }
  return value;
}

/** Sorts a list the way FactDesk orders it (created, then id); PostGraphile cannot order a many-to-many list by the far table. */
function sortBy<T>(items: T[], ...fields: (keyof T)[]): T[] {
  return [...items].sort((a, b) => {
    for (const f of fields) {
      const x = String(a[f]);
      const y = String(b[f]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}

const dataOf = (body: unknown) => (body as { data?: Record<string, unknown> }).data ?? {};

// --- Queue page ---------------------------------------------------------------------------------------------------

const QUEUE_FACTDESK = `query BenchQueue {
  claims(first: 50, filter: { status: [NEW, IN_REVIEW] }, orderBy: NEWEST) {
    edges { node {
      id text kind status createdAt
      claimant { name title }
      appearances(first: 20) { edges { node { excerpt source { url title } } } }
      ratings { totalCount }
      verdict { label state }
    } }
  }
}`;

const QUEUE_POSTGRAPHILE = `query BenchQueue {
  claims: allClaims(first: 50, filter: { status: { in: [NEW, IN_REVIEW] } }, condition: { mergedIntoId: null }, orderBy: [CREATED_AT_DESC, ROW_ID_DESC]) {
    nodes {
      id: rowId text kind status createdAt
      claimant: entityByClaimantId { name title }
      appearances: appearancesByClaimId(first: 20, orderBy: [SEEN_AT_ASC, ROW_ID_ASC]) { nodes { excerpt source: sourceBySourceId { url title } } }
      ratings: ratingsByClaimId(condition: { current: true }) { totalCount }
      verdict: verdictByCurrentVerdictId { label state }
    }
  }
}`;

// --- Claim desk ---------------------------------------------------------------------------------------------------

const DESK_FACTDESK = `query BenchClaimDesk($id: ID!) {
  claim(id: $id) {
    id text kind status claimantRole claimDate claimDatePrecision place tags version createdAt updatedAt
    claimant { name kind title }
    event { title }
    appearances(first: 100) { edges { node { id excerpt seenAt source { url title publisher kind reliability publishedAt } } } }
    evidence(first: 100) { edges { node { id stance excerpt note createdAt addedBy { name } source { url title publisher } } } }
    ratings(first: 100) { edges { node { id label confidence rationale createdAt reviewer { name } citedEvidence { excerpt } } } }
    verdict {
      state label headline summary publishedAt publishedBy { name }
      citedEvidence { stance excerpt source { url } }
      corrections { reason changedFields before after createdAt correctedBy { name } }
    }
    media(first: 20) { edges { node { id kind url description verification graphic } } }
    figures(first: 100) { edges { node { id metric qualifier low high statedText reportedAt source { url } } } }
  }
}`;

const DESK_POSTGRAPHILE = `query BenchClaimDesk($id: String!) {
  claim: claimByRowId(rowId: $id) {
    id: rowId text kind status claimantRole claimDate claimDatePrecision place tags version createdAt updatedAt
    claimant: entityByClaimantId { name kind title }
    event: eventByEventId { title }
    appearances: appearancesByClaimId(first: 100, orderBy: [SEEN_AT_ASC, ROW_ID_ASC]) {
      nodes { id: rowId excerpt seenAt source: sourceBySourceId { url title publisher kind reliability publishedAt } }
    }
    evidence: evidencesByClaimId(first: 100, condition: { removedAt: null }, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
      nodes { id: rowId stance excerpt note createdAt addedBy: userByAddedById { name } source: sourceBySourceId { url title publisher } }
    }
    ratings: ratingsByClaimId(first: 100, condition: { current: true }, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
      nodes {
        id: rowId label confidence rationale createdAt reviewer: userByReviewerId { name }
        citedEvidence: _ratingEvidencesByB { nodes { item: evidenceByA { excerpt createdAt rowId } } }
      }
    }
    verdict: verdictByCurrentVerdictId {
      state label headline summary publishedAt publishedBy: userByPublishedById { name }
      citedEvidence: _verdictEvidencesByB { nodes { item: evidenceByA { stance excerpt createdAt rowId source: sourceBySourceId { url } } } }
      corrections: verdictCorrectionsByVerdictId(orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
        nodes { reason changedFields before after createdAt correctedBy: userByCorrectedById { name } }
      }
    }
    media: _claimMediasByA { nodes { item: mediaItemByB { id: rowId kind url description verification graphic createdAt } } }
    figures: reportedFiguresByClaimId(first: 100, orderBy: [REPORTED_AT_ASC, ROW_ID_ASC]) {
      nodes { id: rowId metric qualifier low high statedText reportedAt source: sourceBySourceId { url } }
    }
  }
}`;

interface Row {
  createdAt: string;
  rowId?: string;
  id?: string;
  [key: string]: unknown;
}
const stripOrderKeys = (rows: Row[], keep: string[] = []) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => keep.includes(k) || (k !== "createdAt" && k !== "rowId"))));

/** PostGraphile's many-to-many lists come in junction order: put them in FactDesk's (created, id), then drop the sort keys. */
function deskFromPostGraphile(claim: Record<string, unknown> | null) {
  if (!claim) return null;
  const ratings = (claim.ratings as Row[]).map((r) => ({
    ...r,
    citedEvidence: stripOrderKeys(sortBy(r.citedEvidence as Row[], "createdAt", "rowId")),
  }));
  const verdict = claim.verdict as Record<string, unknown> | null;
  return {
    ...claim,
    ratings,
    verdict: verdict && { ...verdict, citedEvidence: stripOrderKeys(sortBy(verdict.citedEvidence as Row[], "createdAt", "rowId")) },
    media: stripOrderKeys(sortBy(claim.media as Row[], "createdAt", "id"), ["id"]).slice(0, 20),
  };
}

// --- Figure summary -----------------------------------------------------------------------------------------------

function withoutBounds(summary: unknown): unknown {
  if (!summary || typeof summary !== "object") return summary;
  const { lowestBound: _lowest, highestBound: _highest, ...rest } = summary as Record<string, unknown>;
  return rest;
}

const FIGURES_FACTDESK = `query BenchFigureSummary($id: ID!) {
  event: node(id: $id) {
    ... on Event {
      figureSummary(metric: KILLED) {
        lowestBound highestBound sourceCount reportCount
        timeline(first: 100) { id qualifier low high statedText reportedAt source { url title } }
      }
    }
  }
}`;

const FIGURES_POSTGRAPHILE = `query BenchFigureSummary($id: String!) {
  event: eventByRowId(rowId: $id) {
    stats: figureStats(metric: KILLED) { lowestBound highestBound sourceCount reportCount }
    timeline: reportedFiguresByEventId(condition: { metric: KILLED }, orderBy: [REPORTED_AT_ASC, ROW_ID_ASC], first: 100) {
      nodes { id: rowId qualifier low high statedText reportedAt source: sourceBySourceId { url title } }
    }
  }
}`;

// --- Public verdict page ------------------------------------------------------------------------------------------

const VERDICT_FIELDS = `state label headline summary publishedAt retractedAt retractionReason`;
const VERDICT_FACTDESK = `query BenchVerdictPage($id: ID!) {
  verdict: node(id: $id) {
    ... on Verdict {
      id ${VERDICT_FIELDS}
      publishedBy { name }
      signedOffBy { name }
      judgedClaim { text claimantName claimantKind claimantRole claimDate claimDatePrecision place appearances { url title publisher excerpt seenAt } }
      corrections { reason changedFields before after createdAt correctedBy { name } }
      citedEvidence { stance excerpt note source { url title publisher } }
    }
  }
}`;

const VERDICT_POSTGRAPHILE = `query BenchVerdictPage($id: String!) {
  verdict: verdictByRowId(rowId: $id) {
    id: rowId ${VERDICT_FIELDS}
    publishedBy: userByPublishedById { name }
    signedOffBy: userBySignedOffById { name }
    claimText claimantName claimantKind claimantRole claimDate claimDatePrecision claimPlace appearances
    corrections: verdictCorrectionsByVerdictId(orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
      nodes { reason changedFields before after createdAt correctedBy: userByCorrectedById { name } }
    }
    citedEvidence: _verdictEvidencesByB { nodes { item: evidenceByA { stance excerpt note createdAt rowId source: sourceBySourceId { url title publisher } } } }
  }
}`;

function verdictFromPostGraphile(v: Record<string, unknown> | null) {
  if (!v) return null;
  const { claimText, claimantName, claimantKind, claimantRole, claimDate, claimDatePrecision, claimPlace, appearances, ...rest } = v;
  return {
    ...rest,
    judgedClaim: {
      text: claimText,
      claimantName,
      claimantKind,
      claimantRole,
      claimDate,
      claimDatePrecision,
      place: claimPlace,
      appearances,
    },
    citedEvidence: stripOrderKeys(sortBy(v.citedEvidence as Row[], "createdAt", "rowId")),
  };
}

// --- Search and the mixed workload (FactDesk only) ----------------------------------------------------------------

const SEARCH_FACTDESK = `query BenchSearch($q: String!) {
  search(query: $q, first: 20) { edges { node { rank highlight node { __typename ... on Claim { id text status } ... on Source { id url sourceTitle: title } ... on Entity { id name } ... on Event { id eventTitle: title } } } } }
}`;

const RATE_CLAIM = `mutation BenchRateClaim($input: RateClaimInput!) {
  rateClaim(input: $input) { __typename ... on RateClaimSuccess { rating { id label confidence } } ... on Error { code message } }
}`;
const ADD_EVIDENCE = `mutation BenchAddEvidence($input: AddEvidenceInput!) {
  addEvidence(input: $input) { __typename ... on AddEvidenceSuccess { evidence { id stance excerpt } } ... on Error { code message } }
}`;
const LABELS = ["TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "FALSE", "UNVERIFIABLE"];
const STANCES = ["SUPPORTS", "REFUTES", "CONTEXT"];
const typedError = /"__typename":"(ValidationError|ConflictError|ForbiddenError|NotFoundError)"/;

export const WORKLOADS: Workload[] = [
  {
    name: "queue",
    title: "Queue page",
    description:
      "The first 50 claims with status NEW or IN_REVIEW, newest first, each with its claimant's name and title, its appearances with the source's URL and title, its number of current ratings and its current verdict's label and state (staff).",
    servers: SERVER_NAMES,
    params: () => ["queue"],
    request: (server) =>
      server === "baseline" ? { method: "GET", path: "/queue" } : gql(server === "factdesk" ? QUEUE_FACTDESK : QUEUE_POSTGRAPHILE),
    shape: (server, body) => normalize(server === "baseline" ? (body as { claims: unknown }).claims : dataOf(body).claims),
    ok: noErrors,
  },
  {
    name: "claim-desk",
    title: "Claim desk",
    description:
      "One claim with everything the desk shows: claimant, event, appearances with sources, evidence with sources and who added it, current ratings with reviewers and cited evidence, the verdict with its cited evidence and corrections, media and reported figures (staff; rotating over 50 claims).",
    servers: SERVER_NAMES,
    params: (f) => f.deskClaims,
    request: (server, id) =>
      server === "baseline"
        ? { method: "GET", path: `/claims/${id}` }
        : server === "factdesk"
          ? gql(DESK_FACTDESK, { id: globalId("Claim", id) })
          : gql(DESK_POSTGRAPHILE, { id }),
    shape: (server, body) => {
      if (server === "baseline") return normalize((body as { claim: unknown }).claim);
      const claim = normalize(dataOf(body).claim) as Record<string, unknown> | null;
      return server === "postgraphile" ? normalize(deskFromPostGraphile(claim)) : claim;
    },
    ok: noErrors,
  },
  {
    name: "figure-summary",
    title: "Event figure summary",
    description:
      "An event's KILLED figures summarised: lowest and highest bound, number of reports and of sources, and the timeline of its first 100 reports with their sources (staff; rotating over the 10 events with the most reports). PostGraphile computes the aggregates in a STABLE SQL function exposed as a computed column; the baseline in JavaScript over one query.",
    servers: SERVER_NAMES,
    params: (f) => f.events,
    request: (server, id) =>
      server === "baseline"
        ? { method: "GET", path: `/events/${id}/figure-summary?metric=KILLED` }
        : server === "factdesk"
          ? gql(FIGURES_FACTDESK, { id: globalId("Event", id) })
          : gql(FIGURES_POSTGRAPHILE, { id }),
    // Each server computes its bounds, and they are compared apart from them: FactDesk's bound only reports of like
    // with like (one subject and place; running totals without incident counts; numbers without vague words), the
    // peers' the plain minimum and maximum of every report, a different answer to the same work.
    shape: (server, body) => {
      if (server === "baseline") return withoutBounds(normalize((body as { figureSummary: unknown }).figureSummary));
      const event = dataOf(body).event as Record<string, unknown> | null;
      if (server === "factdesk") return withoutBounds(normalize(event?.figureSummary));
      const stats = event?.stats as Record<string, unknown>;
      return withoutBounds(normalize({ ...stats, timeline: event?.timeline }));
    },
    ok: noErrors,
  },
  {
    name: "verdict-page",
    title: "Public verdict page",
    description:
      "A published verdict as an anonymous reader gets it (`node(id:)`): the verdict, who published and signed it off, the judged claim as frozen with its appearances, its corrections and its cited evidence with sources (no session; rotating over 50 verdicts, half of them corrected). FactDesk's requests send `Cache-Control: no-cache`, so its response cache is bypassed and every request does its work.",
    servers: SERVER_NAMES,
    anonymous: true,
    factdeskHeaders: { "cache-control": "no-cache" },
    params: (f) => f.verdicts,
    request: (server, id) =>
      server === "baseline"
        ? { method: "GET", path: `/verdicts/${id}` }
        : server === "factdesk"
          ? gql(VERDICT_FACTDESK, { id: globalId("Verdict", id) })
          : gql(VERDICT_POSTGRAPHILE, { id }),
    shape: (server, body) => {
      if (server === "baseline") return normalize((body as { verdict: unknown }).verdict);
      const verdict = normalize(dataOf(body).verdict) as Record<string, unknown> | null;
      return server === "postgraphile" ? normalize(verdictFromPostGraphile(verdict)) : verdict;
    },
    ok: noErrors,
  },
  {
    name: "verdict-page-cached",
    title: "Public verdict page, response cache on",
    description:
      "The public verdict page again, with FactDesk's response cache for readers without a session on (its default, 5 s): what a widely shared fact-check costs. The baseline does its work every time.",
    servers: ["factdesk", "baseline"],
    anonymous: true,
    params: (f) => f.verdicts,
    request: (server, id) =>
      server === "baseline" ? { method: "GET", path: `/verdicts/${id}` } : gql(VERDICT_FACTDESK, { id: globalId("Verdict", id) }),
    shape: (server, body) => (server === "baseline" ? normalize((body as { verdict: unknown }).verdict) : normalize(dataOf(body).verdict)),
    ok: noErrors,
  },
  {
    name: "search",
    title: "Search",
    description:
      "`search(query:, first: 20)` over claims, sources, entities and events with two-word queries from the desk's vocabulary (staff; FactDesk only: its p95 latency is the target, the peers have no equivalent).",
    servers: ["factdesk"],
    latencyOnly: true,
    params: (f) => f.searchQueries,
    request: (_server, q) => gql(SEARCH_FACTDESK, { q }),
    ok: noErrors,
  },
  {
    name: "mixed",
    title: "Mixed read/write",
    description:
      "90% reads (queue page and claim desk, half each) and 10% writes (`rateClaim` and `addEvidence` with fresh values on IN_REVIEW claims, half each) through GraphQL as the signed-in bench editor (FactDesk only: the peers' read paths are measured above, and they have no write rules to compare).",
    servers: ["factdesk"],
    params: (f) => f.deskClaims,
    request: (_server, id, sequence) => mixedRequest(id, sequence),
    ok: (body) => noErrors(body) && !typedError.test(body),
  },
];

let mixedFixtures: Fixtures | undefined;
export const setMixedFixtures = (fixtures: Fixtures) => {
  mixedFixtures = fixtures;
};

function mixedRequest(deskClaim: string, sequence: number): HttpRequest {
  const f = mixedFixtures!;
  const slot = sequence % 20;
  if (slot < 9) return gql(QUEUE_FACTDESK);
  if (slot < 18) return gql(DESK_FACTDESK, { id: globalId("Claim", deskClaim) });
  const target = f.writeClaims[Math.floor(sequence / 20) % f.writeClaims.length]!;
  if (slot === 18) {
    return gql(RATE_CLAIM, {
      input: {
        claim: globalId("Claim", target),
        label: LABELS[sequence % LABELS.length],
        confidence: sequence % 101,
        rationale: `Benchmark rating ${sequence} at ${Date.now()}: checked against the sources on the desk.`,
      },
    });
  }
  return gql(ADD_EVIDENCE, {
    input: {
      claim: globalId("Claim", target),
      source: { id: globalId("Source", f.writeSources[sequence % f.writeSources.length]!) },
      stance: STANCES[sequence % STANCES.length],
      excerpt: `Benchmark evidence ${sequence} at ${Date.now()}: the figure was revised by the ministry.`,
    },
  });
}
