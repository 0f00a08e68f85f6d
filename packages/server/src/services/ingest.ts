import { z } from "zod";
import type { Db, DbTx } from "../db.js";
import type { Prisma } from "../generated/prisma/client.js";
import { NotFoundError } from "../errors.js";
import { extractArticle, type ExtractedEntity, type ExtractedFigure, type ExtractionResult } from "../ingest/index.js";
import { writeAudit, type Author } from "./audit.js";
import { normalizeClaimText } from "./text.js";
import { httpUrl, optionalText, parseInput, pastDate, text } from "./validation.js";
import { textHash } from "./sources.js";
import { loadSimilarClaims } from "./search.js";

export const ingestSchema = z.object({
  url: httpUrl,
  title: optionalText(500, "Title"),
  publisher: optionalText(200, "Publisher"),
  author: optionalText(200, "Author"),
  publishedAt: pastDate.nullish(),
  text: text(200_000, "Article text"),
  eventId: z.string().nullish(),
  /** Keys of extracted items (from the preview) the reviewer unticked. */
  skip: z.array(z.string()).max(1000).default([]),
});
export type IngestInput = z.input<typeof ingestSchema>;

/** An extracted item as the preview shows it, with the key `skip` refers to. */
export type PreviewItem =
  | { key: string; type: "STATEMENT"; statement: ExtractionResult["statements"][number] }
  | { key: string; type: "FIGURE"; figure: ExtractedFigure }
  | { key: string; type: "MEDIA"; media: ExtractionResult["media"][number] };

export interface IngestPreview {
  extraction: ExtractionResult;
  items: PreviewItem[];
  /** When the article is already on the desk (same canonical URL or same text), the existing source's id. */
  existingSourceId: string | null;
}

/** Extraction is deterministic, so keys made from kind and offsets are stable between preview and save. */
function itemsOf(extraction: ExtractionResult): PreviewItem[] {
  return [
    ...extraction.statements.map((statement) => ({ key: `statement:${statement.start}-${statement.end}`, type: "STATEMENT" as const, statement })),
    ...extraction.figures.map((figure) => ({ key: `figure:${figure.start}-${figure.end}:${figure.statedText}`, type: "FIGURE" as const, figure })),
    ...extraction.media.map((media) => ({ key: `media:${media.start}-${media.end}`, type: "MEDIA" as const, media })),
  ];
}

async function findExistingSource(db: DbTx, url: string, hash: string) {
  return db.source.findFirst({ where: { OR: [{ url }, { textHash: hash }] } });
}

export async function previewIngest(db: Db, input: IngestInput): Promise<IngestPreview> {
  const data = parseInput(ingestSchema, input);
  const extraction = extractArticle({ text: data.text, title: data.title, publishedAt: data.publishedAt ?? null, url: data.url, publisher: data.publisher });
  const existing = await findExistingSource(db, data.url, textHash(data.text));
  return { extraction, items: itemsOf(extraction), existingSourceId: existing?.id ?? null };
}

/** An existing entity with the same name or alias (case-insensitive), else a new one. */
async function resolveEntity(tx: DbTx, viewer: Author | null, entity: ExtractedEntity) {
  const names = [entity.name, ...entity.aliases];
  const existing = await tx.entity.findFirst({
    where: { OR: [{ name: { in: names, mode: "insensitive" } }, { aliases: { hasSome: names } }] },
    orderBy: { createdAt: "asc" },
  });
  if (existing) return existing;
  const created = await tx.entity.create({
    data: { kind: entity.kind, name: entity.name, title: entity.title, aliases: entity.aliases.filter((a) => a !== entity.name) },
  });
  await writeAudit(tx, viewer, { action: "entity.create", entityType: "Entity", entityId: created.id, after: { ...created, origin: "ingest" } });
  return created;
}

const DAY = 24 * 3600 * 1000;

/**
 * The event a figure belongs to: the one named in the input, else an event whose figures were reported for the
 * same place over an overlapping period (within a week), else an event whose own place and dates match.
 */
