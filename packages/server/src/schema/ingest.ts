import { builder } from "../builder.js";
import { authorOf } from "../services/access.js";
import {
  DatePrecisionEnum,
  EntityKindEnum,
  FigureMetricEnum,
  FigureQualifierEnum,
  FigureScopeEnum,
  MediaKindEnum,
  PlacePrecisionEnum,
} from "./enums.js";
import { Event } from "./events.js";
import { Source } from "./sources.js";
import type { ExtractedEntity, ExtractedFigure, ExtractionResult } from "../ingest/types.js";
import DataLoader from "dataloader";
import type { Context } from "../context.js";
import { requestLoader } from "./request-loaders.js";
import { priorVerdictIds } from "../services/search.js";
import * as ingest from "../services/ingest.js";
import { SimilarClaimRef } from "./search.js";

const IngestArticleInput = builder.inputType("IngestArticleInput", {
  description: "An article to turn into reviewable claims, figures and media.",
  fields: (t) => ({
    url: t.string({ required: true, description: "The article's URL (its identity after normalization)." }),
    title: t.string({ required: false, description: "Headline." }),
    publisher: t.string({ required: false, description: "Outlet." }),
    author: t.string({ required: false, description: "Byline." }),
    publishedAt: t.field({
      type: "DateTime",
      required: false,
      description: 'Publication time; relative periods ("in the past three days") are resolved against it.',
    }),
    text: t.string({ required: true, description: "The article text." }),
    event: t.globalID({
      for: Event,
      required: false,
      description: "File the article under this event (default: the preview's `proposedEvent`, matched by place and period).",
    }),
    newEvent: t.boolean({
      required: false,
      description: "File the article under a new event named after it, even when an existing event matches.",
    }),
    skip: t.stringList({ required: false, description: "Keys of previewed items to leave out (the ones the reviewer unticked)." }),
  }),
});

const CheckworthinessRef = builder.objectRef<{ score: number; reasons: string[] }>("Checkworthiness").implement({
  description: "How worth checking an extracted item is.",
  fields: (t) => ({
    score: t.exposeFloat("score", { description: "0–1; sort the queue by it." }),
    reasons: t.exposeStringList("reasons", { description: "Why (figure, attribution, hedge, contested framing …)." }),
  }),
});

const ExtractedEntityRef = builder.objectRef<ExtractedEntity>("ExtractedEntity").implement({
  description: "A speaker or source of a figure named in the article.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Key within this extraction." }),
    name: t.exposeString("name", { description: 'Name as resolved ("Dmitry Peskov").' }),
    kind: t.expose("kind", { type: EntityKindEnum, description: "Kind of actor." }),
    title: t.exposeString("title", { nullable: true, description: 'Role as written ("Kremlin spokesman").' }),
    aliases: t.exposeStringList("aliases", { description: "Other names the article uses." }),
  }),
});

type Preview = ingest.IngestPreview;
type StatementItem = Preview["extraction"]["statements"][number] & { key: string; entities: ExtractedEntity[] };
type FigureItem = ExtractedFigure & { key: string; statementKey: string | null; entities: ExtractedEntity[] };
type MediaItemShape = ExtractionResult["media"][number] & { key: string };

const entity = (entities: ExtractedEntity[], key: string | null) => entities.find((e) => e.key === key) ?? null;

/**
 * What a preview looks up for each of its statements (claims worded alike, a published verdict on one), batched
 * per request: an article's statements are read in one statement each, not two or three per statement, which had a
 * 40,000-character article spend 394 of a request's SQL statements.
 */
const duplicatesLoader = (ctx: Context) =>
  requestLoader(
    ctx,
    "preview.duplicates",
    () => new DataLoader((texts: readonly string[]) => ingest.duplicatesOf(ctx.prisma, texts), { cache: false }),
  );
const priorVerdictLoader = (ctx: Context) =>
  requestLoader(
    ctx,
    "preview.priorVerdicts",
    () => new DataLoader((texts: readonly string[]) => priorVerdictIds(ctx.prisma, texts), { cache: false }),
  );

