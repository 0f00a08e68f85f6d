import { Client, fetchExchange, ssrExchange, subscriptionExchange, type SSRData } from "urql";
import { createClient as createSseClient } from "graphql-sse";
import { cacheExchange } from "@urql/exchange-graphcache";
import { keys, possibleTypes } from "./cache/keys";
import { resolvers } from "./cache/resolvers";
import { updates } from "./cache/updates";

// The whole data layer: one client, one normalized cache (configured in cache/: keys, paging resolvers, and what
// each mutation makes stale).

/**
 * Without the full schema, graphcache writes a mutation result by walking every fragment of the result union and
 * warns (in development only) that the error members' fields are missing on a success, and vice versa. Those
 * warnings are expected for the FormErrors fragment; every other warning still reaches the console.
 */
const logger = (severity: "debug" | "error" | "warn", message: string) => {
  if (severity === "warn" && /^Invalid undefined:[\s\S]*Caused At: "FormErrors_/.test(message)) return;
  console[severity](message);
};

/**
 * Server rendering starts every page from an empty cache, so each field it reads first is a miss that graphcache
 * reports at debug level: a line in the server's log for every field of every public page rendered (the SSR bundle
 * is not built with NODE_ENV=production, which silences them). They tell nothing there; warnings and errors still do.
 */
const serverLogger: typeof logger = (severity, message) => {
  if (severity !== "debug") logger(severity, message);
};

// The session is an httpOnly cookie set by signIn; same-origin requests carry it, no token in JS. The server
// honours the cookie only with this header, which another site's page cannot send (CSRF).
const CSRF_HEADERS = { "x-factdesk-csrf": "1" };

/**
 * Subscriptions (live updates) over Server-Sent Events, one stream per subscription; graphql-sse reconnects a
 * stream that drops (a restarted or drained server) with backoff.
 */
function liveUpdatesExchange(url: string, fetchImpl?: typeof fetch) {
  const sse = createSseClient({
    url,
    headers: CSRF_HEADERS,
    credentials: "same-origin",
    retryAttempts: Number.POSITIVE_INFINITY,
    ...(fetchImpl ? { fetchFn: fetchImpl } : {}),
  });
  return subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe: (sink) => ({ unsubscribe: sse.subscribe({ ...request, query: request.query ?? "" }, sink) }),
    }),
  });
}

export interface UrqlClientOptions {
  /** Lets tests (and server rendering) answer requests without going over the network. */
  fetchImpl?: typeof fetch;
  /**
   * Server rendering: "server" collects every result the page reads (and suspends until each arrives), to send
   * with the HTML; "client" starts from those results, so the page hydrates without a request.
   */
  rendering?: { side: "server" } | { side: "client"; data: SSRData };
}

export function createUrqlClient(url = "/graphql", options: UrqlClientOptions = {}) {
  const { fetchImpl, rendering } = options;
  const ssr = rendering
    ? ssrExchange(rendering.side === "server" ? { isClient: false } : { isClient: true, initialState: rendering.data })
    : null;
  const client = new Client({
    url,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    fetchOptions: { credentials: "same-origin", headers: CSRF_HEADERS },
    requestPolicy: "cache-first",
    suspense: rendering?.side === "server",
    exchanges: [
      cacheExchange({ keys, possibleTypes, logger: rendering?.side === "server" ? serverLogger : logger, resolvers, updates }),
      ...(ssr ? [ssr] : []),
      fetchExchange,
      ...(rendering?.side === "server" ? [] : [liveUpdatesExchange(url, fetchImpl)]),
    ],
  });
  return { client, extractData: () => ssr?.extractData() ?? {} };
}

/** The page's server-rendered data, when the server rendered it (see entry-server.tsx). */
function serverRenderedData(): SSRData | null {
  const element = typeof document === "undefined" ? null : document.getElementById("urql-ssr-data");
  return element?.textContent ? (JSON.parse(element.textContent) as SSRData) : null;
}

export const initialData = serverRenderedData();
export const { client } = createUrqlClient("/graphql", initialData ? { rendering: { side: "client", data: initialData } } : {});
