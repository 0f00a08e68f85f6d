import { z } from "zod";
import { mediaKind, mediaVerification, unverifiedReason } from "./enums.js";
import { inTransaction, type Db, type DbTx } from "../db.js";
import { ForbiddenError, NotFoundError } from "../errors.js";
import type { Role } from "../generated/prisma/client.js";
import { writeAudit, type Author } from "./audit.js";
import { notify } from "./notifications.js";
import { enqueueMediaVerified } from "./webhooks.js";
import { linkUrl, optionalText, parseInput, pastDate, text } from "./validation.js";
import { shownWithPublishedVerdict } from "./media-review.js";
import { lockClaims, sameValue, updateWithVersion } from "./versioning.js";
import { assertClaimTakesWork } from "./claim-guards.js";

/** A media item's own fields (not the claims it is shown with), as added and as corrected. */
const mediaFields = {
  url: linkUrl.nullish(),
  kind: mediaKind,
  description: text(5000, "Description"),
  graphic: z.boolean(),
  hedge: optionalText(200, "Hedge"),
  firstSeenAt: pastDate.nullish(),
  firstSeenWhere: optionalText(500, "First seen where"),
  firstSeenSourceId: z.string().nullish(),
  uploader: optionalText(300, "Uploader"),
  recordedAt: pastDate.nullish(),
  place: optionalText(300, "Place"),
  contentHash: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+:[A-Za-z0-9+/=_-]{8,200}$/, "Use algorithm:hash, e.g. sha256:…")
    .nullish(),
};

const addMediaSchema = z.object({ ...mediaFields, claimIds: z.array(z.string()).max(100).default([]) });

/** The one way a media row is written (the API, article ingest, the demo desk): new media starts unverified. */
export async function addMedia(db: Db | DbTx, author: Author | null, input: z.input<typeof addMediaSchema>, origin?: string) {
  const { claimIds, ...data } = parseInput(addMediaSchema, input);
  return inTransaction(db, async (tx) => {
    for (const [i, id] of claimIds.entries()) await assertClaimTakesWork(tx, id, ["input", "claims", String(i)]);
    if (data.firstSeenSourceId && !(await tx.source.findUnique({ where: { id: data.firstSeenSourceId } }))) {
      throw new NotFoundError("Source", data.firstSeenSourceId);
    }
    // New media is unverified until someone verifies it; PENDING says nobody has looked yet.
    const media = await tx.mediaItem.create({
      data: { ...data, verification: "UNVERIFIED", unverifiedReason: "PENDING", claims: { connect: claimIds.map((id) => ({ id })) } },
    });
    await writeAudit(tx, author, {
      action: "media.add",
      entityType: "MediaItem",
      entityId: media.id,
      claimId: claimIds.length === 1 ? claimIds[0] : null,
      after: { ...media, claimIds, origin },
    });
    return media;
  });
}

// Omitted fields stay as they are; null clears an optional one (a required one refuses it, as when adding).
const updateMediaSchema = z.object(mediaFields).partial();
/** Null may be sent for any field (GraphQL allows it); for a required one it is a ValidationError. */
type UpdateMediaInput = { [K in keyof z.input<typeof updateMediaSchema>]?: z.input<typeof updateMediaSchema>[K] | null };

/** What partners were sent in media.verified (services/webhooks.ts): when one of these changes they are sent it again. */
const PARTNER_FIELDS = ["url", "kind", "graphic", "description", "place", "recordedAt"] as const;

/**
 * Corrects a media item's own fields: what it is, whether it is graphic, where it is and its provenance. Its
 * verification has its own mutation (setMediaVerification), its claims are linked where they are made.
 */
