import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getOperationAST } from "graphql";
import { createYoga, type Plugin } from "graphql-yoga";
import { useCookies } from "@whatwg-node/server-plugin-cookies";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import sirv from "sirv";
import { schema } from "./schema/index.js";
import type { AppContext, ServerContext } from "./context.js";
import type { Database } from "./db.js";
import { isValidHost, publicBaseUrlFor, webDistDir, type Config } from "./config.js";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { feedRefusal, serveFeeds } from "./http/feeds.js";
import { refuseUnlessRead, sendTagged } from "./http/conditional.js";
import { ExportSlots, serveExport, serveExportInSlot } from "./http/exports.js";
import { CAPTURE_PATH, serveCaptures, UPLOAD_PATH } from "./http/captures.js";
import { useLiveUpdates } from "./http/live-updates.js";
import {
  createRenderedPageCache,
  renderPublicPage,
  robotsTxt,
  sendPageRefusal,
  sendRenderedPage,
  sitemapXml,
  wantsRenderedPage,
} from "./http/public-pages.js";
import { FACT_CHECK_SEARCH_PATH, factCheckSearchRefusal, serveFactCheckSearch } from "./http/fact-check-tools.js";
import { clientIpOf, graphqlRoute, isHttps } from "./http/graphql-route.js";
import { inlinePageDirectives, setSecurityHeaders } from "./http/security-headers.js";
import { accessFor } from "./services/access.js";
import { currentBudget } from "./guards/request-budget.js";
import { CSRF_HEADER, identify, identityOf, isRefusal, useIdentity, type Identity } from "./guards/identity.js";
import type { ErrorCode } from "./error-codes.js";
import { useOperationLimits } from "./guards/operation-limits.js";
import { useReadableMutationSelections } from "./guards/readable-selection.js";
import { useDeadline } from "./guards/deadline.js";
import { useCompiledQueries } from "./compiled-execution.js";
import { graphqlErrorBody, maskedErrors, sendJsonError } from "./guards/errors.js";
import { answerRefusal, rateLimitBucket, rateLimitHeaders, tooManyRequests, useRateLimit, type RateLimiting } from "./guards/rate-limit.js";
import { createPublicResponseCache, type PublicResponseCache } from "./http/response-cache.js";
import { SessionCache } from "./services/sessions.js";
import type { DeskEvents } from "./desk-events.js";
import { IDEMPOTENCY_HEADER, useIdempotencyKeys } from "./guards/idempotency.js";
import { requestIdFrom, requestScope, type Logger } from "./logger.js";
import { serveMetrics, usePrometheusMetrics, type Metrics } from "./http/metrics.js";

/** Reports how many SQL statements the request ran, as `extensions.sqlStatements` (tests and benchmarks). */
function useSqlStatementCount(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          const budget = currentBudget();
          if (budget && !(Symbol.asyncIterator in result)) {
            setResult({ ...result, extensions: { ...result.extensions, sqlStatements: budget.count } });
          }
        },
      };
    },
  };
}

/**
 * Queries read through the read replicas (when configured); mutations keep the primary for everything, so the
 * result a mutation returns shows its own write whatever a replica's lag.
 */
function useReadReplicas(database: Database): Plugin<AppContext> {
  return {
    onExecute({ args, extendContext }) {
      if (database.reads === database.prisma) return;
      if (getOperationAST(args.document, args.operationName)?.operation === "query") extendContext({ prisma: database.reads });
    },
  };
}

// GraphiQL ships inline (no CDN): its 9 MB page is built on first use, once, so its CSP can name its inline blocks
// by hash.
const graphiqlOptions = {
  title: "FactDesk GraphQL",
  defaultQuery: "{ claims(first: 5) { edges { node { id text } } } }",
  headers: JSON.stringify({ [CSRF_HEADER]: "1" }),
};
let graphiql: { page: string; policy: ReturnType<typeof inlinePageDirectives> } | undefined;
const graphiqlPage = () => {
  if (!graphiql) {
    const page = renderGraphiQL(graphiqlOptions);
    graphiql = { page, policy: inlinePageDirectives(page) };
  }
  return graphiql;
};

export interface AppServices {
  rateLimiting: RateLimiting;
  logger: Logger;
  /** Present when /metrics is enabled (FACTDESK_METRICS_TOKEN). */
  metrics?: Metrics;
  /** Cache invalidations shared with the desk's other instances. */
  events: DeskEvents;
}

