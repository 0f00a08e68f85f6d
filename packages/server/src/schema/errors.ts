import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import { ConflictError, type DomainError, ForbiddenError, NotFoundError, ValidationError, type FieldIssue } from "../errors.js";

// The four error types every mutation's result union carries (builder.ts: `errors.defaultTypes`).

export const ErrorInterface = builder.interfaceRef<DomainError>("Error").implement({
  description: "An expected failure. Switch on `__typename` or on the stable `code`.",
  fields: (t) => ({
    message: t.exposeString("message", { description: "A sentence a person can read." }),
    code: t.exposeString("code", { description: "Stable machine-readable code, e.g. `claim/version_conflict`." }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>("FieldIssue").implement({
  description: "One invalid input field.",
  fields: (t) => ({
    path: t.exposeStringList("path", { description: 'Path of the input field, e.g. ["input", "low"].' }),
    message: t.exposeString("message", { description: "What is wrong with it." }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input was rejected before anything was written.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueRef], description: "Every invalid field.", resolve: (e) => e.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "An object the input refers to does not exist (or is not visible to you).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entityType: t.exposeString("entityType", { description: "Type of the missing object." }),
    id: t.id({ description: "The global ID that was not found.", resolve: (e) => encodeGlobalID(e.entityType, e.id) }),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description: "Someone changed this object since you loaded it; nothing was written.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    entityType: t.exposeString("entityType", { description: "Type of the object in conflict." }),
    id: t.id({ description: "Its global ID.", resolve: (e) => encodeGlobalID(e.entityType, e.id) }),
    currentVersion: t.exposeInt("currentVersion", { description: "The version now stored." }),
    lastChange: t.prismaField({
      type: "AuditEntry",
      nullable: true,
      description: "The change that made your copy stale: who made it, when, and (for edits) which fields it changed.",
      resolve: (query, e, _args, ctx) =>
        ctx.prisma.auditEntry.findFirst({ ...query, where: { entityType: e.entityType, entityId: e.id }, orderBy: [{ seq: "desc" }] }),
    }),
  }),
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "Your role does not allow this (or you are not signed in).",
  interfaces: [ErrorInterface],
});
