import { builder } from "../builder.js";
import { mutationQuery, targetInput } from "./inputs.js";
import { RatingLabelEnum } from "./enums.js";
import { confirmRating, rateClaim } from "../services/ratings.js";

export const Rating = builder.prismaNode("Rating", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "One reviewer's rating of a claim. A new rating by the same reviewer supersedes the old one, which is kept.",
  authScopes: { readDesk: true },
  fields: (t) => ({
    claim: t.relation("claim", { description: "The rated claim." }),
    reviewer: t.relation("reviewer", { description: "Who rated it." }),
    label: t.expose("label", { type: RatingLabelEnum, description: "The rating." }),
    confidence: t.exposeInt("confidence", { description: "How sure the reviewer is, 0–100." }),
    rationale: t.exposeString("rationale", { description: "Why." }),
    current: t.exposeBoolean("current", { description: "False once the reviewer rated the claim again." }),
    ratedText: t.exposeString("ratedText", { nullable: true, description: "The claim's wording when it was rated." }),
    ratesEarlierWording: t.boolean({
      description:
        "The claim was reworded after this rating: it is kept but not counted in the consensus until its reviewer confirms it (`confirmRating`) or rates again.",
      select: { wordingRevision: true, claim: { select: { wordingRevision: true } } },
      resolve: (rating) => rating.wordingRevision !== rating.claim.wordingRevision,
    }),
    supersededAt: t.expose("supersededAt", { type: "DateTime", nullable: true, description: "When a newer rating replaced it." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was given." }),
    citedEvidence: t.relation("citedEvidence", {
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      description: "The evidence the rating relies on.",
    }),
  }),
});

const RateClaimInput = builder.inputType("RateClaimInput", {
  description: "Your rating of a claim; it replaces your previous one, which is kept as history.",
  fields: (t) => ({
    claim: t.globalID({ required: true, description: "The claim." }),
    label: t.field({ type: RatingLabelEnum, required: true, description: "Your rating." }),
    confidence: t.int({ required: true, description: "How sure you are, 0–100." }),
    rationale: t.string({ required: true, description: "Why." }),
    citedEvidence: t.globalIDList({ required: false, description: "Evidence of this claim your rating relies on." }),
  }),
});

const ConfirmRatingInput = targetInput(
  "ConfirmRatingInput",
  "Your rating to confirm for the claim's present wording.",
  Rating,
  "Your current rating.",
);

builder.mutationFields((t) => ({
  rateClaim: t.prismaField({
    type: "Rating",
    description: "Rates a claim (reviewers and up). A NEW claim moves to IN_REVIEW.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "rating", description: "The rating as it is now." } },
    args: { input: t.arg({ type: RateClaimInput, required: true, description: "The rating." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const rating = await rateClaim(ctx.prisma, ctx.viewer!, {
        claimId: input.claim.id,
        label: input.label,
        confidence: input.confidence,
        rationale: input.rationale,
        citedEvidenceIds: (input.citedEvidence ?? []).map((e) => e.id),
      });
      return ctx.prisma.rating.findUniqueOrThrow({ ...mutationQuery(query), where: { id: rating.id } });
    },
  }),
  confirmRating: t.prismaField({
    type: "Rating",
    description: "Confirms that your rating of an earlier wording stands for the claim's present wording, so it counts again.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "rating", description: "The rating as it is now." } },
    args: { input: t.arg({ type: ConfirmRatingInput, required: true, description: "Your rating." }) },
    resolve: async (query, _root, { input: { id } }, ctx) => {
      const rating = await confirmRating(ctx.prisma, ctx.viewer!, id.id);
      return ctx.prisma.rating.findUniqueOrThrow({ ...mutationQuery(query), where: { id: rating.id } });
    },
  }),
}));
