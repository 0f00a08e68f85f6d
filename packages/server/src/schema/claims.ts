import { builder } from "../builder.js";
import { containsText } from "../services/search.js";
import type { Prisma } from "../generated/prisma/client.js";
import { ClaimKindEnum, ClaimStatusEnum, DatePrecisionEnum, PlacePrecisionEnum, precisionOf } from "./enums.js";
import { claimVisibleTo, verdictVisibleTo } from "../services/visibility.js";
import { countsByParent, totalCountField } from "./relation-counts.js";
import { readFirst, readMany } from "../compiled-reads.js";

interface EvidenceArgs {
  includeRemoved?: boolean | null;
}
const evidenceWhere = (args: EvidenceArgs): Prisma.EvidenceWhereInput => (args.includeRemoved ? {} : { removedAt: null });
interface RatingsArgs {
  includeHistory?: boolean | null;
}
const ratingsWhere = (args: RatingsArgs): Prisma.RatingWhereInput => (args.includeHistory ? {} : { current: true });

export const Claim = builder.prismaNode("Claim", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "Something someone said or showed that FactDesk checks.",
  // Anonymous visitors see only claims on which a published verdict stands (see claimVisibleTo).
  findUnique: (id, ctx) => ({ id, AND: [claimVisibleTo(ctx.access.readsDesk)] }),
  fields: (t) => ({
    text: t.exposeString("text", { description: "The claim as stated (verbatim for quotes)." }),
    normalizedText: t.exposeString("normalizedText", {
      description: "Lower-cased, punctuation-free text used for matching duplicates.",
    }),
    kind: t.expose("kind", { type: ClaimKindEnum, description: "What kind of claim this is." }),
    status: t.expose("status", { type: ClaimStatusEnum, description: "Where the claim is in the review workflow." }),
    claimant: t.relation("claimant", { nullable: true, description: "Who made the claim." }),
    claimantRole: t.exposeString("claimantRole", {
      nullable: true,
      description: "The claimant's title or role as reported at the time (\"Russia's UN ambassador\").",
    }),
    claimDate: t.expose("claimDate", { type: "DateTime", nullable: true, description: "When the claim was made." }),
    claimDatePrecision: t.expose("claimDatePrecision", precisionOf(DatePrecisionEnum, "claimDate")),
    place: t.exposeString("place", { nullable: true, description: "Where the claim was made or what place it concerns." }),
    placePrecision: t.expose("placePrecision", precisionOf(PlacePrecisionEnum, "place")),
    tags: t.exposeStringList("tags", { description: "Free tags for grouping claims." }),
    event: t.relation("event", { nullable: true, description: "The event this claim is about." }),
    assignee: t.relation("assignee", {
      nullable: true,
      description: "The reviewer the claim is assigned to.",
      authScopes: { readDesk: true },
    }),
    checkworthiness: t.exposeFloat("checkworthiness", {
      nullable: true,
      description: "0–1: how worth checking the claim is: from article ingest, or scored from its wording, kind and claimant when saved.",
    }),
    checkworthinessReasons: t.exposeStringList("checkworthinessReasons", {
      description: "Why the claim got its check-worthiness score.",
    }),
    mergedInto: t.relation("mergedInto", {
      nullable: true,
      description: "The claim this duplicate was merged into.",
      authScopes: { readDesk: true },
    }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the claim was added to FactDesk." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the claim last changed." }),
    appearances: t.relatedConnection(
      "appearances",
      {
        cursor: "id",
        query: { orderBy: [{ seenAt: "asc" }, { id: "asc" }] },
        description: "Where the claim appears, with the verbatim excerpt.",
      },
      {
        fields: totalCountField("Claim.appearances", (ctx, ids) => countsByParent(ctx.prisma, "Appearance", "claimId", ids)),
      },
    ),
    evidence: t.relatedConnection(
      "evidence",
      {
        cursor: "id",
        authScopes: { readDesk: true },
        args: {
          includeRemoved: t.arg.boolean({ defaultValue: false, description: "Include removed evidence." }),
        },
        query: (args) => ({ where: evidenceWhere(args), orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
        description: "Evidence for and against the claim.",
      },
      {
        fields: totalCountField("Claim.evidence", (ctx, ids, args: EvidenceArgs) =>
          countsByParent(ctx.prisma, "Evidence", "claimId", ids, evidenceWhere(args)),
        ),
      },
    ),
    ratings: t.relatedConnection(
      "ratings",
      {
        cursor: "id",
        authScopes: { readDesk: true },
        args: {
          includeHistory: t.arg.boolean({ defaultValue: false, description: "Include superseded ratings." }),
        },
        query: (args) => ({ where: ratingsWhere(args), orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
        description: "Reviewers' ratings (the current one per reviewer unless `includeHistory`).",
      },
      {
        fields: totalCountField("Claim.ratings", (ctx, ids, args: RatingsArgs) =>
          countsByParent(ctx.prisma, "Rating", "claimId", ids, ratingsWhere(args)),
        ),
      },
    ),
    priorFactCheck: t.relation("priorVerdict", {
      nullable: true,
      description:
        "A published verdict on a claim worded like this one, found when this claim was added: the desk may have checked it already.",
    }),
    verdicts: t.relatedConnection(
      "verdicts",
      {
        cursor: "id",
        query: (_args, ctx) => ({ where: verdictVisibleTo(ctx.access.readsDesk), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
        description: "Every verdict the claim has had, newest first: a retracted verdict keeps its page when a new one is published.",
      },
      {
        fields: totalCountField("Claim.verdicts", (ctx, ids) =>
          countsByParent(ctx.prisma, "Verdict", "claimId", ids, verdictVisibleTo(ctx.access.readsDesk)),
        ),
      },
    ),
    figures: t.relatedConnection(
      "figures",
      {
        cursor: "id",
        authScopes: { readFigures: true },
        query: { orderBy: [{ reportedAt: "asc" }, { id: "asc" }] },
        description: "Figures this claim reports.",
      },
      {
        fields: totalCountField("Claim.figures", (ctx, ids) => countsByParent(ctx.prisma, "ReportedFigure", "claimId", ids)),
      },
    ),
    media: t.relatedConnection("media", {
      cursor: "id",
      totalCount: true,
      authScopes: { readDesk: true },
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      description: "Videos and images the claim is about.",
    }),
  }),
});

export const ClaimOrderEnum = builder.enumType("ClaimOrder", {
  description: "Orderings of the claim list; every one is stable (ties broken by id).",
  values: {
    NEWEST: { description: "Most recently added first (default)." },
    OLDEST: { description: "Oldest first." },
    RECENTLY_UPDATED: { description: "Most recently changed first." },
    MOST_CHECKWORTHY: { description: "Highest check-worthiness first; unscored last." },
    CLAIM_DATE: { description: "Most recent claim date first; undated last." },
  } as const,
});

const claimOrderBy: Record<(typeof ClaimOrderEnum)["$inferType"], Prisma.ClaimOrderByWithRelationInput[]> = {
  NEWEST: [{ createdAt: "desc" }, { id: "desc" }],
  OLDEST: [{ createdAt: "asc" }, { id: "asc" }],
  RECENTLY_UPDATED: [{ updatedAt: "desc" }, { id: "desc" }],
  MOST_CHECKWORTHY: [{ checkworthiness: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  CLAIM_DATE: [{ claimDate: { sort: "desc", nulls: "last" } }, { id: "desc" }],
};

export const ClaimFilter = builder.inputType("ClaimFilter", {
  description: "Narrows the claim list; all given conditions must hold.",
  fields: (t) => ({
    status: t.field({ type: [ClaimStatusEnum], required: false, description: "Any of these statuses." }),
    kind: t.field({ type: [ClaimKindEnum], required: false, description: "Any of these kinds." }),
    tag: t.string({ required: false, description: "Has this tag." }),
    claimant: t.globalID({ required: false, description: "Made by this entity." }),
    event: t.globalID({ required: false, description: "About this event." }),
    assignee: t.globalID({ required: false, description: "Assigned to this user." }),
    assignedToMe: t.boolean({ required: false, description: "Assigned to the signed-in user." }),
    unassigned: t.boolean({
      required: false,
      description:
        "Assigned to nobody (true) or to somebody (false). Ask for one of `unassigned: true`, `assignee` and `assignedToMe`: together they ask for a claim assigned to nobody and to somebody, and list none.",
    }),
    hasVerdict: t.boolean({ required: false, description: "Has (true) or lacks (false) a verdict." }),
    text: t.string({ required: false, description: "Text contains these words (case-insensitive)." }),
    includeMerged: t.boolean({ required: false, description: "Include duplicates merged into another claim." }),
  }),
});

export function claimWhere(
  filter: (typeof ClaimFilter)["$inferInput"] | null | undefined,
  caller: { viewer: { id: string } | null; access: { readsDesk: boolean } },
): Prisma.ClaimWhereInput {
  const and: Prisma.ClaimWhereInput[] = [claimVisibleTo(caller.access.readsDesk)];
  if (!filter?.includeMerged) and.push({ mergedIntoId: null });
  if (filter?.status?.length) and.push({ status: { in: filter.status } });
  if (filter?.kind?.length) and.push({ kind: { in: filter.kind } });
  if (filter?.tag) and.push({ tags: { has: filter.tag } });
  if (filter?.claimant) and.push({ claimantId: filter.claimant.id });
  if (filter?.event) and.push({ eventId: filter.event.id });
  if (filter?.assignee) and.push({ assigneeId: filter.assignee.id });
  if (filter?.assignedToMe) and.push({ assigneeId: caller.viewer?.id ?? "(nobody)" });
  if (filter?.unassigned != null) and.push({ assigneeId: filter.unassigned ? null : { not: null } });
  if (filter?.hasVerdict != null) and.push({ currentVerdictId: filter.hasVerdict ? { not: null } : null });
  // Each word in the claim, its claimant's name or the claimant's role, as the header search finds them.
  for (const word of filter?.text?.trim().split(/\s+/).filter(Boolean) ?? []) {
    and.push({ OR: [{ text: containsText(word) }, { claimantRole: containsText(word) }, { claimant: { name: containsText(word) } }] });
  }
  return { AND: and };
}

builder.queryFields((t) => ({
  claims: t.prismaConnection({
    type: "Claim",
    cursor: "id",
    description:
      "Claims, newest first unless `orderBy` says otherwise. Anonymous visitors see only claims on which a published verdict stands.",
    args: {
      filter: t.arg({ type: ClaimFilter, required: false, description: "Conditions claims must meet." }),
      orderBy: t.arg({ type: ClaimOrderEnum, defaultValue: "NEWEST", description: "Sort order." }),
    },
    resolve: (query, _root, args, ctx) =>
      readMany(
        ctx.prisma,
        "Claim",
        { ...query, where: claimWhere(args.filter, ctx), orderBy: claimOrderBy[args.orderBy ?? "NEWEST"] },
        (read) => ctx.prisma.claim.findMany(read),
      ),
    totalCount: (_root, args, ctx) => ctx.prisma.claim.count({ where: claimWhere(args.filter, ctx) }),
  }),
  claim: t.prismaField({
    type: "Claim",
    nullable: true,
    description: "One claim by its global ID, or null when there is none you may see.",
    args: { id: t.arg.globalID({ for: Claim, required: true, description: "The claim's global ID." }) },
    resolve: (query, _root, args, ctx) =>
      readFirst(ctx.prisma, "Claim", { ...query, where: { id: args.id.id, ...claimVisibleTo(ctx.access.readsDesk) } }, (read) =>
        ctx.prisma.claim.findFirst(read),
      ),
  }),
}));
