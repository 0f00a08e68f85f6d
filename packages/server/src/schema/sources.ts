import { builder } from "../builder.js";
import { countsByParent, totalCountField } from "./relation-counts.js";
import { containsText } from "../services/search.js";
import { appearanceVisibleTo, sourceVisibleTo } from "../services/visibility.js";
import { ReliabilityEnum, SourceKindEnum } from "./enums.js";
import { SourceRefInput, sourceRef, mutationQuery, versionedFields, withoutUndefined, type InputFieldBuilder } from "./inputs.js";
import * as sources from "../services/sources.js";

export const Source = builder.prismaNode("Source", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "Where a claim or a piece of evidence was published: an article, a statement, a post, a video …",
  findUnique: (id, ctx) => ({ id, AND: [sourceVisibleTo(ctx.access.readsDesk)] }),
  fields: (t) => ({
    kind: t.expose("kind", { type: SourceKindEnum, description: "What the source is." }),
    url: t.exposeString("url", { description: "Canonical URL (normalized: lower-case host, no tracking parameters or fragment)." }),
    title: t.exposeString("title", { nullable: true, description: "Headline or title." }),
    publisher: t.exposeString("publisher", { nullable: true, description: "Outlet or organisation that published it." }),
    author: t.exposeString("author", { nullable: true, description: "Byline." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true, description: "Publication time." }),
    archiveUrl: t.exposeString("archiveUrl", { nullable: true, description: "An archived copy." }),
    reliability: t.expose("reliability", {
      type: ReliabilityEnum,
      nullable: true,
      description: "Admiralty reliability grade (A–F), when graded.",
    }),
    version: t.exposeInt("version", { description: "Increases on every change." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the source was added." }),
    appearances: t.relatedConnection(
      "appearances",
      {
        cursor: "id",
        authScopes: { readDesk: true },
        query: { orderBy: [{ seenAt: "asc" }, { id: "asc" }] },
        description: "Claims that appear in this source.",
      },
      {
        fields: totalCountField("Source.appearances", (ctx, ids) => countsByParent(ctx.prisma, "Appearance", "sourceId", ids)),
      },
    ),
  }),
});

export const Appearance = builder.prismaNode("Appearance", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "A place where a claim appears: a source and the verbatim excerpt.",
  findUnique: (id, ctx) => ({ id, AND: [appearanceVisibleTo(ctx.access.readsDesk)] }),
  fields: (t) => ({
    claim: t.relation("claim", { description: "The claim." }),
    source: t.relation("source", { description: "The source it appears in." }),
    excerpt: t.exposeString("excerpt", { description: "The words as they appear in the source." }),
    startOffset: t.exposeInt("startOffset", { nullable: true, description: "Character offset of the excerpt in the source text." }),
    endOffset: t.exposeInt("endOffset", { nullable: true, description: "Character offset just past the excerpt." }),
    seenAt: t.expose("seenAt", { type: "DateTime", description: "When the claim was seen there." }),
  }),
});

builder.queryFields((t) => ({
  sources: t.prismaConnection({
    type: "Source",
    cursor: "id",
    authScopes: { readDesk: true },
    description: "Sources, newest first.",
    args: {
      kind: t.arg({ type: SourceKindEnum, required: false, description: "Only this kind." }),
      text: t.arg.string({ required: false, description: "Title, publisher or URL contains this text." }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.source.findMany({
        ...query,
        where: {
          ...(args.kind ? { kind: args.kind } : {}),
          ...(args.text
            ? {
                OR: [{ title: containsText(args.text) }, { publisher: containsText(args.text) }, { url: containsText(args.text) }],
              }
            : {}),
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
}));

/** Source details shared by add and update; the URL is the source's identity and only given when adding. */
const sourceDetailFields = (t: InputFieldBuilder) => ({
  kind: t.field({ type: SourceKindEnum, required: false, description: "What it is (default ARTICLE)." }),
  title: t.string({ required: false, description: "Headline or title." }),
  publisher: t.string({ required: false, description: "Outlet or organisation." }),
  author: t.string({ required: false, description: "Byline." }),
  publishedAt: t.field({ type: "DateTime", required: false, description: "Publication time." }),
  archiveUrl: t.string({ required: false, description: "An archived copy." }),
  reliability: t.field({ type: ReliabilityEnum, required: false, description: "Admiralty grade A–F." }),
});

const AddSourceInput = builder.inputType("AddSourceInput", {
  description: "A source to add.",
  fields: (t) => ({
    url: t.string({ required: true, description: "http(s) URL; normalized before it is stored." }),
    ...sourceDetailFields(t),
  }),
});

const UpdateSourceInput = builder.inputType("UpdateSourceInput", {
  description: "The source to edit and the fields to change; omitted fields stay, null clears.",
  fields: (t) => ({ ...versionedFields(t, Source, "The source."), ...sourceDetailFields(t) }),
});

const AddAppearanceInput = builder.inputType("AddAppearanceInput", {
  description: "Where a claim appears.",
  fields: (t) => ({
    claim: t.globalID({ required: true, description: "The claim." }),
    source: t.field({ type: SourceRefInput, required: true, description: "The source." }),
    excerpt: t.string({ required: true, description: "The verbatim words." }),
    seenAt: t.field({
      type: "DateTime",
      required: false,
      description: "When it was seen (default: the source's publication date when known, else now).",
    }),
    startOffset: t.int({ required: false, description: "Character offset in the source text." }),
    endOffset: t.int({ required: false, description: "Offset just past the excerpt." }),
  }),
});

const AddSourceSuccess = builder.objectRef<{ sourceId: string; created: boolean }>("AddSourceSuccess").implement({
  description: "The source, new or already known.",
  fields: (t) => ({
    created: t.exposeBoolean("created", { description: "False when the URL was already known." }),
    source: t.prismaField({
      type: "Source",
      description: "The source.",
      resolve: (query, p, _a, ctx) => ctx.prisma.source.findUniqueOrThrow({ ...mutationQuery(query), where: { id: p.sourceId } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  addSource: t.field({
    type: AddSourceSuccess,
    description: "Adds a source, or returns the known one with the same canonical URL.",
    authScopes: { reviewer: true },
    errors: { directResult: true },
    args: { input: t.arg({ type: AddSourceInput, required: true, description: "The source." }) },
    resolve: async (_root, { input }, ctx) => {
      const { source, created } = await sources.addSource(ctx.prisma, ctx.viewer!, input);
      return { sourceId: source.id, created };
    },
  }),
  updateSource: t.prismaField({
    type: "Source",
    description: "Edits a source's details (its URL is its identity and does not change).",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "source", description: "The source as it is now." } },
    args: { input: t.arg({ type: UpdateSourceInput, required: true, description: "The source and the changes." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, expectedVersion, ...changes } = input;
      const source = await sources.updateSource(ctx.prisma, ctx.viewer!, id.id, expectedVersion, withoutUndefined(changes));
      return ctx.prisma.source.findUniqueOrThrow({ ...mutationQuery(query), where: { id: source.id } });
    },
  }),
  addAppearance: t.prismaField({
    type: "Appearance",
    description: "Records where a claim appears.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "appearance", description: "The appearance as it is now." } },
    args: { input: t.arg({ type: AddAppearanceInput, required: true, description: "The appearance." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const appearance = await sources.addAppearance(ctx.prisma, ctx.viewer!, {
        ...input,
        claimId: input.claim.id,
        source: sourceRef(input.source),
      });
      return ctx.prisma.appearance.findUniqueOrThrow({ ...mutationQuery(query), where: { id: appearance.id } });
    },
  }),
}));
