import { builder } from "../builder.js";
import type { Context } from "../context.js";
import type { MergeProposalStatus, Prisma } from "../generated/prisma/client.js";
import * as merges from "../services/claim-merge.js";
import { Claim } from "./claims.js";
import { MergeProposalStatusEnum } from "./enums.js";
import { mutationQuery, versionedFields, versionedInput } from "./inputs.js";

/** Reviewers propose merging duplicates; editors accept (the claims are merged) or decline with a reason. */
export const MergeProposal = builder.prismaNode("MergeProposal", {
  select: { id: true },
  id: { field: "id" },
  nullable: true,
  description: "A reviewer's proposal that one claim duplicates another, and an editor's decision on it. Staff only.",
  authScopes: { reviewer: true },
  fields: (t) => ({
    duplicate: t.relation("duplicate", { description: "The claim proposed to be merged away (archived, pointing to the kept one)." }),
    keep: t.relation("keep", { description: "The claim that stays and receives the duplicate's appearances, evidence and ratings." }),
    reason: t.exposeString("reason", { nullable: true, description: "Why the reviewer thinks they are the same claim." }),
    status: t.expose("status", { type: MergeProposalStatusEnum, description: "Where the proposal stands." }),
    proposedBy: t.relation("proposedBy", { description: "Who proposed it." }),
    decidedBy: t.relation("decidedBy", { nullable: true, description: "The editor who accepted or declined it." }),
    decisionNote: t.exposeString("decisionNote", { nullable: true, description: "Why it was declined." }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true, description: "When it was decided." }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was proposed." }),
  }),
});

const involving = (claimId: string): Prisma.MergeProposalWhereInput => ({
  status: "OPEN",
  OR: [{ keepId: claimId }, { duplicateId: claimId }],
});

builder.prismaObjectFields("Claim", (t) => ({
  openMergeProposals: t.prismaField({
    type: ["MergeProposal"],
    authScopes: { reviewer: true },
    description: "Open proposals to merge a duplicate into this claim or this claim into another, oldest first (staff).",
    select: { id: true },
    resolve: (query, claim, _args, ctx) =>
      ctx.prisma.mergeProposal.findMany({ ...query, where: involving(claim.id), orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 20 }),
  }),
}));

builder.queryFields((t) => ({
  mergeProposals: t.prismaConnection({
    type: "MergeProposal",
    cursor: "id",
    authScopes: { reviewer: true },
    description: "Merge proposals with the given statuses (open ones by default), oldest first: an editor's list to decide.",
    args: {
      status: t.arg({
        type: [MergeProposalStatusEnum],
        defaultValue: ["OPEN"],
        description: "Which proposals; an empty list means all of them.",
      }),
    },
    totalCount: (_root, args, ctx) => ctx.prisma.mergeProposal.count({ where: withStatus(args.status) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.mergeProposal.findMany({ ...query, where: withStatus(args.status), orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  }),
}));

const withStatus = (status: readonly MergeProposalStatus[] | null | undefined): Prisma.MergeProposalWhereInput =>
  status?.length ? { status: { in: [...status] } } : {};

const ProposeMergeInput = builder.inputType("ProposeMergeInput", {
  description: "Two claims you believe are the same: the duplicate is to be folded into the kept one.",
  fields: (t) => ({
    duplicate: t.globalID({ for: Claim, required: true, description: "The claim to merge away." }),
    keep: t.globalID({ for: Claim, required: true, description: "The claim to keep." }),
    reason: t.string({ required: false, description: "Why they are the same claim (shown to the editor)." }),
  }),
});

const AcceptMergeProposalInput = versionedInput(
  "AcceptMergeProposalInput",
  "The proposal to accept.",
  MergeProposal,
  "The merge proposal.",
);

const DeclineMergeProposalInput = builder.inputType("DeclineMergeProposalInput", {
  description: "The proposal to decline, and why.",
  fields: (t) => ({
    ...versionedFields(t, MergeProposal, "The merge proposal."),
    reason: t.string({ required: true, description: "Why the claims are not duplicates (the proposer is told)." }),
  }),
});

const refetch = (ctx: Context, query: object, id: string) =>
  ctx.prisma.mergeProposal.findUniqueOrThrow({ ...mutationQuery(query), where: { id } });

const dataField = { name: "mergeProposal", description: "The proposal as it is now." };

builder.mutationFields((t) => ({
  proposeMerge: t.prismaField({
    type: "MergeProposal",
    description: "Proposes merging a duplicate into another claim (reviewers); every editor is notified to decide.",
    authScopes: { reviewer: true },
    errors: { dataField },
    args: { input: t.arg({ type: ProposeMergeInput, required: true, description: "The claims and why." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetch(
        ctx,
        query,
        (
          await merges.proposeMerge(ctx.prisma, ctx.viewer!, {
            duplicateId: input.duplicate.id,
            keepId: input.keep.id,
            reason: input.reason,
          })
        ).id,
      ),
  }),
  acceptMergeProposal: t.prismaField({
    type: "MergeProposal",
    description: "Accepts a merge proposal (editors): the duplicate is merged into the kept claim, and the proposer is told.",
    authScopes: { editor: true },
    errors: { dataField },
    args: { input: t.arg({ type: AcceptMergeProposalInput, required: true, description: "The proposal." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetch(ctx, query, (await merges.acceptMergeProposal(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion)).id),
  }),
  declineMergeProposal: t.prismaField({
    type: "MergeProposal",
    description: "Declines a merge proposal with a reason (editors); the proposer is told.",
    authScopes: { editor: true },
    errors: { dataField },
    args: { input: t.arg({ type: DeclineMergeProposalInput, required: true, description: "The proposal and why." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetch(
        ctx,
        query,
        (await merges.declineMergeProposal(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion, input.reason)).id,
      ),
  }),
}));
