import { builder } from "../builder.js";
import { DatePrecisionEnum, FigureMetricEnum, FigureQualifierEnum, FigureScopeEnum, PlacePrecisionEnum, precisionOf } from "./enums.js";
import { rawId, mutationQuery, versionedFields, withoutUndefined, type InputFieldBuilder } from "./inputs.js";
import * as figures from "../services/figures.js";
import { reporterOf, type Reporter } from "../services/figure-summary.js";

const FigureReporterRef = builder.objectRef<Reporter>("FigureReporter").implement({
  description:
    "Who reported a figure: the entity it is attributed to (the Health Ministry, whichever outlet carried it), or, when nobody is named, the outlet itself (the source's publisher, or its site's host). A figure credited to a media outlet is that outlet's own, by its name, as are the outlet's figures credited to nobody. The figure summary and the toll tracker group figures by it.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key: figures with the same key are one reporter's." }),
    name: t.exposeString("name", { description: '"Health Ministry", "Reuters", "news.example.org".' }),
  }),
});

export const ReportedFigure = builder.prismaNode("ReportedFigure", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description:
    "A number someone reported (deaths, injuries, displaced …), kept exactly as stated with its qualifier, bounds, period, place and source.",
  authScopes: { readFigures: true },
  fields: (t) => ({
    event: t.relation("event", { description: "The event the figure belongs to." }),
    claim: t.relation("claim", { nullable: true, authScopes: { readDesk: true }, description: "The claim that states it, if any." }),
    metric: t.expose("metric", { type: FigureMetricEnum, description: "What is counted." }),
    subject: t.exposeString("subject", { description: 'Who is counted, as reported ("civilians", "people").' }),
    qualifier: t.expose("qualifier", { type: FigureQualifierEnum, description: "How the number was qualified." }),
    low: t.exposeInt("low", { nullable: true, description: "Lower bound (see FigureQualifier for which bounds each qualifier has)." }),
    high: t.exposeInt("high", { nullable: true, description: "Upper bound." }),
    statedText: t.exposeString("statedText", { description: 'The figure verbatim ("at least 1,300 people").' }),
    place: t.exposeString("place", { nullable: true, description: "Where the counted people were." }),
    placePrecision: t.expose("placePrecision", precisionOf(PlacePrecisionEnum, "place")),
    periodStart: t.expose("periodStart", { type: "DateTime", nullable: true, description: "Start of the period counted." }),
    periodEnd: t.expose("periodEnd", { type: "DateTime", nullable: true, description: "End of the period counted." }),
    periodPrecision: t.expose("periodPrecision", {
      type: DatePrecisionEnum,
      nullable: true,
      description: "How precisely the period is known.",
    }),
    periodText: t.exposeString("periodText", { nullable: true, description: 'The period as stated ("in the past three days").' }),
    scope: t.expose("scope", {
      type: FigureScopeEnum,
      nullable: true,
      description: "A running total (CUMULATIVE) or one incident's count (INCIDENT); null when the report does not say.",
    }),
    attributedTo: t.relation("attributedTo", { nullable: true, description: "Who the figure is attributed to." }),
    source: t.relation("source", { description: "Where it was reported." }),
    reporter: t.field({
      type: FigureReporterRef,
      description: "Who reported it: attributedTo, or the outlet when the figure is attributed to nobody.",
      select: { attributedTo: { select: { id: true, name: true, kind: true } }, source: { select: { publisher: true, url: true } } },
      resolve: (figure) => reporterOf(figure),
    }),
    reportedAt: t.expose("reportedAt", { type: "DateTime", description: "When it was reported (not when the counted events happened)." }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was recorded in FactDesk." }),
    updatedAt: t.expose("updatedAt", {
      type: "DateTime",
      description: "When it was last corrected in FactDesk (its recording, if never).",
    }),
  }),
});

const FigureFilter = builder.inputType("FigureFilter", {
  description: "Narrows the figure list; all given conditions must hold.",
  fields: (t) => ({
    event: t.globalID({ required: false, description: "For this event." }),
    metric: t.field({ type: FigureMetricEnum, required: false, description: "Of this metric." }),
    scope: t.field({ type: FigureScopeEnum, required: false, description: "Running totals only, or incident counts only." }),
    source: t.globalID({ required: false, description: "Reported by this source." }),
    attributedTo: t.globalID({ required: false, description: "Attributed to this entity." }),
    reportedSince: t.field({ type: "DateTime", required: false, description: "Reported at or after this moment." }),
    reportedBefore: t.field({ type: "DateTime", required: false, description: "Reported before this moment." }),
    changedSince: t.field({
      type: "DateTime",
      required: false,
      description:
        "Recorded or corrected at or after this moment (`updatedAt`): a copy kept elsewhere (a spreadsheet, a partner's database) asks for what changed since its last pull instead of every figure again. Figures are never deleted.",
    }),
  }),
});

