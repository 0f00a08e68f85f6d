import crypto from "node:crypto";
import { LRUCache } from "lru-cache";
import type { DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import type { DeskEvents, SessionMatch } from "../desk-events.js";

export const SESSION_COOKIE = "factdesk_session";
export const SESSION_DAYS = 30;

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** Creates a session and returns the bearer token; only its hash is stored. */
export async function createSession(db: DbTx, userId: string): Promise<{ token: string; expiresAt: Date; id: string }> {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 24 * 3600 * 1000);
  const session = await db.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt } });
  return { token, expiresAt, id: session.id };
}

/**
 * Viewers of sessions looked up in the last few seconds, by token hash, so a busy reviewer's requests do not each
 * read the session. Signing out, a role change or a deactivation publishes `sessions.forget`, which drops the
 * entries at once on this instance and through Redis (with REDIS_URL) on the others; should that event be lost,
 * an entry lives at most the cache's lifetime (FACTDESK_SESSION_CACHE_SECONDS, 0 turns it off). Unknown tokens
 * are never cached, so guessing cannot fill it.
 */
export class SessionCache {
  private readonly viewers: LRUCache<string, Viewer> | null;

  constructor(seconds: number, events: DeskEvents) {
    this.viewers = seconds > 0 ? new LRUCache<string, Viewer>({ max: 10_000, ttl: seconds * 1000 }) : null;
    if (this.viewers) events.subscribe("sessions.forget", (match) => this.drop(match));
  }

  /** The viewer a token stands for, or null when it is unknown, expired, revoked or its user deactivated. */
  async viewerFor(db: DbTx, token: string | null | undefined): Promise<Viewer | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    const cached = this.viewers?.get(tokenHash);
    if (cached) return cached;
    const viewer = await viewerForTokenHash(db, tokenHash);
    if (viewer && this.viewers) {
      this.viewers.set(tokenHash, viewer.viewer, { ttl: Math.min(this.viewers.ttl, viewer.expiresAt.getTime() - Date.now()) });
    }
    return viewer?.viewer ?? null;
  }

  private drop(match: SessionMatch) {
    if (!this.viewers) return;
    for (const [hash, viewer] of this.viewers.entries()) {
      if ("sessionId" in match ? viewer.sessionId === match.sessionId : viewer.id === match.userId) this.viewers.delete(hash);
    }
  }
}

async function viewerForTokenHash(db: DbTx, tokenHash: string): Promise<{ viewer: Viewer; expiresAt: Date } | null> {
  const session = await db.session.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      user: { select: { id: true, name: true, email: true, role: true, active: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt < new Date() || !session.user.active) return null;
  const { user } = session;
  return {
    viewer: { id: user.id, name: user.name, email: user.email, role: user.role, sessionId: session.id },
    expiresAt: session.expiresAt,
  };
}

/** The credential a request carries: a bearer token (session or API key), else the session cookie. */
export interface Credential {
  token: string;
  via: "header" | "cookie";
}

export function credentialFromRequest(request: { headers: Headers }): Credential | null {
  const header = request.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) {
    const token = header.slice(7).trim();
    return token ? { token, via: "header" } : null;
  }
  const cookie = request.headers.get("cookie");
  const match = cookie?.match(new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`));
  if (!match?.[1]) return null;
  try {
    return { token: decodeURIComponent(match[1]), via: "cookie" };
  } catch {
    // A mangled cookie is no session, not a server error.
    return null;
  }
}