async function matchEvent(tx: DbTx, figure: ExtractedFigure, reportedAt: Date): Promise<string | null> {
  if (!figure.place) return null;
  const start = figure.periodStart ?? figure.periodEnd ?? reportedAt;
  const end = figure.periodEnd ?? reportedAt;
  const window = { gte: new Date(start.getTime() - 7 * DAY), lte: new Date(end.getTime() + 7 * DAY) };
  const byFigures = await tx.reportedFigure.findFirst({
    where: {
      place: { equals: figure.place, mode: "insensitive" },
      OR: [{ periodEnd: window }, { periodStart: window }, { reportedAt: window }],
    },
    orderBy: { reportedAt: "desc" },
    select: { eventId: true },
  });
  if (byFigures) return byFigures.eventId;
  const byEvent = await tx.event.findFirst({
    where: {
      place: { contains: figure.place, mode: "insensitive" },
      OR: [{ startDate: null }, { startDate: { lte: window.lte } }],
      AND: [{ OR: [{ endDate: null }, { endDate: { gte: window.gte } }] }],
    },
    orderBy: { startDate: "desc" },
    select: { id: true },
  });
  return byEvent?.id ?? null;
}

export interface IngestOutcome {
  sourceId: string;
  created: boolean;
  claimIds: string[];
  figureIds: string[];
  mediaIds: string[];
  eventIds: string[];
}

/**
 * Stores an article and what was extracted from it as NEW claims with appearances, figures and unverified media,
 * in one transaction. Idempotent: an article already on the desk (same canonical URL or same text) is returned
 * as it is, and nothing is created.
 */
