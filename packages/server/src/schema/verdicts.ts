import { builder } from "../builder.js";
import { RatingLabelEnum, VerdictStateEnum } from "./enums.js";

export const Verdict = builder.prismaNode("Verdict", {
  id: { field: "id" },
  description: "An editor's verdict on a claim: what partners publish and consume.",
  authScopes: (verdict, ctx) => !!ctx.viewer || verdict.state !== "AWAITING_SIGN_OFF",
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
