import type { Access, Partner, Viewer } from "../context.js";
import type { Author } from "./audit.js";

/** What a caller may read and submit: staff by role, partners by their key's scopes, anonymous visitors neither. */
export function accessFor(viewer: Viewer | null, partner: Partner | null): Access {
  const scopes = new Set(partner?.scopes ?? []);
  const readsDesk = !!viewer || scopes.has("CLAIMS_READ");
  return {
    readsDesk,
    readsFigures: readsDesk || scopes.has("FIGURES_READ"),
    readsNotes: !!viewer,
    // Every staff role reviews.
    submitsClaims: !!viewer || scopes.has("CLAIMS_WRITE"),
  };
}

/**
 * The caller's auth scopes, as scope-auth checks them on fields and types (builder.ts), and as the mutation guard
 * checks a mutation's selection before it runs (guards/readable-selection.ts).
 */
export function authScopesFor(viewer: Viewer | null, access: Access) {
  const role = viewer?.role;
  return {
    signedIn: !!role,
    readDesk: access.readsDesk,
    readFigures: access.readsFigures,
    submitClaims: access.submitsClaims,
    reviewer: role === "REVIEWER" || role === "EDITOR" || role === "ADMIN",
    editor: role === "EDITOR" || role === "ADMIN",
    admin: role === "ADMIN",
  };
}

/** The author a write by this caller is recorded against (call only after an auth scope let the write through). */
export function authorOf(ctx: { viewer: Viewer | null; partner: Partner | null }): Author {
  if (ctx.viewer) return ctx.viewer;
  if (ctx.partner) return { id: null, apiKeyId: ctx.partner.keyId };
  throw new Error("A write reached its service without a signed-in user or an API key");
}
