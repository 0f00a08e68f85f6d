import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../builder.js";
import { ValidationError } from "../errors.js";
import { readMany } from "../compiled-reads.js";
import { FigureMetricEnum, FigureScopeEnum } from "./enums.js";
import { ReportedFigure } from "./figures.js";
import {
  ofSubject,
  summarizeFigures,
  type FigureComparison,
  type FigureSpread,
  type FigureSummary,
  type SummarizedFigure,
} from "../services/figure-summary.js";

// Event.figureSummary: how one metric was reported, compared like with like (services/figure-summary.ts holds the
// rules; this file states them for partners).

const LIKE_WITH_LIKE =
  "Only like is compared with like: reports of the same subject (case-insensitive; civilians are not a competing count of people) " +
  "and, when their places differ, the same place (reports naming no place are then compared among themselves). Within that, incident counts (scope INCIDENT) are left out " +
  'when running totals (CUMULATIVE) exist, and vague reports (qualifier VAGUE, "hundreds") are left out when numbers exist.';

const FigureSpreadRef = builder.objectRef<FigureSpread>("FigureSpread").implement({
  description: "How far apart the reporters' latest figures in one comparison are.",
  fields: (t) => ({
    lowest: t.exposeInt("lowest", { description: "The lowest of the reporters' latest central values." }),
    highest: t.exposeInt("highest", { description: "The highest of them." }),
    absolute: t.exposeInt("absolute", { description: "highest − lowest." }),
    relative: t.exposeFloat("relative", { description: "(highest − lowest) / highest, 0–1." }),
  }),
});

const latestByReporterDescription =
  "Each reporter's most recent report, ordered by reporter: a reporter is who the figure is attributed to (ReportedFigure.reporter: " +
  "the Health Ministry, whichever outlet carried it), or the outlet's publisher when nobody is named. Of reports a reporter made at " +
  'the same time ("at least 1,300 people, including over 800 civilians") the most inclusive stands for it.';

const FigureComparisonRef = builder.objectRef<FigureComparison>("FigureComparison").implement({
  description: `Reports of one metric that count the same thing, compared across reporters. ${LIKE_WITH_LIKE}`,
  fields: (t) => ({
    subject: t.exposeString("subject", { description: 'Who is counted ("people", "civilians"), as the first report words it.' }),
    place: t.exposeString("place", {
      nullable: true,
      description: 'The place the reports name, as the report naming it most fully does ("Derna, Libya"; null: none names one).',
    }),
    placeNames: t.exposeStringList("placeNames", {
      description: 'Every name the reports give that place, once each ("Derna", "Derna, Libya"): one place, more or less fully named.',
    }),
    scope: t.expose("scope", {
      type: FigureScopeEnum,
      nullable: true,
      description: "CUMULATIVE when running totals are compared, INCIDENT when only incident counts are, null when no report says.",
    }),
    vagueOnly: t.exposeBoolean("vagueOnly", {
      description: 'Every report is vague ("hundreds"): the lowest bound is the words\' floor, and there is no highest bound or spread.',
    }),
    reportCount: t.exposeInt("reportCount", { description: "Reports in this comparison, including those left out of it." }),
    reporterCount: t.exposeInt("reporterCount", { description: "Reporters whose figures are compared." }),
    lowestBound: t.exposeInt("lowestBound", {
      nullable: true,
      description: "The lowest lower bound any compared report gives, superseded ones too (UP_TO reports give none).",
    }),
    highestBound: t.exposeInt("highestBound", {
      nullable: true,
      description:
        'The highest value any compared report supports: its upper bound, or its lower bound when open-ended ("at least"). Never a vague report\'s conventional upper bound.',
    }),
    latestByReporter: t.field({ type: [ReportedFigure], description: latestByReporterDescription, resolve: (c) => c.latestByReporter }),
    spread: t.field({
      type: FigureSpreadRef,
      nullable: true,
      description:
        "The spread between the reporters' latest reports, by their central values: null when fewer than two reporters gave numbers (one reporter agrees with nobody) or all are vague.",
      resolve: (c) => c.spread,
    }),
  }),
});

const leading = (name: string) => `The leading comparison's ${name} (see \`comparison\`).`;

