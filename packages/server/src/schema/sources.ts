import { builder } from "../builder.js";
import { ReliabilityEnum, SourceKindEnum } from "./enums.js";

export const Source = builder.prismaNode("Source", {
  id: { field: "id" },
  description: "Where a claim or a piece of evidence was published: an article, a statement, a post, a video …",
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
    appearances: t.relatedConnection("appearances", {
      cursor: "id",
      authScopes: { signedIn: true },
      query: { orderBy: [{ seenAt: "asc" }, { id: "asc" }] },
      description: "Claims that appear in this source.",
    }),
  }),
});

export const Appearance = builder.prismaNode("Appearance", {
  id: { field: "id" },
  description: "A place where a claim appears: a source and the verbatim excerpt.",
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
    authScopes: { signedIn: true },
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
                OR: [
                  { title: { contains: args.text, mode: "insensitive" } },
                  { publisher: { contains: args.text, mode: "insensitive" } },
                  { url: { contains: args.text, mode: "insensitive" } },
                ],
              }
            : {}),
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
}));
