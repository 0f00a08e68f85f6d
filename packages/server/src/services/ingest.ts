import { z } from "zod";
import { inTransaction, type Db, type DbTx } from "../db.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { extractArticle } from "../ingest/index.js";
import type { ExtractedEntity, ExtractedFigure, ExtractionResult } from "../ingest/types.js";
import { writeAudit, type Author } from "./audit.js";
import { createClaim, type CreateClaimInput } from "./claims.js";
import { createEntity, findOrCreateSource } from "./sources.js";
import { createEvent, figureFacts, recordFigure } from "./figures.js";
import { addMedia } from "./media.js";
import { normalizeClaimText } from "./text.js";
import { httpUrl, optionalText, parseInput, pastDate, pastedText } from "./validation.js";
import { textHash } from "./sources.js";
import { lockName } from "./versioning.js";
import { loadSimilarClaims, priorVerdictIds } from "./search.js";

export const ingestSchema = z
  .object({
    url: httpUrl,
    title: optionalText(500, "Title"),
    publisher: optionalText(200, "Publisher"),
    author: optionalText(200, "Author"),
    publishedAt: pastDate.nullish(),
    text: pastedText(200_000, "Article text"),
    eventId: z.string().nullish(),
    /** File the article under a new event named after it, even when an existing event matches. */
    newEvent: z.boolean().nullish(),
    /** Keys of extracted items (from the preview) the reviewer unticked. */
    skip: z.array(z.string()).max(1000).default([]),
  })
  .refine((d) => !(d.eventId && d.newEvent), { message: "Choose an existing event or a new one, not both", path: ["newEvent"] });
export type IngestInput = z.input<typeof ingestSchema>;

/** An extracted item as the preview shows it, with the key `skip` refers to. */
export type PreviewItem =
  | { key: string; type: "STATEMENT"; statement: ExtractionResult["statements"][number] }
  | {
      key: string;
      type: "FIGURE";
      figure: ExtractedFigure;
      /** The statement whose claim the figure joins on saving (it states the figure); null: a claim of its own. */
      statementKey: string | null;
    }
  | { key: string; type: "MEDIA"; media: ExtractionResult["media"][number] };

export interface IngestPreview {
  extraction: ExtractionResult;
  items: PreviewItem[];
  /** When the article is already on the desk (same canonical URL or same text), the existing source's id. */
  existingSourceId: string | null;
  /** The existing event the article's figures match by place and period: saving files the article under it. */
  proposedEventId: string | null;
}

/** Extraction is deterministic, so keys made from kind and offsets are stable between preview and save. */
function itemsOf(extraction: ExtractionResult): PreviewItem[] {
  const statementKey = (index: number | null) => {
    const statement = index === null ? undefined : extraction.statements[index];
    // A sentence can hold two statements ("said that A, and that B"): the index tells them apart.
    return statement ? `statement:${statement.start}-${statement.end}:${index}` : null;
  };
  return [
    ...extraction.statements.map((statement, index) => ({
      key: statementKey(index)!,
      type: "STATEMENT" as const,
      statement,
    })),
    ...extraction.figures.map((figure) => ({
      key: `figure:${figure.start}-${figure.end}:${figure.statedText}`,
      type: "FIGURE" as const,
      figure,
      statementKey: statementKey(figure.statementIndex),
    })),
    ...extraction.media.map((media) => ({ key: `media:${media.start}-${media.end}`, type: "MEDIA" as const, media })),
  ];
}

async function findExistingSource(db: DbTx, url: string, hash: string) {
  return db.source.findFirst({ where: { OR: [{ url }, { textHash: hash }] } });
}

export async function previewIngest(db: Db, input: IngestInput): Promise<IngestPreview> {
  const data = parseInput(ingestSchema, input);
  const extraction = extractArticle({
    text: data.text,
    title: data.title,
    publishedAt: data.publishedAt ?? null,
    url: data.url,
    publisher: data.publisher,
  });
  const existing = await findExistingSource(db, data.url, textHash(data.text));
  const proposedEventId = await proposedEvent(db, extraction, data.publishedAt ?? new Date());
  return { extraction, items: itemsOf(extraction), existingSourceId: existing?.id ?? null, proposedEventId };
}

/**
 * The existing event an article belongs to: the one its figures match most often by place and period (the first
 * such figure's on a tie), or null when none matches and saving would start a new event.
 */
