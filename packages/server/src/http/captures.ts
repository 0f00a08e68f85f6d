import type { IncomingMessage, ServerResponse } from "node:http";
import { encodeGlobalID } from "@pothos/plugin-relay";
import getRawBody from "raw-body";
import type { Config } from "../config.js";
import type { Database } from "../db.js";
import { CaptureError, NotFoundError } from "../errors.js";
import type { ErrorCode } from "../error-codes.js";
import { sendJsonError } from "../guards/errors.js";
import { bearerChallenge, type Identity } from "../guards/identity.js";
import { captureStoreFor } from "../services/capture-store.js";
import { findCaptureCopy, uploadSourceCopy } from "../services/source-captures.js";
import { localIdFromPath } from "./global-id.js";

/*
 * Archived copies outside GraphQL (their bytes are no GraphQL value):
 *   GET  /captures/<sha256>        the copy, to signed-in staff only (401 signed out, 403 for API keys)
 *   POST /sources/<id>/captures    an uploaded copy: the file as the raw body (any Content-Type; its first bytes
 *                                  decide what it is), from signed-in staff; a session cookie needs the CSRF header
 * Callers are identified, and rate limited, as for GraphQL (yoga.ts serveHttpRead).
 */
export const CAPTURE_PATH = /^\/captures\/([^/]+)$/;
export const UPLOAD_PATH = /^\/sources\/([^/]+)\/captures$/;

/** Shown in the browser itself: raster images. Everything else (HTML above all) is only ever downloaded. */
const INLINE = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);
const EXTENSIONS: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "text/html": "html",
  "application/xhtml+xml": "xhtml",
};

function refuse(res: ServerResponse, status: number, code: ErrorCode, message: string) {
  sendJsonError(res, status, code, message, { "cache-control": "no-store", ...(status === 401 ? bearerChallenge(false) : {}) });
  return true;
}

/** Staff only: a capture can be anything a site served, and it is the desk's working material. */
function signedInOnly(identity: Identity, res: ServerResponse): boolean {
  if (identity.viewer) return true;
  if (identity.known) refuse(res, 403, "auth/forbidden", "Archived copies are for the desk's signed-in staff.");
  else refuse(res, 401, "auth/forbidden", "Sign in to see archived copies.");
  return false;
}

export async function serveCaptures(
  database: Database,
  config: Config,
  identity: Identity,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<boolean> {
  const store = captureStoreFor(database, config);
  const read = path.match(CAPTURE_PATH);
  if (read) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return true;
    }
    if (!signedInOnly(identity, res)) return true;
    const sha256 = read[1]!.toLowerCase();
    const copy = await findCaptureCopy(database.prisma, store, sha256);
    if (!copy) return refuse(res, 404, "capture/not_found", "No archived copy has this hash.");
    const etag = `"${sha256}"`;
    const headers = {
      etag,
      // The same address always has the same bytes; only this browser may keep them.
      "cache-control": "private, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      // Whatever a captured page holds runs nowhere: no script, no plugin, no same-origin access.
      "content-security-policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'",
      "cross-origin-resource-policy": "same-origin",
    };
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, headers).end();
      return true;
    }
    const mediaType = copy.contentType.split(";")[0]!;
    const name = `capture-${sha256.slice(0, 12)}.${EXTENSIONS[mediaType] ?? "bin"}`;
    res.writeHead(200, {
      ...headers,
      "content-type": copy.contentType,
      "content-length": copy.bytes.length,
      "content-disposition": `${INLINE.has(mediaType) ? "inline" : "attachment"}; filename="${name}"`,
    });
    res.end(req.method === "HEAD" ? undefined : copy.bytes);
    return true;
  }

  const upload = path.match(UPLOAD_PATH);
  if (!upload) return false;
  if (req.method !== "POST") {
    res.writeHead(405, { allow: "POST" }).end();
    return true;
  }
  if (!signedInOnly(identity, res)) return true;
  const sourceId = localIdFromPath(upload[1]!, "Source");
  if (!sourceId) return refuse(res, 404, "source/not_found", "No source has this ID.");
  const limit = config.captures.maxUploadBytes;
  const tooLarge = () => refuse(res, 413, "capture/too_large", `An archived copy may be at most ${Math.round(limit / 1024)} KiB.`);
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    // Answer without reading the body, and close the connection rather than drain it.
    res.setHeader("connection", "close");
    return tooLarge();
  }
  let bytes: Buffer;
  try {
    bytes = await getRawBody(req, { limit });
  } catch (error) {
    if ((error as { type?: string }).type === "entity.too.large") {
      res.setHeader("connection", "close");
      return tooLarge();
    }
    return refuse(res, 400, "request/unreadable", "The file could not be read.");
  }
  try {
    const capture = await uploadSourceCopy(database.prisma, store, identity.viewer!, sourceId, bytes);
    res.writeHead(201, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(
      JSON.stringify({
        capture: {
          id: encodeGlobalID("SourceCapture", capture.id),
          sha256: capture.sha256,
          contentType: capture.contentType,
          byteSize: capture.byteSize,
          origin: capture.origin,
          capturedAt: capture.capturedAt.toISOString(),
          downloadPath: `/captures/${capture.sha256}`,
        },
      }),
    );
  } catch (error) {
    if (error instanceof CaptureError) return refuse(res, 415, error.code, error.message);
    if (error instanceof NotFoundError) return refuse(res, 404, error.code, error.message);
    throw error;
  }
  return true;
}
