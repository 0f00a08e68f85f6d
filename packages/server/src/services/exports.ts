import { encodeGlobalID } from "@pothos/plugin-relay";
import type { DbTx } from "../db.js";
import type { Access } from "../context.js";
import { auditEntryVisibleTo } from "./visibility.js";
import { ratingLabelText } from "./rating-label-text.js";
import { FIGURE_FACTS, figureFacts } from "./figures.js";
import { reporterOf } from "./figure-summary.js";
import type { EntityKind } from "../generated/prisma/enums.js";

// What the desk hands out as files: an event's reported figures, one claim's whole dossier, and the published
// verdicts. Lists are read in batches (keyset pages), so an export of any size streams with bounded memory.

const BATCH = 500;

const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;

/** Reads `page(afterId)` until a short page: the rows of a keyset-paged query, one batch at a time. */
async function* batches<Row extends { id: string }>(page: (afterId: string | null) => Promise<Row[]>): AsyncGenerator<Row> {
  let afterId: string | null = null;
  for (;;) {
    const rows = await page(afterId);
    yield* rows;
    if (rows.length < BATCH) return;
    afterId = rows.at(-1)!.id;
  }
}

/** One reported figure as exported: what was reported, by whom, where and when, with its bounds and qualifier. */
export interface FigureExportRow {
  id: string;
  event: string;
  metric: string;
  subject: string;
  qualifier: string;
  low: number | null;
  high: number | null;
  statedText: string;
  place: string | null;
  placePrecision: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodPrecision: string | null;
  periodText: string | null;
  scope: string | null;
  reportedAt: string;
  attributedTo: string | null;
  sourceUrl: string;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  claim: string | null;
  /** Who reported it, by the rule the figure summary and the toll chart group figures by (`ReportedFigure.reporter`). */
  reporter: string;
}

export const FIGURE_EXPORT_COLUMNS: (keyof FigureExportRow)[] = [
  "id",
  "event",
  ...FIGURE_FACTS,
  "reportedAt",
  "attributedTo",
  "sourceUrl",
  "sourceTitle",
  "sourcePublisher",
  "claim",
  // Last, so that a reader of the columns before it by position still finds them.
  "reporter",
];

const FIGURE_ROW_INCLUDE = {
  event: { select: { title: true } },
  source: { select: { url: true, title: true, publisher: true } },
  attributedTo: { select: { id: true, name: true, kind: true } },
} as const;

type FigureWithRelations = Awaited<ReturnType<DbTx["reportedFigure"]["findMany"]>>[number] & {
  event: { title: string };
  source: { url: string; title: string | null; publisher: string | null };
  attributedTo: { id: string; name: string; kind: EntityKind } | null;
};

/**
 * A figure as the exports write it, in the figure export and in a claim's dossier alike. The claim it belongs to is
 * named only to readers of the desk, as `ReportedFigure.claim` is: a key with figures:read alone is not told of claims
 * still in review.
 */
function figureExportRow(f: FigureWithRelations, readsDesk: boolean): FigureExportRow {
  return {
    id: encodeGlobalID("ReportedFigure", f.id),
    event: f.event.title,
    ...figureFacts(f),
    periodStart: iso(f.periodStart),
    periodEnd: iso(f.periodEnd),
    reportedAt: f.reportedAt.toISOString(),
    attributedTo: f.attributedTo?.name ?? null,
    sourceUrl: f.source.url,
    sourceTitle: f.source.title,
    sourcePublisher: f.source.publisher,
    claim: readsDesk && f.claimId ? encodeGlobalID("Claim", f.claimId) : null,
    reporter: reporterOf(f).name,
  };
}

/**
 * An event's figures in the order they were reported (by report time, then id, as the event's figure list orders
 * them); null when there is no such event.
 */
export async function eventFigures(
  db: DbTx,
  eventId: string,
  access: Pick<Access, "readsDesk">,
): Promise<{ title: string; rows: AsyncGenerator<FigureExportRow> } | null> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { title: true } });
  if (!event) return null;
  // Keyset pages over (reportedAt, id): Prisma's cursor continues after the last row in this order.
  const page = (afterId: string | null) =>
    db.reportedFigure.findMany({
      where: { eventId },
      orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
      take: BATCH,
      ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
      include: FIGURE_ROW_INCLUDE,
    });
  async function* rows(): AsyncGenerator<FigureExportRow> {
    for await (const f of batches(page)) yield figureExportRow(f, access.readsDesk);
  }
  return { title: event.title, rows: rows() };
}

/** One published verdict as a row of the desk's verdict export. */
export interface VerdictExportRow {
  id: string;
  publishedAt: string | null;
  rating: string;
  headline: string;
  claim: string;
  claimant: string | null;
  claimantRole: string | null;
  claimDate: string | null;
  summary: string;
  corrections: number;
  url: string;
}

export const VERDICT_EXPORT_COLUMNS: (keyof VerdictExportRow)[] = [
  "id",
  "publishedAt",
  "rating",
  "headline",
  "claim",
  "claimant",
  "claimantRole",
  "claimDate",
  "summary",
  "corrections",
  "url",
];

/** Every published verdict, oldest first, with the wording it judged. */
export async function* publishedVerdictRows(db: DbTx, pageUrl: (globalId: string) => string): AsyncGenerator<VerdictExportRow> {
  const page = (afterId: string | null) =>
    db.verdict.findMany({
      where: { state: "PUBLISHED" },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(afterId ? { cursor: { id: afterId }, skip: 1 } : {}),
      select: {
        id: true,
        publishedAt: true,
        label: true,
        headline: true,
        claimText: true,
        claimantName: true,
        claimantRole: true,
        claimDate: true,
        summary: true,
        _count: { select: { corrections: true } },
      },
    });
  for await (const v of batches(page)) {
    const id = encodeGlobalID("Verdict", v.id);
    yield {
      id,
      publishedAt: iso(v.publishedAt),
      rating: ratingLabelText[v.label],
      headline: v.headline,
      claim: v.claimText,
      claimant: v.claimantName,
      claimantRole: v.claimantRole,
      claimDate: iso(v.claimDate)?.slice(0, 10) ?? null,
      summary: v.summary,
      corrections: v._count.corrections,
      url: pageUrl(id),
    };
  }
}

