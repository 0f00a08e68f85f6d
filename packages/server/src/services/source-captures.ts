import { z } from "zod";
import type { CaptureConfig } from "../config.js";
import type { Viewer } from "../context.js";
import type { Db } from "../db.js";
import { CaptureError, NotFoundError } from "../errors.js";
import { extractPageMetadata, type PageMetadata } from "../ingest/page-metadata.js";
import { writeAudit } from "./audit.js";
import { sha256Of, type CaptureStore } from "./capture-store.js";
import { fetchPage } from "./capture-fetch.js";
import { fillSourceDetails, findOrCreateSource, sourceRefSchema } from "./sources.js";
import { parseInput, xmlSafe } from "./validation.js";

/** What an archived copy may be (uploads), by its first bytes, never by its name or declared type. */
export type CopyType = "application/pdf" | "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "text/html";

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>/]/i;

export function sniffCopyType(bytes: Buffer): CopyType | null {
  const ascii = (start: number, end: number) => bytes.subarray(start, end).toString("latin1");
  if (ascii(0, 5) === "%PDF-") return "application/pdf";
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (ascii(0, 6) === "GIF87a" || ascii(0, 6) === "GIF89a") return "image/gif";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  const head = bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0, 1024).toString("latin1");
  if (HTML_START.test(head)) return "text/html";
  return null;
}

const TOKEN = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;

/** A Content-Type header reduced to its media type (and a text type's charset), safe to send back as a header. */
export function storedContentType(header: string | null, bytes: Buffer): string {
  const [type = "", ...params] = (header ?? "").toLowerCase().split(";");
  const mediaType = type.trim();
  if (!TOKEN.test(mediaType)) return sniffCopyType(bytes) ?? "application/octet-stream";
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([a-z0-9_.:-]{1,40})"?\s*$/.exec(p)?.[1]).find(Boolean);
  return mediaType.startsWith("text/") && charset ? `${mediaType}; charset=${charset}` : mediaType;
}

