import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/** A strong validator of a body: part of its SHA-256, so the same answer always carries the same tag. */
export const entityTag = (body: string) => `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;

/** Does If-None-Match name this tag? Compared weakly, as RFC 9110 asks for GET and HEAD; `*` matches any. */
function heldByCaller(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (candidate: string) => candidate.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((candidate) => candidate.trim() === "*" || opaque(candidate) === opaque(tag));
}

/**
 * Sends a read's answer with its ETag; a poll that already holds this version (If-None-Match) gets 304 and no body.
 * Feed readers and partners poll the feeds every few minutes: an unchanged feed then costs them a header, not a
 * download. Only a 200 is tagged; the 304 repeats the headers that say how to cache (RFC 9110 §15.4.5).
 */
export function sendTagged(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
  /** The body's tag when the caller keeps it with the body (`entityTag(body)`), so it is not hashed again. */
  etag = status === 200 ? entityTag(body) : "",
) {
  if (status !== 200) {
    res.writeHead(status, headers).end(body);
    return;
  }
  if (heldByCaller(req.headers["if-none-match"], etag)) {
    const cacheControl = headers["cache-control"];
    res.writeHead(304, { etag, ...(cacheControl ? { "cache-control": cacheControl } : {}) }).end();
    return;
  }
  res.writeHead(200, { ...headers, etag }).end(body);
}

/** Refuses a method a read-only route does not answer: 405 with Allow. Returns whether it refused. */
export function refuseUnlessRead(req: IncomingMessage, res: ServerResponse, body: () => unknown): boolean {
  if (req.method === "GET" || req.method === "HEAD") return false;
  res
    .writeHead(405, { allow: "GET, HEAD", "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
    .end(JSON.stringify(body()));
  return true;
}
