import { builder } from "../builder.js";
import type { Context } from "../context.js";
import type { Prisma } from "../generated/prisma/client.js";
import type { FigureMetric } from "../generated/prisma/enums.js";
import { countsByParent, totalCountField } from "./relation-counts.js";
import { claimVisibleTo } from "../services/visibility.js";
import { containsText } from "../services/search.js";
import { mutationQuery } from "./inputs.js";
import { FigureMetricEnum, PlacePrecisionEnum, precisionOf } from "./enums.js";
import { createEvent } from "../services/figures.js";

const eventClaimsWhere = (ctx: Context): Prisma.ClaimWhereInput => ({ mergedIntoId: null, ...claimVisibleTo(ctx.access.readsDesk) });
interface EventFiguresArgs {
  metric?: FigureMetric | null;
}
const eventFiguresWhere = (args: EventFiguresArgs): Prisma.ReportedFigureWhereInput => (args.metric ? { metric: args.metric } : {});

export const Event = builder.prismaNode("Event", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "Something that happened, tying together the claims and figures about it.",
  authScopes: { readFigures: true },
  fields: (t) => ({
    title: t.exposeString("title", { description: '"Violence in coastal Syria, March 2025".' }),
    description: t.exposeString("description", { nullable: true, description: "What the event is." }),
    place: t.exposeString("place", { nullable: true, description: "Where it happened." }),
    placePrecision: t.expose("placePrecision", precisionOf(PlacePrecisionEnum, "place")),
    startDate: t.expose("startDate", { type: "DateTime", nullable: true, description: "When it began." }),
    endDate: t.expose("endDate", { type: "DateTime", nullable: true, description: "When it ended (null while ongoing)." }),
    version: t.exposeInt("version", { description: "Increases on every change." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was added." }),
    claims: t.relatedConnection(
      "claims",
      {
        cursor: "id",
        // A key with figures:read but not claims:read sees the event's published claims only.
        query: (_args, ctx) => ({ where: eventClaimsWhere(ctx), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
        description: "Claims about the event (for the public: those with a published verdict).",
      },
      {
        fields: totalCountField("Event.claims", (ctx, ids) => countsByParent(ctx.prisma, "Claim", "eventId", ids, eventClaimsWhere(ctx))),
      },
    ),
    figures: t.relatedConnection(
      "figures",
      {
        cursor: "id",
        args: { metric: t.arg({ type: FigureMetricEnum, required: false, description: "Only this metric." }) },
        query: (args) => ({ where: eventFiguresWhere(args), orderBy: [{ reportedAt: "asc" }, { id: "asc" }] }),
        description: "Figures reported for the event, oldest report first.",
      },
      {
        fields: totalCountField("Event.figures", (ctx, ids, args: EventFiguresArgs) =>
          countsByParent(ctx.prisma, "ReportedFigure", "eventId", ids, eventFiguresWhere(args)),
        ),
      },
    ),
  }),
});

builder.queryFields((t) => ({
  events: t.prismaConnection({
    type: "Event",
    cursor: "id",
    authScopes: { readFigures: true },
    description: "Events, most recent first.",
    args: { text: t.arg.string({ required: false, description: "Title contains this text." }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.event.findMany({
        ...query,
        where: args.text ? { title: containsText(args.text) } : {},
        orderBy: [{ startDate: { sort: "desc", nulls: "last" } }, { id: "desc" }],
      }),
  }),
}));

const CreateEventInput = builder.inputType("CreateEventInput", {
  description: "A new event.",
  fields: (t) => ({
    title: t.string({ required: true, description: 'Title ("Violence in coastal Syria, March 2025").' }),
    description: t.string({ required: false, description: "What happened." }),
    place: t.string({ required: false, description: "Where." }),
    placePrecision: t.field({ type: PlacePrecisionEnum, required: false, description: "How precisely the place is known." }),
    startDate: t.field({ type: "DateTime", required: false, description: "When it began." }),
    endDate: t.field({ type: "DateTime", required: false, description: "When it ended." }),
  }),
});

builder.mutationFields((t) => ({
  createEvent: t.prismaField({
    type: "Event",
    description: "Adds an event to tie claims and figures to.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "event", description: "The event as it is now." } },
    args: { input: t.arg({ type: CreateEventInput, required: true, description: "The event." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const event = await createEvent(ctx.prisma, ctx.viewer!, input);
      return ctx.prisma.event.findUniqueOrThrow({ ...mutationQuery(query), where: { id: event.id } });
    },
  }),
}));
