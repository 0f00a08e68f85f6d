import { builder } from "../builder.js";
import { mutationQuery, rawId, versionedFields, versionedInput } from "./inputs.js";
import { isPublicVerdict, isStandingVerdict, publicVerdict, verdictVisibleTo } from "../services/visibility.js";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { DatePrecisionEnum, EntityKindEnum, RatingLabelEnum, VerdictStateEnum, precisionOf } from "./enums.js";
import type { Context } from "../context.js";
import * as verdicts from "../services/verdicts.js";
import { claimReviewSelect, judgedAppearances, toClaimReview, type JudgedAppearance } from "../services/claim-review.js";
import { containsText } from "../services/search.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { DatePrecision, EntityKind } from "../generated/prisma/enums.js";
import { publicBaseUrlFor, publisherName } from "../config.js";
import { readMany } from "../compiled-reads.js";
import { Claim } from "./claims.js";

const JudgedAppearanceRef = builder.objectRef<JudgedAppearance>("JudgedAppearance").implement({
  description: "Where the judged claim appeared, as it was shown when the verdict was written.",
  fields: (t) => ({
    url: t.exposeString("url", { description: "The source's address." }),
    title: t.exposeString("title", { nullable: true, description: "The source's title." }),
    publisher: t.exposeString("publisher", { nullable: true, description: "Who published it." }),
    excerpt: t.exposeString("excerpt", { description: "The claim in the source's words." }),
    seenAt: t.string({ description: "When it was seen there (ISO 8601).", resolve: (a) => a.seenAt }),
  }),
});

interface JudgedClaim {
  text: string;
  claimantName: string | null;
  claimantKind: EntityKind | null;
  claimantRole: string | null;
  claimDate: Date | null;
  claimDatePrecision: DatePrecision | null;
  place: string | null;
  appearances: JudgedAppearance[];
}

const JudgedClaimRef = builder.objectRef<JudgedClaim>("JudgedClaim").implement({
  description:
    "The claim as the verdict judged it, frozen when the verdict was written and changed only by its public corrections: what readers and partners are shown, whatever the claim reads on the desk today.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The wording judged." }),
    claimantName: t.exposeString("claimantName", { nullable: true, description: "Who made the claim." }),
    claimantKind: t.expose("claimantKind", { type: EntityKindEnum, nullable: true, description: "What kind of actor the claimant is." }),
    claimantRole: t.exposeString("claimantRole", { nullable: true, description: "The claimant's role as reported then." }),
    claimDate: t.expose("claimDate", { type: "DateTime", nullable: true, description: "When the claim was made." }),
    claimDatePrecision: t.expose("claimDatePrecision", precisionOf(DatePrecisionEnum, "claimDate")),
    place: t.exposeString("place", { nullable: true, description: "Where it was made, or the place it concerns." }),
    appearances: t.field({ type: [JudgedAppearanceRef], description: "Where it appeared, earliest first.", resolve: (c) => c.appearances }),
  }),
});