export async function ingestArticle(db: Db, viewer: Author | null, input: IngestInput): Promise<IngestOutcome> {
  const data = parseInput(ingestSchema, input);
  const hash = textHash(data.text);
  const publishedAt = data.publishedAt ?? null;
  const extraction = extractArticle({ text: data.text, title: data.title, publishedAt, url: data.url, publisher: data.publisher });
  const skip = new Set(data.skip);
  const items = itemsOf(extraction).filter((item) => !skip.has(item.key));

  return db.$transaction(
    async (tx) => {
      const existing = await findExistingSource(tx, data.url, hash);
      if (existing) {
        const appearances = await tx.appearance.findMany({ where: { sourceId: existing.id }, select: { claimId: true } });
        return { sourceId: existing.id, created: false, claimIds: [...new Set(appearances.map((a) => a.claimId))], figureIds: [], mediaIds: [], eventIds: [] };
      }
      if (data.eventId && !(await tx.event.findUnique({ where: { id: data.eventId } }))) throw new NotFoundError("Event", data.eventId);
      const source = await tx.source.create({
        data: { kind: "ARTICLE", url: data.url, title: data.title ?? null, publisher: data.publisher ?? null, author: data.author ?? null, publishedAt, text: data.text, textHash: hash },
      });
      await writeAudit(tx, viewer, { action: "source.create", entityType: "Source", entityId: source.id, after: { ...source, text: undefined, origin: "ingest" } });

      const entityIds = new Map<string, string>();
      const entityFor = async (key: string | null) => {
        if (!key) return null;
        if (!entityIds.has(key)) {
          const entity = extraction.entities.find((e) => e.key === key);
          if (!entity) return null;
          entityIds.set(key, (await resolveEntity(tx, viewer, entity)).id);
        }
        return entityIds.get(key)!;
      };
      const seenAt = publishedAt ?? new Date();
      const claimIds: string[] = [];
      const newClaim = async (fields: Omit<Prisma.ClaimUncheckedCreateInput, "normalizedText" | "createdById">, excerpt: { text: string; start: number; end: number }) => {
        const claim = await tx.claim.create({
          data: {
            ...fields,
            normalizedText: normalizeClaimText(fields.text),
            createdById: viewer?.id ?? null,
            appearances: { create: { sourceId: source.id, excerpt: excerpt.text, startOffset: excerpt.start, endOffset: excerpt.end, seenAt } },
          },
        });
        await writeAudit(tx, viewer, { action: "claim.create", entityType: "Claim", entityId: claim.id, claimId: claim.id, after: { ...claim, origin: "ingest", sourceId: source.id } });
        claimIds.push(claim.id);
        return claim;
      };

      for (const item of items) {
        if (item.type !== "STATEMENT") continue;
        const s = item.statement;
        await newClaim(
          {
            kind: s.kind,
            text: s.text,
            claimantId: await entityFor(s.speakerKey),
            claimantRole: s.speakerRole,
            claimDate: publishedAt,
            claimDatePrecision: publishedAt ? "DAY" : null,
            eventId: data.eventId ?? null,
            checkworthiness: s.checkworthiness.score,
            checkworthinessReasons: s.checkworthiness.reasons,
          },
          { text: s.excerpt, start: s.start, end: s.end },
        );
      }

      // One FIGURE claim per sentence that reports figures; each figure is linked to it and to its event.
      const figureIds: string[] = [];
      const eventIds = new Set<string>();
      const figureClaims = new Map<string, string>();
      let articleEventId = data.eventId ?? null;
      for (const item of items) {
        if (item.type !== "FIGURE") continue;
        const f = item.figure;
        let claimId = figureClaims.get(f.excerpt);
        if (!claimId) {
          claimId = (
            await newClaim(
              {
                kind: "FIGURE",
                text: f.excerpt,
                claimantId: await entityFor(f.attributedToKey),
                claimDate: publishedAt,
                claimDatePrecision: publishedAt ? "DAY" : null,
                place: f.place,
                placePrecision: f.placePrecision,
                eventId: data.eventId ?? null,
                checkworthiness: f.checkworthiness.score,
                checkworthinessReasons: f.checkworthiness.reasons,
              },
              { text: f.excerpt, start: f.start, end: f.end },
            )
          ).id;
          figureClaims.set(f.excerpt, claimId);
        }
        let eventId = data.eventId ?? (await matchEvent(tx, f, seenAt)) ?? articleEventId;
        if (!eventId) {
          const event = await tx.event.create({
            data: { title: data.title ?? `Reported in ${source.url}`, place: f.place, placePrecision: f.placePrecision, startDate: f.periodStart },
          });
          await writeAudit(tx, viewer, { action: "event.create", entityType: "Event", entityId: event.id, after: { ...event, origin: "ingest" } });
          eventId = event.id;
        }
        articleEventId ??= eventId;
        eventIds.add(eventId);
        await tx.claim.updateMany({ where: { id: claimId, eventId: null }, data: { eventId } });
        const figure = await tx.reportedFigure.create({
          data: {
            eventId,
            claimId,
            metric: f.metric,
            subject: f.subject,
            qualifier: f.qualifier,
            low: f.low,
            high: f.high,
            statedText: f.statedText,
            place: f.place,
            placePrecision: f.placePrecision,
            periodStart: f.periodStart,
            periodEnd: f.periodEnd,
            periodPrecision: f.periodPrecision,
            periodText: f.periodText,
            attributedToId: await entityFor(f.attributedToKey),
            sourceId: source.id,
            reportedAt: seenAt,
          },
        });
        await writeAudit(tx, viewer, { action: "figure.record", entityType: "ReportedFigure", entityId: figure.id, claimId, after: { ...figure, origin: "ingest" } });
        figureIds.push(figure.id);
      }

      const mediaIds: string[] = [];
      for (const item of items) {
        if (item.type !== "MEDIA") continue;
        const m = item.media;
        const claim = await newClaim(
          {
            kind: "MEDIA",
            text: m.excerpt,
            eventId: articleEventId,
            checkworthiness: m.checkworthiness.score,
            checkworthinessReasons: m.checkworthiness.reasons,
          },
          { text: m.excerpt, start: m.start, end: m.end },
        );
        const media = await tx.mediaItem.create({
          data: {
            kind: m.kind,
            description: m.description,
            hedge: m.hedge,
            graphic: m.graphic,
            verification: "UNVERIFIED",
            unverifiedReason: "PENDING",
            firstSeenSourceId: source.id,
            firstSeenAt: publishedAt,
            claims: { connect: { id: claim.id } },
          },
        });
        await writeAudit(tx, viewer, { action: "media.add", entityType: "MediaItem", entityId: media.id, claimId: claim.id, after: { ...media, origin: "ingest" } });
        mediaIds.push(media.id);
      }
      await writeAudit(tx, viewer, {
        action: "article.ingest",
        entityType: "Source",
        entityId: source.id,
        after: { claims: claimIds.length, figures: figureIds.length, media: mediaIds.length, skipped: [...skip] },
      });
      return { sourceId: source.id, created: true, claimIds, figureIds, mediaIds, eventIds: [...eventIds] };
    },
    { timeout: 60_000 },
  );
}

/** Claims already on the desk that look like `text` (for the preview's duplicate warnings). */
export const duplicatesOf = (db: DbTx, claimText: string) => loadSimilarClaims(db, normalizeClaimText(claimText), { limit: 3 });
