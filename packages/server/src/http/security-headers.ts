import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import helmet from "helmet";

/**
 * Security headers for every response, from helmet. The web client runs under a CSP without inline script or
 * inline style elements (React sets styles through the DOM, which CSP allows); media URLs are data from sources,
 * so images and video may come from any http(s) host but can never run script. API and feed responses get a CSP
 * that allows nothing at all. HSTS is sent only when the request arrived over TLS (directly or, with
 * FACTDESK_TRUST_PROXY, at the proxy): over plain HTTP on a laptop it would lock the browser out of localhost.
 */
const appDirectives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:", "https:", "http:"],
  mediaSrc: ["'self'", "https:", "http:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

const apiDirectives = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  upgradeInsecureRequests: null,
};

const sha256 = (text: string) => `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** CSP for a page of ours with inline blocks (GraphiQL): exactly those blocks by hash, nothing else inline. */
export function inlinePageDirectives(html: string) {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
  return {
    ...appDirectives,
    scriptSrc: ["'self'", ...scripts],
    styleSrc: ["'self'", ...styles],
    // GraphiQL's editor runs its language services in workers it builds from blobs.
    workerSrc: ["'self'", "blob:"],
    imgSrc: ["'self'", "data:"],
    mediaSrc: ["'none'"],
  };
}

type Directives = typeof appDirectives | typeof apiDirectives | ReturnType<typeof inlinePageDirectives>;

function headerSetter(directives: Directives, https: boolean) {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    // Media and JSON-LD are meant to be embedded and fetched by others.
    crossOriginResourcePolicy: { policy: "cross-origin" },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  });
}

const setters = new Map<string, ReturnType<typeof helmet>>();

export type PageKind = "app" | "api";

/** Sets the headers for one response: `app` for the web client's pages, `api` for GraphQL, feeds and the rest. */
export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse, kind: PageKind | Directives, https: boolean) {
  const directives = kind === "app" ? appDirectives : kind === "api" ? apiDirectives : kind;
  const key = `${typeof kind === "string" ? kind : JSON.stringify(kind)}:${https}`;
  let setter = setters.get(key);
  if (!setter) {
    setter = headerSetter(directives, https);
    setters.set(key, setter);
  }
  setter(req, res, () => {});
  res.setHeader("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()");
}