export function createYogaApp(
  database: Database,
  config: Config,
  services: AppServices,
  sessions: SessionCache,
  publicResponses: PublicResponseCache,
) {
  const { security } = config;
  return createYoga<ServerContext, AppContext>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: graphiqlOptions,
    renderGraphiQL: () => graphiqlPage().page,
    maskedErrors,
    // CORS is off unless origins are listed; listed origins may send credentials.
    cors: (request) => {
      const origin = request.headers.get("origin");
      if (!origin || !security.corsOrigins.includes(origin)) return false;
      return {
        origin: [origin],
        credentials: true,
        methods: ["GET", "POST"],
        allowedHeaders: ["content-type", "authorization", CSRF_HEADER, IDEMPOTENCY_HEADER],
        exposedHeaders: [
          "x-request-id",
          "ratelimit-policy",
          "ratelimit-limit",
          "ratelimit-remaining",
          "ratelimit-reset",
          "retry-after",
          "idempotent-replayed",
        ],
        maxAge: 600,
      };
    },
    plugins: [
      useCookies(),
      useIdentity(database.prisma, sessions, (refusal, clientIp) =>
        answerRefusal(services.rateLimiting, config.rateLimits, clientIp, refusal),
      ),
      useRateLimit(services.rateLimiting, config.rateLimits),
      // Each wraps the execute function the plugins before it set: the deadline gives up on whichever executor
      // runs the operation, and the response cache answers before both.
      useCompiledQueries(),
      useDeadline(),
      // Before the response cache: an operation refused here never reaches it (the cache, set up for a read that
      // then never ran, warned of a misordered plugin on every refused read).
      ...useOperationLimits(config.limits, { anonymousIntrospection: security.anonymousIntrospection }),
      ...publicResponses.plugins,
      // After the limits (which bound the selection it walks), before anything a mutation writes (idempotency keys).
      useReadableMutationSelections(),
      useIdempotencyKeys(database.prisma),
      useLiveUpdates(services.events),
      ...(config.exposeSqlStatementCount ? [useSqlStatementCount()] : []),
      useReadReplicas(database),
      ...(services.metrics ? [usePrometheusMetrics(services.metrics, schema)] : []),
    ],
    context: ({ request, clientIp }): AppContext => {
      const { viewer, partner } = identityOf(request);
      return {
        database,
        prisma: database.prisma,
        config,
        viewer,
        partner,
        access: accessFor(viewer, partner),
        clientIp,
        signInThrottle: services.rateLimiting.signIn,
        events: services.events,
      };
    },
  });
}

/**
 * The public feeds and the fact-check search answer the same to everyone (a session or key changes only whose rate
 * limit is spent), so a partner's web page may read them from any origin, without credentials (as it can Google's
 * claims:search), along with the headers its script needs to page, poll and pace itself.
 */
function allowAnyOrigin(res: ServerResponse) {
  res.setHeader("access-control-allow-origin", "*");
  res.setHeader(
    "access-control-expose-headers",
    "Link, ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, RateLimit-Policy",
  );
}

/** The caller of a request without a credential, or whose credential was refused: its address's bucket. */
const ANONYMOUS = { viewer: null, partner: null } as const;