async function proposedEvent(
  db: DbTx,
  { figures, datelineRegion }: ExtractionResult,
  reportedAt: Date,
  matched: MatchedEvents = new Map(),
): Promise<string | null> {
  const votes = new Map<string, number>();
  for (const figure of figures) {
    // A figure no sentence places is looked for where the story was filed ("LATAKIA, Syria —"), when it says.
    const eventId = await matchedEvent(db, { ...figure, place: figure.place ?? datelineRegion }, reportedAt, matched);
    if (eventId) votes.set(eventId, (votes.get(eventId) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [eventId, count] of votes) if (!best || count > votes.get(best)!) best = eventId;
  return best;
}

/** `matchEvent`'s answers by place and period: an article's figures share a few, and each is matched once. */
type MatchedEvents = Map<string, string | null>;

async function matchedEvent(tx: DbTx, figure: ExtractedFigure, reportedAt: Date, matched: MatchedEvents) {
  const key = JSON.stringify([figure.place?.toLowerCase(), figure.periodStart, figure.periodEnd]);
  if (!matched.has(key)) matched.set(key, await matchEvent(tx, figure, reportedAt));
  return matched.get(key)!;
}

const ORIGIN = "ingest";

/** An existing entity with the same name or alias (case-insensitive), else a new one. */
async function resolveEntity(tx: DbTx, author: Author | null, entity: ExtractedEntity) {
  const names = [entity.name, ...entity.aliases];
  const existing = await tx.entity.findFirst({
    where: { OR: [{ name: { in: names, mode: "insensitive" } }, { aliases: { hasSome: names } }] },
    orderBy: { createdAt: "asc" },
  });
  return (
    existing ??
    createEntity(
      tx,
      author,
      { kind: entity.kind, name: entity.name, title: entity.title, aliases: entity.aliases.filter((a) => a !== entity.name) },
      ORIGIN,
    )
  );
}

const DAY = 24 * 3600 * 1000;
/** How long after its start an event without an end date still takes new figures by its place alone. */
const OPEN_EVENT_DAYS = 180;

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
  // An event with no end is taken as ongoing for a while after it began, not for ever: a 2020 outbreak is not the
  // 2012 one in the same province.
  const byEvent = await tx.event.findFirst({
    where: {
      place: { contains: figure.place, mode: "insensitive" },
      startDate: { lte: window.lte },
      OR: [{ endDate: { gte: window.gte } }, { endDate: null, startDate: { gte: new Date(window.gte.getTime() - OPEN_EVENT_DAYS * DAY) } }],
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

/** One ingest's state as its steps fill it in, inside one transaction. */
interface IngestRun {
  tx: DbTx;
  author: Author | null;
  data: z.output<typeof ingestSchema>;
  extraction: ExtractionResult;
  source: { id: string; url: string };
  /** When the article says its claims were made (its publication), and when it was seen. */
  claimDate: Date | null;
  seenAt: Date;
  entityIds: Map<string, string>;
  claimIds: string[];
  /** The claim saved for each statement, by preview key. */
  statementClaims: Map<string, string>;
  figureIds: string[];
  mediaIds: string[];
  eventIds: Set<string>;
  /** The event this article's figures went to first: its media claims join it. */
  articleEventId: string | null;
  /** `matchEvent`'s answer for each place and period, asked once per ingest. */
  matchedEvents: MatchedEvents;
  /** The published verdict each claim text to be stored was already checked by, looked up for all at once. */
  priorVerdicts: Map<string, string | null>;
}

/** The desk's entity for an extracted speaker or source, made on first use. */
async function entityFor(run: IngestRun, key: string | null): Promise<string | null> {
  if (!key) return null;
  if (!run.entityIds.has(key)) {
    const entity = run.extraction.entities.find((e) => e.key === key);
    if (!entity) return null;
    run.entityIds.set(key, (await resolveEntity(run.tx, run.author, entity)).id);
  }
  return run.entityIds.get(key)!;
}

/** `run.priorVerdicts`: every claim text the items may store, looked up in one statement. */
async function priorVerdictsOf(tx: DbTx, items: PreviewItem[]) {
  const texts = [
    ...new Set(
      items.map((item) =>
        item.type === "STATEMENT" ? item.statement.claimText : item.type === "FIGURE" ? item.figure.claimText : item.media.claimText,
      ),
    ),
  ];
  const verdictIds = texts.length ? await priorVerdictIds(tx, texts) : [];
  return new Map(texts.map((text, i) => [text, verdictIds[i] ?? null]));
}

/** A NEW claim with its appearance in this article. */
async function addClaim(
  run: IngestRun,
  fields: Omit<CreateClaimInput, "appearance" | "claimDate" | "claimDatePrecision">,
  excerpt: { text: string; start: number; end: number },
) {
  const { claim } = await createClaim(
    run.tx,
    run.author,
    {
      ...fields,
      claimDate: run.claimDate,
      claimDatePrecision: run.claimDate ? "DAY" : null,
      appearance: {
        source: { id: run.source.id },
        excerpt: excerpt.text,
        startOffset: excerpt.start,
        endOffset: excerpt.end,
        seenAt: run.seenAt,
      },
    },
    ORIGIN,
    { priorVerdictId: run.priorVerdicts.get(fields.text) ?? null },
  );
  run.claimIds.push(claim.id);
  return claim;
}

async function addStatements(run: IngestRun, items: PreviewItem[]) {
  for (const item of items) {
    if (item.type !== "STATEMENT") continue;
    const s = item.statement;
    const claim = await addClaim(
      run,
      {
        kind: s.kind,
        text: s.claimText,
        claimantId: await entityFor(run, s.speakerKey),
        claimantRole: s.speakerRole,
        eventId: run.articleEventId,
        checkworthiness: s.checkworthiness.score,
        checkworthinessReasons: s.checkworthiness.reasons,
      },
      { text: s.excerpt, start: s.start, end: s.end },
    );
    run.statementClaims.set(item.key, claim.id);
  }
}

/**
 * The event a figure is filed under: the one chosen for the article (asked for, or new), else one its own place and
 * period match, else the article's, else a new one named after the article.
 */
async function eventForFigure(run: IngestRun, figure: ExtractedFigure): Promise<string> {
  const chosen = run.data.eventId || run.data.newEvent ? run.articleEventId : null;
  const eventId = chosen ?? (await matchedEvent(run.tx, figure, run.seenAt, run.matchedEvents)) ?? run.articleEventId;
  return eventId ?? createArticleEvent(run, figure);
}

/** A new event named after the article, placed and dated by its first figure. */
async function createArticleEvent(run: IngestRun, figure = run.extraction.figures.find((f) => f.place)): Promise<string> {
  const event = await createEvent(
    run.tx,
    run.author,
    {
      title: run.data.title ?? `Reported in ${run.source.url}`,
      place: figure?.place ?? null,
      placePrecision: figure?.place ? figure.placePrecision : null,
      startDate: figure?.periodStart ?? null,
    },
    ORIGIN,
  );
  return event.id;
}

/**
 * Each figure joins the claim of the statement that states it ("the ministry said at least 40 were killed" is one
 * claim with its figure); the others make one FIGURE claim per sentence. Each figure is filed under its event.
 */
async function addFigures(run: IngestRun, items: PreviewItem[]) {
  const claimOfSentence = new Map<string, string>();
  for (const item of items) {
    if (item.type !== "FIGURE") continue;
    const f = item.figure;
    const eventId = await eventForFigure(run, f);
    run.articleEventId ??= eventId;
    run.eventIds.add(eventId);
    let claimId = (item.statementKey && run.statementClaims.get(item.statementKey)) || claimOfSentence.get(f.excerpt);
    if (claimId) await run.tx.claim.updateMany({ where: { id: claimId, eventId: null }, data: { eventId } });
    else {
      const claim = await addClaim(
        run,
        {
          kind: "FIGURE",
          text: f.claimText,
          claimantId: await entityFor(run, f.attributedToKey),
          place: f.place,
          placePrecision: f.placePrecision,
          eventId,
          checkworthiness: f.checkworthiness.score,
          checkworthinessReasons: f.checkworthiness.reasons,
        },
        { text: f.excerpt, start: f.start, end: f.end },
      );
      claimId = claim.id;
      claimOfSentence.set(f.excerpt, claimId);
    }
    const figure = await recordFigure(
      run.tx,
      run.author,
      {
        eventId,
        claimId,
        ...figureFacts(f),
        attributedToId: await entityFor(run, f.attributedToKey),
        sourceId: run.source.id,
        reportedAt: run.seenAt,
      },
      ORIGIN,
    );
    run.figureIds.push(figure.id);
  }
}

/** A MEDIA claim and an unverified media item for every video or image the article describes. */
async function addMediaItems(run: IngestRun, items: PreviewItem[]) {
  for (const item of items) {
    if (item.type !== "MEDIA") continue;
    const m = item.media;
    const claim = await addClaim(
      run,
      {
        kind: "MEDIA",
        text: m.claimText,
        eventId: run.articleEventId,
        checkworthiness: m.checkworthiness.score,
        checkworthinessReasons: m.checkworthiness.reasons,
      },
      { text: m.excerpt, start: m.start, end: m.end },
    );
    const media = await addMedia(
      run.tx,
      run.author,
      {
        kind: m.kind,
        description: m.description,
        hedge: m.hedge,
        graphic: m.graphic,
        firstSeenSourceId: run.source.id,
        firstSeenAt: run.claimDate,
        claimIds: [claim.id],
      },
      ORIGIN,
    );
    run.mediaIds.push(media.id);
  }
}

/**
 * Stores an article and what was extracted from it as NEW claims with appearances, figures and unverified media,
 * in one transaction, each row through its service (the rules and audit entries the API applies hold here too).
 * Idempotent: an article already on the desk (same canonical URL or same text) is returned as it is, and nothing
 * is created.
 */
export async function ingestArticle(
  db: Db | DbTx,
  author: Author | null,
  input: IngestInput,
  { maxItems }: { maxItems: number },
): Promise<IngestOutcome> {
  const data = parseInput(ingestSchema, input);
  const hash = textHash(data.text);
  const claimDate = data.publishedAt ?? null;
  const extraction = extractArticle({
    text: data.text,
    title: data.title,
    publishedAt: claimDate,
    url: data.url,
    publisher: data.publisher,
  });
  const skip = new Set(data.skip);
  const items = itemsOf(extraction).filter((item) => !skip.has(item.key));
  if (items.length > maxItems)
    throw ValidationError.field(
      ["input", "skip"],
      `This article would add ${items.length} claims, figures and media; at most ${maxItems} are saved at once. Untick what the desk does not need in the preview, or ingest the article in parts.`,
      "ingest/too_many_items",
    );

  return inTransaction(
    db,
    async (tx) => {
      // The same article sent twice at once: the second waits, then finds what the first stored.
      await lockName(tx, "source", data.url);
      const existing = await findExistingSource(tx, data.url, hash);
      if (existing) {
        // What the first ingest stored from it, so a retry reads as the same answer.
        const [appearances, figures, media] = await Promise.all([
          tx.appearance.findMany({ where: { sourceId: existing.id }, select: { claimId: true } }),
          tx.reportedFigure.findMany({ where: { sourceId: existing.id }, select: { id: true, eventId: true } }),
          tx.mediaItem.findMany({ where: { firstSeenSourceId: existing.id }, select: { id: true } }),
        ]);
        return {
          sourceId: existing.id,
          created: false,
          claimIds: [...new Set(appearances.map((a) => a.claimId))],
          figureIds: figures.map((f) => f.id),
          mediaIds: media.map((m) => m.id),
          eventIds: [...new Set(figures.map((f) => f.eventId))],
        };
      }
      if (data.eventId && !(await tx.event.findUnique({ where: { id: data.eventId } }))) throw new NotFoundError("Event", data.eventId);
      const source = await findOrCreateSource(
        tx,
        author,
        { url: data.url },
        {
          kind: "ARTICLE",
          title: data.title,
          publisher: data.publisher,
          author: data.author,
          publishedAt: claimDate,
          text: data.text,
          textHash: hash,
        },
        ORIGIN,
      );
      const run: IngestRun = {
        tx,
        author,
        data,
        extraction,
        source,
        claimDate,
        seenAt: claimDate ?? new Date(),
        entityIds: new Map(),
        claimIds: [],
        statementClaims: new Map(),
        figureIds: [],
        mediaIds: [],
        eventIds: new Set(),
        articleEventId: null,
        matchedEvents: new Map(),
        priorVerdicts: await priorVerdictsOf(tx, items),
      };
      // The article's event is settled before anything is stored, so its statements are filed under it too.
      run.articleEventId =
        data.eventId ??
        (data.newEvent ? await createArticleEvent(run) : await proposedEvent(tx, extraction, run.seenAt, run.matchedEvents));
      await addStatements(run, items);
      await addFigures(run, items);
      // An event made for the figures is the article's: statements saved before it existed join it (as those that
      // state a figure already did), the same claims, created in this transaction.
      const statementClaimIds = [...run.statementClaims.values()];
      if (run.articleEventId && statementClaimIds.length)
        await tx.claim.updateMany({ where: { id: { in: statementClaimIds }, eventId: null }, data: { eventId: run.articleEventId } });
      await addMediaItems(run, items);
      if (run.articleEventId && run.claimIds.length) run.eventIds.add(run.articleEventId);
      await writeAudit(tx, author, {
        action: "article.ingest",
        entityType: "Source",
        entityId: source.id,
        after: { claims: run.claimIds.length, figures: run.figureIds.length, media: run.mediaIds.length, skipped: [...skip] },
      });
      return {
        sourceId: source.id,
        created: true,
        claimIds: run.claimIds,
        figureIds: run.figureIds,
        mediaIds: run.mediaIds,
        eventIds: [...run.eventIds],
      };
    },
    { timeout: 60_000 },
  );
}

/** Claims already on the desk that look like each of `claimTexts` (the preview's duplicate warnings), in one read. */
export const duplicatesOf = (db: DbTx, claimTexts: readonly string[]) =>
  loadSimilarClaims(
    db,
    claimTexts.map((text) => ({ normalizedText: normalizeClaimText(text) })),
    { limit: 3 },
  );
