import { builder } from "../builder.js";
import { evidenceVisibleTo } from "../services/visibility.js";
import { StanceEnum } from "./enums.js";
import { SourceRefInput, sourceRef, mutationQuery, versionedFields, versionedInput } from "./inputs.js";
import type { Context } from "../context.js";
import * as evidence from "../services/evidence.js";

export const Evidence = builder.prismaNode("Evidence", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "A source cited for or against a claim, with the excerpt that matters.",
  findUnique: (id, ctx) => ({ id, AND: [evidenceVisibleTo(ctx.access.readsDesk)] }),
  fields: (t) => ({
    claim: t.relation("claim", { description: "The claim this evidence bears on." }),
    source: t.relation("source", { description: "Where the evidence comes from." }),
    stance: t.expose("stance", { type: StanceEnum, description: "SUPPORTS, REFUTES or gives CONTEXT to the claim." }),
    excerpt: t.exposeString("excerpt", { description: "The quoted words from the source." }),
    note: t.exposeString("note", { nullable: true, description: "The reviewer's note on why it matters." }),
    addedBy: t.relation("addedBy", { nullable: true, description: "Who added it." }),
    removedAt: t.expose("removedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was removed (removed evidence is kept and can be listed).",
    }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was added." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it last changed." }),
  }),
});

const AddEvidenceInput = builder.inputType("AddEvidenceInput", {
  description: "Evidence for or against a claim.",
  fields: (t) => ({
    claim: t.globalID({ required: true, description: "The claim." }),
    source: t.field({ type: SourceRefInput, required: true, description: "Where the evidence comes from (id, or URL)." }),
    stance: t.field({ type: StanceEnum, required: true, description: "SUPPORTS, REFUTES or CONTEXT." }),
    excerpt: t.string({ required: true, description: "The quoted words from the source." }),
    note: t.string({ required: false, description: "Why it matters." }),
  }),
});

const UpdateEvidenceInput = builder.inputType("UpdateEvidenceInput", {
  description: "The evidence to edit and the fields to change; omitted fields stay.",
  fields: (t) => ({
    ...versionedFields(t, Evidence, "The evidence."),
    stance: t.field({ type: StanceEnum, required: false, description: "The stance." }),
    excerpt: t.string({ required: false, description: "The quoted words." }),
    note: t.string({ required: false, description: "The note (null clears it)." }),
  }),
});

const RemoveEvidenceInput = versionedInput("RemoveEvidenceInput", "The evidence to remove.", Evidence, "The evidence.");

const RestoreEvidenceInput = versionedInput("RestoreEvidenceInput", "The removed evidence to bring back.", Evidence, "The evidence.");

const refetch = (ctx: Context, query: object, id: string) =>
  ctx.prisma.evidence.findUniqueOrThrow({ ...mutationQuery(query), where: { id } });

builder.mutationFields((t) => ({
  addEvidence: t.prismaField({
    type: "Evidence",
    description: "Attaches evidence to a claim (a NEW claim moves to IN_REVIEW).",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "evidence", description: "The evidence as it is now." } },
    args: { input: t.arg({ type: AddEvidenceInput, required: true, description: "The evidence." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await evidence.addEvidence(ctx.prisma, ctx.viewer!, {
        ...input,
        claimId: input.claim.id,
        source: sourceRef(input.source),
      });
      return refetch(ctx, query, created.id);
    },
  }),
  updateEvidence: t.prismaField({
    type: "Evidence",
    description: "Edits evidence.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "evidence", description: "The evidence as it is now." } },
    args: { input: t.arg({ type: UpdateEvidenceInput, required: true, description: "The evidence and the changes." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, expectedVersion } = input;
      const patch = { stance: input.stance ?? undefined, excerpt: input.excerpt ?? undefined, note: input.note };
      return refetch(ctx, query, (await evidence.updateEvidence(ctx.prisma, ctx.viewer!, id.id, expectedVersion, patch)).id);
    },
  }),
  removeEvidence: t.prismaField({
    type: "Evidence",
    description: "Removes evidence (kept, restorable; not while a verdict cites it).",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "evidence", description: "The evidence as it is now." } },
    args: { input: t.arg({ type: RemoveEvidenceInput, required: true, description: "The evidence." }) },
    resolve: async (query, _root, { input: { id, expectedVersion } }, ctx) =>
      refetch(ctx, query, (await evidence.removeEvidence(ctx.prisma, ctx.viewer!, id.id, expectedVersion)).id),
  }),
  restoreEvidence: t.prismaField({
    type: "Evidence",
    description: "Brings removed evidence back.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "evidence", description: "The evidence as it is now." } },
    args: { input: t.arg({ type: RestoreEvidenceInput, required: true, description: "The evidence." }) },
    resolve: async (query, _root, { input: { id, expectedVersion } }, ctx) =>
      refetch(ctx, query, (await evidence.restoreEvidence(ctx.prisma, ctx.viewer!, id.id, expectedVersion)).id),
  }),
}));
