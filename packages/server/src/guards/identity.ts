import type { Plugin } from "graphql-yoga";
import type { Db } from "../db.js";
import type { Partner, ServerContext, Viewer } from "../context.js";
import { credentialFromRequest, type SessionCache } from "../services/sessions.js";
import { ApiKeyRejected, isApiKeyToken, partnerForApiKey } from "../services/api-keys.js";
import { jsonErrorResponse, databaseUnavailable } from "./errors.js";

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
 * Settles who the caller is: a partner's API key or a session token as `Authorization: Bearer …`, else the
 * session cookie. A bad bearer credential is refused with 401 and a sentence saying why; a stale or mangled
 * cookie is treated as no session (the web client then shows its sign-in page). A request carrying the cookie must
 * also carry the CSRF header, which a page on another site cannot add without a CORS preflight we refuse: without
 * it the request is refused with 403, so a cross-site form or image never acts or reads with someone's session.
 */
export function useIdentity(prisma: Db, sessions: SessionCache): Plugin<Record<string, never>, ServerContext> {
  return {
    async onRequest({ request, endResponse }) {
      const credential = credentialFromRequest(request);
      let identity: Identity = { viewer: null, partner: null, known: false };
      try {
        if (credential?.via === "header" && isApiKeyToken(credential.token)) {
          const partner = await partnerForApiKey(prisma, credential.token);
          identity = { viewer: null, partner, known: true };
        } else if (credential?.via === "header") {
          const viewer = await sessions.viewerFor(prisma, credential.token);
          if (!viewer) {
            endResponse(jsonErrorResponse(401, "auth/invalid_token", "This session token is unknown, expired or revoked: sign in again."));
            return;
          }
          identity = { viewer, partner: null, known: true };
        } else if (credential?.via === "cookie") {
          if (!request.headers.has(CSRF_HEADER)) {
            endResponse(
              jsonErrorResponse(
                403,
                "auth/csrf_header_missing",
                `Requests carrying the session cookie must send the ${CSRF_HEADER} header (the web client does).`,
              ),
            );
            return;
          }
          const viewer = await sessions.viewerFor(prisma, credential.token);
          identity = { viewer, partner: null, known: !!viewer };
        }
      } catch (error) {
        if (error instanceof ApiKeyRejected) {
          endResponse(jsonErrorResponse(401, "auth/invalid_api_key", error.message));
          return;
        }
        if (databaseUnavailable(error)) {
          endResponse(
            jsonErrorResponse(503, "service/unavailable", "The database is unavailable; try again shortly.", { "retry-after": "5" }),
          );
          return;
        }
        throw error;
      }
      identities.set(request, identity);
    },
  };
}
