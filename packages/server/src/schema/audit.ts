import { builder } from "../builder.js";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Prisma } from "../generated/prisma/client.js";
import { auditEntryVisibleTo } from "../services/visibility.js";

interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const FieldChangeRef = builder.objectRef<FieldChange>("FieldChange").implement({
  description: "One field an edit changed, with its value before and after.",
  fields: (t) => ({
    field: t.exposeString("field", { description: "The field, as the object names it (`text`, `claimantRole` …)." }),
    before: t.field({ type: "JSON", nullable: true, description: "Its value before.", resolve: (c) => c.before }),
    after: t.field({ type: "JSON", nullable: true, description: "Its value after.", resolve: (c) => c.after }),
  }),
});

/** Bookkeeping every update touches; a diff for people leaves it out. */
const BOOKKEEPING = new Set(["version", "updatedAt", "createdAt", "normalizedText", "wordingRevision", "via"]);

/** The fields an edit changed, from the before and after snapshots the audit entry keeps. */
export function changesOf(before: unknown, after: unknown): FieldChange[] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object" || Array.isArray(before) || Array.isArray(after))
    return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a)
    .filter((field) => field in b && !BOOKKEEPING.has(field) && JSON.stringify(a[field]) !== JSON.stringify(b[field]))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

export const AuditEntry = builder.prismaNode("AuditEntry", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  findUnique: (id, ctx) => ({ id, AND: [auditEntryVisibleTo(ctx.access.readsNotes)] }),
  description: "One change, recorded in the same transaction as the change itself. The log is append-only.",
  authScopes: { readDesk: true },
  fields: (t) => ({
    sequence: t.string({ description: "Position in the log (increasing).", select: { seq: true }, resolve: (e) => e.seq.toString() }),
    action: t.exposeString("action", { description: "What happened, e.g. `claim.update`, `verdict.publish`." }),
    entityType: t.exposeString("entityType", { description: "Type of the changed object." }),
    entityId: t.id({
      description: "Global ID of the changed object.",
      select: { entityType: true, entityId: true },
      resolve: (e) => encodeGlobalID(e.entityType, e.entityId),
    }),
    actor: t.relation("actor", { nullable: true, description: "Who made the change (null for the system)." }),
    before: t.expose("before", { type: "JSON", nullable: true, description: "The object (or the changed fields) before." }),
    after: t.expose("after", { type: "JSON", nullable: true, description: "The object (or the changed fields) after." }),
    changes: t.field({
      type: [FieldChangeRef],
      description: "For edits: each field that changed, before and after (empty for other entries).",
      select: { before: true, after: true },
      resolve: (e) => changesOf(e.before, e.after),
    }),
    apiKey: t.relation("apiKey", {
      nullable: true,
      authScopes: { admin: true },
      description: "The partner's API key that made the change, when a partner made it (admins).",
    }),
    at: t.expose("at", { type: "DateTime", description: "When." }),
  }),
});

const AuditFilter = builder.inputType("AuditFilter", {
  description: "Narrows the audit log.",
  fields: (t) => ({
    actor: t.globalID({ required: false, description: "Changes by this user." }),
    entityType: t.string({ required: false, description: "Changes to objects of this type." }),
    entity: t.globalID({ required: false, description: "Changes to this object." }),
    action: t.string({ required: false, description: "This action, or a prefix ending in '.' (`verdict.`)." }),
    claim: t.globalID({ required: false, description: "Changes concerning this claim." }),
  }),
});

builder.queryFields((t) => ({
  auditLog: t.prismaConnection({
    type: "AuditEntry",
    cursor: "id",
    authScopes: { admin: true },
    description: "The audit log, newest first (admins).",
    args: { filter: t.arg({ type: AuditFilter, required: false, description: "Conditions entries must meet." }) },
    resolve: (query, _root, { filter }, ctx) => {
      const where: Prisma.AuditEntryWhereInput = {
        ...(filter?.actor ? { actorId: filter.actor.id } : {}),
        ...(filter?.entityType ? { entityType: filter.entityType } : {}),
        ...(filter?.entity ? { entityType: filter.entity.typename, entityId: filter.entity.id } : {}),
        ...(filter?.action ? { action: filter.action.endsWith(".") ? { startsWith: filter.action } : filter.action } : {}),
        ...(filter?.claim ? { claimId: filter.claim.id } : {}),
      };
      return ctx.prisma.auditEntry.findMany({ ...query, where, orderBy: [{ seq: "desc" }] });
    },
  }),
}));
