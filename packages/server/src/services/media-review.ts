import type { MediaManipulationRatingEnumeration, MediaObject, MediaReview, WithContext } from "schema-dts";
import type { MediaKind, MediaVerification, Prisma } from "../generated/prisma/client.js";
import type { DbTx } from "../db.js";
import type { Publisher } from "./claim-review.js";

/** The desk's media verification as schema.org's rating of media manipulation; UNVERIFIED has none. */
const authenticityCategory: Record<MediaVerification, MediaManipulationRatingEnumeration | null> = {
  UNVERIFIED: null,
  ORIGINAL: "OriginalMediaContent",
  DECONTEXTUALIZED: "DecontextualizedContent",
  EDITED_OR_CROPPED: "EditedOrCroppedContent",
  TRANSFORMED: "TransformedContent",
  STAGED: "StagedContent",
  SATIRE_OR_PARODY: "SatireOrParodyContent",
};

const mediaObjectType: Record<MediaKind, "VideoObject" | "ImageObject" | "AudioObject"> = {
  VIDEO: "VideoObject",
  IMAGE: "ImageObject",
  AUDIO: "AudioObject",
};

/** A media item shown with a claim whose verdict is published: its verification is public from then on. */
export const shownWithPublishedVerdict = {
  claims: { some: { currentVerdict: { state: "PUBLISHED" } } },
} satisfies Prisma.MediaItemWhereInput;

/**
 * Which media verifications are public: a rated item (not UNVERIFIED) with an address, shown with a claim whose
 * verdict is published. Publishing that verdict is the editorial act that makes the desk's work on it public; a
 * verification made in review stays inside the desk.
 */
export const publicMediaReviewWhere = {
  verification: { not: "UNVERIFIED" },
  url: { not: null },
  ...shownWithPublishedVerdict,
} satisfies Prisma.MediaItemWhereInput;

/** What partners are told of a media item's verification: in its MediaReview, and in the media.verified webhook. */
export const mediaVerificationSelect = {
  id: true,
  url: true,
  kind: true,
  graphic: true,
  verification: true,
  description: true,
  place: true,
  recordedAt: true,
} satisfies Prisma.MediaItemSelect;

export const mediaReviewSelect = {
  ...mediaVerificationSelect,
  firstSeenAt: true,
  firstSeenWhere: true,
  uploader: true,
  updatedAt: true,
  firstSeenSource: { select: { url: true } },
  claims: {
    where: { currentVerdict: { state: "PUBLISHED" } },
    select: { currentVerdict: { select: { id: true, publishedAt: true } } },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.MediaItemSelect;

export type MediaItemForReview = Prisma.MediaItemGetPayload<{ select: typeof mediaReviewSelect }>;

/** The published verdict a media review points to as its article: the earliest published one that shows it. */
export function reviewingVerdict(item: MediaItemForReview): { id: string; publishedAt: Date } | null {
  const published = item.claims
    .map((claim) => claim.currentVerdict)
    .filter((verdict): verdict is { id: string; publishedAt: Date } => verdict?.publishedAt != null)
    .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  return published[0] ?? null;
}

/**
 * Whether the item is graphic, as the schema.org `contentRating` of its appearance: one of two fixed words, always
 * given, so a partner can blur it (as the desk does) without knowing FactDesk's schema.
 */
const mediaContentRating = (graphic: boolean) => (graphic ? "graphic" : "not graphic");

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A media verification as schema.org MediaReview JSON-LD (the form Google's fact-check tools read): how authentic
 * the item is in the context it was shared, what it really shows, and where it was seen. `articleUrl` is the
 * public page of the verdict that reviewed it; `publisher` the desk's organisation.
 */
export function toMediaReview(item: MediaItemForReview, articleUrl: string, publisher: Publisher): WithContext<MediaReview> | null {
  const category = authenticityCategory[item.verification];
  const verdict = reviewingVerdict(item);
  if (!category || !item.url || !verdict) return null;
  const context = [
    // A sentence before the next one ("… in public. Recorded in Baniyas on 2025-03-08.").
    /[.!?…"”']$/.test(item.description.trim()) ? item.description.trim() : `${item.description.trim()}.`,
    item.recordedAt || item.place
      ? `Recorded${item.place ? ` in ${item.place}` : ""}${item.recordedAt ? ` on ${isoDate(item.recordedAt)}` : ""}.`
      : null,
  ]
    .filter(Boolean)
    .join(" ");
  const appearance: MediaObject = {
    "@type": mediaObjectType[item.kind],
    contentUrl: item.url,
    contentRating: mediaContentRating(item.graphic),
    ...(item.firstSeenAt ? { uploadDate: item.firstSeenAt.toISOString() } : {}),
    ...(item.uploader ? { creator: { "@type": "Person", name: item.uploader } } : {}),
    ...(item.firstSeenWhere ? { description: `First seen on ${item.firstSeenWhere}.` } : {}),
  };
  return {
    "@context": "https://schema.org",
    "@type": "MediaReview",
    url: articleUrl,
    datePublished: verdict.publishedAt.toISOString(),
    ...(item.updatedAt > verdict.publishedAt ? { dateModified: item.updatedAt.toISOString() } : {}),
    author: { "@type": "Organization", name: publisher.name, url: publisher.url },
    mediaAuthenticityCategory: category,
    originalMediaContextDescription: context,
    ...(item.firstSeenSource ? { originalMediaLink: item.firstSeenSource.url } : {}),
    itemReviewed: { "@type": "MediaReviewItem", mediaItemAppearance: [appearance] },
  };
}

/** One page of public media reviews, newest verification first (see `publicMediaReviewWhere`). */
export function findPublicMediaItems(db: DbTx, where: Prisma.MediaItemWhereInput, take: number) {
  return db.mediaItem.findMany({
    where: { AND: [publicMediaReviewWhere, where] },
    select: mediaReviewSelect,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take,
  });
}