export const Verdict = builder.prismaNode("Verdict", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true, state: true, publishedAt: true }, // these decide who may see the verdict
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "An editor's verdict on a claim: what partners publish and consume.",
  findUnique: (id, ctx) => ({ id, AND: [verdictVisibleTo(ctx.access.readsDesk)] }),
  authScopes: (verdict, ctx) => ctx.access.readsDesk || isPublicVerdict(verdict),
  fields: (t) => ({
    claim: t.field({
      type: Claim,
      nullable: true,
      description:
        "The claim on the desk (it may have moved on since; `judgedClaim` is what was judged). Null to readers without desk access while the claim is back under review after a retraction.",
      // Loaded with the verdict, with what decides whether the public may see it (claimVisibleTo, for a loaded row).
      select: (_args, _ctx, nestedSelection) => ({
        claim: nestedSelection({ select: { id: true, currentVerdict: { select: { state: true, publishedAt: true } } } }),
      }),
      resolve: ({ claim }, _args, ctx) =>
        ctx.access.readsDesk || (claim.currentVerdict && isStandingVerdict(claim.currentVerdict)) ? claim : null,
    }),
    judgedClaim: t.field({
      type: JudgedClaimRef,
      description: "The claim as this verdict judged it: show this to readers, not `claim`.",
      select: {
        claimText: true,
        claimantName: true,
        claimantKind: true,
        claimantRole: true,
        claimDate: true,
        claimDatePrecision: true,
        claimPlace: true,
        appearances: true,
      },
      resolve: (v) => ({
        text: v.claimText,
        claimantName: v.claimantName,
        claimantKind: v.claimantKind,
        claimantRole: v.claimantRole,
        claimDate: v.claimDate,
        claimDatePrecision: v.claimDatePrecision,
        place: v.claimPlace,
        appearances: judgedAppearances(v.appearances),
      }),
    }),
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
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
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

const VerdictFilter = builder.inputType("VerdictFilter", {
  description: "Narrows the list of verdicts; all given conditions must hold.",
  fields: (t) => ({
    labels: t.field({ type: [RatingLabelEnum], required: false, description: "Any of these verdicts." }),
    event: t.globalID({ required: false, description: "On claims about this event." }),
    publishedAfter: t.field({ type: "DateTime", required: false, description: "Published at or after this instant." }),
    publishedBefore: t.field({ type: "DateTime", required: false, description: "Published before this instant." }),
    text: t.string({ required: false, description: "Headline or judged claim contains these words (case-insensitive)." }),
  }),
});

function verdictWhere(
  filter: (typeof VerdictFilter)["$inferInput"] | null | undefined,
  includeRetracted: boolean,
): Prisma.VerdictWhereInput {
  const and: Prisma.VerdictWhereInput[] = [includeRetracted ? publicVerdict : { state: "PUBLISHED" }];
  if (filter?.labels?.length) and.push({ label: { in: filter.labels } });
  if (filter?.event) and.push({ claim: { eventId: filter.event.id } });
  if (filter?.publishedAfter) and.push({ publishedAt: { gte: filter.publishedAfter } });
  if (filter?.publishedBefore) and.push({ publishedAt: { lt: filter.publishedBefore } });
  for (const word of filter?.text?.trim().split(/\s+/).filter(Boolean).slice(0, 10) ?? []) {
    and.push({ OR: [{ headline: containsText(word) }, { claimText: containsText(word) }, { claimantName: containsText(word) }] });
  }
  return { AND: and };
}

builder.queryFields((t) => ({
  verdicts: t.prismaConnection({
    type: "Verdict",
    cursor: "id",
    totalCount: (_root, args, ctx) => ctx.prisma.verdict.count({ where: verdictWhere(args.filter, args.includeRetracted ?? true) }),
    description: "Published (and retracted) verdicts, most recently published first: the public front page and the partner feed.",
    args: {
      includeRetracted: t.arg.boolean({ defaultValue: true, description: "Include retracted verdicts." }),
      filter: t.arg({ type: VerdictFilter, required: false, description: "Conditions verdicts must meet." }),
    },
    resolve: (query, _root, args, ctx) =>
      readMany(
        ctx.prisma,
        "Verdict",
        { ...query, where: verdictWhere(args.filter, args.includeRetracted ?? true), orderBy: [{ publishedAt: "desc" }, { id: "desc" }] },
        (read) => ctx.prisma.verdict.findMany(read),
      ),
  }),
  verdictsAwaitingMySignOff: t.prismaConnection({
    type: "Verdict",
    cursor: "id",
    authScopes: { editor: true },
    totalCount: (_root, _args, ctx) => ctx.prisma.verdict.count({ where: awaitingSignOffBy(ctx.viewer?.id) }),
    description: "Contested verdicts another editor proposed, waiting for your sign-off, oldest first (editors).",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.verdict.findMany({ ...query, where: awaitingSignOffBy(ctx.viewer?.id), orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  }),
}));

const awaitingSignOffBy = (editorId: string | undefined): Prisma.VerdictWhereInput => ({
  state: "AWAITING_SIGN_OFF",
  publishedById: { not: editorId ?? "(nobody)" },
});

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
  description: "The verdict, what to correct, and why; omitted fields stay.",
  fields: (t) => ({
    ...versionedFields(t, Verdict, "The verdict."),
    label: t.field({ type: RatingLabelEnum, required: false, description: "New verdict." }),
    headline: t.string({ required: false, description: "New headline." }),
    summary: t.string({ required: false, description: "New summary." }),
    citedEvidence: t.globalIDList({ required: false, description: "New set of cited evidence." }),
    claimText: t.string({ required: false, description: "The judged wording, corrected (the claim on the desk follows it)." }),
    claimant: t.globalID({ required: false, description: "The claimant, corrected (null: none)." }),
    claimantRole: t.string({ required: false, description: "The claimant's role, corrected." }),
    claimDate: t.field({ type: "DateTime", required: false, description: "When the claim was made, corrected." }),
    claimDatePrecision: t.field({ type: DatePrecisionEnum, required: false, description: "How precisely that date is known." }),
    reason: t.string({ required: true, description: "Why, shown to readers." }),
  }),
});

const SignOffVerdictInput = versionedInput(
  "SignOffVerdictInput",
  "The contested verdict to sign off.",
  Verdict,
  "The verdict awaiting sign-off.",
);

const RetractVerdictInput = builder.inputType("RetractVerdictInput", {
  description: "The verdict to retract, and why.",
  fields: (t) => ({
    ...versionedFields(t, Verdict, "The verdict."),
    reason: t.string({ required: true, description: "Why, shown to readers." }),
  }),
});

const refetch = (ctx: Context, query: object, id: string) =>
  ctx.prisma.verdict.findUniqueOrThrow({ ...mutationQuery(query), where: { id } });

const base = (ctx: Context) => publicBaseUrlFor(new URL(ctx.request.url).host);

// Claim.verdict lives here because who may see which verdict is this domain's rule: the desk sees the claim's current
// verdict, which may await sign-off; everyone else its latest public one, so a proposal on a claim whose earlier
// verdict was retracted reads as that retraction to the public (it was an authorization error).
builder.prismaObjectField("Claim", "verdict", (t) =>
  t.field({
    type: Verdict,
    nullable: true,
    description:
      "The verdict readers see now: the latest one published or proposed, or the latest retracted one until another is published. The public, and keys without claims:read, see the latest published or retracted one.",
    select: (_args, ctx, nestedSelection) =>
      ctx.access.readsDesk
        ? { currentVerdict: nestedSelection(true) }
        : { verdicts: nestedSelection({ where: publicVerdict, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 }) },
    resolve: (claim, _args, ctx) => (ctx.access.readsDesk ? claim.currentVerdict : claim.verdicts?.[0]) ?? null,
  }),
);

builder.prismaObjectFields(Verdict, (t) => ({
  claimReview: t.field({
    type: "JSON",
    nullable: true,
    description:
      "The verdict as schema.org ClaimReview JSON-LD (also served at /claim-reviews/<id>.jsonld); null once retracted, as withdrawn fact-checks must not carry the markup.",
    select: claimReviewSelect,
    resolve: (verdict, _args, ctx) =>
      verdict.state === "PUBLISHED"
        ? toClaimReview(verdict, `${base(ctx)}/verdicts/${encodeGlobalID("Verdict", verdict.id)}`, {
            name: publisherName(),
            url: base(ctx),
          })
        : null,
  }),
}));

builder.mutationFields((t) => ({
  publishVerdict: t.prismaField({
    type: "Verdict",
    description: "Publishes a verdict citing the claim's evidence (editors). On a contested claim it awaits a second editor's sign-off.",
    authScopes: { editor: true },
    errors: { dataField: { name: "verdict", description: "The verdict as it is now." } },
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
    errors: { dataField: { name: "verdict", description: "The verdict as it is now." } },
    args: { input: t.arg({ type: SignOffVerdictInput, required: true, description: "The verdict." }) },
    resolve: async (query, _root, { input: { id, expectedVersion } }, ctx) =>
      refetch(ctx, query, (await verdicts.signOffVerdict(ctx.prisma, ctx.viewer!, id.id, expectedVersion)).id),
  }),
  correctVerdict: t.prismaField({
    type: "Verdict",
    description: "Corrects a published verdict; the correction is appended and shown with it.",
    authScopes: { editor: true },
    errors: { dataField: { name: "verdict", description: "The verdict as it is now." } },
    args: { input: t.arg({ type: CorrectVerdictInput, required: true, description: "The verdict and the correction." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const verdict = await verdicts.correctVerdict(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion, {
        label: input.label ?? undefined,
        headline: input.headline ?? undefined,
        summary: input.summary ?? undefined,
        citedEvidenceIds: input.citedEvidence?.map((e) => e.id),
        claimText: input.claimText ?? undefined,
        claimantId: rawId(input.claimant),
        claimantRole: input.claimantRole,
        claimDate: input.claimDate,
        claimDatePrecision: input.claimDatePrecision,
        reason: input.reason,
      });
      return refetch(ctx, query, verdict.id);
    },
  }),
  retractVerdict: t.prismaField({
    type: "Verdict",
    description: "Retracts a verdict; it stays public, marked retracted with the reason, and the claim returns to review.",
    authScopes: { editor: true },
    errors: { dataField: { name: "verdict", description: "The verdict as it is now." } },
    args: { input: t.arg({ type: RetractVerdictInput, required: true, description: "The verdict and the reason." }) },
    resolve: async (query, _root, { input: { id, expectedVersion, reason } }, ctx) =>
      refetch(ctx, query, (await verdicts.retractVerdict(ctx.prisma, ctx.viewer!, id.id, expectedVersion, reason)).id),
  }),
}));
