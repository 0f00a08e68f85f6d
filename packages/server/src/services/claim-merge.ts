import type { Db } from "../db.js";
import type { Viewer } from "../context.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { writeAudit } from "./audit.js";
import { updateWithVersion } from "./versioning.js";

/**
 * Folds duplicates into the kept claim: appearances, evidence, ratings, figures, notes and media move over; each
 * duplicate is archived with `mergedInto` set, so it can still be found. A reviewer's current rating on the
 * kept claim wins over their rating on a duplicate, which becomes history.
 */
export async function mergeClaims(db: Db, viewer: Viewer, keepId: string, duplicates: { id: string; expectedVersion: number }[]) {
  if (!duplicates.length) throw ValidationError.field(["input", "duplicates"], "Name at least one duplicate.");
  if (duplicates.some((d) => d.id === keepId)) {
    throw ValidationError.field(["input", "duplicates"], "A claim cannot be merged into itself.", "claim/merge_self");
  }
  return db.$transaction(async (tx) => {
    const kept = await tx.claim.findUnique({ where: { id: keepId } });
    if (!kept) throw new NotFoundError("Claim", keepId);
    if (kept.mergedIntoId) throw ValidationError.field(["input", "keep"], "The kept claim was itself merged away.", "claim/merged");
    for (const [i, dup] of duplicates.entries()) {
      const claim = await tx.claim.findUnique({ where: { id: dup.id }, select: { currentVerdictId: true } });
      if (!claim) throw new NotFoundError("Claim", dup.id);
      if (claim.currentVerdictId) {
        throw ValidationError.field(
          ["input", "duplicates", String(i)],
          "A claim with a verdict cannot be merged away.",
          "claim/merge_has_verdict",
        );
      }
      const { before } = await updateWithVersion({
        entityType: "Claim",
        id: dup.id,
        expectedVersion: dup.expectedVersion,
        load: () => tx.claim.findUnique({ where: { id: dup.id } }),
        update: () =>
          tx.claim.updateMany({
            where: { id: dup.id, version: dup.expectedVersion },
            data: { mergedIntoId: keepId, status: "ARCHIVED", version: { increment: 1 } },
          }),
      });
      const keptRaters = (await tx.rating.findMany({ where: { claimId: keepId, current: true }, select: { reviewerId: true } })).map(
        (r) => r.reviewerId,
      );
      await tx.rating.updateMany({
        where: { claimId: dup.id, current: true, reviewerId: { in: keptRaters } },
        data: { current: false, supersededAt: new Date() },
      });
      const moved = {
        appearances: (await tx.appearance.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId } })).count,
        evidence: (await tx.evidence.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId } })).count,
        // Ratings of the duplicate rated its wording, not the kept claim's: they count again once confirmed.
        ratings: (await tx.rating.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId, wordingRevision: 0 } })).count,
        figures: (await tx.reportedFigure.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId } })).count,
        notes: (await tx.note.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId } })).count,
      };
      const media = await tx.mediaItem.findMany({ where: { claims: { some: { id: dup.id } } }, select: { id: true } });
      if (media.length) {
        await tx.claim.update({ where: { id: keepId }, data: { media: { connect: media } } });
        await tx.claim.update({ where: { id: dup.id }, data: { media: { disconnect: media } } });
      }
      await writeAudit(tx, viewer, {
        action: "claim.merge",
        entityType: "Claim",
        entityId: dup.id,
        claimId: dup.id,
        before: { status: before.status, mergedIntoId: null },
        after: { status: "ARCHIVED", mergedIntoId: keepId, moved: { ...moved, media: media.length } },
      });
      await writeAudit(tx, viewer, {
        action: "claim.merge_into",
        entityType: "Claim",
        entityId: keepId,
        claimId: keepId,
        after: { mergedClaimId: dup.id, moved: { ...moved, media: media.length } },
      });
    }
    const bumped = await tx.claim.update({ where: { id: keepId }, data: { version: { increment: 1 } } });
    return bumped;
  });
}
