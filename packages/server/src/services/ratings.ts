import { z } from "zod";
import { inTransaction, type Db, type DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import { RatingLabel } from "../generated/prisma/enums.js";
import { ratingLabel } from "./enums.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { notify } from "./notifications.js";
import { writeAudit } from "./audit.js";
import { parseInput, text } from "./validation.js";
import { assertClaimEvidence } from "./evidence.js";
import { claimTakingWork } from "./claim-guards.js";
import { startReviewIfNew } from "./claims.js";
import { lockClaims } from "./versioning.js";

/** The labels in scale order (the consensus counts them in this order). */
export const ratingLabels = Object.values(RatingLabel);

const rateClaimSchema = z.object({
  claimId: z.string(),
  label: ratingLabel,
  confidence: z.number().int("Confidence is a whole number").min(0, "Confidence is 0–100").max(100, "Confidence is 0–100"),
  rationale: text(10000, "Rationale"),
  citedEvidenceIds: z.array(z.string()).max(100).default([]),
});

/** Rates a claim; the reviewer's previous rating stays as history (current = false). */
export async function rateClaim(db: Db | DbTx, viewer: Viewer, input: z.input<typeof rateClaimSchema>) {
  const data = parseInput(rateClaimSchema, input);
  return inTransaction(db, async (tx) => {
    // Ratings of one claim are written one at a time: two sent at once by the same reviewer would otherwise both
    // find no current rating and both try to become the current one.
    await lockClaims(tx, [data.claimId]);
    const claim = claimTakingWork(await tx.claim.findUnique({ where: { id: data.claimId } }), data.claimId, ["input", "claim"]);
    const cited = await assertClaimEvidence(tx, claim.id, data.citedEvidenceIds, ["input", "citedEvidence"]);
    const previous = await tx.rating.findFirst({ where: { claimId: claim.id, reviewerId: viewer.id, current: true } });
    if (previous) {
      await tx.rating.update({ where: { id: previous.id }, data: { current: false, supersededAt: new Date() } });
    }
    const rating = await tx.rating.create({
      data: {
        claimId: claim.id,
        reviewerId: viewer.id,
        label: data.label,
        confidence: data.confidence,
        rationale: data.rationale,
        wordingRevision: claim.wordingRevision,
        ratedText: claim.text,
        citedEvidence: { connect: cited.map((id) => ({ id })) },
      },
    });
    await writeAudit(tx, viewer, {
      action: "rating.create",
      entityType: "Rating",
      entityId: rating.id,
      claimId: claim.id,
      before: previous ? { label: previous.label, confidence: previous.confidence, ratingId: previous.id } : undefined,
      after: { ...rating, citedEvidenceIds: cited },
    });
    await startReviewIfNew(tx, viewer, claim.id);
    await notify(tx, viewer, { kind: "CLAIM_RATED", recipients: [claim.assigneeId, claim.createdById], claimId: claim.id });
    return rating;
  });
}

/**
 * A reviewer confirms that their rating of an earlier wording stands for the claim's present wording; it counts
 * again from then on. (Re-rating does the same with a new label.)
 */
export async function confirmRating(db: Db, viewer: Viewer, ratingId: string) {
  return db.$transaction(async (tx) => {
    const rated = await tx.rating.findUnique({ where: { id: ratingId }, select: { claimId: true } });
    if (rated) await lockClaims(tx, [rated.claimId]);
    const rating = await tx.rating.findUnique({
      where: { id: ratingId },
      include: { claim: { select: { wordingRevision: true, text: true } } },
    });
    if (!rating) throw new NotFoundError("Rating", ratingId);
    if (rating.reviewerId !== viewer.id)
      throw new ForbiddenError("Only the reviewer who gave a rating can confirm it.", "rating/not_yours");
    if (!rating.current) throw ValidationError.field(["input", "id"], "This rating was replaced by a newer one.", "rating/superseded");
    if (rating.wordingRevision === rating.claim.wordingRevision) {
      throw ValidationError.field(["input", "id"], "This rating already rates the present wording.", "rating/up_to_date");
    }
    const confirmed = await tx.rating.update({
      where: { id: ratingId },
      data: { wordingRevision: rating.claim.wordingRevision, ratedText: rating.claim.text },
    });
    await writeAudit(tx, viewer, {
      action: "rating.confirm",
      entityType: "Rating",
      entityId: ratingId,
      claimId: rating.claimId,
      before: { ratedText: rating.ratedText, wordingRevision: rating.wordingRevision },
      after: { ratedText: confirmed.ratedText, wordingRevision: confirmed.wordingRevision },
    });
    return confirmed;
  });
}

export interface Consensus {
  ratingCount: number;
  counts: { label: RatingLabel; count: number }[];
  majorityLabel: RatingLabel | null;
  agreement: number | null;
  contested: boolean;
}

const trueSide = new Set<RatingLabel>(["TRUE", "MOSTLY_TRUE"]);
const falseSide = new Set<RatingLabel>(["FALSE", "MISLEADING"]);

/**
 * Summarises current ratings. `majorityLabel` is null on a tie; `contested` is true when raters sit on
 * opposite ends of the scale (TRUE/MOSTLY_TRUE against FALSE/MISLEADING), whatever the majority.
 */
export function consensusOf(labels: RatingLabel[]): Consensus {
  const counts = ratingLabels.map((label) => ({ label, count: labels.filter((l) => l === label).length }));
  const top = Math.max(0, ...counts.map((c) => c.count));
  const leaders = counts.filter((c) => c.count === top && top > 0);
  return {
    ratingCount: labels.length,
    counts,
    majorityLabel: leaders.length === 1 ? leaders[0]!.label : null,
    agreement: labels.length ? top / labels.length : null,
    contested: labels.some((l) => trueSide.has(l)) && labels.some((l) => falseSide.has(l)),
  };
}
