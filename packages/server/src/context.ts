import type { YogaInitialContext } from "graphql-yoga";
import type { Database, Db } from "./db.js";
import type { ApiKeyScope, Role } from "./generated/prisma/enums.js";
import type { Config } from "./config.js";
import type { SignInThrottle } from "./guards/rate-limit.js";
import type { DeskEvents } from "./desk-events.js";

/** The signed-in person a request acts for. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionId: string;
}

/** The partner a request acts for: an API key and what it may do. */
export interface Partner {
  keyId: string;
  name: string;
  scopes: ApiKeyScope[];
  rateLimitPerMinute: number | null;
}

/** What the caller may read and submit, from their role or their key's scopes (see services/access.ts). */
export interface Access {
  /** The whole desk, read-only: staff, and keys with `claims:read`. Others see published verdicts only. */
  readsDesk: boolean;
  /** Events and reported figures: readers of the desk, and keys with `figures:read`. */
  readsFigures: boolean;
  /** The desk's internal notes, and their entries in a claim's history: staff only, never a partner's key. */
  readsNotes: boolean;
  /** Submitting claims and articles for review: reviewers and up, and keys with `claims:write`. */
  submitsClaims: boolean;
}

/** What the HTTP layer hands yoga with each request (see http/graphql-route.ts). */
export interface ServerContext {
  /** The caller's address (the proxy's client address when FACTDESK_TRUST_PROXY is set). */
  clientIp: string;
  /** A read a server-rendered public page makes in this process: the page's request has drawn on the reader's rate
   * limit already, once for the whole page. Set only by the page renderer, never from a request. */
  pageRead?: boolean;
}

/** What yoga adds to each request's context (see yoga.ts). */
export interface AppContext {
  database: Database;
  prisma: Db;
  config: Config;
  viewer: Viewer | null;
  partner: Partner | null;
  access: Access;
  clientIp: string;
  signInThrottle: SignInThrottle;
  /** Tells every instance of the desk what changed, so their caches agree (see desk-events.ts). */
  events: DeskEvents;
}

export type Context = YogaInitialContext & ServerContext & AppContext;
