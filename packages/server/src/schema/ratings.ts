import { builder } from "../builder.js";
import { RatingLabelEnum } from "./enums.js";

export const Rating = builder.prismaNode("Rating", {
  id: { field: "id" },
  description: "One reviewer's rating of a claim. A new rating by the same reviewer supersedes the old one, which is kept.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    claim: t.relation("claim", { description: "The rated claim." }),
    reviewer: t.relation("reviewer", { description: "Who rated it." }),
    label: t.expose("label", { type: RatingLabelEnum, description: "The rating." }),
    confidence: t.exposeInt("confidence", { description: "How sure the reviewer is, 0–100." }),
    rationale: t.exposeString("rationale", { description: "Why." }),
    current: t.exposeBoolean("current", { description: "False once the reviewer rated the claim again." }),
    supersededAt: t.expose("supersededAt", { type: "DateTime", nullable: true, description: "When a newer rating replaced it." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was given." }),
    citedEvidence: t.relation("citedEvidence", {
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      description: "The evidence the rating relies on.",
    }),
  }),
});
