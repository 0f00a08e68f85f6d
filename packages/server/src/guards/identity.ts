import type { Plugin } from "graphql-yoga";
import type { Db } from "../db.js";
import type { Partner, ServerContext, Viewer } from "../context.js";
import { credentialFromRequest, type SessionCache } from "../services/sessions.js";
import { ApiKeyRejected, isApiKeyToken, partnerForApiKey } from "../services/api-keys.js";
import { databaseUnavailable } from "./errors.js";
import type { ErrorCode } from "../error-codes.js";
import { outsideRequestBudget } from "./request-budget.js";

/** Who sent a request, settled once per request before anything else looks at it. */
export interface Identity {
  viewer: Viewer | null;
  partner: Partner | null;
  /** Whether the caller presented a valid session or key (introspection and suggestions may be theirs only). */
  known: boolean;
}

const identities = new WeakMap<Request, Identity>();

/** The identity `useIdentity` settled for this request (anonymous when it never ran, e.g. in unit tests). */
export const identityOf = (request: Request): Identity => identities.get(request) ?? { viewer: null, partner: null, known: false };

/** Header the web client sends with every request: a cookie alone never authorises anything (CSRF). */
export const CSRF_HEADER = "x-factdesk-csrf";

/**
 * The challenge every 401 carries (RFC 9110 §15.5.2 requires one; RFC 6750 names the scheme): partners' HTTP clients
 * read it to tell "send a credential" from "your credential was refused" (`error="invalid_token"`).
 */
export const bearerChallenge = (refused: boolean) => ({
  "www-authenticate": refused ? 'Bearer realm="FactDesk", error="invalid_token"' : 'Bearer realm="FactDesk"',
});

/** Why a request's credential was refused, as an HTTP answer. */
export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
  headers?: Record<string, string>;
}

/**
 * Settles who the caller is: a partner's API key or a session token as `Authorization: Bearer …`, else the
 * session cookie. A bad bearer credential is refused with 401 and a sentence saying why; a stale or mangled
 * cookie is treated as no session (the web client then shows its sign-in page). A request carrying the cookie must
 * also carry the CSRF header, which a page on another site cannot add without a CORS preflight we refuse: without
 * it the request is refused with 403, so a cross-site form or image never acts or reads with someone's session.
 * `downloads` waives the header for file downloads (plain GET links, which change nothing and whose answer another
 * site cannot read).
 */
export async function identify(
  prisma: Db,
  sessions: SessionCache,
  request: { headers: Headers },
  options: { downloads?: boolean } = {},
): Promise<Identity | Refusal> {
  const credential = credentialFromRequest(request);
  try {
    if (credential?.via === "header" && isApiKeyToken(credential.token)) {
      return { viewer: null, partner: await partnerForApiKey(prisma, credential.token), known: true };
    }
    if (credential?.via === "header") {
      const viewer = await sessions.viewerFor(prisma, credential.token);
      if (!viewer)
        return {
          status: 401,
          code: "auth/invalid_token",
          message: "This session token is unknown, expired or revoked: sign in again.",
          headers: bearerChallenge(true),
        };
      return { viewer, partner: null, known: true };
    }
    if (credential?.via === "cookie") {
      if (!request.headers.has(CSRF_HEADER) && !options.downloads) {
        return {
          status: 403,
          code: "auth/csrf_header_missing",
          message: `Requests carrying the session cookie must send the ${CSRF_HEADER} header (the web client does).`,
        };
      }
      const viewer = await sessions.viewerFor(prisma, credential.token);
      return { viewer, partner: null, known: !!viewer };
    }
    return { viewer: null, partner: null, known: false };
  } catch (error) {
    if (error instanceof ApiKeyRejected)
      return { status: 401, code: "auth/invalid_api_key", message: error.message, headers: bearerChallenge(true) };
    if (databaseUnavailable(error)) {
      return {
        status: 503,
        code: "service/unavailable",
        message: "The database is unavailable; try again shortly.",
        headers: { "retry-after": "5" },
      };
    }
    throw error;
  }
}

export const isRefusal = (result: Identity | Refusal): result is Refusal => "status" in result;

const rechecks = new WeakMap<Request, () => Promise<Identity | Refusal>>();

/**
 * Whether the credential this request was settled with still stands for the same caller: a subscription's request
 * lives for as long as its stream, and a session signed out, a user deactivated or demoted, or a key revoked must
 * stop what it reads as it would stop its next request.
 */
export async function stillIdentified(request: Request): Promise<boolean> {
  const recheck = rechecks.get(request);
  if (!recheck) return true;
  const was = identityOf(request);
  const now = await recheck();
  return (
    !isRefusal(now) &&
    now.viewer?.id === was.viewer?.id &&
    now.viewer?.role === was.viewer?.role &&
    now.partner?.keyId === was.partner?.keyId
  );
}

/**
 * Settles the caller of every GraphQL request before anything else looks at it (see `identify`). A refused credential
 * is answered by `answer`, which counts the request against its address's rate limit first.
 */
export function useIdentity(
  prisma: Db,
  sessions: SessionCache,
  answer: (refusal: Refusal, clientIp: string) => Promise<Response>,
): Plugin<Record<string, never>, ServerContext> {
  return {
    async onRequest({ request, serverContext, endResponse }) {
      const identity = await identify(prisma, sessions, request);
      if (isRefusal(identity)) {
        endResponse(await answer(identity, serverContext.clientIp));
        return;
      }
      identities.set(request, identity);
      // Rechecked when a live update is published, in the publishing request's async context: not on its budget.
      rechecks.set(request, () => outsideRequestBudget(() => identify(prisma, sessions, request)));
    },
  };
}
