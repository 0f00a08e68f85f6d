import { builder } from "../builder.js";
import { ClaimStatusEnum, RatingLabelEnum } from "./enums.js";
import { Claim } from "./claims.js";
import { User } from "./users.js";
import { refetchClaim } from "./claim-editing.js";
import { versionedFields } from "./inputs.js";
import * as claims from "../services/claims.js";
import { mergeClaims } from "../services/claim-merge.js";
import { consensusOf, type Consensus } from "../services/ratings.js";
import { auditEntryVisibleTo } from "../services/visibility.js";

const LabelCount = builder.objectRef<Consensus["counts"][number]>("LabelCount").implement({
  description: "How many current ratings carry one label.",
  fields: (t) => ({
    label: t.expose("label", { type: RatingLabelEnum, description: "The label." }),
    count: t.exposeInt("count", { description: "Current ratings with it." }),
  }),
});

const ConsensusRef = builder.objectRef<Consensus & { earlierWordingCount: number }>("Consensus").implement({
  description: "Where the reviewers' current ratings of the present wording agree and disagree.",
  fields: (t) => ({
    ratingCount: t.exposeInt("ratingCount", { description: "Number of current ratings of the present wording (the ones counted)." }),
    earlierWordingCount: t.exposeInt("earlierWordingCount", {
      description: "Current ratings given to an earlier wording: not counted until their reviewers confirm or re-rate.",
    }),
    counts: t.field({ type: [LabelCount], description: "Count per label, in scale order.", resolve: (c) => c.counts }),
    majorityLabel: t.expose("majorityLabel", {
      type: RatingLabelEnum,
      nullable: true,
      description: "The most common label; null when none or on a tie.",
    }),
    agreement: t.exposeFloat("agreement", {
      nullable: true,
      description: "Share of raters on the most common label, 0–1 (null without ratings).",
    }),
    contested: t.exposeBoolean("contested", {
      description:
        "Ratings sit on opposite ends of the scale (TRUE/MOSTLY_TRUE vs FALSE/MISLEADING); publishing then needs a second editor.",
    }),
  }),
});

builder.prismaObjectFields(Claim, (t) => ({
  consensus: t.field({
    type: ConsensusRef,
    description: "Agreement among the reviewers' current ratings.",
    authScopes: { readDesk: true },
    select: { wordingRevision: true, ratings: { where: { current: true }, select: { label: true, wordingRevision: true } } },
    resolve: (claim) => {
      const counted = claim.ratings.filter((r) => r.wordingRevision === claim.wordingRevision);
      return { ...consensusOf(counted.map((r) => r.label)), earlierWordingCount: claim.ratings.length - counted.length };
    },
  }),
  allowedNextStatuses: t.field({
    type: [ClaimStatusEnum],
    description: "The statuses you may move this claim to now (PUBLISHED is reached by publishing a verdict).",
    select: { status: true },
    resolve: (claim, _args, ctx) => claims.allowedNextStatuses(claim.status, ctx.viewer?.role),
  }),
  history: t.prismaConnection({
    type: "AuditEntry",
    cursor: "id",
    authScopes: { readDesk: true },
    description: "Every change to the claim and its evidence, ratings, verdict and figures, oldest first.",
    resolve: (query, claim, _args, ctx) =>
      ctx.prisma.auditEntry.findMany({
        ...query,
        where: { claimId: claim.id, ...auditEntryVisibleTo(ctx.access.readsNotes) },
        orderBy: [{ seq: "asc" }],
      }),
  }),
}));

const MergeDuplicateInput = builder.inputType("MergeDuplicateInput", {
  description: "A duplicate to fold into the kept claim.",
  fields: (t) => ({
    id: t.globalID({ for: Claim, required: true, description: "The duplicate." }),
    expectedVersion: t.int({ required: true, description: "The version of the duplicate you saw." }),
  }),
});

const MergeClaimsInput = builder.inputType("MergeClaimsInput", {
  description: "The claim to keep and the duplicates to fold into it.",
  fields: (t) => ({
    keep: t.globalID({ for: Claim, required: true, description: "The claim to keep." }),
    duplicates: t.field({ type: [MergeDuplicateInput], required: true, description: "The duplicates to fold in." }),
  }),
});

const SetClaimStatusInput = builder.inputType("SetClaimStatusInput", {
  description: "The claim and the status it moves to.",
  fields: (t) => ({
    ...versionedFields(t, Claim, "The claim."),
    status: t.field({ type: ClaimStatusEnum, required: true, description: "The new status." }),
  }),
});

const AssignClaimInput = builder.inputType("AssignClaimInput", {
  description: "The claim and who it is assigned to.",
  fields: (t) => ({
    ...versionedFields(t, Claim, "The claim."),
    assignee: t.globalID({ for: User, required: false, description: "The user, or null." }),
  }),
});

builder.mutationFields((t) => ({
  setClaimStatus: t.prismaField({
    type: "Claim",
    description:
      "Moves a claim along the workflow: NEW→IN_REVIEW→NEEDS_EDITOR (reviewers; back steps too), ARCHIVED and restoring (editors; ARCHIVED→NEW restores a claim with a published verdict as PUBLISHED).",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "claim", description: "The claim as it is now." } },
    args: { input: t.arg({ type: SetClaimStatusInput, required: true, description: "The claim and its new status." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetchClaim(ctx, query, (await claims.setClaimStatus(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion, input.status)).id),
  }),
  assignClaim: t.prismaField({
    type: "Claim",
    description: "Assigns a claim to a user, or unassigns it with `assignee: null`.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "claim", description: "The claim as it is now." } },
    args: { input: t.arg({ type: AssignClaimInput, required: true, description: "The claim and the assignee." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetchClaim(
        ctx,
        query,
        (await claims.assignClaim(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion, input.assignee?.id ?? null)).id,
      ),
  }),
  mergeClaims: t.prismaField({
    type: "Claim",
    description: "Folds duplicates into one claim (editors): appearances, evidence, ratings, figures and media move over.",
    authScopes: { editor: true },
    errors: { dataField: { name: "claim", description: "The claim as it is now." } },
    args: { input: t.arg({ type: MergeClaimsInput, required: true, description: "The kept claim and its duplicates." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetchClaim(
        ctx,
        query,
        (
          await mergeClaims(
            ctx.prisma,
            ctx.viewer!,
            input.keep.id,
            input.duplicates.map((d) => ({ id: d.id.id, expectedVersion: d.expectedVersion })),
          )
        ).id,
      ),
  }),
}));
