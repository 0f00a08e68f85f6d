import crypto from "node:crypto";
import { Prisma } from "../../packages/server/src/generated/prisma/client.js";
import { normalizeClaimText } from "../../packages/server/src/services/text.js";
import { ratingLabelText } from "../../packages/server/src/services/rating-label-text.js";
import { Json } from "./copy.js";
import { Random, makeId } from "./random.js";
import * as v from "./vocabulary.js";

/** One table's rows, in the column order given (ready for COPY). */
export interface TableRows {
  columns: string[];
  rows: unknown[][];
}

export interface GeneratedDesk {
  tables: Record<string, TableRows>;
  counts: Record<string, number>;
}

export interface DeskOptions {
  claims: number;
  seed: number;
  /** argon2 hash every generated user gets (the bench user signs in with its password). */
  passwordHash: string;
  benchUser: { email: string; name: string };
}

const DAY = 24 * 3600 * 1000;
/** The desk's history: two years of work ending on a fixed day, so every run generates the same timestamps. */
const START = Date.UTC(2024, 0, 1);
const END = Date.UTC(2025, 11, 1);

const thousands = (n: number) => n.toLocaleString("en-US");
const ms = (t: number) => new Date(Math.round(t));

function table(columns: string[]): TableRows {
  return { columns, rows: [] };
}

/**
 * A model's table with every column the generated client lists, in the order of prisma/schema.prisma: the order
 * its rows' values are pushed in. A column added to the schema makes the load fail until the generator fills it.
 */
const modelTable = (fields: Record<string, string>) => table(Object.values(fields));

/**
 * Generates a realistic desk from a seed: staff, claimants, events, sources (articles with text), claims with
 * 1–5 appearances, 0–6 evidence (some removed), 0–4 current ratings (some superseding older ones), verdicts on a
 * share of claims (published, some corrected, some awaiting sign-off, some retracted — each freezing the wording it
 * judged, as the verdict service does), media items, reported figures per event and merged duplicates.
 */
