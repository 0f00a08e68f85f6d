import { builder } from "../builder.js";
import { MediaKindEnum, MediaVerificationEnum, UnverifiedReasonEnum } from "./enums.js";

export const MediaItem = builder.prismaNode("MediaItem", {
  id: { field: "id" },
  description: "A video, image or recording, with its own verification status and provenance.",
  authScopes: { signedIn: true },
  fields: (t) => ({
    url: t.exposeString("url", { nullable: true, description: "Where the media can be found, when known." }),
    kind: t.expose("kind", { type: MediaKindEnum, description: "VIDEO, IMAGE or AUDIO." }),
    verification: t.expose("verification", {
      type: MediaVerificationEnum,
      description: "UNVERIFIED, or the schema.org MediaReview rating.",
    }),
    unverifiedReason: t.expose("unverifiedReason", {
      type: UnverifiedReasonEnum,
      nullable: true,
      description: "Why it is still unverified.",
    }),
    graphic: t.exposeBoolean("graphic", {
      description: "Shows violence or injury: clients must blur it until the viewer asks to see it.",
    }),
    description: t.exposeString("description", { description: "What the media shows, as described." }),
    hedge: t.exposeString("hedge", {
      nullable: true,
      description: "The hedge used when it was reported (\"allegedly depict\").",
    }),
    firstSeenAt: t.expose("firstSeenAt", { type: "DateTime", nullable: true, description: "Earliest known sighting." }),
    firstSeenWhere: t.exposeString("firstSeenWhere", { nullable: true, description: "Where it was first seen (platform, account, URL)." }),
    firstSeenSource: t.relation("firstSeenSource", { nullable: true, description: "The source that first reported it." }),
    uploader: t.exposeString("uploader", { nullable: true, description: "Who uploaded it." }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", nullable: true, description: "When it was recorded, if established." }),
    place: t.exposeString("place", { nullable: true, description: "Where it was recorded, if established." }),
    contentHash: t.exposeString("contentHash", { nullable: true, description: "Hash of the file, for matching copies." }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was added." }),
    claims: t.relatedConnection("claims", {
      cursor: "id",
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
      description: "Claims about this media item.",
    }),
  }),
});

builder.queryFields((t) => ({
  media: t.prismaConnection({
    type: "MediaItem",
    cursor: "id",
    authScopes: { signedIn: true },
    description: "Media items, newest first.",
    args: {
      verification: t.arg({ type: MediaVerificationEnum, required: false, description: "Only this status." }),
      graphic: t.arg.boolean({ required: false, description: "Only graphic (true) or non-graphic (false) items." }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.mediaItem.findMany({
        ...query,
        where: {
          ...(args.verification ? { verification: args.verification } : {}),
          ...(args.graphic != null ? { graphic: args.graphic } : {}),
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
}));