const ExtractedStatementRef = builder.objectRef<StatementItem>("ExtractedStatement").implement({
  description: "A quote or reported statement found in the article.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Pass in `skip` to leave it out." }),
    kind: t.exposeString("kind", { description: "QUOTE or STATEMENT." }),
    text: t.exposeString("text", { description: "What was said: the quoted words, or the reported speech as written." }),
    claimText: t.exposeString("claimText", {
      description: "What the saved claim will say: the quoted words, or the reported speech as a sentence.",
    }),
    speaker: t.field({
      type: ExtractedEntityRef,
      nullable: true,
      description: "Who said it.",
      resolve: (s) => entity(s.entities, s.speakerKey),
    }),
    speakerRole: t.exposeString("speakerRole", { nullable: true, description: "The speaker's role as written." }),
    excerpt: t.exposeString("excerpt", { description: "Verbatim passage." }),
    start: t.exposeInt("start", { description: "Character offset of the passage." }),
    end: t.exposeInt("end", { description: "Offset just past it." }),
    hedged: t.exposeBoolean("hedged", { description: 'The passage hedges ("allegedly", "reportedly").' }),
    checkworthiness: t.field({ type: CheckworthinessRef, description: "Score and reasons.", resolve: (s) => s.checkworthiness }),
    possibleDuplicates: t.field({
      type: [SimilarClaimRef],
      description: "Claims already on the desk worded like this one: merge instead of adding it again.",
      resolve: (s, _args, ctx) => duplicatesLoader(ctx).load(s.claimText),
    }),
    priorFactCheck: t.prismaField({
      type: "Verdict",
      nullable: true,
      description: "A published verdict on a claim worded like this one: the statement may be fact-checked already.",
      resolve: async (query, s, _args, ctx) => {
        const verdictId = await priorVerdictLoader(ctx).load(s.claimText);
        return verdictId ? ctx.prisma.verdict.findUnique({ ...query, where: { id: verdictId } }) : null;
      },
    }),
  }),
});

const ExtractedFigureRef = builder.objectRef<FigureItem>("ExtractedFigure").implement({
  description: "A reported figure found in the article.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Pass in `skip` to leave it out." }),
    metric: t.expose("metric", { type: FigureMetricEnum, description: "What is counted." }),
    outcomeRecognised: t.exposeBoolean("outcomeRecognised", {
      description:
        "False for a count of people whose fate the extractor did not read (metric OTHER): check what befell them before saving it. The web client leaves such figures unticked.",
    }),
    subject: t.exposeString("subject", { description: "Who is counted." }),
    qualifier: t.expose("qualifier", { type: FigureQualifierEnum, description: "How it was qualified." }),
    low: t.exposeInt("low", { nullable: true, description: "Lower bound." }),
    high: t.exposeInt("high", { nullable: true, description: "Upper bound." }),
    statedText: t.exposeString("statedText", { description: "The figure verbatim." }),
    excerpt: t.exposeString("excerpt", { description: "The sentence it is in." }),
    claimText: t.exposeString("claimText", {
      description: "What the figure's claim will say when it has one of its own (the sentence, without a dateline).",
    }),
    statementKey: t.exposeString("statementKey", {
      nullable: true,
      description:
        "The statement that states this figure: saving attaches the figure to that statement's claim (unless the statement is skipped). Null: the sentence becomes a claim of its own.",
    }),
    place: t.exposeString("place", { nullable: true, description: "Where." }),
    placePrecision: t.expose("placePrecision", { type: PlacePrecisionEnum, nullable: true, description: "How precise the place is." }),
    periodText: t.exposeString("periodText", { nullable: true, description: "The period as stated." }),
    periodStart: t.expose("periodStart", { type: "DateTime", nullable: true, description: "Resolved start of the period." }),
    periodEnd: t.expose("periodEnd", { type: "DateTime", nullable: true, description: "Resolved end of the period." }),
    periodPrecision: t.expose("periodPrecision", { type: DatePrecisionEnum, nullable: true, description: "How precise the period is." }),
    scope: t.expose("scope", {
      type: FigureScopeEnum,
      nullable: true,
      description:
        'A running total ("since Thursday", "the death toll rose to") or one incident\'s count ("in the strike", "on Tuesday"); null when the words say neither.',
    }),
    attributedTo: t.field({
      type: ExtractedEntityRef,
      nullable: true,
      description: "Who the figure is attributed to.",
      resolve: (f) => entity(f.entities, f.attributedToKey),
    }),
    checkworthiness: t.field({ type: CheckworthinessRef, description: "Score and reasons.", resolve: (f) => f.checkworthiness }),
  }),
});

const ExtractedMediaRef = builder.objectRef<MediaItemShape>("ExtractedMedia").implement({
  description: "A video, image or recording the article describes.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Pass in `skip` to leave it out." }),
    kind: t.expose("kind", { type: MediaKindEnum, description: "VIDEO, IMAGE or AUDIO." }),
    description: t.exposeString("description", { description: "What it is said to show." }),
    hedge: t.exposeString("hedge", { nullable: true, description: 'The hedge as written ("allegedly depict").' }),
    graphic: t.exposeBoolean("graphic", { description: "The text says it is graphic." }),
    excerpt: t.exposeString("excerpt", { description: "The sentence describing it." }),
    claimText: t.exposeString("claimText", { description: "What the media claim will say (the sentence, without a dateline)." }),
    checkworthiness: t.field({ type: CheckworthinessRef, description: "Score and reasons.", resolve: (m) => m.checkworthiness }),
  }),
});

