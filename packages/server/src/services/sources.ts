import crypto from "node:crypto";
import { z } from "zod";
import { entityKind, reliability, sourceKind } from "./enums.js";
import { inTransaction, type Db, type DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { writeAudit, type Author } from "./audit.js";
import { lockClaimTakingWork } from "./claim-guards.js";
import { httpUrl, linkUrl, optionalText, parseInput, pastDate, text } from "./validation.js";
import { lockName, updateWithVersion } from "./versioning.js";

const sourceFields = {
  url: httpUrl,
  kind: sourceKind.nullish().transform((kind) => kind ?? "ARTICLE"),
  title: optionalText(500, "Title"),
  publisher: optionalText(200, "Publisher"),
  author: optionalText(200, "Author"),
  publishedAt: pastDate.nullish(),
  archiveUrl: linkUrl.nullish(),
  reliability: reliability.nullish(),
};
export const addSourceSchema = z.object(sourceFields);

/** A source named by id, or by URL (found, or created as an ARTICLE). */
export const sourceRefSchema = z.object({ id: z.string().nullish(), url: httpUrl.nullish() }).superRefine((ref, ctx) => {
  if (ref.id && ref.url) ctx.addIssue({ code: "custom", message: "Give either a known source or a URL, not both." });
  // An empty or invalid URL already has its own issue; only a source given neither way needs this one.
  else if (!ref.id && ref.url == null) ctx.addIssue({ code: "custom", path: ["url"], message: "Give the source's URL." });
});

export type SourceRef = z.output<typeof sourceRefSchema>;

export const textHash = (text: string) =>
  crypto.createHash("sha256").update(text.normalize("NFKC").replace(/\s+/g, " ").trim()).digest("hex");

/**
 * The one way a source row is written: the source named by id, else the one with this URL, else a new one with
 * `details` (an article's text and its hash come from ingest).
 */
export async function findOrCreateSource(
  tx: DbTx,
  viewer: Author | null,
  ref: SourceRef,
  details: Partial<z.output<typeof addSourceSchema>> & { text?: string; textHash?: string } = {},
  origin?: string,
) {
  if (ref.id) {
    const source = await tx.source.findUnique({ where: { id: ref.id } });
    if (!source) throw new NotFoundError("Source", ref.id);
    return source;
  }
  const url = ref.url!;
  // Two people citing the same new URL at once share one source: the second waits, then finds the first's.
  await lockName(tx, "source", url);
  const existing = await tx.source.findUnique({ where: { url } });
  if (existing) return existing;
  const source = await tx.source.create({ data: { kind: "ARTICLE", ...details, url } });
  // The article text can be long; the log keeps its hash.
  await writeAudit(tx, viewer, {
    action: "source.create",
    entityType: "Source",
    entityId: source.id,
    after: { ...source, text: undefined, origin },
  });
  return source;
}

/** Adds a source; a URL already known (after normalization) returns the existing source with `created: false`. */
export async function addSource(db: Db, viewer: Viewer, input: z.input<typeof addSourceSchema>) {
  const data = parseInput(addSourceSchema, input);
  return db.$transaction(async (tx) => {
    const existing = await tx.source.findUnique({ where: { url: data.url } });
    if (existing) return { source: existing, created: false };
    const source = await findOrCreateSource(tx, viewer, { url: data.url }, data);
    return { source, created: true };
  });
}

const updateSourceSchema = z.object({
  title: sourceFields.title,
  publisher: sourceFields.publisher,
  author: sourceFields.author,
  publishedAt: sourceFields.publishedAt,
  archiveUrl: sourceFields.archiveUrl,
  reliability: sourceFields.reliability,
  // null cannot clear a required field: it leaves the kind as it is
  kind: sourceKind.nullish().transform((kind) => kind ?? undefined),
});

export async function updateSource(db: Db, viewer: Viewer, id: string, expectedVersion: number, input: z.input<typeof updateSourceSchema>) {
  const data = parseInput(updateSourceSchema, input);
  return db.$transaction(async (tx) => {
    const { before, after, changed } = await updateWithVersion({
      entityType: "Source",
      id,
      expectedVersion,
      load: () => tx.source.findUnique({ where: { id } }),
      update: () => tx.source.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } }),
      patch: data,
    });
    if (changed) await writeAudit(tx, viewer, { action: "source.update", entityType: "Source", entityId: id, before, after });
    return after;
  });
}

