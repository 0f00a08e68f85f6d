import crypto from "node:crypto";
import { z } from "zod";
import type { Db, DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import { NotFoundError } from "../errors.js";
import { writeAudit, type Author } from "./audit.js";
import { httpUrl, optionalText, parseInput, pastDate, text } from "./validation.js";
import { updateWithVersion } from "./versioning.js";

const sourceKind = z.enum(["ARTICLE", "OFFICIAL_STATEMENT", "SOCIAL_POST", "VIDEO", "IMAGE", "DOCUMENT", "DATASET"]);
const reliability = z.enum(["A", "B", "C", "D", "E", "F"]);

const sourceFields = {
  url: httpUrl,
  kind: sourceKind.nullish().transform((kind) => kind ?? "ARTICLE"),
  title: optionalText(500, "Title"),
  publisher: optionalText(200, "Publisher"),
  author: optionalText(200, "Author"),
  publishedAt: pastDate.nullish(),
  archiveUrl: httpUrl.nullish(),
  reliability: reliability.nullish(),
};
export const addSourceSchema = z.object(sourceFields);

/** A source named by id, or by URL (found, or created as an ARTICLE). */
export const sourceRefSchema = z
  .object({ id: z.string().nullish(), url: httpUrl.nullish() })
  .refine((ref) => !!ref.id !== !!ref.url, "Give either a source id or a URL, not both");

export type SourceRef = z.output<typeof sourceRefSchema>;

export const textHash = (text: string) =>
  crypto.createHash("sha256").update(text.normalize("NFKC").replace(/\s+/g, " ").trim()).digest("hex");

export async function findOrCreateSource(
  tx: DbTx,
  viewer: Author,
  ref: SourceRef,
  details: Partial<z.output<typeof addSourceSchema>> = {},
) {
  if (ref.id) {
    const source = await tx.source.findUnique({ where: { id: ref.id } });
    if (!source) throw new NotFoundError("Source", ref.id);
    return source;
  }
  const url = ref.url!;
  const existing = await tx.source.findUnique({ where: { url } });
  if (existing) return existing;
  const source = await tx.source.create({ data: { kind: "ARTICLE", ...details, url } });
  await writeAudit(tx, viewer, { action: "source.create", entityType: "Source", entityId: source.id, after: source });
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
    const { before, after } = await updateWithVersion({
      entityType: "Source",
      id,
      expectedVersion,
      load: () => tx.source.findUnique({ where: { id } }),
      update: () => tx.source.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } }),
    });
    await writeAudit(tx, viewer, { action: "source.update", entityType: "Source", entityId: id, before, after });
    return after;
  });
}

const addAppearanceSchema = z.object({
  claimId: z.string(),
  source: sourceRefSchema,
  excerpt: text(10000, "Excerpt"),
  seenAt: pastDate.nullish(),
  startOffset: z.number().int().min(0).nullish(),
  endOffset: z.number().int().min(0).nullish(),
});

export async function addAppearance(db: Db, viewer: Viewer, input: z.input<typeof addAppearanceSchema>) {
  const data = parseInput(addAppearanceSchema, input);
  return db.$transaction(async (tx) => {
    if (!(await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true } }))) {
      throw new NotFoundError("Claim", data.claimId);
    }
    const source = await findOrCreateSource(tx, viewer, data.source);
    const appearance = await tx.appearance.create({
      data: {
        claimId: data.claimId,
        sourceId: source.id,
        excerpt: data.excerpt,
        seenAt: data.seenAt ?? new Date(),
        startOffset: data.startOffset ?? null,
        endOffset: data.endOffset ?? null,
      },
    });
    await writeAudit(tx, viewer, {
      action: "appearance.create",
      entityType: "Appearance",
      entityId: appearance.id,
      claimId: data.claimId,
      after: appearance,
    });
    return appearance;
  });
}

const createEntitySchema = z.object({
  kind: z.enum(["PERSON", "ORGANISATION", "GOVERNMENT", "MEDIA_OUTLET"]),
  name: text(300, "Name"),
  title: optionalText(300, "Title"),
  aliases: z.array(text(300, "Alias")).max(50).default([]),
});

export async function createEntity(db: Db, viewer: Viewer, input: z.input<typeof createEntitySchema>) {
  const data = parseInput(createEntitySchema, input);
  return db.$transaction(async (tx) => {
    const entity = await tx.entity.create({ data: { ...data, title: data.title ?? null } });
    await writeAudit(tx, viewer, { action: "entity.create", entityType: "Entity", entityId: entity.id, after: entity });
    return entity;
  });
}