/**
 * Everything the desk holds on one claim, for an archive or a partner's review: its appearances, evidence, ratings,
 * verdicts, the figures it states and the media it is about (each only for callers who may read them), and its
 * history. Null when there is no such claim.
 */
export async function claimDossier(db: DbTx, claimId: string, access: Pick<Access, "readsNotes" | "readsFigures" | "readsDesk">) {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    include: {
      claimant: { select: { name: true, kind: true } },
      event: { select: { id: true, title: true } },
      appearances: { orderBy: { seenAt: "asc" }, include: { source: { select: { url: true, title: true, publisher: true } } } },
      evidence: {
        orderBy: { createdAt: "asc" },
        include: { source: { select: { url: true, title: true, publisher: true } }, addedBy: { select: { name: true } } },
      },
      ratings: {
        orderBy: { createdAt: "asc" },
        include: { reviewer: { select: { name: true } }, citedEvidence: { select: { id: true } } },
      },
      verdicts: {
        orderBy: { createdAt: "asc" },
        include: { corrections: { orderBy: { createdAt: "asc" }, include: { correctedBy: { select: { name: true } } } } },
      },
    },
  });
  if (!claim) return null;
  const history = await db.auditEntry.findMany({
    where: { claimId, ...auditEntryVisibleTo(access.readsNotes) },
    orderBy: { seq: "asc" },
    include: { actor: { select: { name: true } }, apiKey: { select: { name: true } } },
  });
  // As the API shows them: figures to readers of figures, media to readers of the desk.
  const figures = access.readsFigures
    ? await db.reportedFigure.findMany({ where: { claimId }, orderBy: [{ reportedAt: "asc" }, { id: "asc" }], include: FIGURE_ROW_INCLUDE })
    : null;
  const media = access.readsDesk
    ? await db.mediaItem.findMany({
        where: { claims: { some: { id: claimId } } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: { firstSeenSource: { select: { url: true, title: true, publisher: true } } },
      })
    : null;
  const gid = encodeGlobalID;
  return {
    exportedAt: new Date().toISOString(),
    claim: {
      id: gid("Claim", claim.id),
      text: claim.text,
      kind: claim.kind,
      status: claim.status,
      claimant: claim.claimant?.name ?? null,
      claimantRole: claim.claimantRole,
      claimDate: iso(claim.claimDate),
      claimDatePrecision: claim.claimDatePrecision,
      place: claim.place,
      tags: claim.tags,
      event: claim.event ? { id: gid("Event", claim.event.id), title: claim.event.title } : null,
      createdAt: claim.createdAt.toISOString(),
      updatedAt: claim.updatedAt.toISOString(),
    },
    appearances: claim.appearances.map((a) => ({ source: a.source, excerpt: a.excerpt, seenAt: a.seenAt.toISOString() })),
    evidence: claim.evidence.map((e) => ({
      id: gid("Evidence", e.id),
      stance: e.stance,
      excerpt: e.excerpt,
      note: e.note,
      source: e.source,
      addedBy: e.addedBy?.name ?? null,
      createdAt: e.createdAt.toISOString(),
      removedAt: iso(e.removedAt),
    })),
    ratings: claim.ratings.map((r) => ({
      id: gid("Rating", r.id),
      reviewer: r.reviewer.name,
      label: r.label,
      confidence: r.confidence,
      rationale: r.rationale,
      ratedText: r.ratedText,
      current: r.current,
      createdAt: r.createdAt.toISOString(),
      supersededAt: iso(r.supersededAt),
      citedEvidence: r.citedEvidence.map((e) => gid("Evidence", e.id)),
    })),
    verdicts: claim.verdicts.map((v) => ({
      id: gid("Verdict", v.id),
      state: v.state,
      label: v.label,
      headline: v.headline,
      summary: v.summary,
      judgedClaim: { text: v.claimText, claimant: v.claimantName, claimantRole: v.claimantRole, claimDate: iso(v.claimDate) },
      publishedAt: iso(v.publishedAt),
      retractedAt: iso(v.retractedAt),
      retractionReason: v.retractionReason,
      corrections: v.corrections.map((c) => ({
        changedFields: c.changedFields,
        before: c.before,
        after: c.after,
        reason: c.reason,
        correctedBy: c.correctedBy.name,
        at: c.createdAt.toISOString(),
      })),
    })),
    figures: figures?.map((f) => figureExportRow(f, access.readsDesk)),
    media: media?.map((m) => ({
      id: gid("MediaItem", m.id),
      kind: m.kind,
      url: m.url,
      description: m.description,
      hedge: m.hedge,
      graphic: m.graphic,
      verification: m.verification,
      unverifiedReason: m.unverifiedReason,
      firstSeenAt: iso(m.firstSeenAt),
      firstSeenWhere: m.firstSeenWhere,
      firstSeenSource: m.firstSeenSource,
      uploader: m.uploader,
      recordedAt: iso(m.recordedAt),
      place: m.place,
      contentHash: m.contentHash,
    })),
    history: history.map((h) => ({
      at: h.at.toISOString(),
      action: h.action,
      by: h.actor?.name ?? (h.apiKey ? `API key ${h.apiKey.name}` : null),
      entityType: h.entityType,
      before: h.before,
      after: h.after,
    })),
  };
}