export function generateDesk(opts: DeskOptions): GeneratedDesk {
  const r = new Random(opts.seed);
  const N = opts.claims;
  const counters: Record<string, number> = {};
  const id = (code: string) => {
    counters[code] = (counters[code] ?? 0) + 1;
    return makeId(r, code, counters[code]!);
  };

  const t = {
    User: modelTable(Prisma.UserScalarFieldEnum),
    Entity: modelTable(Prisma.EntityScalarFieldEnum),
    Event: modelTable(Prisma.EventScalarFieldEnum),
    Source: modelTable(Prisma.SourceScalarFieldEnum),
    Claim: modelTable(Prisma.ClaimScalarFieldEnum),
    Appearance: modelTable(Prisma.AppearanceScalarFieldEnum),
    Evidence: modelTable(Prisma.EvidenceScalarFieldEnum),
    Rating: modelTable(Prisma.RatingScalarFieldEnum),
    Verdict: modelTable(Prisma.VerdictScalarFieldEnum),
    VerdictCorrection: modelTable(Prisma.VerdictCorrectionScalarFieldEnum),
    ReportedFigure: modelTable(Prisma.ReportedFigureScalarFieldEnum),
    MediaItem: modelTable(Prisma.MediaItemScalarFieldEnum),
    _ClaimMedia: table(["A", "B"]),
    _RatingEvidence: table(["A", "B"]),
    _VerdictEvidence: table(["A", "B"]),
  };

  // Staff: reviewers and editors, one admin, and the benchmark's own editor.
  const reviewers: string[] = [];
  const editors: string[] = [];
  const userName = new Map<string, string>();
  const addUser = (email: string, name: string, role: string) => {
    const userId = id("us");
    const at = ms(START - 30 * DAY + r.int(0, 20) * DAY);
    t.User.rows.push([userId, email, name, role, opts.passwordHash, true, 1, at, at]);
    userName.set(userId, name);
    return userId;
  };
  const reviewerCount = Math.max(8, Math.min(60, Math.round(N / 2500)));
  for (let i = 0; i < reviewerCount; i += 1) {
    reviewers.push(addUser(`reviewer${i + 1}@desk.example`, `${r.pick(v.firstNames)} ${r.pick(v.lastNames)}`, "REVIEWER"));
  }
  for (let i = 0; i < Math.max(3, Math.round(reviewerCount / 4)); i += 1) {
    editors.push(addUser(`editor${i + 1}@desk.example`, `${r.pick(v.firstNames)} ${r.pick(v.lastNames)}`, "EDITOR"));
  }
  addUser("admin@desk.example", "Desk Admin", "ADMIN");
  const benchUserId = addUser(opts.benchUser.email, opts.benchUser.name, "EDITOR");
  editors.push(benchUserId);
  const staff = [...reviewers, ...editors];

  // Claimants: people, governments, organisations and outlets; a few make most of the claims.
  const entityCount = Math.max(50, Math.round(N / 20));
  const entities: { id: string; name: string; kind: string; title: string | null }[] = [];
  for (let i = 0; i < entityCount; i += 1) {
    const kind = r.choose([
      ["PERSON", 70],
      ["GOVERNMENT", 10],
      ["ORGANISATION", 15],
      ["MEDIA_OUTLET", 5],
    ] as const);
    const name =
      kind === "PERSON"
        ? `${r.pick(v.firstNames)} ${r.pick(v.lastNames)}`
        : kind === "GOVERNMENT"
          ? `Government of ${r.pick(v.countries)}`
          : kind === "MEDIA_OUTLET"
            ? r.pick(v.outlets)[0]
            : `${r.pick(v.organisations).replace(/^the /, "")} ${r.pick(v.places)}`;
    const title = kind === "PERSON" && r.chance(0.8) ? `${r.pick(v.titles)} of ${r.pick(v.countries)}` : null;
    const aliases = r.chance(0.15) ? [name.split(" ").slice(-1)[0]!] : [];
    const at = ms(START + r.float() * (END - START));
    const entity = { id: id("en"), name, kind, title };
    entities.push(entity);
    t.Entity.rows.push([entity.id, kind, name, title, aliases, 1, at, at]);
  }

  // Events, in time order, each lasting days to months.
  const eventCount = Math.max(20, Math.round(N / 200));
  const events: { id: string; start: number; end: number; place: string; title: string }[] = [];
  for (let i = 0; i < eventCount; i += 1) {
    const start = START + ((END - START) * i) / eventCount + r.int(0, 5) * DAY;
    const end = start + r.int(3, 120) * DAY;
    const place = r.pick(v.places);
    const title = `${r.pick(v.eventKinds)} ${place}, ${new Date(start).toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" })}`;
    const event = { id: id("ev"), start, end, place, title };
    events.push(event);
    const ongoing = end > END;
    t.Event.rows.push([
      event.id,
      title,
      r.chance(0.7) ? `Reports and figures about ${title.toLowerCase()}.` : null,
      place,
      r.pick(["CITY", "REGION", "DISTRICT"]),
      ms(start),
      ongoing ? null : ms(end),
      1,
      ms(start + DAY),
      ms(start + 2 * DAY),
    ]);
  }

  // Sources: articles (most with their text), official statements, posts, videos, documents; spread over time.
  const sourceCount = Math.max(200, Math.round(N * 0.6));
  const sources: { id: string; url: string; title: string | null; publisher: string | null; at: number }[] = [];
  for (let i = 0; i < sourceCount; i += 1) {
    const kind = r.choose([
      ["ARTICLE", 55],
      ["OFFICIAL_STATEMENT", 10],
      ["SOCIAL_POST", 20],
      ["VIDEO", 7],
      ["IMAGE", 3],
      ["DOCUMENT", 3],
      ["DATASET", 2],
    ] as const);
    const at = START - 10 * DAY + ((END - START + 10 * DAY) * i) / sourceCount + r.int(0, 3600_000);
    const date = new Date(at);
    const place = r.pick(v.places);
    const topic = `${r.pick(v.words)} ${r.pick(v.words)}`;
    let url: string;
    let title: string | null;
    let publisher: string | null;
    let text: string | null = null;
    if (kind === "SOCIAL_POST" || kind === "VIDEO" || kind === "IMAGE") {
      const site = r.pick(v.socialSites);
      url = `https://${site}/${r.pick(v.lastNames).toLowerCase()}${r.int(1, 999)}/status/${i + 1}${r.token(6)}`;
      title = r.chance(0.6) ? `${place}: ${topic}` : null;
      publisher = r.chance(0.5) ? site : null;
    } else {
      const [outlet, domain] = r.pick(v.outlets);
      url = `https://www.${domain}/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, "0")}/${place.toLowerCase().replace(/\W+/g, "-")}-${topic.replace(/ /g, "-")}-${i + 1}`;
      title = `${place}: ${topic.charAt(0).toUpperCase()}${topic.slice(1)} as ${r.pick(v.words)} ${r.pick(["continues", "worsens", "eases", "is disputed", "is reported"])}`;
      publisher = kind === "OFFICIAL_STATEMENT" ? r.pick(v.organisations) : outlet;
      if (kind === "ARTICLE" && r.chance(0.6)) text = articleText(r, place);
    }
    const source = { id: id("so"), url, title, publisher, at };
    sources.push(source);
    t.Source.rows.push([
      source.id,
      kind,
      url,
      title,
      publisher,
      r.chance(0.4) ? `${r.pick(v.firstNames)} ${r.pick(v.lastNames)}` : null,
      ms(at),
      r.chance(0.2) ? `https://web.archive.org/web/2025/${url}` : null,
      r.chance(0.7) ? r.pick(["A", "B", "C", "D", "E", "F"]) : null,
      text,
      text ? crypto.createHash("sha256").update(text).digest("hex") : null,
      1,
      ms(at + 3600_000),
      ms(at + 3600_000),
    ]);
  }
  /** A source published around time `at` (claims are reported by recent sources), sometimes a popular old one. */
  const sourceNear = (at: number) => {
    if (r.chance(0.1)) return sources[r.skewed(sources.length, 3)]!;
    const center = Math.floor(((at - START + 10 * DAY) / (END - START + 10 * DAY)) * sourceCount);
    return sources[Math.max(0, Math.min(sourceCount - 1, center - r.int(0, Math.max(5, Math.round(sourceCount / 300)))))]!;
  };

  // Media items: made as claims need them, some shared by several claims.
  const mediaIds: string[] = [];
  const addMedia = (at: number) => {
    const mediaId = id("me");
    const kind = r.choose([
      ["VIDEO", 60],
      ["IMAGE", 35],
      ["AUDIO", 5],
    ] as const);
    const verification = r.choose([
      ["UNVERIFIED", 55],
      ["ORIGINAL", 15],
      ["DECONTEXTUALIZED", 12],
      ["EDITED_OR_CROPPED", 6],
      ["TRANSFORMED", 3],
      ["STAGED", 5],
      ["SATIRE_OR_PARODY", 4],
    ] as const);
    const source = r.chance(0.6) ? sourceNear(at) : null;
    t.MediaItem.rows.push([
      mediaId,
      r.chance(0.8) ? `https://${r.pick(v.socialSites)}/media/${mediaId}` : null,
      kind,
      verification,
      verification === "UNVERIFIED" ? r.pick(["SINGLE_SOURCE", "ORIGINAL_NOT_FOUND", "NO_ACCESS_TO_AREA", "PENDING"]) : null,
      r.chance(0.2),
      `${kind === "VIDEO" ? "Video" : kind === "IMAGE" ? "Photo" : "Recording"} said to show ${r.pick(v.words)} near the ${r.pick(v.words)} in ${r.pick(v.places)}`,
      r.chance(0.5) ? r.pick(["allegedly depict", "purportedly show", "reportedly shows"]) : null,
      r.chance(0.6) ? ms(at - r.int(0, 48) * 3600_000) : null,
      r.chance(0.5) ? r.pick(v.socialSites) : null,
      source?.id ?? null,
      r.chance(0.5) ? `@${r.pick(v.lastNames).toLowerCase()}${r.int(1, 99)}` : null,
      r.chance(0.3) ? ms(at - r.int(1, 72) * 3600_000) : null,
      r.chance(0.5) ? r.pick(v.places) : null,
      r.chance(0.3) ? `sha256:${r.token(32)}` : null,
      1,
      ms(at),
      ms(at + r.int(0, 10) * DAY),
    ]);
    mediaIds.push(mediaId);
    return mediaId;
  };

  // Claims, oldest first. Recent claims are mostly waiting for review; older ones mostly published or archived.
  const claimIds: string[] = [];
  const claimsByEvent = new Map<number, string[]>();
  let verdictsMade = 0;
  for (let i = 0; i < N; i += 1) {
    const age = i / N;
    const createdAt = START + (END - START) * age + r.int(0, Math.max(1, Math.floor((END - START) / N)));
    const claimId = id("cl");
    claimIds.push(claimId);
    const merged = i > 20 && r.chance(0.02);
    const status = merged
      ? "ARCHIVED"
      : age > 0.9
        ? r.choose([
            ["NEW", 55],
            ["IN_REVIEW", 30],
            ["NEEDS_EDITOR", 8],
            ["PUBLISHED", 5],
            ["ARCHIVED", 2],
          ] as const)
        : r.choose([
            ["NEW", 15],
            ["IN_REVIEW", 15],
            ["NEEDS_EDITOR", 8],
            ["PUBLISHED", 40],
            ["ARCHIVED", 22],
          ] as const);
    const kind = r.choose([
      ["STATEMENT", 40],
      ["QUOTE", 25],
      ["FIGURE", 20],
      ["MEDIA", 10],
      ["EVENT", 5],
    ] as const);
    const claimant = r.chance(0.88) ? entities[r.skewed(entities.length)]! : null;
    const claimantRole = claimant && r.chance(0.6) ? (claimant.title ?? r.pick(v.titles)) : null;
    const eventIndex = r.chance(0.75) ? Math.max(0, Math.min(eventCount - 1, Math.floor(age * eventCount) - r.int(0, 3))) : -1;
    const event = eventIndex >= 0 ? events[eventIndex]! : null;
    const place = event?.place ?? (r.chance(0.6) ? r.pick(v.places) : null);
    const text = claimText(r, kind, claimant?.name ?? null, place ?? r.pick(v.places));
    const claimDate = r.chance(0.8) ? createdAt - r.int(0, 72) * 3600_000 : null;
    const claimDatePrecision = claimDate == null ? null : r.pick(["DAY", "HOUR", "WEEK"]);
    const wordingRevision = r.chance(0.03) ? 2 : 1;
    const updatedAt = createdAt + r.int(0, 20) * DAY;
    const assignee = (status === "IN_REVIEW" || status === "NEEDS_EDITOR") && r.chance(0.7) ? r.pick(reviewers) : null;
    const checkworthiness = r.chance(0.6) ? Math.round(r.float() * 100) / 100 : null;
    if (event) claimsByEvent.set(eventIndex, [...(claimsByEvent.get(eventIndex) ?? []), claimId]);

    // Appearances: where the claim was seen.
    const appearanceCount = 1 + r.weighted([35, 30, 18, 10, 7]);
    const appearances: { url: string; title: string | null; publisher: string | null; excerpt: string; seenAt: number }[] = [];
    for (let k = 0; k < appearanceCount; k += 1) {
      const source = sourceNear(createdAt);
      const excerpt = r.chance(0.5) ? text : `${text.slice(0, 60 + r.int(0, 60))} …`;
      const seenAt = createdAt + k * r.int(1, 240) * 60_000;
      const offset = r.chance(0.5) ? r.int(0, 3000) : null;
      t.Appearance.rows.push([
        id("ap"),
        claimId,
        source.id,
        excerpt,
        offset,
        offset == null ? null : offset + excerpt.length,
        ms(seenAt),
        ms(seenAt),
      ]);
      appearances.push({ url: source.url, title: source.title, publisher: source.publisher, excerpt, seenAt });
    }

    // A verdict is planned first: it needs evidence to cite and ratings behind it.
    const verdictState = merged
      ? null
      : status === "PUBLISHED"
        ? "PUBLISHED"
        : status === "NEEDS_EDITOR" && r.chance(0.25)
          ? "AWAITING_SIGN_OFF"
          : status === "IN_REVIEW" && r.chance(0.03)
            ? "RETRACTED"
            : status === "ARCHIVED" && r.chance(0.05)
              ? "RETRACTED"
              : null;

    // Evidence: new claims have little; some evidence was removed (kept, hidden by default).
    const evidenceCount = status === "NEW" ? r.int(0, 2) : Math.max(verdictState ? 1 : 0, r.int(0, 6));
    const evidence: { id: string; removed: boolean; at: number }[] = [];
    for (let k = 0; k < evidenceCount; k += 1) {
      const at = createdAt + (k + 1) * r.int(10, 600) * 60_000;
      const removed = k > 0 && r.chance(0.06);
      const source = sourceNear(at);
      const evidenceId = id("ei");
      evidence.push({ id: evidenceId, removed, at });
      t.Evidence.rows.push([
        evidenceId,
        claimId,
        source.id,
        r.choose([
          ["SUPPORTS", 35],
          ["REFUTES", 40],
          ["CONTEXT", 25],
        ] as const),
        `${r.pick(["Records show", "The report says", "Footage shows", "Officials confirmed", "Data indicate"])} ${sentence(r, place ?? r.pick(v.places))}`,
        r.chance(0.5) ? `Checked against ${r.pick(v.organisations)} figures.` : null,
        r.pick(staff),
        removed ? ms(at + r.int(1, 5) * DAY) : null,
        removed ? 2 : 1,
        ms(at),
        ms(removed ? at + r.int(1, 5) * DAY : at),
      ]);
    }
    const citable = evidence.filter((e) => !e.removed);

    // Ratings: distinct reviewers agreeing more or less; some replaced an earlier rating of their own.
    const ratingCount =
      status === "NEW" ? r.weighted([85, 15]) : status === "ARCHIVED" ? r.int(0, 2) : status === "IN_REVIEW" ? r.int(1, 3) : r.int(2, 4);
    const truth = r.choose([
      ["TRUE", 10],
      ["MOSTLY_TRUE", 10],
      ["MIXED", 15],
      ["MISLEADING", 25],
      ["FALSE", 30],
      ["UNVERIFIABLE", 10],
    ] as const);
    const labels = ["TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "FALSE", "UNVERIFIABLE"] as const;
    for (const reviewerIndex of r.distinct(staff.length, ratingCount)) {
      const reviewerId = staff[reviewerIndex]!;
      const at = createdAt + r.int(1, 96) * 3600_000;
      if (r.chance(0.2)) {
        const earlier = id("ra");
        t.Rating.rows.push([
          earlier,
          claimId,
          reviewerId,
          r.pick(labels),
          r.int(30, 90),
          rationale(r),
          1,
          text,
          false,
          ms(at),
          ms(at - r.int(1, 24) * 3600_000),
        ]);
      }
      const ratingId = id("ra");
      const label = r.chance(0.75) ? truth : r.pick(labels);
      t.Rating.rows.push([
        ratingId,
        claimId,
        reviewerId,
        label,
        r.int(40, 100),
        rationale(r),
        r.chance(0.05) ? wordingRevision - 1 || 1 : wordingRevision,
        text,
        true,
        null,
        ms(at),
      ]);
      for (const k of citable.length ? r.distinct(citable.length, r.int(0, 2)) : [])
        t._RatingEvidence.rows.push([citable[k]!.id, ratingId]);
    }

    // Verdicts freeze the wording they judged (as services/verdicts.ts does), cite evidence, and some are corrected.
    let currentVerdictId: string | null = null;
    if (verdictState && citable.length) {
      const snapshot = {
        claimText: text,
        claimantName: claimant?.name ?? null,
        claimantKind: claimant?.kind ?? null,
        claimantRole,
        claimDate: claimDate == null ? null : ms(claimDate),
        claimDatePrecision,
        claimPlace: place,
        appearances: appearances.map((a) => ({
          url: a.url,
          title: a.title,
          publisher: a.publisher,
          excerpt: a.excerpt,
          seenAt: new Date(a.seenAt).toISOString(),
        })),
      };
      const addVerdict = (state: string, at: number) => {
        const verdictId = id("ve");
        verdictsMade += 1;
        const label = truth;
        const headline = `${ratingLabelText[label]}: ${text.slice(0, 80)}`;
        const publishedAt = state === "AWAITING_SIGN_OFF" ? null : at;
        const retractedAt = state === "RETRACTED" ? at + r.int(2, 30) * DAY : null;
        const signedOffBy = state !== "AWAITING_SIGN_OFF" && r.chance(0.1) ? r.pick(editors) : null;
        let version = 1 + (signedOffBy ? 1 : 0) + (retractedAt ? 1 : 0);
        let finalHeadline = headline;
        if (state === "PUBLISHED" && r.chance(0.12)) {
          for (let c = 0, n = r.int(1, 2); c < n; c += 1) {
            const corrected = `${headline} (corrected${c ? ` ${c + 1}` : ""})`;
            const field = r.pick(["headline", "summary"]);
            t.VerdictCorrection.rows.push([
              id("vc"),
              verdictId,
              [field],
              new Json(field === "headline" ? { headline: finalHeadline } : { summary: "Earlier summary." }),
              new Json(field === "headline" ? { headline: corrected } : { summary: "Corrected summary." }),
              r.pick(["A figure was misquoted.", "The date was wrong.", "Clarified the source."]),
              r.pick(editors),
              ms(at + (c + 1) * r.int(1, 10) * DAY),
            ]);
            if (field === "headline") finalHeadline = corrected;
            version += 1;
          }
        }
        t.Verdict.rows.push([
          verdictId,
          claimId,
          state,
          snapshot.claimText,
          snapshot.claimantName,
          snapshot.claimantKind,
          snapshot.claimantRole,
          snapshot.claimDate,
          snapshot.claimDatePrecision,
          snapshot.claimPlace,
          new Json(snapshot.appearances),
          label,
          finalHeadline,
          `Our review of ${citable.length} piece(s) of evidence found the claim ${labelText[label]}. ${sentence(r, place ?? "the area")}`,
          publishedAt == null ? null : ms(publishedAt),
          r.pick(editors),
          signedOffBy,
          retractedAt == null ? null : ms(retractedAt),
          retractedAt == null ? null : r.pick(v.retractionReasons),
          version,
          ms(at),
          ms(retractedAt ?? at),
        ]);
        for (const k of r.distinct(citable.length, r.int(1, Math.min(3, citable.length))))
          t._VerdictEvidence.rows.push([citable[k]!.id, verdictId]);
        return verdictId;
      };
      const judgedAt = Math.max(...citable.map((e) => e.at)) + r.int(1, 72) * 3600_000;
      // A few published verdicts replaced an earlier, retracted one (which keeps its own page).
      if (verdictState === "PUBLISHED" && r.chance(0.04)) addVerdict("RETRACTED", judgedAt - 20 * DAY);
      currentVerdictId = addVerdict(verdictState, judgedAt);
    }

    // Media: media claims are about one or two items (sometimes already on the desk), a few other claims too.
    if (kind === "MEDIA" || r.chance(0.02)) {
      const links = new Set<string>();
      for (let k = 0, n = kind === "MEDIA" ? r.int(1, 2) : 1; k < n; k += 1) {
        links.add(
          mediaIds.length > 10 && r.chance(0.2)
            ? mediaIds[mediaIds.length - 1 - r.int(0, Math.min(200, mediaIds.length - 1))]!
            : addMedia(createdAt),
        );
      }
      for (const mediaId of links) t._ClaimMedia.rows.push([claimId, mediaId]);
    }

    t.Claim.rows.push([
      claimId,
      text,
      normalizeClaimText(text),
      kind,
      status,
      claimant?.id ?? null,
      claimantRole,
      claimDate == null ? null : ms(claimDate),
      claimDatePrecision,
      place,
      place ? r.pick(["CITY", "REGION", "DISTRICT"]) : null,
      r.distinct(v.tagWords.length, r.weighted([40, 30, 20, 10])).map((k) => v.tagWords[k]!),
      event?.id ?? null,
      assignee,
      checkworthiness,
      checkworthiness == null ? [] : r.distinct(v.checkworthinessReasons.length, r.int(1, 3)).map((k) => v.checkworthinessReasons[k]!),
      merged ? claimIds[i - 1 - r.int(0, Math.min(i - 1, 500))]! : null,
      wordingRevision,
      currentVerdictId,
      null, // priorVerdictId: generated claims are not linked to an earlier fact-check
      r.chance(0.7) ? r.pick(staff) : null,
      1 + r.int(0, 5),
      ms(createdAt),
      ms(updatedAt),
    ]);
  }

  // Reported figures per event: a few big events get most reports; tolls rise as the event goes on.
  const figureTotal = Math.max(100, Math.round(N * 0.15));
  const ranks = r.distinct(eventCount, eventCount); // a random order of events: the first are the big ones
  const harmonic = ranks.reduce((sum, _e, k) => sum + 1 / (k + 1), 0);
  const metricChoices = [
    ["KILLED", 50],
    ["INJURED", 25],
    ["DISPLACED", 10],
    ["MISSING", 5],
    ["DETAINED", 7],
    ["OTHER", 3],
  ] as const;
  ranks.forEach((eventIndex, rank) => {
    const event = events[eventIndex]!;
    const count = Math.max(2, Math.min(400, Math.round(figureTotal / harmonic / (rank + 1))));
    const scale = 10 ** r.int(1, 3) * r.int(1, 9);
    const eventClaims = claimsByEvent.get(eventIndex) ?? [];
    for (let k = 0; k < count; k += 1) {
      const progress = k / count;
      const reportedAt = event.start + (event.end - event.start) * progress + r.int(0, 3600_000);
      const metric = r.choose(metricChoices);
      const value = Math.max(1, Math.round(scale * (0.3 + 1.7 * progress) * (0.8 + 0.4 * r.float())));
      const qualifier = r.choose([
        ["EXACT", 25],
        ["AT_LEAST", 25],
        ["MORE_THAN", 10],
        ["UP_TO", 8],
        ["APPROXIMATELY", 12],
        ["RANGE", 10],
        ["VAGUE", 10],
      ] as const);
      const subject = r.pick(v.subjects);
      const [low, high, stated] = figureBounds(qualifier, value, subject);
      const source = sourceNear(reportedAt);
      const attributed = r.chance(0.6) ? entities[r.skewed(entities.length)]! : null;
      const period = r.chance(0.5);
      t.ReportedFigure.rows.push([
        id("fi"),
        event.id,
        eventClaims.length && r.chance(0.3) ? r.pick(eventClaims) : null,
        metric,
        subject,
        qualifier,
        low,
        high,
        `${stated} ${v.metricsVerb[metric]}`,
        r.chance(0.7) ? event.place : null,
        r.chance(0.7) ? "CITY" : null,
        period ? ms(event.start) : null,
        period ? ms(reportedAt) : null,
        period ? "DAY" : null,
        period ? `since ${new Date(event.start).toISOString().slice(0, 10)}` : null,
        null, // scope: not known (whether a running total or one incident's count)
        attributed?.id ?? null,
        source.id,
        ms(reportedAt),
        1,
        ms(reportedAt + 3600_000),
        ms(reportedAt + 3600_000),
      ]);
    }
  });

  const counts = Object.fromEntries(Object.entries(t).map(([name, rows]) => [name, rows.rows.length]));
  counts.verdictsMade = verdictsMade;
  return { tables: t, counts };
}

const labelText: Record<string, string> = {
  TRUE: "accurate",
  MOSTLY_TRUE: "mostly accurate",
  MIXED: "partly accurate",
  MISLEADING: "misleading",
  FALSE: "false",
  UNVERIFIABLE: "impossible to verify",
};

function sentence(r: Random, place: string): string {
  return `${r.pick(["At least", "More than", "Around", "Nearly", "Up to"])} ${r.int(2, 900)} people were ${r.pick(Object.values(v.metricsVerb))} near the ${r.pick(v.words)} in ${place} after the ${r.pick(v.words)}, according to ${r.pick(v.organisations)}.`;
}

function claimText(r: Random, kind: string, claimant: string | null, place: string): string {
  const who = claimant ?? r.pick(v.organisations);
  switch (kind) {
    case "QUOTE":
      return `“The ${r.pick(v.words)} in ${place} was ${r.pick(["destroyed", "never attacked", "used by fighters", "fully reopened", "staged"])}, and the ${r.pick(v.words)} ${r.pick(["is working", "has collapsed", "was a lie"])},” ${who} said.`;
    case "FIGURE":
      return `${who} said ${r.pick(["at least", "more than", "up to", "around"])} ${thousands(r.int(5, 5000))} ${r.pick(v.subjects)} were ${r.pick(Object.values(v.metricsVerb))} in ${place} ${r.pick(["this week", "since Monday", "in the past three days", "last month"])}.`;
    case "MEDIA":
      return `A video shared by ${who} shows the ${r.pick(v.words)} near the ${r.pick(v.words)} in ${place}.`;
    case "EVENT":
      return `The ${r.pick(v.words)} at the ${r.pick(v.words)} in ${place} ${r.pick(["took place", "was cancelled", "was attacked", "was closed"])} on ${r.pick(["Monday", "Tuesday", "Friday", "Sunday"])}, ${who} reported.`;
    default:
      return `${who} said the ${r.pick(v.words)} ${r.pick(["caused", "prevented", "ended", "worsened"])} the ${r.pick(v.words)} in ${place} and that ${r.pick(v.words)} ${r.pick(v.words)} ${r.pick(["rose", "fell", "doubled", "stopped"])}.`;
  }
}

function rationale(r: Random): string {
  return `${r.pick(["Official records contradict it.", "Two independent sources confirm it.", "The figure is out of context.", "No evidence either way yet.", "The video predates the event."])} ${r.pick(["Checked the original statement.", "Compared with UN data.", "Geolocated the footage.", "Spoke to a local journalist."])}`;
}

function articleText(r: Random, place: string): string {
  const paragraphs: string[] = [];
  for (let p = 0, n = r.int(4, 10); p < n; p += 1) {
    paragraphs.push(
      `${sentence(r, place)} “We are doing everything we can,” ${r.pick(v.firstNames)} ${r.pick(v.lastNames)}, a ${r.pick(v.titles)}, told reporters. Residents described ${r.pick(v.words)} and ${r.pick(v.words)} as the situation ${r.pick(["worsened", "eased", "remained tense"])}.`,
    );
  }
  return paragraphs.join("\n\n");
}

/** Bounds as FigureQualifier documents them, and the figure as a source would state it. */
function figureBounds(qualifier: string, value: number, subject: string): [number | null, number | null, string] {
  switch (qualifier) {
    case "EXACT":
      return [value, value, `${thousands(value)} ${subject}`];
    case "AT_LEAST":
      return [value, null, `at least ${thousands(value)} ${subject}`];
    case "MORE_THAN":
      return [value, null, `more than ${thousands(value)} ${subject}`];
    case "UP_TO":
      return [null, value, `up to ${thousands(value)} ${subject}`];
    case "APPROXIMATELY":
      return [Math.round(value * 0.9), Math.round(value * 1.1), `around ${thousands(value)} ${subject}`];
    case "RANGE":
      return [
        value,
        value + Math.max(1, Math.round(value * 0.2)),
        `between ${thousands(value)} and ${thousands(value + Math.max(1, Math.round(value * 0.2)))} ${subject}`,
      ];
    default:
      if (value >= 2000) return [2000, 9999, `thousands of ${subject}`];
      if (value >= 200) return [200, 999, `hundreds of ${subject}`];
      return [24, 99, `dozens of ${subject}`];
  }
}