builder.queryFields((t) => ({
  figures: t.prismaConnection({
    type: "ReportedFigure",
    cursor: "id",
    authScopes: { readFigures: true },
    description: "Reported figures, in the order they were reported.",
    args: { filter: t.arg({ type: FigureFilter, required: false, description: "Conditions figures must meet." }) },
    resolve: (query, _root, { filter }, ctx) =>
      ctx.prisma.reportedFigure.findMany({
        ...query,
        where: {
          ...(filter?.event ? { eventId: filter.event.id } : {}),
          ...(filter?.metric ? { metric: filter.metric } : {}),
          ...(filter?.scope ? { scope: filter.scope } : {}),
          ...(filter?.source ? { sourceId: filter.source.id } : {}),
          ...(filter?.attributedTo ? { attributedToId: filter.attributedTo.id } : {}),
          ...(filter?.reportedSince || filter?.reportedBefore
            ? {
                reportedAt: {
                  ...(filter.reportedSince ? { gte: filter.reportedSince } : {}),
                  ...(filter.reportedBefore ? { lt: filter.reportedBefore } : {}),
                },
              }
            : {}),
          ...(filter?.changedSince ? { updatedAt: { gte: filter.changedSince } } : {}),
        },
        orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
      }),
  }),
}));

// --- recording and correcting figures ---
/** Shared by record (required where marked) and update (everything optional). */
const figureInputFields = (t: InputFieldBuilder, required: boolean) => ({
  event: t.globalID({ required, description: "The event the figure belongs to." }),
  claim: t.globalID({ required: false, description: "The claim that states it." }),
  metric: t.field({ type: FigureMetricEnum, required, description: "What is counted." }),
  subject: t.string({ required, description: 'Who is counted ("civilians").' }),
  qualifier: t.field({
    type: FigureQualifierEnum,
    required,
    description: "How the number was qualified; decides which bounds are allowed.",
  }),
  low: t.int({ required: false, description: "Lower bound." }),
  high: t.int({
    required: false,
    description:
      'Upper bound. An EXACT figure\'s is its `low`, which it takes when left out; an APPROXIMATELY figure left without one is a point ("about 300": 300–300).',
  }),
  statedText: t.string({ required, description: "The figure verbatim." }),
  place: t.string({ required: false, description: "Where." }),
  placePrecision: t.field({ type: PlacePrecisionEnum, required: false, description: "How precisely the place is known." }),
  periodStart: t.field({ type: "DateTime", required: false, description: "Start of the counted period." }),
  periodEnd: t.field({ type: "DateTime", required: false, description: "End of the counted period." }),
  periodPrecision: t.field({ type: DatePrecisionEnum, required: false, description: "How precisely the period is known." }),
  periodText: t.string({ required: false, description: "The period as stated." }),
  scope: t.field({
    type: FigureScopeEnum,
    required: false,
    description: "A running total since a start (CUMULATIVE) or one incident's count (INCIDENT); leave out when the report does not say.",
  }),
  attributedTo: t.globalID({ required: false, description: "Who the figure is attributed to." }),
  source: t.globalID({ required, description: "Where it was reported." }),
  reportedAt: t.field({ type: "DateTime", required, description: "When it was reported." }),
});

const RecordFigureInput = builder.inputType("RecordFigureInput", {
  description: "A reported figure, exactly as stated.",
  fields: (t) => figureInputFields(t, true),
});

const UpdateFigureInput = builder.inputType("UpdateFigureInput", {
  description: "The figure to edit and the fields to change; omitted fields stay, null clears an optional one.",
  fields: (t) => ({ ...versionedFields(t, ReportedFigure, "The figure."), ...figureInputFields(t, false) }),
});

function toServiceInput(input: Record<string, unknown> & { event?: unknown; claim?: unknown; source?: unknown; attributedTo?: unknown }) {
  const { event, claim, source, attributedTo, ...rest } = input;
  const ids = {
    eventId: rawId(event as { id: string } | null | undefined),
    claimId: rawId(claim as { id: string } | null | undefined),
    sourceId: rawId(source as { id: string } | null | undefined),
    attributedToId: rawId(attributedTo as { id: string } | null | undefined),
  };
  return withoutUndefined({ ...rest, ...ids });
}

builder.mutationFields((t) => ({
  recordFigure: t.prismaField({
    type: "ReportedFigure",
    description: "Records a reported figure (deaths, injuries, displaced …) with its qualifier, bounds, period, place and source.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "figure", description: "The figure as it is now." } },
    args: { input: t.arg({ type: RecordFigureInput, required: true, description: "The figure." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const figure = await figures.recordFigure(ctx.prisma, ctx.viewer!, toServiceInput(input) as never);
      return ctx.prisma.reportedFigure.findUniqueOrThrow({ ...mutationQuery(query), where: { id: figure.id } });
    },
  }),
  updateFigure: t.prismaField({
    type: "ReportedFigure",
    description: "Edits a figure; bounds are checked against the qualifier as they will be after the edit.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "figure", description: "The figure as it is now." } },
    args: { input: t.arg({ type: UpdateFigureInput, required: true, description: "The figure and the changes." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, expectedVersion, ...changes } = input;
      const figure = await figures.updateFigure(ctx.prisma, ctx.viewer!, id.id, expectedVersion, toServiceInput(changes) as never);
      return ctx.prisma.reportedFigure.findUniqueOrThrow({ ...mutationQuery(query), where: { id: figure.id } });
    },
  }),
}));