const IngestPreviewRef = builder.objectRef<Preview>("IngestPreview").implement({
  description: "What ingesting the article would create; nothing has been written.",
  fields: (t) => ({
    existingSource: t.field({
      type: Source,
      nullable: true,
      description: "The article is already on the desk (same URL or same text): ingesting it again creates nothing.",
      resolve: (p, _a, ctx) => (p.existingSourceId ? ctx.prisma.source.findUnique({ where: { id: p.existingSourceId } }) : null),
    }),
    proposedEvent: t.prismaField({
      type: "Event",
      nullable: true,
      description:
        "The existing event whose place and period the article's figures match: saving files the article (statements and figures) under it unless `event` or `newEvent` says otherwise. Null: saving starts a new event.",
      resolve: (query, p, _a, ctx) =>
        p.proposedEventId ? ctx.prisma.event.findUnique({ ...query, where: { id: p.proposedEventId } }) : null,
    }),
    entities: t.field({ type: [ExtractedEntityRef], description: "Speakers and sources named.", resolve: (p) => p.extraction.entities }),
    statements: t.field({
      type: [ExtractedStatementRef],
      description: "Quotes and reported statements.",
      resolve: (p) =>
        p.items.flatMap((i) => (i.type === "STATEMENT" ? [{ ...i.statement, key: i.key, entities: p.extraction.entities }] : [])),
    }),
    figures: t.field({
      type: [ExtractedFigureRef],
      description: "Reported figures.",
      resolve: (p) =>
        p.items.flatMap((i) =>
          i.type === "FIGURE" ? [{ ...i.figure, key: i.key, statementKey: i.statementKey, entities: p.extraction.entities }] : [],
        ),
    }),
    media: t.field({
      type: [ExtractedMediaRef],
      description: "Media the article describes.",
      resolve: (p) => p.items.flatMap((i) => (i.type === "MEDIA" ? [{ ...i.media, key: i.key }] : [])),
    }),
    maxItems: t.int({
      description:
        "At most this many statements, figures and media are saved from one article at once (`FACTDESK_MAX_INGEST_ITEMS`); saving more answers `ingest/too_many_items`. Leave the rest out with `skip`.",
      resolve: (_p, _a, ctx) => ctx.config.limits.maxIngestItems,
    }),
  }),
});

const IngestOutcomeRef = builder.objectRef<ingest.IngestOutcome>("IngestArticleSuccess").implement({
  description: "The stored article and what was created from it.",
  fields: (t) => ({
    created: t.exposeBoolean("created", { description: "False when the article was already on the desk; nothing new was created." }),
    source: t.prismaField({
      type: "Source",
      description: "The article.",
      resolve: (q, o, _a, ctx) => ctx.prisma.source.findUniqueOrThrow({ ...q, where: { id: o.sourceId } }),
    }),
    claims: t.prismaField({
      type: ["Claim"],
      description: "Claims from the article (all NEW), most check-worthy first.",
      resolve: (q, o, _a, ctx) =>
        ctx.prisma.claim.findMany({
          ...q,
          where: { id: { in: o.claimIds } },
          orderBy: [{ checkworthiness: { sort: "desc", nulls: "last" } }, { id: "asc" }],
        }),
    }),
    figures: t.prismaField({
      type: ["ReportedFigure"],
      description: "Figures recorded.",
      resolve: (q, o, _a, ctx) => ctx.prisma.reportedFigure.findMany({ ...q, where: { id: { in: o.figureIds } }, orderBy: { id: "asc" } }),
    }),
    media: t.prismaField({
      type: ["MediaItem"],
      description: "Media items added (UNVERIFIED).",
      resolve: (q, o, _a, ctx) => ctx.prisma.mediaItem.findMany({ ...q, where: { id: { in: o.mediaIds } }, orderBy: { id: "asc" } }),
    }),
    events: t.prismaField({
      type: ["Event"],
      description: "Events the figures were filed under (matched by place and period, or new).",
      resolve: (q, o, _a, ctx) => ctx.prisma.event.findMany({ ...q, where: { id: { in: o.eventIds } }, orderBy: { id: "asc" } }),
    }),
  }),
});

const toServiceInput = (input: (typeof IngestArticleInput)["$inferInput"]) => ({
  ...input,
  eventId: input.event?.id ?? null,
  skip: input.skip ?? [],
});

builder.queryFields((t) => ({
  previewIngest: t.field({
    type: IngestPreviewRef,
    description: "Extracts statements, figures and media from an article without writing anything (the paste-an-article screen).",
    authScopes: { reviewer: true },
    errors: { directResult: true, union: { name: "PreviewIngestResult" } },
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: "The article." }) },
    resolve: (_root, { input }, ctx) => ingest.previewIngest(ctx.prisma, toServiceInput(input)),
  }),
}));

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestOutcomeRef,
    description:
      "Stores an article and creates NEW claims, figures and unverified media from it, in one transaction. Idempotent per URL and text. Reviewers and up, and API keys with claims:write.",
    authScopes: { submitClaims: true },
    errors: { directResult: true },
    args: { input: t.arg({ type: IngestArticleInput, required: true, description: "The article." }) },
    resolve: (_root, { input }, ctx) =>
      ingest.ingestArticle(ctx.prisma, authorOf(ctx), toServiceInput(input), { maxItems: ctx.config.limits.maxIngestItems }),
  }),
}));
