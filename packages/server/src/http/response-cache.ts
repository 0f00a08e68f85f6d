import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getOperationAST, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { LRUCache } from "lru-cache";
import { identityOf } from "../guards/identity.js";
import { rateLimitBucket, rateLimitHeaders, type RateLimiting } from "../guards/rate-limit.js";
import { publicBaseUrlFor, type RateLimits } from "../config.js";
import { SESSION_COOKIE } from "../services/sessions.js";
import type { DeskEvents } from "../desk-events.js";

const PUBLIC_SESSION = "public";

/**
 * The part of the key that says whose links an answer holds: ClaimReview and page URLs are built from the request's
 * Host header when FACTDESK_PUBLIC_URL is not set, so an answer built for one Host is never handed to a reader who
 * sent another (a request with `Host: attacker.example` filled the cache every reader was served from).
 */
const linksOf = (host: string | null | undefined) => publicBaseUrlFor(host ?? undefined);

/** The plugin's session for a caller: one per API key, one for every anonymous reader, each per link base. */
const sessionOf = (partnerKeyId: string | null, host: string | null | undefined) =>
  `${partnerKeyId ? `key:${partnerKeyId}` : PUBLIC_SESSION} ${linksOf(host)}`;

/** One cache entry per caller scope, document, operation and variables. */
function cacheKey(documentString: string, operationName: string | null | undefined, variables: unknown, session: string) {
  // node's synchronous hash: the plugin's own key hashes through WebCrypto, whose asynchronous digest cost more than
  // the rest of a cache hit together (measured: 0.86 ms of CPU a hit); this takes microseconds.
  return createHash("sha256")
    .update([documentString, operationName ?? "", JSON.stringify(variables ?? {}), session].join("|"))
    .digest("base64url");
}

// Between the cache key and the answer's hash in an ETag: cache keys are base64url, which has no dot.
const ETAG_SEPARATOR = ".";

/** The response headers the response cache plugin keeps with a stored result (ETag, Last-Modified). */
const httpHeadersOf = (result: ExecutionResult) => (result.extensions?.http as { headers?: Record<string, string> } | undefined)?.headers;

/** A result's JSON as yoga sends it: without the internal `http` extension, and without `extensions` when nothing else is left. */
function bodyOf(result: ExecutionResult) {
  const { http: _http, ...extensions } = result.extensions ?? {};
  return Buffer.from(JSON.stringify({ ...result, extensions: Object.keys(extensions).length ? extensions : undefined }));
}

/** `Cache-Control: no-cache` (or no-store) on a request: the caller wants a live answer, not a stored one. */
export const wantsFreshAnswer = (cacheControl: string | null | undefined) => /no-cache|no-store/i.test(cacheControl ?? "");

export interface PublicResponseCache {
  plugins: Plugin[];
  /** A fresh stored answer to an anonymous read, with its body as sent (see answerFromPublicCache). */
  storedAnswer(
    documentString: string,
    operationName: string | null | undefined,
    variables: unknown,
    host: string | undefined,
  ): StoredAnswer | undefined;
}

interface StoredAnswer {
  body: Buffer;
  etag: string;
  lastModified: string;
}

/**
 * Results of public reads (callers without a session: anonymous readers and partners' keys), kept for a few
 * seconds so a verdict page shared widely is built once, not once per reader. Keyed by the caller's scope
 * (anonymous, or the key, whose scopes decide what it sees), the document and its variables; staff sessions
 * always read live, and so does a request sent with `Cache-Control: no-cache`. Any mutation that changes something
 * empties the cache of every instance (through the desk's events; should one be lost, copies live at most
 * FACTDESK_RESPONSE_CACHE_SECONDS).
 */