/** Where a claim appears: the source, the claim in the source's words, and where in its text (ingest knows). */
export const appearanceFields = z.object({
  source: sourceRefSchema,
  excerpt: text(10000, "Excerpt"),
  seenAt: pastDate.nullish(),
  startOffset: z.number().int().min(0).nullish(),
  endOffset: z.number().int().min(0).nullish(),
});

/** The one way an appearance row is written (addAppearance, and a new claim's first appearance). */
export async function insertAppearance(tx: DbTx, author: Author | null, claimId: string, data: z.output<typeof appearanceFields>) {
  if (data.startOffset != null && data.endOffset != null && data.endOffset < data.startOffset) {
    throw ValidationError.field(["input", "endOffset"], "The excerpt cannot end before it starts.");
  }
  const source = await findOrCreateSource(tx, author, data.source);
  const appearance = await tx.appearance.create({
    data: {
      claimId,
      sourceId: source.id,
      excerpt: data.excerpt,
      // Unless told otherwise, a claim was seen in a source when the source was published (when known): "seen in
      // Reuters, 8 Mar 2025", not the day someone on the desk linked it.
      seenAt: data.seenAt ?? source.publishedAt ?? new Date(),
      startOffset: data.startOffset ?? null,
      endOffset: data.endOffset ?? null,
    },
  });
  await writeAudit(tx, author, {
    action: "appearance.create",
    entityType: "Appearance",
    entityId: appearance.id,
    claimId,
    after: appearance,
  });
  return appearance;
}

const addAppearanceSchema = appearanceFields.extend({ claimId: z.string() });

export async function addAppearance(db: Db | DbTx, author: Author | null, input: z.input<typeof addAppearanceSchema>) {
  const { claimId, ...data } = parseInput(addAppearanceSchema, input);
  return inTransaction(db, async (tx) => {
    await lockClaimTakingWork(tx, claimId, ["input", "claim"]);
    return insertAppearance(tx, author, claimId, data);
  });
}

const createEntitySchema = z.object({
  kind: entityKind,
  name: text(300, "Name"),
  title: optionalText(300, "Title"),
  aliases: z.array(text(300, "Alias")).max(50).default([]),
});

/** The one way an entity row is written (the API, article ingest, the demo desk). */
export async function createEntity(db: Db | DbTx, author: Author | null, input: z.input<typeof createEntitySchema>, origin?: string) {
  const data = parseInput(createEntitySchema, input);
  return inTransaction(db, async (tx) => {
    const entity = await tx.entity.create({ data: { ...data, title: data.title ?? null } });
    await writeAudit(tx, author, { action: "entity.create", entityType: "Entity", entityId: entity.id, after: { ...entity, origin } });
    return entity;
  });
}

/** The details a captured page can give a source. */
export type PageDetails = { title: string | null; publisher: string | null; author: string | null; publishedAt: Date | null };

/**
 * Fills a source's title, publisher, author and publication date from what its page says: only the empty ones,
 * unless `replace` (the reviewer asked). Returns the fields changed; the reviewer corrects them with updateSource.
 */
export async function fillSourceDetails(tx: DbTx, author: Author, id: string, details: PageDetails, replace: boolean, origin: string) {
  const source = await tx.source.findUnique({ where: { id } });
  if (!source) throw new NotFoundError("Source", id);
  const changes: Partial<PageDetails> = {};
  for (const field of ["title", "publisher", "author", "publishedAt"] as const) {
    const value = details[field];
    if (value === null || (source[field] !== null && !replace)) continue;
    if (String(source[field]) !== String(value)) Object.assign(changes, { [field]: value });
  }
  const filled = Object.keys(changes);
  if (!filled.length) return filled;
  const { before, after } = await updateWithVersion({
    entityType: "Source",
    id,
    expectedVersion: source.version,
    load: () => tx.source.findUnique({ where: { id } }),
    update: () => tx.source.updateMany({ where: { id, version: source.version }, data: { ...changes, version: { increment: 1 } } }),
  });
  await writeAudit(tx, author, {
    action: "source.update",
    entityType: "Source",
    entityId: id,
    before: { ...before, text: undefined },
    after: { ...after, text: undefined, origin },
  });
  return filled;
}
