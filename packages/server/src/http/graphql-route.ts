import type { IncomingMessage, ServerResponse } from "node:http";
import getRawBody from "raw-body";
import { getOperationAST, parse } from "graphql";
import { forwardedOverHttps, type Config } from "../config.js";
import type { ServerContext } from "../context.js";
import { runWithBudget } from "../guards/request-budget.js";
import { timeoutError } from "../guards/deadline.js";
import { sendJsonError } from "../guards/errors.js";
import { setSecurityHeaders, type PageKind } from "./security-headers.js";
import { answerFromPublicCache, type PublicResponseCache } from "./response-cache.js";
import type { RateLimiting } from "../guards/rate-limit.js";

type YogaNodeHandler = (req: IncomingMessage, res: ServerResponse, context: ServerContext) => unknown;

/**
 * The caller's address: the socket's, or behind FACTDESK_TRUST_PROXY proxies the X-Forwarded-For entry the outermost
 * proxy added. Each proxy appends the address it was reached from, so entries are read from the right: those to the
 * left of the proxies' own are the client's to write, and would let it pick its address (and its rate limits).
 */
export function clientIpOf(req: IncomingMessage, trustedProxies: number): string {
  if (trustedProxies > 0) {
    const forwarded = req.headers["x-forwarded-for"];
    const entries = [forwarded ?? []]
      .flat()
      .join(",")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    const client = entries[Math.max(0, entries.length - trustedProxies)];
    if (client) return client;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** Whether the caller reached the desk over HTTPS: directly, or at the proxy in front (X-Forwarded-Proto). */
export function isHttps(req: IncomingMessage, trustedProxies: number): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const proto = req.headers["x-forwarded-proto"];
  return forwardedOverHttps(Array.isArray(proto) ? proto[0] : proto, trustedProxies);
}

// GraphQL over HTTP as JSON only. Form-encoded, multipart and text/plain bodies are what an HTML form or a "simple"
// cross-site request can send without a CORS preflight, so they are refused outright (CSRF).
const GRAPHQL_BODY_TYPES = /^application\/json\s*(;|$)/i;

/** Deepest nesting of arrays and objects a request's JSON may have: inputs nest a few levels; thousands overflow the stack. */
const MAX_JSON_DEPTH = 64;

/** Whether JSON text nests arrays and objects deeper than `max` (counted without parsing, brackets in strings skipped). */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* backslash */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}

const MAX_STREAMS_PER_ADDRESS = 100;
const openStreams = new Map<string, number>();

/**
 * Whether a request asks for a subscription over Server-Sent Events. Only such requests (event stream accepted
 * and a subscription operation in the document) are exempt from the deadline; a query sent as an event stream is
 * timed like any other.
 */
function isSubscriptionRequest(req: IncomingMessage): boolean {
  if (!/text\/event-stream/.test(req.headers.accept ?? "")) return false;
  try {
    let source: string | null | undefined;
    let operationName: string | null | undefined;
    const body = (req as IncomingMessage & { body?: Buffer }).body;
    if (req.method === "POST" && body) {
      ({ query: source, operationName } = JSON.parse(body.toString("utf8")) as { query?: string; operationName?: string });
    } else {
      const params = new URL(req.url ?? "/", "http://localhost").searchParams;
      source = params.get("query");
      operationName = params.get("operationName");
    }
    if (typeof source !== "string") return false;
    return getOperationAST(parse(source, { maxTokens: 10_000 }), operationName ?? undefined)?.operation === "subscription";
  } catch {
    return false;
  }
}

/**
 * /graphql as the outside world reaches it: refuses what it will not read (wrong content type, oversized
 * bodies) before reading it, then runs yoga within the request's database budget and deadline.
 */