export function createPublicResponseCache(seconds: number, events: DeskEvents): PublicResponseCache {
  if (seconds <= 0) return { plugins: [], storedAnswer: () => undefined };
  const results = new LRUCache<string, ExecutionResult>({ max: 2_000, ttl: seconds * 1000 });
  // The JSON an answer is sent as, written once per stored result rather than once per reader.
  const bodies = new WeakMap<ExecutionResult, Buffer>();
  const cache = {
    // The plugin looks up both cache keys (to answer a read) and ETags (to answer If-None-Match with 304). An ETag
    // names one answer, not the key it was stored under: after a change the key holds a different answer, and a
    // reader revalidating the old one must get the new one, not a 304 confirming what was retracted or corrected.
    get: (keyOrEtag: string) => {
      const [key, answer] = keyOrEtag.split(ETAG_SEPARATOR);
      const result = key === undefined ? undefined : results.get(key);
      if (answer === undefined || !result) return result;
      return httpHeadersOf(result)?.ETag === keyOrEtag ? result : undefined;
    },
    set: (key: string, result: ExecutionResult) => {
      // The plugin has just set the ETag to the bare key; it becomes the key and a hash of the answer's body.
      const body = bodyOf(result);
      bodies.set(result, body);
      const headers = httpHeadersOf(result);
      if (headers) headers.ETag = `${key}${ETAG_SEPARATOR}${createHash("sha256").update(body).digest("base64url").slice(0, 22)}`;
      results.set(key, result);
    },
    invalidate: () => results.clear(),
  };
  // Published, to this instance and the others, by every mutation that changed something (http/live-updates.ts).
  // Changes are counted: a read that began before one may have read what it changed, and is not kept.
  let changes = 0;
  const changesAtStart = new WeakMap<object, number>();
  events.subscribe("public-responses.clear", () => {
    changes += 1;
    results.clear();
  });
  // The cache plugin, with invalidation by mutation off, would store a mutation's answer like a read's and hand it to
  // the next identical request without running it (a second sign-in got no session). Mutations are marked as they
  // start, before the plugin decides, and never cached.
  const mutations = new WeakSet<object>();
  const markMutations: Plugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation === "mutation") mutations.add(args.contextValue as object);
    },
  };
  return {
    plugins: [
      markMutations,
      useResponseCache({
        cache,
        ttl: seconds * 1000,
        invalidateViaMutation: false,
        buildResponseCacheKey: ({ documentString, operationName, variableValues, sessionId }) =>
          cacheKey(documentString, operationName, variableValues, sessionId ?? ""),
        enabled: (request, context) => {
          const cached = !mutations.has(context) && !identityOf(request).viewer && !wantsFreshAnswer(request.headers.get("cache-control"));
          if (cached && !changesAtStart.has(context)) changesAtStart.set(context, changes);
          return cached;
        },
        // Asked just before a result is stored: none is, when a change was published while it was being read.
        onTtl: ({ ttl, context }) => (changesAtStart.get(context) === changes ? ttl : 0),
        session: (request) => {
          const { partner } = identityOf(request);
          return sessionOf(partner?.keyId ?? null, request.headers.get("host"));
        },
      }),
    ],
    storedAnswer(documentString, operationName, variables, host) {
      const result = results.get(cacheKey(documentString, operationName, variables, sessionOf(null, host)));
      const headers = result && httpHeadersOf(result);
      // Every stored result got its body when it was stored (cache.set).
      const body = result && bodies.get(result);
      if (!body || !headers?.ETag || !headers["Last-Modified"]) return undefined;
      return { body, etag: headers.ETag, lastModified: headers["Last-Modified"] };
    },
  };
}

const SESSION_COOKIE_PATTERN = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=`);

/** The GraphQL parameters of a POST body or a GET query string, when they are well-formed. */
function graphqlParams(req: IncomingMessage, body: Buffer | undefined) {
  try {
    let query: unknown;
    let operationName: unknown;
    let variables: unknown;
    if (req.method === "POST" && body) {
      ({ query, operationName, variables } = JSON.parse(body.toString("utf8")) as Record<string, unknown>);
    } else if (req.method === "GET") {
      const params = new URL(req.url ?? "/", "http://localhost").searchParams;
      query = params.get("query");
      operationName = params.get("operationName");
      const text = params.get("variables");
      variables = text ? JSON.parse(text) : undefined;
    }
    if (typeof query !== "string" || (operationName != null && typeof operationName !== "string")) return null;
    return { query, operationName: operationName as string | null | undefined, variables };
  } catch {
    return null;
  }
}

interface CacheHitOptions {
  clientIp: string;
  rateLimiting: RateLimiting;
  rateLimits: RateLimits;
  corsOrigins: readonly string[];
}

/**
 * Answers an anonymous reader's repeated query straight from the public cache, before yoga builds its request and
 * response objects (which cost three times what the answer itself does: a widely shared verdict page is read by
 * thousands of such readers). Only requests yoga would answer from the cache with the same bytes take this way: no
 * credential of any kind (no Authorization header, no session cookie), plain JSON accepted, not conditional
 * (If-None-Match is yoga's to answer with 304), no fresh answer asked for, and no listed CORS origin to answer.
 * The reader's address still draws on its rate limit. Returns false when yoga should answer.
 */
export async function answerFromPublicCache(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer | undefined,
  cache: PublicResponseCache,
  options: CacheHitOptions,
): Promise<boolean> {
  const { headers } = req;
  if (headers.authorization || headers["if-none-match"] || wantsFreshAnswer(headers["cache-control"])) return false;
  if (headers.cookie && SESSION_COOKIE_PATTERN.test(headers.cookie)) return false;
  if (headers.origin && options.corsOrigins.includes(headers.origin)) return false;
  const accept = headers.accept ?? "*/*";
  if (!/application\/json|\*\/\*/.test(accept) || /graphql-response|event-stream|multipart|text\/html/.test(accept)) return false;
  const params = graphqlParams(req, body);
  const answer = params && cache.storedAnswer(params.query, params.operationName, params.variables, headers.host);
  if (!answer) return false;
  const state = await options.rateLimiting.requests.take(
    ...rateLimitBucket({ viewer: null, partner: null }, options.clientIp, options.rateLimits),
  );
  // Over the limit: yoga refuses it, as it refuses every other request from that address.
  if (!state.allowed) return false;
  res
    .writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": answer.body.length,
      etag: answer.etag,
      "last-modified": answer.lastModified,
      ...rateLimitHeaders(state),
    })
    .end(answer.body);
  return true;
}
