import { builder } from "../builder.js";
import { mutationQuery, rawId, versionedFields, withoutUndefined, type InputFieldBuilder } from "./inputs.js";
import { MediaKindEnum, MediaVerificationEnum, UnverifiedReasonEnum } from "./enums.js";
import { addMedia, setMediaVerification, updateMedia } from "../services/media.js";
import { findPublicMediaItems, reviewingVerdict, shownWithPublishedVerdict, type MediaItemForReview } from "../services/media-review.js";

export const MediaItem = builder.prismaNode("MediaItem", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true, // node(id) answers null, not an error, when nothing matches or the viewer may not see it
  description: "A video, image or recording, with its own verification status and provenance.",
  authScopes: { readDesk: true },
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
      description: 'The hedge used when it was reported ("allegedly depict").',
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
    verificationPublic: t.boolean({
      description:
        "A published verdict shows it: its verification is public (its MediaReview, the verdict's page), and only editors change it.",
      select: { claims: { where: shownWithPublishedVerdict.claims.some, select: { id: true }, take: 1 } },
      resolve: (media) => media.claims.length > 0,
    }),
    claims: t.relatedConnection("claims", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
      description: "Claims about this media item.",
    }),
  }),
});

builder.queryFields((t) => ({
  media: t.prismaConnection({
    type: "MediaItem",
    cursor: "id",
    authScopes: { readDesk: true },
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

/** A media item's own fields, shared by add (required where marked) and update (everything optional). */
const mediaInputFields = <Required extends boolean>(t: InputFieldBuilder, required: Required) => ({
  url: t.string({ required: false, description: "Where it can be found (kept as given: a fragment can be the moment in a video)." }),
  kind: t.field({ type: MediaKindEnum, required, description: "VIDEO, IMAGE or AUDIO." }),
  description: t.string({ required, description: "What it shows, as described." }),
  graphic: t.boolean({ required, description: "Shows violence or injury (clients blur it)." }),
  hedge: t.string({ required: false, description: 'The hedge used in reporting ("allegedly depict").' }),
  firstSeenAt: t.field({ type: "DateTime", required: false, description: "Earliest known sighting." }),
  firstSeenWhere: t.string({ required: false, description: "Where it was first seen." }),
  firstSeenSource: t.globalID({ required: false, description: "The source that first reported it." }),
  uploader: t.string({ required: false, description: "Who uploaded it." }),
  recordedAt: t.field({ type: "DateTime", required: false, description: "When it was recorded." }),
  place: t.string({ required: false, description: "Where it was recorded." }),
  contentHash: t.string({ required: false, description: "algorithm:hash of the file (sha256:…)." }),
});

const AddMediaInput = builder.inputType("AddMediaInput", {
  description: "A media item; it starts UNVERIFIED (reason PENDING).",
  fields: (t) => ({
    ...mediaInputFields(t, true),
    claims: t.globalIDList({ required: false, description: "Claims about it." }),
  }),
});

const UpdateMediaInput = builder.inputType("UpdateMediaInput", {
  description: "The media item to correct and the fields to change; omitted fields stay, null clears an optional one.",
  fields: (t) => ({ ...versionedFields(t, MediaItem, "The media item."), ...mediaInputFields(t, false) }),
});

const SetMediaVerificationInput = builder.inputType("SetMediaVerificationInput", {
  description: "The media item and its verification.",
  fields: (t) => ({
    ...versionedFields(t, MediaItem, "The media item."),
    verification: t.field({ type: MediaVerificationEnum, required: true, description: "The verification status." }),
    unverifiedReason: t.field({ type: UnverifiedReasonEnum, required: false, description: "Required when UNVERIFIED." }),
  }),
});

builder.mutationFields((t) => ({
  addMedia: t.prismaField({
    type: "MediaItem",
    description: "Adds a video, image or recording.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "media", description: "The media as it is now." } },
    args: { input: t.arg({ type: AddMediaInput, required: true, description: "The media item." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { claims, firstSeenSource, ...rest } = input;
      const media = await addMedia(ctx.prisma, ctx.viewer!, {
        ...rest,
        firstSeenSourceId: firstSeenSource?.id ?? null,
        claimIds: (claims ?? []).map((c) => c.id),
      });
      return ctx.prisma.mediaItem.findUniqueOrThrow({ ...mutationQuery(query), where: { id: media.id } });
    },
  }),
  updateMedia: t.prismaField({
    type: "MediaItem",
    description:
      "Corrects a media item: its kind, whether it is graphic, its address and its provenance (not its verification: see setMediaVerification).",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "media", description: "The media as it is now." } },
    args: { input: t.arg({ type: UpdateMediaInput, required: true, description: "The media item and the changes." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, expectedVersion, firstSeenSource, ...changes } = input;
      const media = await updateMedia(
        ctx.prisma,
        ctx.viewer!,
        id.id,
        expectedVersion,
        withoutUndefined({ ...changes, firstSeenSourceId: rawId(firstSeenSource) }),
      );
      return ctx.prisma.mediaItem.findUniqueOrThrow({ ...mutationQuery(query), where: { id: media.id } });
    },
  }),
  setMediaVerification: t.prismaField({
    type: "MediaItem",
    description: "Sets a media item's verification: a MediaReview rating, or UNVERIFIED with the reason.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "media", description: "The media as it is now." } },
    args: { input: t.arg({ type: SetMediaVerificationInput, required: true, description: "The media item and its verification." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const media = await setMediaVerification(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion, {
        verification: input.verification,
        unverifiedReason: input.unverifiedReason,
      });
      return ctx.prisma.mediaItem.findUniqueOrThrow({ ...mutationQuery(query), where: { id: media.id } });
    },
  }),
}));

type ReviewedMediaShape = Pick<MediaItemForReview, "kind" | "description" | "verification" | "graphic" | "place" | "recordedAt"> & {
  url: string;
};

const ReviewedMedia = builder.objectRef<ReviewedMediaShape>("ReviewedMedia").implement({
  description:
    "A media item whose verification this verdict's page publishes (the page its MediaReview in /media-reviews.jsonld points to).",
  fields: (t) => ({
    kind: t.expose("kind", { type: MediaKindEnum, description: "VIDEO, IMAGE or AUDIO." }),
    description: t.exposeString("description", { description: "What it shows, in the desk's words." }),
    url: t.exposeString("url", { description: "Where it was found (link to it; graphic items are not to be shown unasked)." }),
    verification: t.expose("verification", { type: MediaVerificationEnum, description: "The schema.org MediaReview rating." }),
    graphic: t.exposeBoolean("graphic", { description: "True when it shows violence or injury." }),
    place: t.exposeString("place", { nullable: true, description: "Where it was recorded, when known." }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", nullable: true, description: "When it was recorded, when known." }),
  }),
});

// Verdict.reviewedMedia lives here because which media verifications are public is this domain's rule
// (services/media-review.ts): a MediaReview's page must show the review it marks up.
builder.prismaObjectField("Verdict", "reviewedMedia", (t) =>
  t.field({
    type: [ReviewedMedia],
    description:
      "The media shown with the judged claim whose verification is public, each on the page of the verdict that reviewed it first (its MediaReview's url).",
    select: { id: true, claimId: true, state: true },
    resolve: async (verdict, _args, ctx) => {
      if (verdict.state !== "PUBLISHED") return [];
      const items = await findPublicMediaItems(ctx.prisma, { claims: { some: { id: verdict.claimId } } }, 50);
      // (Public media reviews have an address: publicMediaReviewWhere.)
      return items.filter((item) => reviewingVerdict(item)?.id === verdict.id).map((item) => ({ ...item, url: item.url ?? "" }));
    },
  }),
);
