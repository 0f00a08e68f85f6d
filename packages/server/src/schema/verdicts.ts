import { builder } from "../builder.js";
import { mutationQuery } from "./inputs.js";
import { verdictVisibleTo } from "../services/visibility.js";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { RatingLabelEnum, VerdictStateEnum } from "./enums.js";
import { standardErrors } from "./errors.js";
import type { Context } from "../context.js";
import * as verdicts from "../services/verdicts.js";
import { claimReviewInclude, toClaimReview } from "../services/claim-review.js";
import { publicBaseUrl, publisherName } from "../config.js";

export const Verdict = builder.prismaNode("Verdict", {
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "An editor's verdict on a claim: what partners publish and consume.",
  findUnique: (id, ctx) => ({ id, AND: [verdictVisibleTo(ctx.access.readsDesk)] }),
  authScopes: (verdict, ctx) => ctx.access.readsDesk || verdict.state !== "AWAITING_SIGN_OFF",
  fields: (t) => ({
    claim: t.relation("claim", { description: "The claim judged." }),
    state: t.expose("state", { type: VerdictStateEnum, description: "Whether it is awaiting sign-off, published or retracted." }),
    label: t.expose("label", { type: RatingLabelEnum, description: "The verdict." }),
    headline: t.exposeString("headline", { description: "One-line verdict for readers." }),
    summary: t.exposeString("summary", { description: "The reasoning, for readers." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true, description: "When it was published." }),
    publishedBy: t.relation("publishedBy", { description: "The editor who published it." }),
    signedOffBy: t.relation("signedOffBy", {
      nullable: true,
      description: "The second editor who signed off a contested verdict.",
    }),
    retractedAt: t.expose("retractedAt", { type: "DateTime", nullable: true, description: "When it was retracted." }),
    retractionReason: t.exposeString("retractionReason", { nullable: true, description: "Why it was retracted." }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When it last changed." }),
    citedEvidence: t.relation("citedEvidence", {
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      description: "The evidence the verdict cites.",
    }),
    corrections: t.relation("corrections", {
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      description: "Every correction, oldest first. Corrections are append-only.",
    }),
  }),
});

export const VerdictCorrection = builder.prismaNode("VerdictCorrection", {
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "A correction to a published verdict, shown in the open.",
  fields: (t) => ({
    changedFields: t.exposeStringList("changedFields", { description: "Which verdict fields changed." }),
    before: t.expose("before", { type: "JSON", description: "Those fields before the correction." }),
    after: t.expose("after", { type: "JSON", description: "Those fields after it." }),
    reason: t.exposeString("reason", { description: "Why it was corrected." }),
    correctedBy: t.relation("correctedBy", { description: "The editor who corrected it." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When." }),
  }),
});

builder.queryFields((t) => ({
  verdicts: t.prismaConnection({
    type: "Verdict",
    cursor: "id",
    description: "Published (and retracted) verdicts, most recently published first: the partner feed.",
    args: {
      includeRetracted: t.arg.boolean({ defaultValue: true, description: "Include retracted verdicts." }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.verdict.findMany({
        ...query,
        where: { state: { in: args.includeRetracted ? ["PUBLISHED", "RETRACTED"] : ["PUBLISHED"] } },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      }),
  }),
}));

const PublishVerdictInput = builder.inputType("PublishVerdictInput", {
  description: "The verdict to publish.",
  fields: (t) => ({
    claim: t.globalID({ required: true, description: "The claim (IN_REVIEW or NEEDS_EDITOR)." }),
    label: t.field({ type: RatingLabelEnum, required: true, description: "The verdict." }),
    headline: t.string({ required: true, description: "One line for readers." }),
    summary: t.string({ required: true, description: "The reasoning." }),
    citedEvidence: t.globalIDList({ required: true, description: "At least one piece of the claim's evidence." }),
  }),
});

const CorrectVerdictInput = builder.inputType("CorrectVerdictInput", {
  description: "What to correct, and why; omitted fields stay.",
  fields: (t) => ({
    label: t.field({ type: RatingLabelEnum, required: false, description: "New verdict." }),
    headline: t.string({ required: false, description: "New headline." }),
    summary: t.string({ required: false, description: "New summary." }),
    citedEvidence: t.globalIDList({ required: false, description: "New set of cited evidence." }),
    reason: t.string({ required: true, description: "Why, shown to readers." }),
  }),
});

const versionedArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  id: t.arg.globalID({ for: Verdict, required: true, description: "The verdict." }),
  expectedVersion: t.arg.int({ required: true, description: "The version you saw." }),
});

const refetch = (ctx: Context, query: object, id: string) => ctx.prisma.verdict.findUniqueOrThrow({ ...mutationQuery(query), where: { id } });

builder.prismaObjectFields(Verdict, (t) => ({
  claimReview: t.field({
    type: "JSON",
    description: "The verdict as schema.org ClaimReview JSON-LD (also served at /claim-reviews/<id>.jsonld).",
    select: { ...claimReviewInclude, updatedAt: true },
    resolve: (verdict, _args, ctx) =>
      toClaimReview(
        verdict as never,
        `${publicBaseUrl(new URL(ctx.request.url).origin)}/verdicts/${encodeGlobalID("Verdict", verdict.id)}`,
        publisherName(),
      ),
  }),
}));

builder.mutationFields((t) => ({
  publishVerdict: t.prismaField({
    type: "Verdict",
    description: "Publishes a verdict citing the claim's evidence (editors). On a contested claim it awaits a second editor's sign-off.",
    authScopes: { editor: true },
    errors: { types: standardErrors, dataField: { name: "verdict", description: "The verdict as it is now." } },
    args: { input: t.arg({ type: PublishVerdictInput, required: true, description: "The verdict." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const verdict = await verdicts.publishVerdict(ctx.prisma, ctx.viewer!, {
        claimId: input.claim.id,
        label: input.label,
        headline: input.headline,
        summary: input.summary,
        citedEvidenceIds: input.citedEvidence.map((e) => e.id),
      });
      return refetch(ctx, query, verdict.id);
    },
  }),
  signOffVerdict: t.prismaField({
    type: "Verdict",
    description: "A second editor signs off a contested verdict, which publishes it.",
    authScopes: { editor: true },
    errors: { types: standardErrors, dataField: { name: "verdict", description: "The verdict as it is now." } },
    args: versionedArgs(t),
    resolve: async (query, _root, { id, expectedVersion }, ctx) =>
      refetch(ctx, query, (await verdicts.signOffVerdict(ctx.prisma, ctx.viewer!, id.id, expectedVersion)).id),
  }),
  correctVerdict: t.prismaField({
    type: "Verdict",
    description: "Corrects a published verdict; the correction is appended and shown with it.",
    authScopes: { editor: true },
    errors: { types: standardErrors, dataField: { name: "verdict", description: "The verdict as it is now." } },
    args: { ...versionedArgs(t), input: t.arg({ type: CorrectVerdictInput, required: true, description: "The correction." }) },
    resolve: async (query, _root, { id, expectedVersion, input }, ctx) => {
      const verdict = await verdicts.correctVerdict(ctx.prisma, ctx.viewer!, id.id, expectedVersion, {
        label: input.label ?? undefined,
        headline: input.headline ?? undefined,
        summary: input.summary ?? undefined,
        citedEvidenceIds: input.citedEvidence?.map((e) => e.id),
        reason: input.reason,
      });
      return refetch(ctx, query, verdict.id);
    },
  }),
  retractVerdict: t.prismaField({
    type: "Verdict",
    description: "Retracts a verdict; it stays public, marked retracted with the reason, and the claim returns to review.",
    authScopes: { editor: true },
    errors: { types: standardErrors, dataField: { name: "verdict", description: "The verdict as it is now." } },
    args: { ...versionedArgs(t), reason: t.arg.string({ required: true, description: "Why, shown to readers." }) },
    resolve: async (query, _root, { id, expectedVersion, reason }, ctx) =>
      refetch(ctx, query, (await verdicts.retractVerdict(ctx.prisma, ctx.viewer!, id.id, expectedVersion, reason)).id),
  }),
}));