/** The whole HTTP surface: GraphQL at /graphql, ClaimReview feeds, the built web client at / (SPA fallback), /healthz. */
export function createRequestHandler(database: Database, config: Config, services: AppServices) {
  const sessions = new SessionCache(config.caches.sessionSeconds, services.events);
  const publicResponses = createPublicResponseCache(config.caches.publicResponseSeconds, services.events);
  const renderedPages = createRenderedPageCache(config.caches.publicResponseSeconds, services.events);
  const yoga = createYogaApp(database, config, services, sessions, publicResponses);
  const graphql = graphqlRoute(
    (req, res, context) => yoga(req, res, context),
    config,
    () => graphiqlPage().policy,
    { cache: publicResponses, rateLimiting: services.rateLimiting },
  );
  const serveWeb = fs.existsSync(webDistDir) ? sirv(webDistDir, { single: true, etag: true, gzip: false }) : null;
  const { trustedProxies } = config.security;
  const { logger, metrics } = services;
  const exportSlots = new ExportSlots(config.limits.maxConcurrentExportsPerCaller, config.limits.maxConcurrentExports);
  // Every request gets an id (the caller's X-Request-Id when safe, else a new one), echoed in the response and
  // carried by every log line written while serving it; one line per request records what was answered. Only the
  // path is logged: query strings may hold GraphQL variables, and headers and bodies credentials.
  return (req: IncomingMessage, res: ServerResponse) => {
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("x-request-id", requestId);
    // Links in pages and feeds are built from the Host header (without FACTDESK_PUBLIC_URL): one that is no host is
    // refused before anything reads it.
    if (!isValidHost(req.headers.host)) {
      setSecurityHeaders(req, res, "api", isHttps(req, trustedProxies));
      sendJsonError(res, 400, "request/invalid_host", "The Host header is not a valid host name.");
      return;
    }
    const path = req.url?.split("?")[0] ?? "/";
    const started = process.hrtime.bigint();
    logger.debug({ requestId, method: req.method, path: path.slice(0, 200) }, "request started");
    res.once("close", () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      logger.info(
        { requestId, method: req.method, path: path.slice(0, 200), status: res.statusCode, durationMs, completed: res.writableFinished },
        "request",
      );
    });
    requestScope.run({ requestId }, () => route(req, res, path));
  };

  /**
   * One request from the caller's rate-limit bucket (its key's, its user's or its address's), with the RateLimit
   * headers set on the answer; over the limit, what the 429 says and how long to wait.
   */
  async function drawOnRateLimit(req: IncomingMessage, res: ServerResponse, caller: Pick<Identity, "viewer" | "partner">) {
    const [key, perMinute] = rateLimitBucket(caller, clientIpOf(req, trustedProxies), config.rateLimits);
    const state = await services.rateLimiting.requests.take(key, perMinute);
    for (const [name, value] of Object.entries(rateLimitHeaders(state))) res.setHeader(name, value);
    const overLimit = state.allowed
      ? null
      : { message: tooManyRequests(perMinute, state), headers: { "retry-after": String(state.resetSeconds) } };
    return { key, overLimit };
  }

  /**
   * Requests outside GraphQL (feeds, the fact-check search, exports, archived copies and their uploads): the caller
   * is identified as for GraphQL (a session cookie without the CSRF header counts only on GET downloads) and draws
   * on the same rate-limit budget (its key's, its user's or its address's).
   */
  function serveHttpRead(
    req: IncomingMessage,
    res: ServerResponse,
    /** `caller` names the rate-limit bucket the request drew on: its key, its user or its address. */
    serve: (identity: Identity, caller: string) => Promise<boolean>,
    options: {
      downloads?: boolean;
      /** The body of a refusal (bad key, rate limit) in the route's own error shape; GraphQL's by default. */
      refusal?: (status: number, code: ErrorCode, message: string) => unknown;
    } = {},
  ) {
    const refusalBody = options.refusal ?? ((_status: number, code: ErrorCode, message: string) => graphqlErrorBody(code, message));
    setSecurityHeaders(req, res, "api", isHttps(req, trustedProxies));
    (async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const identity = await identify(database.prisma, sessions, { headers }, { downloads: options.downloads && req.method === "GET" });
      const refuse = (status: number, code: ErrorCode, message: string, extra: Record<string, string> = {}) =>
        res
          .writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...extra })
          .end(JSON.stringify(refusalBody(status, code, message)));
      // A refused credential is counted too, against its address (as an anonymous request), before it is refused.
      const { key, overLimit } = await drawOnRateLimit(req, res, isRefusal(identity) ? ANONYMOUS : identity);
      if (overLimit) return refuse(429, "rate_limited", overLimit.message, overLimit.headers);
      if (isRefusal(identity)) return refuse(identity.status, identity.code, identity.message, identity.headers);
      if (!(await serve(identity, key))) res.writeHead(404).end("Not found");
    })().catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end("Internal error");
      else res.destroy();
    });
  }

  /**
   * A signed-out reader's public page, for one request of the reader's rate limit (429 over it): from the
   * rendered-page cache when a reader sent the same request moments ago, else rendered. Returns false when the page
   * cannot be rendered here.
   */
  async function servePublicPage(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    const { overLimit } = await drawOnRateLimit(req, res, ANONYMOUS);
    if (overLimit) {
      sendPageRefusal(res, 429, overLimit.message, overLimit.headers);
      return true;
    }
    const stored = renderedPages.stored(req);
    if (stored) {
      sendRenderedPage(req, res, stored);
      return true;
    }
    // The page's reads go to this process as if the reader had sent them (already counted, once for the page), to
    // the Host the reader used (validated on arrival), so the links they build (ClaimReview's url) are the page's own.
    const readerHost = req.headers.host ?? "localhost";
    const clientIp = clientIpOf(req, trustedProxies);
    const graphqlFetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const { pathname, search } = new URL(input instanceof Request ? input.url : String(input));
      const headers = new Headers(init?.headers);
      headers.set("host", readerHost);
      return yoga.fetch(`http://${readerHost}${pathname}${search}`, { ...init, headers }, { clientIp, pageRead: true });
    }) as typeof fetch;
    const keep = renderedPages.rendering(req);
    const page = await renderPublicPage(database, graphqlFetch, req, path);
    if (!page) return false;
    keep(page);
    sendRenderedPage(req, res, page);
    return true;
  }

  function route(req: IncomingMessage, res: ServerResponse, path: string) {
    if (path === "/metrics") {
      serveMetrics(metrics, config.metricsToken, req, res).catch((error) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500).end("Internal error");
      });
      return;
    }
    if (path === "/graphql" || path.startsWith("/graphql/")) {
      graphql(req, res).catch((error) => {
        console.error(error);
        if (!res.headersSent)
          res.writeHead(500, { "content-type": "application/json" }).end('{"errors":[{"message":"Unexpected error."}]}');
      });
      return;
    }
    if (path.startsWith("/claim-reviews") || path === "/media-reviews.jsonld" || path === "/verdicts.atom") {
      allowAnyOrigin(res);
      serveHttpRead(req, res, () => serveFeeds(database, req, res, path), { refusal: feedRefusal });
      return;
    }
    if (path === FACT_CHECK_SEARCH_PATH) {
      allowAnyOrigin(res);
      serveHttpRead(req, res, () => serveFactCheckSearch(database, req, res, path), { refusal: factCheckSearchRefusal });
      return;
    }
    if (path.startsWith("/exports/")) {
      // A refused key or the rate limit answers in the exports' own error shape ({ error, code }), the feeds' too.
      serveHttpRead(
        req,
        res,
        (identity, caller) => serveExportInSlot(exportSlots, caller, res, () => serveExport(database, identity, req, res, path)),
        { downloads: true, refusal: feedRefusal },
      );
      return;
    }
    if (CAPTURE_PATH.test(path) || UPLOAD_PATH.test(path)) {
      serveHttpRead(req, res, (identity) => serveCaptures(database, config, identity, req, res, path), { downloads: true });
      return;
    }
    if (path === "/healthz") {
      setSecurityHeaders(req, res, "api", isHttps(req, trustedProxies));
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (path === "/robots.txt" || path === "/sitemap.xml") {
      serveHttpRead(req, res, async () => {
        if (refuseUnlessRead(req, res, () => feedRefusal(405, "request/method_not_allowed", `${path} is read with GET (or HEAD).`)))
          return true;
        const base = publicBaseUrlFor(req.headers.host);
        const body =
          path === "/robots.txt"
            ? robotsTxt(base)
            : await sitemapXml(database, base, (id) => `${base}/verdicts/${encodeGlobalID("Verdict", id)}`);
        sendTagged(
          req,
          res,
          200,
          {
            "content-type": `${path === "/robots.txt" ? "text/plain" : "application/xml"}; charset=utf-8`,
            "cache-control": "public, max-age=300",
          },
          body,
        );
        return true;
      });
      return;
    }
    setSecurityHeaders(req, res, "app", isHttps(req, trustedProxies));
    const serveClientRendered = () =>
      serveWeb?.(req, res, () => {
        res.writeHead(404).end("Not found");
      });
    if (serveWeb && wantsRenderedPage(req, path)) {
      servePublicPage(req, res, path).then(
        (served) => served || serveClientRendered(),
        (error) => {
          // The browser can still render the page itself.
          console.error(error);
          if (!res.headersSent) serveClientRendered();
        },
      );
      return;
    }
    if (serveWeb) {
      serveClientRendered();
      return;
    }
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        "<!doctype html><title>FactDesk</title><h1>FactDesk</h1><p>The web client is not built yet: run <code>pnpm build</code>. " +
          'The GraphQL API is at <a href="/graphql">/graphql</a>.</p>',
      );
  }
}