const FigureSummaryRef = builder.objectRef<FigureSummary>("FigureSummary").implement({
  description: `One event's reports of one metric, compared across reporters and over time. ${LIKE_WITH_LIKE}`,
  fields: (t) => ({
    metric: t.expose("metric", { type: FigureMetricEnum, description: "The metric summarised." }),
    reportCount: t.exposeInt("reportCount", { description: "Number of reports." }),
    sourceCount: t.exposeInt("sourceCount", { description: "Number of distinct sources (articles, pages) the reports were read in." }),
    reporterCount: t.exposeInt("reporterCount", {
      description:
        "Number of distinct reporters (see ReportedFigure.reporter): the ministry and the monitor, whichever outlets carried them.",
    }),
    comparison: t.field({
      type: FigureComparisonRef,
      nullable: true,
      description:
        "The comparison the summary leads with: the one with the most reporters, then the most inclusive count (the highest latest value: people before civilians), not vague-only. Null without reports.",
      resolve: (s) => s.comparison,
    }),
    comparisons: t.field({
      type: [FigureComparisonRef],
      description: "Every comparison (one per subject and place), the leading one first.",
      resolve: (s) => s.comparisons,
    }),
    lowestBound: t.int({ nullable: true, description: leading("lowestBound"), resolve: (s) => s.comparison?.lowestBound ?? null }),
    highestBound: t.int({ nullable: true, description: leading("highestBound"), resolve: (s) => s.comparison?.highestBound ?? null }),
    latestByReporter: t.field({
      type: [ReportedFigure],
      description: leading("latestByReporter"),
      resolve: (s) => s.comparison?.latestByReporter ?? [],
    }),
    latestBySource: t.field({
      type: [ReportedFigure],
      deprecationReason:
        "Use latestByReporter (the same list). It was grouped by outlet, which split one reporter's updates into disagreeing sources and hid a second reporter carried by the same article; it now answers latestByReporter.",
      description: leading("latestByReporter"),
      resolve: (s) => s.comparison?.latestByReporter ?? [],
    }),
    spread: t.field({
      type: FigureSpreadRef,
      nullable: true,
      description: `${leading("spread")} Between reporters, not outlets: one reporter's updated toll is not a disagreement.`,
      resolve: (s) => s.comparison?.spread ?? null,
    }),
    timeline: t.field({
      type: [ReportedFigure],
      description: `The reports in the order they were made, including those no comparison uses: the first \`first\` or the last \`last\` of them (default the first ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}; \`reportCount\` says how many there are in all).`,
      args: {
        first: t.arg.int({ required: false, description: `The earliest this many reports (1–${MAX_PAGE_SIZE}).` }),
        last: t.arg.int({ required: false, description: `The latest this many reports (1–${MAX_PAGE_SIZE}).` }),
      },
      // Capped like a page (and weighed as one by the operation cost limits): an event's reports are unbounded.
      resolve: (s, { first, last }) => {
        if (first != null && last != null) throw ValidationError.field(["timeline"], "Give first or last, not both.");
        const size = first ?? last ?? DEFAULT_PAGE_SIZE;
        if (!(size >= 1 && size <= MAX_PAGE_SIZE))
          throw ValidationError.field(
            [first != null ? "first" : "last"],
            `A timeline page is 1 to ${MAX_PAGE_SIZE} reports.`,
            "input/out_of_range",
          );
        return last != null ? s.timeline.slice(-size) : s.timeline.slice(0, size);
      },
    }),
  }),
});

builder.prismaObjectFields("Event", (t) => ({
  figureSummary: t.field({
    type: FigureSummaryRef,
    description: `How one metric was reported across reporters: the comparisons (bounds, the latest from each reporter, spread) and the timeline. ${LIKE_WITH_LIKE}`,
    args: {
      metric: t.arg({ type: FigureMetricEnum, required: true, description: "The metric to summarise." }),
      subject: t.arg.string({ required: false, description: 'Only figures about this subject ("civilians").' }),
    },
    resolve: async (event, args, ctx, info) => {
      const reports = (await readMany(
        ctx.prisma,
        "ReportedFigure",
        {
          // What the request selects of the reports it lists (their sources too), plus what the summary itself
          // compares, in one statement (the rows are typed by the base selection; the request's fields come on top).
          ...queryFromInfo({
            context: ctx,
            info,
            typeName: "ReportedFigure",
            paths: [
              ["timeline"],
              ["latestBySource"],
              ["latestByReporter"],
              ["comparison", "latestByReporter"],
              ["comparisons", "latestByReporter"],
            ],
            select: {
              id: true,
              sourceId: true,
              reportedAt: true,
              low: true,
              high: true,
              scope: true,
              qualifier: true,
              subject: true,
              place: true,
              attributedTo: { select: { id: true, name: true, kind: true } },
              source: { select: { publisher: true, url: true } },
            },
          }),
          where: { eventId: event.id, metric: args.metric },
          orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
        },
        (read) => ctx.prisma.reportedFigure.findMany(read),
      )) as unknown as SummarizedFigure[];
      // One subject is picked out as the summary groups subjects, case and spacing aside, which an SQL comparison
      // would not do: "women and  children" typed with two spaces is one subject with "Women and children".
      return summarizeFigures(args.subject ? ofSubject(reports, args.subject) : reports, args.metric);
    },
  }),
}));
