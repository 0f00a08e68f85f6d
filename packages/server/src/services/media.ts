import { z } from "zod";
import type { Db } from "../db.js";
import type { Viewer } from "../context.js";
import { NotFoundError } from "../errors.js";
import { writeAudit } from "./audit.js";
import { httpUrl, optionalText, parseInput, pastDate, text } from "./validation.js";
import { updateWithVersion } from "./versioning.js";

const verification = z.enum(["UNVERIFIED", "ORIGINAL", "DECONTEXTUALIZED", "EDITED_OR_CROPPED", "TRANSFORMED", "STAGED", "SATIRE_OR_PARODY"]);
const unverifiedReason = z.enum(["SINGLE_SOURCE", "ORIGINAL_NOT_FOUND", "NO_ACCESS_TO_AREA", "PENDING"]);

const addMediaSchema = z.object({
  url: httpUrl.nullish(),
  kind: z.enum(["VIDEO", "IMAGE", "AUDIO"]),
  description: text(5000, "Description"),
  graphic: z.boolean(),
  hedge: optionalText(200, "Hedge"),
  firstSeenAt: pastDate.nullish(),
  firstSeenWhere: optionalText(500, "First seen where"),
  firstSeenSourceId: z.string().nullish(),
  uploader: optionalText(300, "Uploader"),
  recordedAt: pastDate.nullish(),
  place: optionalText(300, "Place"),
  contentHash: z.string().trim().regex(/^[a-z0-9]+:[A-Za-z0-9+/=_-]{8,200}$/, "Use algorithm:hash, e.g. sha256:…").nullish(),
  claimIds: z.array(z.string()).max(100).default([]),
});

export async function addMedia(db: Db, viewer: Viewer, input: z.input<typeof addMediaSchema>) {
  const { claimIds, ...data } = parseInput(addMediaSchema, input);
  return db.$transaction(async (tx) => {
    for (const id of claimIds) if (!(await tx.claim.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("Claim", id);
    if (data.firstSeenSourceId && !(await tx.source.findUnique({ where: { id: data.firstSeenSourceId } }))) {
      throw new NotFoundError("Source", data.firstSeenSourceId);
    }
    // New media is unverified until someone verifies it; PENDING says nobody has looked yet.
    const media = await tx.mediaItem.create({
      data: { ...data, verification: "UNVERIFIED", unverifiedReason: "PENDING", claims: { connect: claimIds.map((id) => ({ id })) } },
    });
    await writeAudit(tx, viewer, { action: "media.add", entityType: "MediaItem", entityId: media.id, after: { ...media, claimIds } });
    return media;
  });
}

const verificationSchema = z
  .object({ verification, unverifiedReason: unverifiedReason.nullish() })
  .refine((v) => v.verification !== "UNVERIFIED" || v.unverifiedReason, {
    path: ["unverifiedReason"],
    message: "Say why the media is still unverified",
  })
  .refine((v) => v.verification === "UNVERIFIED" || !v.unverifiedReason, {
    path: ["unverifiedReason"],
    message: "Only unverified media has an unverified reason",
  });

export async function setMediaVerification(
  db: Db,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  input: z.input<typeof verificationSchema>,
) {
  const data = parseInput(verificationSchema, input, []);
  return db.$transaction(async (tx) => {
    const { before, after } = await updateWithVersion({
      entityType: "MediaItem",
      id,
      expectedVersion,
      load: () => tx.mediaItem.findUnique({ where: { id } }),
      update: () =>
        tx.mediaItem.updateMany({
          where: { id, version: expectedVersion },
          data: { verification: data.verification, unverifiedReason: data.unverifiedReason ?? null, version: { increment: 1 } },
        }),
    });
    await writeAudit(tx, viewer, {
      action: "media.set_verification",
      entityType: "MediaItem",
      entityId: id,
      before: { verification: before.verification, unverifiedReason: before.unverifiedReason },
      after: { verification: after.verification, unverifiedReason: after.unverifiedReason },
    });
    return after;
  });
}