export function graphqlRoute(
  yoga: YogaNodeHandler,
  config: Config,
  graphiqlPolicy: () => Parameters<typeof setSecurityHeaders>[2],
  publicAnswers: { cache: PublicResponseCache; rateLimiting: RateLimiting },
) {
  const { limits, security } = config;
  const cacheHitOptions = {
    rateLimiting: publicAnswers.rateLimiting,
    rateLimits: config.rateLimits,
    corsOrigins: security.corsOrigins,
  };
  return async (req: IncomingMessage, res: ServerResponse) => {
    const wantsPage = req.method === "GET" && /text\/html/.test(req.headers.accept ?? "");
    setSecurityHeaders(req, res, wantsPage ? graphiqlPolicy() : ("api" satisfies PageKind), isHttps(req, security.trustedProxies));

    if (req.method === "POST") {
      const type = req.headers["content-type"] ?? "";
      if (!GRAPHQL_BODY_TYPES.test(type)) {
        sendJsonError(
          res,
          415,
          "request/unsupported_media_type",
          "Send GraphQL requests as application/json (POST) or as a GET query string.",
        );
        return;
      }
      try {
        const body = await getRawBody(req, { limit: limits.maxBodyBytes, length: req.headers["content-length"] });
        if (body.length > 0) (req as IncomingMessage & { body?: Buffer }).body = body;
      } catch (error) {
        const tooLarge = (error as { type?: string }).type === "entity.too.large";
        if (tooLarge) {
          // Let the client finish sending (discarded, not buffered) so it can read the answer; closing on it
          // mid-upload would leave it with a broken pipe instead. A client still sending after 5 s is cut off.
          req.resume();
          setTimeout(() => req.complete || req.socket.destroy(), 5_000).unref();
        }
        sendJsonError(
          res,
          tooLarge ? 413 : 400,
          tooLarge ? "request/too_large" : "request/unreadable",
          tooLarge ? `The request body is larger than ${limits.maxBodyBytes} bytes.` : "The request body could not be read.",
        );
        return;
      }
    }

    const body = (req as IncomingMessage & { body?: Buffer }).body;
    const params = new URL(req.url ?? "/", "http://localhost").searchParams;
    const json = body ? [body.toString("utf8")] : [params.get("variables") ?? "", params.get("extensions") ?? ""];
    if (json.some((text) => nestsDeeperThan(text, MAX_JSON_DEPTH))) {
      sendJsonError(res, 400, "request/too_deep", `The request's JSON nests more than ${MAX_JSON_DEPTH} levels deep.`);
      return;
    }
    const clientIp = clientIpOf(req, security.trustedProxies);
    if (await answerFromPublicCache(req, res, body, publicAnswers.cache, { ...cacheHitOptions, clientIp })) return;
    const deadline = new AbortController();
    res.once("close", () => deadline.abort(new Error("closed")));
    if (isSubscriptionRequest(req)) {
      // A subscription lives as long as its client listens: no deadline, and no statement total over its life
      // (each event reads one selection, bounded like any query by the operation limits). Streams per address
      // are capped instead.
      const open = openStreams.get(clientIp) ?? 0;
      if (open >= MAX_STREAMS_PER_ADDRESS) {
        sendJsonError(res, 429, "rate_limited", `At most ${MAX_STREAMS_PER_ADDRESS} live subscriptions per address at once.`);
        return;
      }
      openStreams.set(clientIp, open + 1);
      res.once("close", () => {
        const left = (openStreams.get(clientIp) ?? 1) - 1;
        if (left > 0) openStreams.set(clientIp, left);
        else openStreams.delete(clientIp);
      });
      await runWithBudget({ ...limits, maxStatementsPerRequest: Number.POSITIVE_INFINITY }, deadline.signal, () =>
        yoga(req, res, { clientIp }),
      );
      return;
    }
    const expire = () => deadline.abort(timeoutError(limits.requestTimeoutMs));
    const timer = setTimeout(expire, limits.requestTimeoutMs);
    res.once("close", () => clearTimeout(timer));
    const expiresAt = Date.now() + limits.requestTimeoutMs;
    await runWithBudget(
      limits,
      deadline.signal,
      () => yoga(req, res, { clientIp }),
      () => {
        if (Date.now() >= expiresAt && !deadline.signal.aborted) expire();
      },
    );
  };
}
