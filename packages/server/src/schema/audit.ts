import { builder } from "../builder.js";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Prisma } from "../generated/prisma/client.js";

export const AuditEntry = builder.prismaNode("AuditEntry", {
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "One change, recorded in the same transaction as the change itself. The log is append-only.",
  authScopes: { readDesk: true },
  fields: (t) => ({
    sequence: t.string({ description: "Position in the log (increasing).", resolve: (e) => e.seq.toString() }),
    action: t.exposeString("action", { description: "What happened, e.g. `claim.update`, `verdict.publish`." }),
    entityType: t.exposeString("entityType", { description: "Type of the changed object." }),
    entityId: t.id({ description: "Global ID of the changed object.", resolve: (e) => encodeGlobalID(e.entityType, e.entityId) }),
    actor: t.relation("actor", { nullable: true, description: "Who made the change (null for the system)." }),
    before: t.expose("before", { type: "JSON", nullable: true, description: "The object (or the changed fields) before." }),
    after: t.expose("after", { type: "JSON", nullable: true, description: "The object (or the changed fields) after." }),
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