/** The page's text: the header's charset, else the one a `<meta>` near the top names, else UTF-8. */
function decodeHtml(bytes: Buffer, contentType: string): string {
  const declared =
    /charset=([a-z0-9_.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([a-z0-9_.:-]+)/i.exec(bytes.subarray(0, 1024).toString("latin1"))?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const isHtml = (contentType: string, bytes: Buffer) =>
  /^(text\/html|application\/xhtml\+xml)\b/.test(contentType) ||
  (contentType === "application/octet-stream" && sniffCopyType(bytes) === "text/html");

/** What a source first known by its capture is, by what its URL answered with. */
const kindOf = (contentType: string) =>
  contentType.startsWith("application/pdf") ? "DOCUMENT" : contentType.startsWith("image/") ? "IMAGE" : "ARTICLE";

/**
 * A page's metadata as the desk keeps text: without control characters, which the site is free to write (in JSON-LD,
 * "\u0000" is six characters) but input refuses (`text`): PostgreSQL cannot store a NUL, and no XML feed can carry
 * the rest. Text made only of them is no value.
 */
function storableMetadata(metadata: PageMetadata): PageMetadata {
  const clean = (value: string | null) => (value === null ? null : xmlSafe(value).replace(/\s+/g, " ").trim() || null);
  return { ...metadata, title: clean(metadata.title), publisher: clean(metadata.publisher), author: clean(metadata.author) };
}

const captureSchema = z.object({ source: sourceRefSchema, replaceDetails: z.boolean().nullish() });

export interface CaptureOutcome {
  captureId: string;
  sourceId: string;
  /** Source fields filled (or, with replaceDetails, replaced) from the page's metadata. */
  filled: string[];
}

/**
 * Captures a source's page: fetches it once (services/capture-fetch.ts: nothing is stored when that fails), keeps
 * the bytes by SHA-256, records the capture, and fills the source's empty details from the page's metadata. The
 * source is named by id, or by URL (found, or added). The fetch happens before the transaction, so a slow site
 * never holds one open.
 */
export async function captureSource(
  db: Db,
  store: CaptureStore,
  viewer: Viewer,
  input: { source: { id?: string | null; url?: string | null }; replaceDetails?: boolean | null },
  config: CaptureConfig,
  stop?: AbortSignal,
): Promise<CaptureOutcome> {
  const raw = input.source.url?.trim();
  if (raw && !input.source.id) {
    // A URL that is not http(s) is the capture's refusal (capture/invalid_url), not a generic invalid input.
    let protocol: string | null = null;
    try {
      protocol = new URL(raw).protocol;
    } catch {}
    if (protocol !== "http:" && protocol !== "https:")
      throw new CaptureError("Only http:// and https:// pages can be captured.", "capture/invalid_url", raw.slice(0, 2048));
  }
  const data = parseInput(captureSchema, input);
  let url = data.source.url;
  if (data.source.id) {
    const source = await db.source.findUnique({ where: { id: data.source.id }, select: { url: true } });
    if (!source) throw new NotFoundError("Source", data.source.id);
    url = source.url;
  }
  const page = await fetchPage(url!, config, stop);
  const sha256 = sha256Of(page.body);
  const contentType = storedContentType(page.contentType, page.body);
  const metadata: PageMetadata = isHtml(contentType, page.body)
    ? storableMetadata(extractPageMetadata(decodeHtml(page.body, contentType)))
    : { title: null, publisher: null, author: null, publishedAt: null };

  return db.$transaction(
    async (tx) => {
      const known = data.source.id ? true : !!(await tx.source.findUnique({ where: { url: url! }, select: { id: true } }));
      const details = Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== null));
      const source = await findOrCreateSource(tx, viewer, data.source, known ? {} : { kind: kindOf(contentType), ...details }, "capture");
      const filled = known
        ? await fillSourceDetails(tx, viewer, source.id, metadata, data.replaceDetails ?? false, "capture")
        : Object.keys(details);
      await store.put(tx, sha256, page.body);
      const capture = await tx.sourceCapture.create({
        data: {
          sourceId: source.id,
          sha256,
          contentType,
          byteSize: page.body.length,
          origin: "FETCHED",
          requestedUrl: page.requestedUrl,
          finalUrl: page.finalUrl,
          httpStatus: page.status,
          capturedById: viewer.id,
        },
      });
      await writeAudit(tx, viewer, {
        action: "source_capture.create",
        entityType: "SourceCapture",
        entityId: capture.id,
        after: { ...capture, filled },
      });
      return { captureId: capture.id, sourceId: source.id, filled };
    },
    { timeout: 30_000 },
  );
}

/**
 * Keeps an uploaded file as a source's archived copy: a PDF, a PNG, JPEG, WebP or GIF image, or an HTML page, by
 * its first bytes (the size cap is the HTTP route's, which refuses a larger body before reading it).
 */
export async function uploadSourceCopy(db: Db, store: CaptureStore, viewer: Viewer, sourceId: string, bytes: Buffer) {
  const contentType = sniffCopyType(bytes);
  if (!contentType)
    throw new CaptureError(
      "An archived copy must be a PDF, a PNG, JPEG, WebP or GIF image, or an HTML page; this file is none of them.",
      "capture/unsupported_type",
    );
  const sha256 = sha256Of(bytes);
  return db.$transaction(
    async (tx) => {
      if (!(await tx.source.findUnique({ where: { id: sourceId }, select: { id: true } }))) throw new NotFoundError("Source", sourceId);
      await store.put(tx, sha256, bytes);
      const capture = await tx.sourceCapture.create({
        data: { sourceId, sha256, contentType, byteSize: bytes.length, origin: "UPLOADED", capturedById: viewer.id },
      });
      await writeAudit(tx, viewer, { action: "source_capture.create", entityType: "SourceCapture", entityId: capture.id, after: capture });
      return capture;
    },
    { timeout: 30_000 },
  );
}

/** The stored copy with this hash and its content type, when a capture names it. */
export async function findCaptureCopy(db: Db, store: CaptureStore, sha256: string) {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
  const capture = await db.sourceCapture.findFirst({
    where: { sha256 },
    orderBy: [{ capturedAt: "asc" }, { id: "asc" }],
    select: { contentType: true, byteSize: true },
  });
  if (!capture) return null;
  const bytes = await store.get(db, sha256);
  return bytes ? { contentType: capture.contentType, bytes } : null;
}