export async function updateMedia(db: Db | DbTx, viewer: Author | null, id: string, expectedVersion: number, input: UpdateMediaInput) {
  const patch = parseInput(updateMediaSchema, input);
  return inTransaction(db, async (tx) => {
    if (patch.firstSeenSourceId && !(await tx.source.findUnique({ where: { id: patch.firstSeenSourceId }, select: { id: true } }))) {
      throw new NotFoundError("Source", patch.firstSeenSourceId);
    }
    const { before, after, changed } = await updateWithVersion({
      entityType: "MediaItem",
      id,
      expectedVersion,
      load: () => tx.mediaItem.findUnique({ where: { id } }),
      update: () => tx.mediaItem.updateMany({ where: { id, version: expectedVersion }, data: { ...patch, version: { increment: 1 } } }),
      patch,
    });
    if (!changed) return after;
    const claims = await tx.claim.findMany({ where: { media: { some: { id } } }, select: { id: true } });
    await writeAudit(tx, viewer, {
      action: "media.update",
      entityType: "MediaItem",
      entityId: id,
      // As when it was added: an item shown with one claim is in that claim's history.
      claimId: claims.length === 1 ? claims[0]!.id : null,
      before,
      after,
    });
    // Partners who were told of a verified item must hear of a correction to it (above all, that it is graphic).
    const told = after.verification !== "UNVERIFIED";
    if (told && PARTNER_FIELDS.some((field) => !sameValue(before[field], after[field]))) {
      await enqueueMediaVerified(tx, id);
    }
    return after;
  });
}

const verificationSchema = z
  .object({ verification: mediaVerification, unverifiedReason: unverifiedReason.nullish() })
  .refine((v) => v.verification !== "UNVERIFIED" || v.unverifiedReason, {
    path: ["unverifiedReason"],
    message: "Say why the media is still unverified",
  })
  .refine((v) => v.verification === "UNVERIFIED" || !v.unverifiedReason, {
    path: ["unverifiedReason"],
    message: "Only unverified media has an unverified reason",
  });

/**
 * Sets a media item's verification. Once a published verdict shows the item, its verification is public (in its
 * MediaReview and on the verdict's page), and changing what the desk has published is an editor's act, as publishing
 * was: a reviewer is refused. The claims showing it are locked first, so a verdict published meanwhile is seen.
 */
export async function setMediaVerification(
  db: Db | DbTx,
  viewer: (Author & { role?: Role }) | null,
  id: string,
  expectedVersion: number,
  input: z.input<typeof verificationSchema>,
) {
  const data = parseInput(verificationSchema, input);
  return inTransaction(db, async (tx) => {
    if (viewer?.role === "REVIEWER") {
      const claims = await tx.claim.findMany({ where: { media: { some: { id } } }, select: { id: true } });
      await lockClaims(
        tx,
        claims.map((c) => c.id),
      );
      if (await tx.mediaItem.count({ where: { id, ...shownWithPublishedVerdict } })) {
        throw new ForbiddenError(
          "A published verdict shows this media item, so its verification is public: ask an editor to change it.",
          "media/verification_published",
        );
      }
    }
    const verification = { verification: data.verification, unverifiedReason: data.unverifiedReason ?? null };
    const { before, after, changed } = await updateWithVersion({
      entityType: "MediaItem",
      id,
      expectedVersion,
      load: () => tx.mediaItem.findUnique({ where: { id } }),
      update: () =>
        tx.mediaItem.updateMany({ where: { id, version: expectedVersion }, data: { ...verification, version: { increment: 1 } } }),
      patch: verification,
    });
    // Saying again what is already recorded tells partners and the claim's followers nothing new.
    if (!changed) return after;
    await writeAudit(tx, viewer, {
      action: "media.set_verification",
      entityType: "MediaItem",
      entityId: id,
      before: { verification: before.verification, unverifiedReason: before.unverifiedReason },
      after: { verification: after.verification, unverifiedReason: after.unverifiedReason },
    });
    if (after.verification !== "UNVERIFIED") await enqueueMediaVerified(tx, id);
    if (after.verification !== before.verification) await notifyClaimOwnersOfVerification(tx, viewer, id);
    return after;
  });
}

/** A changed verification can change what the claims showing the item say: their owners hear of it, claim by claim. */
async function notifyClaimOwnersOfVerification(tx: DbTx, viewer: Author | null, mediaId: string) {
  const claims = await tx.claim.findMany({
    where: { media: { some: { id: mediaId } } },
    select: { id: true, assigneeId: true, createdById: true },
  });
  for (const claim of claims) {
    await notify(tx, viewer, { kind: "MEDIA_VERIFIED", recipients: [claim.assigneeId, claim.createdById], claimId: claim.id });
  }
}
